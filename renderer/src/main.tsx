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
import { reportErrorsToLog } from './app/error-log';
import { openStore } from './db';
import { ensurePersistentStorage } from './features/settings/storage';

async function start(): Promise<void> {
  reportErrorsToLog();
  void ensurePersistentStorage();
  const store = openStore();
  const [info, preference] = await Promise.all([call('app:info', {}), store.settings.language()]);
  const i18n = await createI18n(resolveLanguage(preference, info.locale));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppContext.Provider value={{ store, info }}>
        <I18nextProvider i18n={i18n}>
          <App />
        </I18nextProvider>
      </AppContext.Provider>
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  const root = document.getElementById('root')!;
  root.textContent = `Assay could not start: ${error instanceof Error ? error.message : String(error)}`;
  root.className = 'fatal';
});
