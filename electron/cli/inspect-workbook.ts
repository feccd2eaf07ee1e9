import { readCaiqWorkbook, type CaiqProblem } from '@shared/caiq/read';
import { questionnaires, builtInQuestionnaire } from '@shared/questionnaire/bank';
import type { Problem } from '@shared/questionnaire/exchange';
import { allQuestions } from '@shared/questionnaire/questions';
import { readPackFacts, readResponsePack } from '@shared/response-pack/read';
import type { WorkbookGrid } from '@shared/spreadsheet/grid';

/**
 * What the inspect command makes of a workbook it has read: a vendor's response pack, or a vendor's CAIQ. Both are
 * read by the same functions the app's import previews use, against the questionnaires built into Assay.
 */

export interface PackInspection {
  kind: 'responsePack';
  ok: boolean;
  packId?: string;
  assessmentId?: string;
  questionnaire?: string;
  language?: string;
  createdAt?: string;
  rows: number;
  answered: string[];
  blank: string[];
  unmatched: string[];
  problems: Problem[];
}

export interface CaiqInspection {
  kind: 'caiq';
  ok: true;
  sheet: string;
  rows: number;
  answered: number;
  unanswered: string[];
  unmatched: string[];
  suggestions: Record<string, { caiqIds: string[]; answer: string; ownership: string }>;
  problems: Problem[];
}

/** A pack read as an import would read it into a fresh assessment of its own, with every question of its questionnaire asked. */
export function inspectPack(workbook: WorkbookGrid): PackInspection | undefined {
  const facts = readPackFacts(workbook);
  const empty = { kind: 'responsePack' as const, rows: 0, answered: [], blank: [], unmatched: [] };
  if ('ok' in facts) return facts.problem.key === 'responsePacks.refusals.notPack' ? undefined : { ...empty, ok: false, problems: [facts.problem] };
  const questionnaire = questionnaires.find((q) => q.id === facts.questionnaireId && q.version === facts.questionnaireVersion);
  if (!questionnaire) {
    const problem: Problem = {
      path: 'file',
      key: 'responsePacks.refusals.otherQuestionnaire',
      params: {
        id: facts.questionnaireId,
        version: facts.questionnaireVersion,
        current: `${builtInQuestionnaire.id} ${builtInQuestionnaire.version}`,
      },
    };
    return { ...empty, ok: false, problems: [problem] };
  }
  const reading = readResponsePack(workbook, {
    assessmentId: facts.assessmentId,
    questionnaire,
    applicable: new Set(allQuestions(questionnaire).map((q) => q.id)),
    questionSetSha256: facts.questionSetSha256,
    current: {},
  });
  if (!reading.ok) return { ...empty, ok: false, problems: [reading.problem] };
  return {
    kind: 'responsePack',
    ok: true,
    packId: reading.facts.packId,
    assessmentId: reading.facts.assessmentId,
    questionnaire: `${reading.facts.questionnaireId} ${reading.facts.questionnaireVersion}`,
    language: reading.facts.language,
    createdAt: reading.facts.createdAt,
    rows: reading.rows,
    answered: reading.added.map((a) => a.questionId),
    blank: reading.blank.map((b) => b.questionId),
    unmatched: reading.unmatched.map((u) => u.id),
    problems: reading.problems,
  };
}

const asProblem = (problem: CaiqProblem): Problem => ({
  path: problem.row === undefined ? 'file' : `row ${problem.row}`,
  key: problem.key,
  params: problem.params,
});

/** A CAIQ read against the built-in questionnaire, as the import into an assessment of it would read it. */
export function inspectCaiq(workbook: WorkbookGrid): CaiqInspection | undefined {
  const reading = readCaiqWorkbook(workbook, builtInQuestionnaire);
  if (reading.kind !== 'caiq') return undefined;
  return {
    kind: 'caiq',
    ok: true,
    sheet: reading.sheet,
    rows: reading.rows,
    answered: reading.answered,
    unanswered: reading.unanswered,
    unmatched: reading.unmatched,
    suggestions: Object.fromEntries(
      Object.entries(reading.suggestions).map(([id, s]) => [id, { caiqIds: s.caiqIds, answer: s.answer, ownership: s.ownership }]),
    ),
    problems: reading.problems.map(asProblem),
  };
}
