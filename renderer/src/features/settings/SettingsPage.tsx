import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveLanguage, type LanguagePreference } from '@shared/i18n';
import { useApp } from '../../app/context';
import { useT } from '../../ui/use-t';
import { EVIDENCE_LIMIT_RANGE_MB } from '../../db/settings';
import { IdentitiesCard } from '../identities';
import { useStoragePersistence } from './storage';
import { BackupsCard } from '../bundles';

function EvidenceLimitSetting() {
  const t = useT();
  const { store } = useApp();
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void store.settings.evidenceLimitMb().then((mb) => setValue(String(mb)));
  }, [store]);

  const save = async () => {
    const mb = Number(value);
    if (!Number.isInteger(mb) || mb < EVIDENCE_LIMIT_RANGE_MB.min || mb > EVIDENCE_LIMIT_RANGE_MB.max) {
      setError(t('settings.evidence.invalid', EVIDENCE_LIMIT_RANGE_MB));
      setSaved(false);
      return;
    }
    await store.settings.setEvidenceLimitMb(mb);
    setError('');
    setSaved(true);
  };

  return (
    <div className="card card-padded settings-group">
      <h2>{t('settings.evidence.title')}</h2>
      <div className="field">
        <label htmlFor={id}>{t('settings.evidence.label')}</label>
        <input
          id={id}
          className="input select"
          inputMode="numeric"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setValue(event.target.value);
            setSaved(false);
          }}
          onBlur={() => void save()}
          onKeyDown={(event) => event.key === 'Enter' && void save()}
        />
        <p id={`${id}-hint`} className={error ? 'field-error' : 'field-hint'} role={error ? 'alert' : undefined}>
          {error || (saved ? t('settings.evidence.saved') : t('settings.evidence.hint'))}
        </p>
      </div>
    </div>
  );
}

export function SettingsPage() {
  const t = useT();
  const { i18n } = useTranslation();
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

      <IdentitiesCard />

      <EvidenceLimitSetting />

      <div className="card card-padded settings-group">
        <h2>{t('settings.storage.title')}</h2>
        <p data-storage-state={persistence}>{t(`settings.storage.${persistence}`)}</p>
      </div>

      <BackupsCard />

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
