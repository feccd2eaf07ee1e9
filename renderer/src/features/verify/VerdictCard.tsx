import { useId } from 'react';
import { useT } from '../../ui/use-t';
import type { Verdict, VerificationReport } from '@shared/verify/report';
import { SignatureFacts } from './SignatureFacts';
import { headlineProblem, toneOf } from './verdict';

const iconBase = {
  width: 26,
  height: 26,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

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
    case 'unreadable':
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
  const t = useT();
  return (report: VerificationReport) => {
    const verdict = report.verdict;
    const total = report.signatures.length;
    const headline = headlineProblem(report);
    const text = headline ? t(`verify.problems.${headline.code}`) : null;
    const problem =
      headline?.position !== undefined && total > 1 ? t('verify.problemOfSignature', { position: headline.position, total, problem: text }) : text;
    const body = verdict === 'valid' && total > 1 ? t('verify.verdict.valid.bodyMany') : t(`verify.verdict.${verdict}.body`);
    return { verdict, title: t(`verify.verdict.${verdict}.title`), body, problem };
  };
}

/** The verdict on one PDF and every signature in it, oldest first: who signed, when, what it covers, and whether the signer is trusted here. */
export function VerdictCard({ fileName, result }: { fileName: string; result: VerificationReport }) {
  const t = useT();
  const titleId = useId();
  const text = useVerdictText()(result);
  const tone = toneOf(text.verdict);
  const signatures = result.signatures;
  const facts = signatures.map((signature, index) => (
    <SignatureFacts
      key={index}
      signature={signature}
      position={index + 1}
      total={signatures.length}
      revisions={result.revisions}
      verified={result.verdict === 'valid'}
    />
  ));

  return (
    <section className={`card verify-verdict verify-tone-${tone}`} aria-labelledby={titleId} data-verdict={text.verdict} data-signatures={signatures.length}>
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
      {facts.length === 1 && facts[0]}
      {facts.length > 1 && (
        <ol className="verify-signatures" aria-label={t('verify.signature.listLabel')}>
          {facts.map((fact, index) => (
            <li key={index}>{fact}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
