import { describe, expect, it } from 'vitest';
import { builtInQuestionnaire, findQuestionnaire, questionnaires } from '@shared/questionnaire/bank';
import { cxPlatform } from '@shared/questionnaire/bank/cx-platform';
import { profileFields, type ProfileCondition } from '@shared/questionnaire/profile';
import { questionnaireSchema, type KnockoutCondition, type Localized, type Question } from '@shared/questionnaire/schema';
import { allQuestions } from '../support/arbitraries';

const bank = builtInQuestionnaire;
const questions = allQuestions(bank);
const byId = new Map(questions.map((q) => [q.id, q]));

function* profileConditions(condition: ProfileCondition | undefined): Generator<ProfileCondition> {
  if (!condition) return;
  yield condition;
  if ('all' in condition) for (const c of condition.all) yield* profileConditions(c);
  if ('any' in condition) for (const c of condition.any) yield* profileConditions(c);
  if ('not' in condition) yield* profileConditions(condition.not);
}

function* knockoutLeaves(condition: KnockoutCondition): Generator<KnockoutCondition> {
  if ('all' in condition) for (const c of condition.all) yield* knockoutLeaves(c);
  else if ('any' in condition) for (const c of condition.any) yield* knockoutLeaves(c);
  else yield condition;
}

function texts(question: Question): [string, Localized][] {
  const list: [string, Localized][] = [
    ['text', question.text],
    ['guidance', question.guidance],
    ['evidence', question.evidence],
    ['remediation', question.remediation],
  ];
  if (question.answer.type === 'choice' || question.answer.type === 'multiChoice') {
    for (const option of question.answer.options) list.push([`option ${option.id}`, option.label]);
  }
  return list;
}

describe('built-in questionnaire bank', () => {
  it('is valid against the questionnaire schema', () => {
    expect(questionnaireSchema.safeParse(cxPlatform).success).toBe(true);
  });

  it('has at least 90 questions across the five domains', () => {
    expect(bank.domains.map((d) => d.id)).toEqual(['security', 'aiEthics', 'dataResidency', 'resilience', 'governance']);
    expect(questions.length).toBeGreaterThanOrEqual(90);
    for (const domain of bank.domains) {
      expect(domain.sections.flatMap((s) => s.questions).length, domain.id).toBeGreaterThanOrEqual(12);
    }
  });

  it('has unique ids for questions and sections', () => {
    const ids = [...questions.map((q) => q.id), ...bank.domains.flatMap((d) => d.sections.map((s) => s.id))];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has text, guidance, evidence and remediation in German and English, written for each language', () => {
    for (const question of questions) {
      for (const [field, text] of texts(question)) {
        expect(text.en.trim().length, `${question.id} ${field} en`).toBeGreaterThan(0);
        expect(text.de.trim().length, `${question.id} ${field} de`).toBeGreaterThan(0);
        if (text.en.length > 24) expect(text.de, `${question.id} ${field} is not translated`).not.toBe(text.en);
      }
      expect(question.text.en.trim().endsWith('?') || question.text.en.trim().endsWith('.'), question.id).toBe(true);
      expect(question.references.length, question.id).toBeGreaterThan(0);
    }
  });

  it('uses only real profile fields in its conditions', () => {
    const fields = new Set<string>(profileFields);
    for (const question of questions) {
      for (const condition of profileConditions(question.appliesWhen)) {
        if ('field' in condition) expect(fields.has(condition.field), question.id).toBe(true);
      }
    }
  });

  it('has knock-out rules that refer to real questions of the right answer type and options', () => {
    expect(bank.knockouts.length).toBeGreaterThanOrEqual(3);
    for (const rule of bank.knockouts) {
      for (const leaf of knockoutLeaves(rule.when)) {
        if ('answer' in leaf) {
          const question = byId.get(leaf.answer);
          expect(question, `${rule.id} → ${leaf.answer}`).toBeDefined();
          const spec = question!.answer;
          const options =
            spec.type === 'yesNo' ? ['yes', 'partial', 'no'] : spec.type === 'choice' || spec.type === 'multiChoice' ? spec.options.map((o) => o.id) : [];
          for (const value of leaf.in) expect(options, `${rule.id}: ${value}`).toContain(value);
        } else if ('certificationInvalid' in leaf) {
          expect(byId.get(leaf.certificationInvalid)?.answer.type, `${rule.id} → ${leaf.certificationInvalid}`).toBe('certification');
        }
      }
    }
  });

  it('skips most of the AI domain for a vendor without AI features, and PCI DSS without payment data', () => {
    const ai = bank.domains.find((d) => d.id === 'aiEthics')!.sections.flatMap((s) => s.questions);
    const skipped = ai.filter((q) => [...profileConditions(q.appliesWhen)].some((c) => 'field' in c && c.field === 'aiAutonomy'));
    expect(skipped.length / ai.length).toBeGreaterThan(0.5);
    expect(byId.get('SEC-PCIDSS')?.appliesWhen).toEqual({ field: 'dataCategories', includes: ['payment'] });
  });

  it('covers the required certifications as certification records', () => {
    for (const id of [
      'SEC-ISO27001',
      'SEC-SOC2T2',
      'SEC-C5',
      'SEC-IRAP',
      'SEC-ENS',
      'SEC-ISO27017',
      'SEC-ISO27018',
      'SEC-ISO27701',
      'SEC-PCIDSS',
      'SEC-CSASTAR',
      'AIE-ISO42001',
    ]) {
      expect(byId.get(id)?.answer.type, id).toBe('certification');
    }
  });

  it('keeps every released version findable by id and version', () => {
    expect(findQuestionnaire(bank.id, bank.version)).toBe(bank);
    expect(findQuestionnaire(bank.id, '0.0.0')).toBeUndefined();
    const keys = questionnaires.map((q) => `${q.id}@${q.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
