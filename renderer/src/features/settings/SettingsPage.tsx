import { useCallback, useEffect, useId, useState } from 'react';
import { ACCEPTANCE_MONTHS_RANGE } from '@shared/domain/assessment';
import { useTranslation } from 'react-i18next';
import { resolveLanguage, type LanguagePreference } from '@shared/i18n';
import { useApp } from '../../app/context';
import { useT } from '../../ui/use-t';
import { EVIDENCE_LIMIT_RANGE_MB } from '../../db/settings';
import { IdentitiesCard } from '../identities';
import { useStoragePersistence } from './storage';
import { BackupsCard } from '../bundles';

/** A whole-number setting within a range, saved when the field is left or Enter is pressed. */
function WholeNumberSetting({
  title,
  label,
  hint,
  range,
  load,
  save: store,
}: {
  title: string;
  label: string;
  hint: string;
  range: { min: number; max: number };
  load: () => Promise<number>;
  save: (value: number) => Promise<void>;
}) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void load().then((current) => setValue(String(current)));
  }, [load]);

  const save = async () => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < range.min || number > range.max) {
      setError(t('settings.number.invalid', range));
      setSaved(false);
      return;
    }
    await store(number);
    setError('');
    setSaved(true);
  };

  return (
    <div className="card card-padded settings-group">
      <h2>{title}</h2>
      <div className="field">
        <label htmlFor={id}>{label}</label>
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
          {error || (saved ? t('settings.number.saved') : hint)}
        </p>
      </div>
    </div>
  );
}

function EvidenceLimitSetting() {
  const t = useT();
  const { store } = useApp();
  const load = useCallback(() => store.settings.evidenceLimitMb(), [store]);
  const save = useCallback((mb: number) => store.settings.setEvidenceLimitMb(mb), [store]);
  return (
    <WholeNumberSetting
      title={t('settings.evidence.title')}
      label={t('settings.evidence.label')}
      hint={t('settings.evidence.hint')}
      range={EVIDENCE_LIMIT_RANGE_MB}
      load={load}
      save={save}
    />
  );
}

function AcceptanceMonthsSetting() {
  const t = useT();
  const { store } = useApp();
  const load = useCallback(() => store.settings.acceptanceMonths(), [store]);
  const save = useCallback((months: number) => store.settings.setAcceptanceMonths(months), [store]);
  return (
    <WholeNumberSetting
      title={t('settings.acceptance.title')}
      label={t('settings.acceptance.label')}
      hint={t('settings.acceptance.hint')}
      range={ACCEPTANCE_MONTHS_RANGE}
      load={load}
      save={save}
    />
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
      <AcceptanceMonthsSetting />

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
