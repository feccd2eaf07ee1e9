import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveLanguage, type LanguagePreference } from '../../../../shared/i18n';
import { useApp } from '../../app/context';
import { useStoragePersistence } from './storage';

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const { store, info } = useApp();
  const [preference, setPreference] = useState<LanguagePreference | null>(null);
  const persistence = useStoragePersistence();
  const languageId = useId();

  useEffect(() => {
    void store.settings.language().then(setPreference);
  }, [store]);

  const changeLanguage = async (value: LanguagePreference) => {
    setPreference(value);
    await store.settings.setLanguage(value);
    await i18n.changeLanguage(resolveLanguage(value, info.locale));
  };

  return (
    <section className="page" aria-labelledby="settings-title">
      <header className="page-header">
        <div>
          <h1 id="settings-title">{t('settings.title')}</h1>
          <p className="page-subtitle">{t('settings.subtitle')}</p>
        </div>
      </header>

      <div className="card card-padded settings-group">
        <h2>{t('settings.language.title')}</h2>
        <div className="field">
          <label htmlFor={languageId}>{t('settings.language.label')}</label>
          <select
            id={languageId}
            className="input select"
            value={preference ?? 'system'}
            disabled={preference === null}
            onChange={(event) => void changeLanguage(event.target.value as LanguagePreference)}
          >
            <option value="system">{t('settings.language.system', { locale: info.locale })}</option>
            <option value="de">{t('settings.language.de')}</option>
            <option value="en">{t('settings.language.en')}</option>
          </select>
        </div>
      </div>

      <div className="card card-padded settings-group">
        <h2>{t('settings.storage.title')}</h2>
        <p data-storage-state={persistence}>{t(`settings.storage.${persistence}`)}</p>
      </div>

      <div className="card card-padded settings-group">
        <h2>{t('settings.about.title')}</h2>
        <dl className="facts">
          <dt>{t('settings.about.version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('settings.about.launcher')}</dt>
          <dd>{t(info.launcher === 'electron' ? 'settings.about.launcherElectron' : 'settings.about.launcherChromium')}</dd>
          <dt>{t('settings.about.dataDir')}</dt>
          <dd>
            <code>{info.dataDir}</code>
          </dd>
        </dl>
      </div>
    </section>
  );
}
