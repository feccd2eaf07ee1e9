import type { AssayApi } from '@shared/ipc/client';
import type { ChannelName, InputOf, IpcError, OutputOf } from '@shared/ipc/contract';

declare global {
  interface Window {
    readonly assay?: AssayApi;
  }
}

export class IpcCallError extends Error {
  constructor(
    readonly channel: ChannelName,
    readonly detail: IpcError,
  ) {
    super(detail.message);
    this.name = 'IpcCallError';
  }
}

/** Calls the Node side through the contract client; failures throw IpcCallError. */
export async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const api = window.assay;
  if (!api) {
    throw new IpcCallError(channel, { code: 'handler_failed', message: 'The Assay bridge is not available' });
  }
  const result = await api[channel](input);
  if (!result.ok) throw new IpcCallError(channel, result.error);
  return result.value;
}
