import type { Launcher } from '../../shared/ipc/contract';
import { createLogWriter } from './diagnostics';
import type { HandlerTable } from './ipc-dispatch';

/** Everything the handlers need from their host, so Electron and the browser launcher share them. */
export interface ServiceDeps {
  dataDir: string;
  now: () => Date;
  appVersion: string;
  locale: string;
  platform: string;
  launcher: Launcher;
}

export function createHandlers(deps: ServiceDeps): HandlerTable {
  const log = createLogWriter(deps.dataDir, deps.now);
  return {
    'app:info': () => ({
      name: 'Assay',
      version: deps.appVersion,
      locale: deps.locale,
      platform: deps.platform,
      dataDir: deps.dataDir,
      launcher: deps.launcher,
    }),
    'diagnostics:log': async (entry) => {
      await log.write(entry);
      return { written: true as const };
    },
  };
}
