import { channelNames, ipcResultSchema, type ChannelName, type InputOf, type IpcResult, type OutputOf } from './contract';

/** The API the renderer sees: one function per contract channel, nothing else. */
export type AssayApi = {
  readonly [C in ChannelName]: (input: InputOf<C>) => Promise<IpcResult<OutputOf<C>>>;
};

export type Transport = (channel: ChannelName, input: unknown) => Promise<unknown>;

/**
 * Builds the client from the contract over a transport (ipcRenderer.invoke in
 * Electron, a Playwright binding in the browser launcher). A malformed reply
 * becomes an error result rather than an exception.
 */
export function createClient(transport: Transport): AssayApi {
  const entries = channelNames.map((name) => [
    name,
    async (input: unknown) => {
      const reply = ipcResultSchema.safeParse(await transport(name, input));
      if (!reply.success) {
        return { ok: false, error: { code: 'invalid_output', message: `Malformed reply on ${name}` } };
      }
      return reply.data;
    },
  ]);
  return Object.freeze(Object.fromEntries(entries)) as AssayApi;
}
