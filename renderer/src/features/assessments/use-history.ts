import { useEffect, useMemo, useState } from 'react';
import type { AuditVerdict } from '../../db/audit';
import { useApp } from '../../app/context';
import { useT } from '../../ui/use-t';
import { useFormat } from '../../ui/use-format';
import { useTopic } from '../../ui/use-topic';
import type { LoadedAssessment } from './use-assessment';
import type { Describe } from './history-describe';
import { historyStrings } from './history-strings';

/**
 * The assessment's history as checked against its stored rows now: undefined while it is read. `when` keeps it from
 * being read at all (a draft, whose history is checked once it is finalised). Read again whenever the assessment changes.
 */
export function useHistoryCheck(assessmentId: string, changedAt: string | undefined, when = true): AuditVerdict | undefined {
  const { store } = useApp();
  const [verdict, setVerdict] = useState<{ id: string; changedAt?: string; verdict: AuditVerdict } | undefined>();
  useEffect(() => {
    if (!when) return;
    let live = true;
    void store.history.check(assessmentId).then(
      (result) => live && result && setVerdict({ id: assessmentId, changedAt, verdict: result }),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [assessmentId, changedAt, store, when]);
  return verdict?.id === assessmentId ? verdict.verdict : undefined;
}

/** What describing history entries needs on this assessment's screens: the strings, dates and question numbers. */
export function useDescribe(data: Pick<LoadedAssessment, 'entries'> | null | undefined): Describe {
  useTopic(historyStrings);
  const t = useT();
  const format = useFormat();
  return useMemo(() => {
    const numbers = new Map((data?.entries ?? []).map((entry) => [entry.question.id, entry.number]));
    return { t, format, question: (id: string) => numbers.get(id) ?? id };
  }, [data?.entries, format, t]);
}
