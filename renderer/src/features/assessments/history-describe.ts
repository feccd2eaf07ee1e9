import type { AuditEntry, AuditProblem } from '@shared/audit/chain';
import type { LocaleFormat } from '@shared/i18n/format';
import type { FindingStatus } from '@shared/domain/assessment';
import type { Translate } from '../../ui/use-t';

/** What describing entries needs: the strings, dates, and the numbers questions have in the questionnaire. */
export interface Describe {
  t: Translate;
  format: LocaleFormat;
  /** The question's number ("2.4"), or its id when the questionnaire does not have it. */
  question: (questionId: string) => string;
}

const ANSWER = 'answer/';
const EVIDENCE = 'evidence/';
const FINDING = 'finding/';

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A finding by its manual title, or by the question a scored finding (F-<question>) comes from. */
function findingName(findingId: string, value: unknown, { question }: Describe): string {
  const title = text(record(record(value).manual).title);
  if (title) return `“${title}”`;
  return findingId.startsWith('F-') ? question(findingId.slice(2)) : findingId;
}

/** One line for an entry: what changed, in the user's words. */
export function describeEntry(entry: AuditEntry, describe: Describe): string {
  const { t, question } = describe;
  const [key, value] = Object.entries(entry.items)[0] ?? ['', null];
  switch (entry.kind) {
    case 'created':
    case 'weights':
    case 'finalised':
    case 'revision':
    case 'recorded':
      return t(`history.kinds.${entry.kind}`);
    case 'answer':
      return t(value === null ? 'history.kinds.answerCleared' : 'history.kinds.answer', { question: question(key.slice(ANSWER.length)) });
    case 'confirmed':
      return t('history.kinds.confirmed', { question: question(key.slice(ANSWER.length)) });
    case 'responses':
      return t('history.kinds.responses', { count: Object.keys(entry.items).length, file: entry.detail?.file ?? '' });
    case 'evidenceAdded':
      return t('history.kinds.evidenceAdded', { file: text(record(value).fileName), question: question(text(record(value).questionId)) });
    case 'evidenceRemoved':
      return t('history.kinds.evidenceRemoved', { file: entry.detail?.file ?? '' });
    case 'finding': {
      const status = text(record(value).status) as FindingStatus;
      return t('history.kinds.finding', { finding: findingName(key.slice(FINDING.length), value, describe), status: t(`findings.status.${status}`) });
    }
    case 'received':
      return t('history.kinds.received', { file: entry.detail?.file ?? '', from: entry.detail?.from ?? '' });
  }
}

/** What kind of stored thing an item key names, for a row no entry wrote. */
function thing(key: string, describe: Describe): string {
  const { t, question } = describe;
  if (key.startsWith(ANSWER)) return t('history.things.answer', { question: question(key.slice(ANSWER.length)) });
  if (key.startsWith(EVIDENCE)) return t('history.things.evidence');
  if (key.startsWith(FINDING)) return t('history.things.finding');
  if (key === 'setup' || key === 'weights' || key === 'final' || key === 'received') return t(`history.things.${key}`);
  return key;
}

/** The sentence that names what no longer holds: the entry, what it recorded, when and by whom. */
export function describeProblem(problem: AuditProblem, entries: readonly AuditEntry[], describe: Describe): string {
  const { t, format } = describe;
  const named = (seq: number) => {
    const entry = entries.find((candidate) => candidate.seq === seq);
    return entry && { seq, what: describeEntry(entry, describe), at: format.dateTime(entry.at), by: entry.by };
  };
  switch (problem.reason) {
    case 'row':
      return t('history.altered.row', named(problem.seq) ?? { seq: problem.seq });
    case 'entry': {
      const entry = named(problem.seq);
      return entry ? t('history.altered.entry', entry) : t('history.altered.entryGone', { seq: problem.seq });
    }
    case 'head': {
      const entry = problem.seq === undefined ? undefined : named(problem.seq);
      return entry ? t('history.altered.added', entry) : t('history.altered.head');
    }
    case 'unrecorded':
      return t('history.altered.unrecorded', { what: thing(problem.key, describe) });
  }
}
