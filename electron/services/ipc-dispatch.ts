import { contract, isChannelName, type ChannelName, type IpcError, type IpcResult, type OutputOf, type ParsedInputOf } from '@shared/ipc/contract';

export type HandlerTable = {
  [C in ChannelName]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>> | OutputOf<C>;
};

export type ErrorReporter = (channel: string, error: unknown) => void;

const fail = (error: IpcError): IpcResult<never> => ({ ok: false, error });

/** What the page may know of a handler's failure: its kind, by the system's error code, never its text. */
export function failureKind(error: unknown): 'disk_full' | 'no_permission' | 'read_only' | 'not_found' | 'failed' {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk_full';
    case 'EACCES':
    case 'EPERM':
      return 'no_permission';
    case 'EROFS':
      return 'read_only';
    case 'ENOENT':
      return 'not_found';
    default:
      return 'failed';
  }
}

/**
 * Runs one IPC call: checks the channel exists, validates the input against the
 * contract, runs the handler and validates its output. Never throws; every
 * failure becomes a typed error result the renderer can show.
 */
export async function dispatch(
  handlers: HandlerTable,
  channel: unknown,
  rawInput: unknown,
  reportError: ErrorReporter = () => {},
): Promise<IpcResult<unknown>> {
  if (!isChannelName(channel)) {
    return fail({ code: 'unknown_channel', message: `Unknown IPC channel: ${String(channel).slice(0, 80)}` });
  }
  const spec = contract[channel];
  const input = spec.input.safeParse(rawInput);
  if (!input.success) {
    const issues = input.error.issues.map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`);
    return fail({ code: 'invalid_input', message: `Invalid input for ${channel}`, issues });
  }
  let value: unknown;
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    value = await handler(input.data);
  } catch (error) {
    reportError(channel, error);
    // The error itself, with its paths and details, goes to the log; the page learns only what kind of failure it was.
    return fail({ code: 'handler_failed', message: failureKind(error) });
  }
  const output = spec.output.safeParse(value);
  if (!output.success) {
    reportError(channel, output.error);
    return fail({ code: 'invalid_output', message: `The ${channel} handler returned malformed data` });
  }
  return { ok: true, value: output.data };
}
