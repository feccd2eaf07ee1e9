import './app/zod-config';
import '@fontsource-variable/inter';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { resolveLanguage } from '@shared/i18n';
import { App } from './app/App';
import { call } from './app/api';
import { AppContext } from './app/context';
import { createI18n } from './app/i18n';
import { logError, reportErrorsToLog } from './app/error-log';
import { openStore } from './db';
import { checkDatabase } from './app/database-check';
import { ensurePersistentStorage } from './features/settings/storage';

/**
 * Marks a start-up step in the page's performance timeline (`assay:NAME`); `npm run bench -- first-screen` reads
 * them to say where the first screen's time goes. The shell's first commit marks `assay:interactive` itself.
 */
function marked<T>(name: string): (value: T) => T {
  return (value) => {
    performance.mark(`assay:${name}`);
    return value;
  };
}

async function start(): Promise<void> {
  // Every module of the entry script has been evaluated by now.
  performance.mark('assay:start');
  reportErrorsToLog();
  void ensurePersistentStorage();
  const store = openStore();
  const [info, health] = await Promise.all([call('app:info', {}).then(marked('info')), checkDatabase(store)]);
  // The language chosen in Settings is in the database; when that cannot be used, the system's.
  const preference = health.state === 'readable' ? await store.settings.language() : 'system';
  performance.mark('assay:settings');
  const i18n = await createI18n(resolveLanguage(preference, info.locale)).then(marked('i18n'));
  // Loaded only when it is needed, as nothing else on the first screen uses it.
  const StartProblem = health.state === 'readable' ? null : (await import('./features/bundles/StartProblem')).default;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppContext.Provider value={{ store, info }}>
        <I18nextProvider i18n={i18n}>{StartProblem && health.state !== 'readable' ? <StartProblem problem={health} /> : <App />}</I18nextProvider>
      </AppContext.Provider>
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  // Not even the strings could load: a plain line in both languages, the cause in the log file.
  logError(error, 'start-up failed: ');
  const root = document.getElementById('root')!;
  root.textContent = 'Assay could not start. Please restart it. · Assay konnte nicht starten. Bitte starten Sie es neu.';
  root.className = 'fatal';
});
