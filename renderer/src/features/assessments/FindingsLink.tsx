import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../ui/use-t';
import type { ScoringResult } from '@shared/scoring/engine';
import { assessmentFindings } from '@shared/scoring/finding-list';
import { useApp } from '../../app/context';
import { href } from '../../app/router';

/** The link to the Findings page, counting what that page lists: scored findings and the assessor's own. */
export function FindingsLink({ assessmentId, result }: { assessmentId: string; result: ScoringResult }) {
  const t = useT();
  const { store } = useApp();
  const tracked = useLiveQuery(() => store.assessments.findings(assessmentId), [store, assessmentId]);
  const count = tracked === undefined ? undefined : assessmentFindings(result.findings, tracked).length;
  return (
    <a className="button" href={href({ name: 'findings', assessmentId })}>
      {count === undefined ? t('findings.title') : t('assessment.findingsLink', { count })}
    </a>
  );
}
