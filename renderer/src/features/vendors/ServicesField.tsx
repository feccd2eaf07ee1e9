import type { KeyboardEvent, RefObject } from 'react';
import { PlusIcon } from '../../ui/icons';
import { translateIfKey, useT } from '../../ui/use-t';
import type { ServiceDraft } from './use-service-draft';

interface Props {
  id: string;
  services: readonly string[];
  draft: ServiceDraft;
  /** The input the service is typed into; the draft moves focus back to it. */
  inputRef: RefObject<HTMLInputElement | null>;
  /** Why the list as a whole is refused (an i18n key), e.g. a duplicate. */
  listError: string | undefined;
}

/** The services in scope as removable chips, and an input that adds one on Enter or with its button. */
export function ServicesField({ id, services, draft, inputRef, listError }: Props) {
  const t = useT();
  const error = draft.error ?? listError;
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      draft.add(true);
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('vendors.detail.services.label')}</label>
      {services.length > 0 ? (
        <ul className="vendors-chips">
          {services.map((service, index) => (
            <li key={service} className="vendors-chip">
              <span>{service}</span>
              <button
                type="button"
                className="vendors-chip-remove"
                aria-label={t('vendors.detail.services.remove', { name: service })}
                title={t('vendors.detail.services.remove', { name: service })}
                onClick={() => draft.remove(index)}
              >
                <svg
                  width="14"
                  height="14"
                  viewBox="0 0 24 24"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2.2"
                  strokeLinecap="round"
                  aria-hidden="true"
                  focusable="false"
                >
                  <path d="M6 6l12 12M18 6 6 18" />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted vendors-empty-line">{t('vendors.detail.services.empty')}</p>
      )}
      <div className="vendors-inline">
        <input
          id={id}
          ref={inputRef}
          className="input"
          autoComplete="off"
          placeholder={t('vendors.detail.services.placeholder')}
          value={draft.draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-note`}
          onChange={(event) => draft.change(event.target.value)}
          onKeyDown={onKey}
        />
        <button type="button" className="button" aria-label={t('vendors.detail.services.addLabel')} onClick={() => draft.add(true)}>
          <PlusIcon />
          {t('vendors.detail.services.add')}
        </button>
      </div>
      {error ? (
        <p id={`${id}-note`} className="field-error" role="alert">
          {translateIfKey(t, error)}
        </p>
      ) : (
        <p id={`${id}-note`} className="field-hint">
          {t('vendors.detail.services.hint')}
        </p>
      )}
    </div>
  );
}
