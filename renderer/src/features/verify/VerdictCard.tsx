import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerificationDto } from '../../../../shared/ipc/contract';
import { Fingerprint } from '../identities/IdentitiesCard';
import { useFormatLocale } from '../vendors/display';
import { isKnownProblem, toneOf, verdictOf, type Verdict } from './verdict';

const iconBase = { width: 26, height: 26, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true, focusable: false } as const;

function VerdictIcon({ verdict }: { verdict: Verdict }) {
  switch (verdict) {
    case 'valid':
      return (
        <svg {...iconBase}>
          <path d="M12 3 4 6v6c0 4.4 3.4 8.3 8 9 4.6-.7 8-4.6 8-9V6l-8-3z" />
          <path d="m8.5 12 2.5 2.5 4.5-5" />
        </svg>
      );
    case 'unsigned':
      return (
        <svg {...iconBase}>
          <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8l-5-5z" />
          <path d="M14 3v5h5M9 15h6" />
        </svg>
      );
    case 'corrupt':
      return (
        <svg {...iconBase}>
          <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8l-5-5z" />
          <path d="M14 3v5h5M9.5 12.5l5 5M14.5 12.5l-5 5" />
        </svg>
      );
    default:
      return (
        <svg {...iconBase}>
          <path d="M12 3 4 6v6c0 4.4 3.4 8.3 8 9 4.6-.7 8-4.6 8-9V6l-8-3z" />
          <path d="M12 8v5M12 16.5v.01" />
        </svg>
      );
  }
}

export function useVerdictText() {
  const { t } = useTranslation();
  return (result: VerificationDto) => {
    const verdict = verdictOf(result);
    const problem = result.problem
      ? isKnownProblem(result.problem)
        ? t(`verify.problems.${result.problem}`)
        : t('verify.problems.unknown', { code: result.problem })
      : null;
    return { verdict, title: t(`verify.verdict.${verdict}.title`), body: t(`verify.verdict.${verdict}.body`), problem };
  };
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The verdict on one PDF and, for a signed one, who signed it, when, and whether the signer is trusted here. */
export function VerdictCard({ fileName, result }: { fileName: string; result: VerificationDto }) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const titleId = useId();
  const text = useVerdictText()(result);
  const tone = toneOf(text.verdict);
  const formats = useMemo(() => {
    const make = (options: Intl.DateTimeFormatOptions) => {
      try {
        return new Intl.DateTimeFormat(locale, options);
      } catch {
        return new Intl.DateTimeFormat(undefined, options);
      }
    };
    return { dateTime: make({ dateStyle: 'medium', timeStyle: 'short' }), date: make({ dateStyle: 'medium' }) };
  }, [locale]);
  const signer = result.signer;
  const certificateExpired = signer ? Date.parse(signer.notAfter) < Date.now() : false;

  return (
    <section className={`card verify-verdict verify-tone-${tone}`} aria-labelledby={titleId} data-verdict={text.verdict}>
      <div className="verify-verdict-head">
        <span className="verify-verdict-icon">
          <VerdictIcon verdict={text.verdict} />
        </span>
        <div className="verify-verdict-text">
          <p className="verify-file">{t('verify.resultTitle', { name: fileName })}</p>
          <h2 id={titleId}>{text.title}</h2>
          <p>{text.body}</p>
          {text.problem && <p className="verify-problem">{text.problem}</p>}
        </div>
      </div>
      {signer && (
        <div className="verify-signer">
          <h3>{t('verify.signer.title')}</h3>
          <dl className="facts verify-facts">
            <Fact label={t('verify.signer.name')}>
              <strong>{signer.name}</strong>
            </Fact>
            {signer.organisation && <Fact label={t('verify.signer.organisation')}>{signer.organisation}</Fact>}
            {signer.email && <Fact label={t('verify.signer.email')}>{signer.email}</Fact>}
            {result.signedAt && (
              <Fact label={t('verify.signer.signedAt')}>
                <time dateTime={result.signedAt}>{formats.dateTime.format(new Date(result.signedAt))}</time>{' '}
                <span className="muted">({t('verify.signer.signedAtHint')})</span>
              </Fact>
            )}
            {result.reason && <Fact label={t('verify.signer.reason')}>{result.reason}</Fact>}
            {result.location && <Fact label={t('verify.signer.location')}>{result.location}</Fact>}
            <Fact label={t('verify.signer.issuer')}>{signer.issuer}</Fact>
            <Fact label={t('verify.signer.validUntil')}>
              <time dateTime={signer.notAfter}>{formats.date.format(new Date(signer.notAfter))}</time>
              {certificateExpired && <span className="verify-badge verify-badge-danger">{t('verify.signer.certificateExpired')}</span>}
            </Fact>
            <Fact label={t('verify.signer.fingerprint')}>
              <Fingerprint value={signer.fingerprint} />
            </Fact>
            <Fact label={t('verify.signer.trust')}>
              <span className={result.trusted ? 'verify-trust verify-trust-yes' : 'verify-trust verify-trust-no'} data-trusted={result.trusted}>
                {t(result.trusted ? 'verify.signer.trusted' : 'verify.signer.untrusted')}
              </span>
            </Fact>
          </dl>
        </div>
      )}
    </section>
  );
}
