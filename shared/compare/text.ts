import { interpolate, messages, type Language } from '../i18n';
import { formatterFor } from '../i18n/format';
import { answerValueText } from '../questionnaire/answer-text';
import type { Answer } from '../questionnaire/answers';
import { certificationDateFacts } from '../questionnaire/certification-text';
import { matchesProfile, type ServiceProfile } from '../questionnaire/profile';
import type { DomainId, Question, Questionnaire } from '../questionnaire/schema';
import { shownScore } from '../scoring/figures';
import type { RankChange, Ranking } from './rank';
import type { Robustness } from './robustness';

/** 1st, 2nd, 3rd in English; the plain number in German ("Platz 3"). */
export function ordinal(rank: number, language: Language): string {
  if (language === 'de') return String(rank);
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' }[new Intl.PluralRules('en', { type: 'ordinal' }).select(rank)];
  return `${rank}${suffix}`;
}

export function formatScore(score: number | null, language: Language): string {
  return score === null ? '—' : formatterFor(language).number(shownScore(score));
}

function domainTitle(questionnaire: Questionnaire, id: DomainId, language: Language): string {
  return questionnaire.domains.find((d) => d.id === id)?.title[language] ?? id;
}

/** The explanation of a rank change as one sentence (plus the other moves), in `language`. */
export function formatRankChange(change: RankChange, questionnaire: Questionnaire, language: Language): string {
  const e = messages[language].compare.explain;
  const [first, ...rest] = change.moves;
  if (!first) return e.unchanged;
  const cause = change.cause;
  const head =
    cause && cause.mover.id === first.id
      ? interpolate(e.cause, {
          vendor: first.vendorName,
          from: ordinal(first.from, language),
          to: ordinal(first.to, language),
          domain: domainTitle(questionnaire, cause.weight.domainId, language),
          before: cause.weight.from,
          after: cause.weight.to,
          moverScore: formatScore(cause.moverScore, language),
          other: cause.overtaken.vendorName,
          otherScore: formatScore(cause.overtakenScore, language),
        })
      : interpolate(e.moved, { vendor: first.vendorName, from: ordinal(first.from, language), to: ordinal(first.to, language) });
  if (rest.length === 0) return head;
  const others = rest.map((m) => interpolate(e.move, { vendor: m.vendorName, from: ordinal(m.from, language), to: ordinal(m.to, language) })).join(', ');
  return `${head} ${interpolate(e.others, { moves: others })}`;
}

/** How an answer reads on the comparison screen. */
export function answerText(question: Question, answer: Answer | undefined, applies: boolean, language: Language): string {
  const m = messages[language];
  const a = m.compare.answers;
  if (!applies) return a.notApplicable;
  if (!answer) return a.notAnswered;
  if (answer.status === 'na') return a.na;
  return answerValueText(question, answer.value, language, (record) => {
    if (record.held === 'no') return a.notHeld;
    if (record.held === 'inProgress') return a.inProgress;
    const dates = question.answer.type === 'certification' ? certificationDateFacts(question.answer, record, language) : [];
    return [a.held, ...dates, record.scopeCoversService === false && a.scopeMisses].filter(Boolean).join(' · ');
  });
}

export interface CompareSubject {
  id: string;
  profile: ServiceProfile;
  answers: Readonly<Record<string, Answer>>;
}

export interface AnswerRowView {
  id: string;
  /** Display number, e.g. "3.4". */
  number: string;
  domainId: DomainId;
  text: string;
  /** One answer text per subject, in the subjects' order. */
  answers: string[];
  /** The answer texts are not all the same. */
  differs: boolean;
}

/** Every question with each subject's answer as text; a row differs when the texts differ. */
export function compareAnswers(questionnaire: Questionnaire, subjects: readonly CompareSubject[], language: Language): AnswerRowView[] {
  const rows: AnswerRowView[] = [];
  questionnaire.domains.forEach((domain, domainIndex) => {
    let index = 0;
    for (const section of domain.sections) {
      for (const question of section.questions) {
        index += 1;
        const answers = subjects.map((s) => answerText(question, s.answers[question.id], matchesProfile(question.appliesWhen, s.profile), language));
        rows.push({
          id: question.id,
          number: `${domainIndex + 1}.${index}`,
          domainId: domain.id,
          text: question.text[language],
          answers,
          differs: answers.some((text) => text !== answers[0]),
        });
      }
    }
  });
  return rows;
}

/** Answers side by side as compareAnswers returns them, with the id of the subject behind each answer column. */
export interface SideBySideAnswers {
  /** The subjects' ids in the order of each row's `answers`. */
  subjectIds: readonly string[];
  rows: readonly AnswerRowView[];
}

/** For each ranked entry, best first, the index of its answer column; throws when one has no column. */
export function answerColumnsInRankOrder(ranking: Ranking, subjectIds: readonly string[]): number[] {
  return ranking.entries.map((e) => {
    const index = subjectIds.indexOf(e.id);
    if (index < 0) throw new Error(`No answer column for assessment ${e.id}`);
    return index;
  });
}

/** How robust the first place is, in `language`: the stability figure, then one sentence per domain weight. */
export function formatRobustness(
  robustness: Robustness,
  questionnaire: Questionnaire,
  language: Language,
): { title: string; stability: string; ranges: string[] } {
  const r = messages[language].compare.robust;
  const format = formatterFor(language);
  const { leader, stability } = robustness;
  return {
    title: r.title,
    stability: interpolate(r.stability, {
      percent: format.percent(Math.round((100 * stability.kept) / Math.max(1, stability.total))),
      leader: leader.vendorName,
      kept: stability.kept,
      total: stability.total,
    }),
    ranges: robustness.ranges.map((range) =>
      [
        interpolate(r.holds, { leader: leader.vendorName, domain: domainTitle(questionnaire, range.domainId, language), from: range.from, to: range.to }),
        ...[range.below, range.above].flatMap((outside) =>
          outside ? [interpolate(r.takesOver, { at: outside.weight, other: outside.leader.vendorName })] : [],
        ),
      ].join(' '),
    ),
  };
}
