import { useCallback, useEffect, useId, useRef, useState, type Ref } from 'react';
import { useT } from '../../ui/use-t';
import type { IdentitySummaryDto } from '@shared/ipc/contract';
import { call } from '../../app/api';
import { Fingerprint } from '../../ui/Fingerprint';
import { PlusIcon } from '../../ui/icons';
import { useToast } from '../../ui/Toast';
import { useFormat } from '../../ui/use-format';
import { CreateIdentityForm } from './CreateIdentityForm';
import { ImportIdentityForm } from './ImportIdentityForm';
import { keyDescription, validityOf } from './model';
import './identities.css';

/** The signing identities on this device, as the Node side lists them. */
export function useIdentities() {
  const [identities, setIdentities] = useState<IdentitySummaryDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(
    () =>
      call('identities:list', {}).then(
        (listed) => {
          setIdentities(listed);
          setError(null);
        },
        (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
      ),
    [],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  return { identities, error, reload };
}

function IdentityItem({ identity, focusRef }: { identity: IdentitySummaryDto; focusRef?: Ref<HTMLLIElement> | undefined }) {
  const t = useT();
  const format = useFormat();
  const titleId = useId();
  const validity = validityOf(identity);
  const key = keyDescription(identity);
  return (
    <li className="identities-item" data-identity-id={identity.id} ref={focusRef} tabIndex={-1} aria-labelledby={titleId}>
      <div className="identities-item-head">
        <h3 id={titleId} className="identities-name">
          {identity.name}
        </h3>
        <span className="identities-badges">
          <span className="identities-badge">{t(identity.source === 'generated' ? 'identities.selfSigned' : 'identities.imported')}</span>
          {identity.source === 'imported' && identity.selfSigned && <span className="identities-badge">{t('identities.selfSigned')}</span>}
          {validity.state === 'expiring' && (
            <span className="identities-badge identities-badge-warning">{t('identities.expiring', { count: validity.days })}</span>
          )}
          {validity.state === 'expired' && <span className="identities-badge identities-badge-danger">{t('identities.expired')}</span>}
          {validity.state === 'notYetValid' && <span className="identities-badge identities-badge-warning">{t('identities.notYetValid')}</span>}
        </span>
      </div>
      <dl className="facts identities-facts">
        {identity.organisation && (
          <>
            <dt>{t('identities.organisation')}</dt>
            <dd>{identity.organisation}</dd>
          </>
        )}
        {identity.email && (
          <>
            <dt>{t('identities.email')}</dt>
            <dd>{identity.email}</dd>
          </>
        )}
        <dt>{t('identities.issuer')}</dt>
        <dd>{identity.issuer}</dd>
        <dt>{t('identities.key')}</dt>
        <dd>{t(key.key, key.params ?? {})}</dd>
        <dt>{t('identities.validFrom')}</dt>
        <dd>
          <time dateTime={identity.notBefore}>{format.date(identity.notBefore)}</time>
        </dd>
        <dt>{t('identities.validUntil')}</dt>
        <dd>
          <time dateTime={identity.notAfter}>{format.date(identity.notAfter)}</time>
        </dd>
        <dt>{t('identities.fingerprint')}</dt>
        <dd>
          <Fingerprint value={identity.fingerprint} />
        </dd>
      </dl>
    </li>
  );
}

type Mode = 'list' | 'create' | 'import';

/** Settings card: the signing identities, with forms to create a self-signed one or import a PKCS#12 file. */
export function IdentitiesCard() {
  const t = useT();
  const toast = useToast();
  const titleId = useId();
  const formId = useId();
  const { identities, error, reload } = useIdentities();
  const [mode, setMode] = useState<Mode>('list');
  const [added, setAdded] = useState<string | null>(null);
  const toggles = useRef<Partial<Record<Mode, HTMLButtonElement | null>>>({});

  // Focus moves to a new identity once it is listed, so keyboard users land on it.
  const focusAdded = useCallback((item: HTMLLIElement | null) => {
    if (!item) return;
    item.focus();
    setAdded(null);
  }, []);

  const done = (identity: IdentitySummaryDto, key: 'identities.create.done' | 'identities.import.done') => {
    setMode('list');
    setAdded(identity.id);
    toast(t(key, { name: identity.name }));
    void reload();
  };

  const toggle = (next: Exclude<Mode, 'list'>) => setMode((current) => (current === next ? 'list' : next));
  const cancel = () => {
    const from = mode;
    setMode('list');
    requestAnimationFrame(() => toggles.current[from]?.focus());
  };

  return (
    <section className="card card-padded settings-group identities" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('identities.title')}</h2>
      <p className="muted">{t('identities.intro')}</p>

      <div aria-live="polite" aria-busy={identities === null && !error}>
        {error ? (
          <p className="field-error" role="alert">
            {t('identities.loadFailed', { message: error })}
          </p>
        ) : identities === null ? (
          <p className="muted">{t('identities.loading')}</p>
        ) : identities.length === 0 ? (
          <p className="identities-empty">{t('identities.empty')}</p>
        ) : (
          <ul className="identities-list" aria-label={t('identities.listLabel')}>
            {identities.map((identity) => (
              <IdentityItem key={identity.id} identity={identity} focusRef={identity.id === added ? focusAdded : undefined} />
            ))}
          </ul>
        )}
      </div>

      <div className="identities-actions">
        <button
          type="button"
          className={mode === 'create' ? 'button button-primary' : 'button'}
          aria-expanded={mode === 'create'}
          aria-controls={mode === 'create' ? formId : undefined}
          ref={(node) => {
            toggles.current.create = node;
          }}
          onClick={() => toggle('create')}
        >
          <PlusIcon />
          {t('identities.create.open')}
        </button>
        <button
          type="button"
          className={mode === 'import' ? 'button button-primary' : 'button'}
          aria-expanded={mode === 'import'}
          aria-controls={mode === 'import' ? formId : undefined}
          ref={(node) => {
            toggles.current.import = node;
          }}
          onClick={() => toggle('import')}
        >
          {t('identities.import.open')}
        </button>
      </div>

      {mode !== 'list' && (
        <div id={formId}>
          {mode === 'create' ? (
            <CreateIdentityForm onCreated={(identity) => done(identity, 'identities.create.done')} onCancel={cancel} />
          ) : (
            <ImportIdentityForm onImported={(identity) => done(identity, 'identities.import.done')} onCancel={cancel} />
          )}
        </div>
      )}
    </section>
  );
}
