import type { AuditVerdict } from '../../db/audit';
import { href } from '../../app/router';
import type { Describe } from './history-describe';
import { describeProblem } from './history-describe';
import './history.css';

/** Says that the stored assessment no longer matches its history, names the first entry that does not hold, and links to it. */
export function AlteredBanner({
  assessmentId,
  verdict,
  describe,
  link = true,
}: {
  assessmentId: string;
  verdict: AuditVerdict;
  describe: Describe;
  link?: boolean;
}) {
  const { t } = describe;
  if (!verdict.problem) return null;
  return (
    <div className="history-note history-altered" role="alert" data-testid="history-altered">
      <p>
        <strong>{t('history.altered.title')}.</strong> {describeProblem(verdict.problem, verdict.entries, describe)}
      </p>
      <p>{t('history.altered.advice')}</p>
      {link && (
        <p>
          <a href={href({ name: 'history', assessmentId })}>{t('history.altered.link')}</a>
        </p>
      )}
    </div>
  );
}
