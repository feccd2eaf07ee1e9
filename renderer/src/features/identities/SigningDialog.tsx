import { useEffect, useId, useState } from 'react';
import type { Language } from '@shared/i18n';
import { isMessageKey } from '@shared/i18n/keys';
import type { IdentitySummaryDto, OutputOf } from '@shared/ipc/contract';
import { call, IpcCallError } from '../../app/api';
import { href } from '../../app/router';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toast';
import { useUiLanguage } from '../../ui/use-format';
import { useT } from '../../ui/use-t';

export type ExportOutcome = OutputOf<'reports:export'>;
export interface Signing {
  identityId: string;
  passphrase: string;
}

interface Props {
  /** The dialog's title while an identity is chosen, and once the user chooses not to sign. */
  title: { signed: string; unsigned: string };
  languageLabel: string;
  workingLabel: string;
  /** The toast once the file is written. */
  savedMessage: (path: string, signed: boolean) => string;
  onClose: () => void;
  /** Produces and saves the document in `language`, signed when `signing` is given. */
  run: (language: Language, signing: Signing | null) => Promise<ExportOutcome>;
}

/** Language, signing identity and passphrase for a PDF, signed unless the user chooses not to; the Node side lays out, signs and saves. */
export function SigningDialog({ title, languageLabel, workingLabel, savedMessage, onClose, run }: Props) {
  const t = useT();
  const uiLanguage = useUiLanguage();
  const toast = useToast();
  const id = useId();
  const [identities, setIdentities] = useState<IdentitySummaryDto[] | null>(null);
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [identityId, setIdentityId] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('identities:list', {}).then((list) => {
      const usable = list.filter((identity) => new Date(identity.notAfter) > new Date());
      setIdentities(usable);
      setIdentityId(usable[0]?.id ?? '');
    });
  }, []);

  const submit = async () => {
    setError('');
    if (identityId && passphrase === '') {
      setError(t('export.errors.passphraseRequired'));
      return;
    }
    setBusy(true);
    try {
      const outcome = await run(language, identityId ? { identityId, passphrase } : null);
      if ('refused' in outcome) {
        const refusal = `export.errors.${outcome.refused}`;
        setError(isMessageKey(refusal) ? t(refusal) : outcome.message);
      } else if (!('cancelled' in outcome)) {
        setPassphrase('');
        toast(savedMessage(outcome.path, outcome.signed));
        onClose();
      }
    } catch (e) {
      setError(e instanceof IpcCallError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={identityId ? title.signed : title.unsigned}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || identities === null}>
            {busy ? workingLabel : t(identityId ? 'export.signAndSave' : 'export.saveUnsigned')}
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={`${id}-lang`}>{languageLabel}</label>
        <select id={`${id}-lang`} className="input" value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
          <option value="en">English</option>
          <option value="de">Deutsch</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-identity`}>{t('export.identity')}</label>
        <select
          id={`${id}-identity`}
          className="input"
          value={identityId}
          onChange={(event) => {
            // A passphrase, and any error about it or the identity, belongs to the identity it was typed for.
            setError('');
            setPassphrase('');
            setIdentityId(event.target.value);
          }}
          disabled={identities === null}
        >
          {(identities ?? []).map((identity) => (
            <option key={identity.id} value={identity.id}>
              {identity.name}
              {identity.organisation ? ` · ${identity.organisation}` : ''}
            </option>
          ))}
          <option value="">{t('export.unsigned')}</option>
        </select>
        {identities !== null && identities.length === 0 && (
          <p className="field-hint">
            {t('export.noIdentity')} <a href={href({ name: 'settings' })}>{t('nav.settings')}</a>
          </p>
        )}
      </div>
      {identityId && (
        <div className="field">
          <label htmlFor={`${id}-pass`}>{t('export.passphrase')}</label>
          <input
            id={`${id}-pass`}
            type="password"
            className="input"
            autoComplete="off"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
