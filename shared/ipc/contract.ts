import { z } from 'zod';

/**
 * The one list of IPC channels between the renderer and the Node side.
 * The preload builds its client from this table and the main process registers
 * its handlers from it; a channel that is not listed here does not exist.
 */

const noInput = z.object({}).strict();

export const launcherSchema = z.enum(['electron', 'chromium']);
export type Launcher = z.infer<typeof launcherSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** BCP 47 tag of the operating system's preferred language, e.g. "de-DE". */
  locale: z.string(),
  platform: z.string(),
  dataDir: z.string(),
  launcher: launcherSchema,
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const logEntrySchema = z
  .object({
    level: z.enum(['info', 'warn', 'error']),
    message: z.string().trim().min(1).max(4000),
    context: z.record(z.string().max(64), z.string().max(2000)).optional(),
  })
  .strict();
export type LogEntry = z.infer<typeof logEntrySchema>;

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  'app:info': channel(noInput, appInfoSchema),
  'diagnostics:log': channel(logEntrySchema, z.object({ written: z.literal(true) })),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = z.output<Contract[C]['output']>;

export const channelNames = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export const ipcErrorCodes = ['invalid_input', 'unknown_channel', 'forbidden_sender', 'handler_failed', 'invalid_output'] as const;
export type IpcErrorCode = (typeof ipcErrorCodes)[number];

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  /** Field-level problems for invalid_input, as "path: message". */
  issues?: string[];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ipcResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.enum(ipcErrorCodes), message: z.string(), issues: z.array(z.string()).optional() }),
  }),
]);
