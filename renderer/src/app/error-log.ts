import { call } from './api';

const send = (message: string, stack?: string) => {
  call('diagnostics:log', {
    level: 'error',
    message: message.slice(0, 4000) || 'Unknown error',
    context: stack ? { stack: stack.slice(0, 2000) } : undefined,
  }).catch(() => {});
};

/** Writes an error to the log file in the data folder, with `prefix` saying where it happened. */
export function logError(error: unknown, prefix = ''): void {
  send(`${prefix}${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, error instanceof Error ? error.stack : undefined);
}

/** Uncaught errors in the page go to the log file in the data folder. */
export function reportErrorsToLog(): void {
  window.addEventListener('error', (event) => send(event.message, event.error instanceof Error ? event.error.stack : undefined));
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    send(reason instanceof Error ? reason.message : String(reason), reason instanceof Error ? reason.stack : undefined);
  });
}
