import { useLiveQuery } from 'dexie-react-hooks';
import type { RankEntry } from '../../../../shared/compare/rank';
import { useApp } from '../../app/context';
import { answerMap, questionnaireOf } from '../../db/assessments';
import type { AssessmentRow } from '../../db/database';
import { latestAssessmentByVendor } from '../../db/vendors';

export const MAX_SELECTED = 12;
export const MIN_SELECTED = 2;

/** A vendor with its latest assessment, which is what can be compared. */
export interface Candidate {
  vendorId: string;
  vendorName: string;
  assessment: AssessmentRow;
}

/** The latest assessment of every vendor that has one, by vendor name. */
export function useCandidates(): Candidate[] | undefined {
  const { store } = useApp();
  return useLiveQuery(async () => {
    const [vendors, assessments] = await store.db.transaction('r', store.db.vendors, store.db.assessments, () =>
      Promise.all([store.db.vendors.toArray(), store.db.assessments.toArray()]),
    );
    const latest = latestAssessmentByVendor(assessments);
    return vendors
      .filter((v) => latest.has(v.id))
      .map((v) => ({ vendorId: v.id, vendorName: v.name, assessment: latest.get(v.id)! }))
      .sort((a, b) => a.vendorName.localeCompare(b.vendorName, undefined, { sensitivity: 'base' }));
  }, [store]);
}

/** The selected candidates as scoring entries, live from the store (answers included). */
export function useRankEntries(selected: Candidate[]): RankEntry[] | undefined {
  const { store } = useApp();
  const key = selected.map((c) => `${c.assessment.id}@${c.assessment.updatedAt}`).join(',');
  return useLiveQuery(
    async () => {
      const rows = await Promise.all(selected.map((c) => store.assessments.answerRows(c.assessment.id)));
      return selected.map(
        (c, i): RankEntry => ({
          id: c.assessment.id,
          vendorName: c.vendorName,
          questionnaire: questionnaireOf(c.assessment),
          profile: c.assessment.profile,
          answers: answerMap(rows[i]!),
          asOf: c.assessment.assessmentDate,
          ...(c.assessment.override && { override: c.assessment.override }),
        }),
      );
    },
    // `selected` is fully described by `key`.
    [store, key],
  );
}
