import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import {
  MAX_PROBLEMS,
  QUESTIONNAIRE_FILE_MAX_BYTES,
  problemText,
  questionnaireFileText,
  readQuestionnaireFile,
  type Problem,
  type QuestionnaireReading,
} from '@shared/questionnaire/exchange';
import { MAX_NAME_LENGTH } from '@shared/questionnaire/schema';
import { sixDomainInput, sixDomains } from '../fixtures/six-domain-questionnaire';
import { questionnaireArb, reversedKeys } from '../support/questionnaire-arbitrary';

const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (text: string) => readQuestionnaireFile(utf8(text));
const fileOf = (questionnaire: unknown) => JSON.stringify({ format: 'assay-questionnaire', formatVersion: 1, questionnaire });
const problemsOf = (reading: QuestionnaireReading): Problem[] => (reading.ok ? [] : reading.problems);

/** The six-domain questionnaire as written, changed by `edit` the way a careless author might. */
function sixDomainsWith(edit: (q: typeof sixDomainInput) => void): string {
  const copy = structuredClone(sixDomainInput);
  edit(copy);
  return fileOf(copy);
}

describe('questionnaireFileText', () => {
  it('reads back as the questionnaire it was written from', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(questionnaireArb, (questionnaire) => {
        const reading = read(questionnaireFileText(questionnaire));
        expect(problemsOf(reading)).toEqual([]);
        expect(reading.ok && reading.questionnaire).toEqual(questionnaire);
      }),
      { numRuns: 100 },
    );
  });

  it('writes the same bytes whatever order the questionnaire’s keys are in', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(questionnaireArb, (questionnaire) => {
        expect(questionnaireFileText(reversedKeys(questionnaire))).toBe(questionnaireFileText(questionnaire));
      }),
      { numRuns: 50 },
    );
  });

  it('writes the format first, two-space indented, with a final newline', () => {
    const text = questionnaireFileText(sixDomains);
    expect(text.startsWith('{\n  "format": "assay-questionnaire",\n  "formatVersion": 1,\n  "questionnaire": {\n    "id": "contact-centre-outsourcing",')).toBe(
      true,
    );
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('round-trips the built-in questionnaire, with and without a byte-order mark', () => {
    const text = questionnaireFileText(builtInQuestionnaire);
    const plain = read(text);
    const withBom = readQuestionnaireFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]));
    for (const reading of [plain, withBom]) {
      expect(reading.ok && reading.questionnaire).toEqual(builtInQuestionnaire);
      expect(reading.ok && reading.warnings).toEqual([]);
    }
    expect(plain.ok && plain.summary).toMatchObject({ id: 'cx-platform', version: '1.0.0', questions: 154, knockouts: builtInQuestionnaire.knockouts.length });
  });
});

describe('readQuestionnaireFile', () => {
  it('summarises what an import would bring in', () => {
    const reading = read(questionnaireFileText(sixDomains));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.summary.domains.map((d) => d.id)).toEqual(sixDomains.domains.map((d) => d.id));
    expect(reading.summary.questions).toBe(sixDomains.domains.reduce((n, d) => n + d.sections.reduce((m, s) => m + s.questions.length, 0), 0));
    expect(reading.summary.knockouts).toBe(1);
    expect(reading.summary.title).toEqual(sixDomains.title);
  });

  it('refuses files that are not questionnaire files, saying what they are', () => {
    const cases: [Uint8Array, Problem['key']][] = [
      [new Uint8Array(0), 'questionnaires.file.empty'],
      [utf8('  \n'), 'questionnaires.file.empty'],
      [new Uint8Array(QUESTIONNAIRE_FILE_MAX_BYTES + 1).fill(0x20), 'questionnaires.file.tooLarge'],
      [new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe4, 0x22, 0x7d]), 'questionnaires.file.notUtf8'],
      [new Uint8Array([0xff, 0xfe, 0x7b, 0x00]), 'questionnaires.file.utf16'],
      [utf8('{"format": "assay-questionnaire",'), 'questionnaires.file.notJson'],
      [utf8('{"format": "something-else"}'), 'questionnaires.file.notQuestionnaireFile'],
      [utf8('[1, 2, 3]'), 'questionnaires.file.notQuestionnaireFile'],
      [utf8('['.repeat(100_000)), 'questionnaires.file.tooDeep'],
      [utf8(`{"format": "${'x'.repeat(30_000)}"}`), 'questionnaires.file.stringTooLong'],
    ];
    for (const [data, key] of cases)
      expect(
        problemsOf(readQuestionnaireFile(data)).map((p) => p.key),
        key,
      ).toEqual([key]);
  });

  it('refuses a newer format version by number', () => {
    const problems = problemsOf(read(JSON.stringify({ format: 'assay-questionnaire', formatVersion: 2, questionnaire: {} })));
    expect(problems).toEqual([{ path: 'formatVersion', key: 'questionnaires.file.newerFormat', params: { version: 2 } }]);
    expect(problemText(problems[0]!, 'en')).toBe('formatVersion 2 is newer than this version of Assay reads.');
  });

  it('refuses more than 2,000 questions before checking any of them', () => {
    const questions = Array.from({ length: 2_001 }, (_, i) => ({ id: `Q-${i}` }));
    const problems = problemsOf(read(fileOf({ ...sixDomainInput, domains: [{ ...sixDomainInput.domains[0], sections: [{ id: 'S-1', questions }] }] })));
    expect(problems).toEqual([{ path: 'domains', key: 'questionnaires.file.tooManyQuestions', params: { count: 2_001, limit: 2_000 } }]);
  });

  it('names each schema problem by where it is in the questionnaire', () => {
    const problems = problemsOf(
      read(
        sixDomainsWith((q) => {
          const question = q.domains[2]!.sections[0]!.questions[0]!;
          (question as { answer: unknown }).answer = { type: 'maybe' };
          delete (question as { evidence?: unknown }).evidence;
          q.domains[0]!.id = 'People';
          q.version = '2.1';
          (q as Record<string, unknown>).owner = 'someone';
        }),
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'version', key: 'questionnaires.schema.versionFormat' },
        { path: 'domains[0].id', key: 'questionnaires.schema.domainIdFormat' },
        { path: 'domains[2].sections[0].questions[0].evidence', key: 'questionnaires.schema.missing' },
        { path: 'domains[2].sections[0].questions[0].answer.type', key: 'questionnaires.schema.answerType' },
        { path: 'questionnaire', key: 'questionnaires.schema.unknownFields', params: { fields: 'owner' } },
      ]),
    );
  });

  it('refuses a domain without questions by its id', () => {
    const problems = problemsOf(read(sixDomainsWith((q) => (q.domains[1]!.sections = []))));
    expect(problems).toEqual([{ path: 'domains[1]', key: 'questionnaires.check.domainEmpty', params: { domain: 'privacy' } }]);
    expect(problemText(problems[0]!, 'de')).toBe('Domäne privacy enthält keine Fragen.');
  });

  it('refuses a name longer than the documents can show, such as a domain title of 301 characters', () => {
    const long = 'A'.repeat(MAX_NAME_LENGTH + 1);
    const problems = problemsOf(read(sixDomainsWith((q) => (q.domains[2]!.title = { en: long, de: long }))));
    expect(problems.map((p) => [p.path, p.key, p.params?.maximum])).toEqual([
      ['domains[2].title.de', 'questionnaires.schema.tooBig', MAX_NAME_LENGTH],
      ['domains[2].title.en', 'questionnaires.schema.tooBig', MAX_NAME_LENGTH],
    ]);
    expect(read(sixDomainsWith((q) => (q.domains[2]!.title = { en: long.slice(1), de: long.slice(1) }))).ok).toBe(true);
  });

  it('refuses ids used twice and knock-out criteria that name what is not there', () => {
    const questions = (q: typeof sixDomainInput) => q.domains.flatMap((d) => d.sections.flatMap((s) => s.questions));
    const cases: [(q: typeof sixDomainInput) => void, Problem][] = [
      [(q) => (questions(q)[1]!.id = 'PRV-DPA'), { path: 'question PRV-DPA', key: 'questionnaires.check.questionTwice', params: { id: 'PRV-DPA' } }],
      [
        (q) => (q.domains[1]!.sections[0]!.id = q.domains[0]!.sections[0]!.id),
        { path: 'domains[1].sections[0]', key: 'questionnaires.check.sectionTwice', params: { id: 'PPL-S1' } },
      ],
      [
        (q) => q.knockouts.push(structuredClone(q.knockouts[0]!)),
        { path: 'knockouts[1]', key: 'questionnaires.check.knockoutTwice', params: { id: 'KO-NO-DPA' } },
      ],
      [
        (q) => (q.knockouts[0]!.when = { answer: 'X-1', in: ['no'] }),
        { path: 'knockouts[0].when.answer', key: 'questionnaires.check.knockoutUnknownQuestion', params: { knockout: 'KO-NO-DPA', question: 'X-1' } },
      ],
      [
        (q) => (q.knockouts[0]!.when = { any: [{ answer: 'PRV-DPA', in: ['no', 'never'] }] }),
        {
          path: 'knockouts[0].when.any[0].in[1]',
          key: 'questionnaires.check.knockoutUnknownAnswer',
          params: { knockout: 'KO-NO-DPA', question: 'PRV-DPA', answer: 'never' },
        },
      ],
      [
        (q) => (q.knockouts[0]!.when = { certificationInvalid: 'PRV-DPA' }),
        {
          path: 'knockouts[0].when.certificationInvalid',
          key: 'questionnaires.check.knockoutNotCertification',
          params: { knockout: 'KO-NO-DPA', question: 'PRV-DPA' },
        },
      ],
      [
        (q) => (q.knockouts[0]!.when = { answer: 'PRV-ISO27701', in: ['no'] }),
        { path: 'knockouts[0].when.answer', key: 'questionnaires.check.knockoutNotChoice', params: { knockout: 'KO-NO-DPA', question: 'PRV-ISO27701' } },
      ],
    ];
    for (const [edit, problem] of cases) expect(problemsOf(read(sixDomainsWith(edit)))).toEqual([problem]);
  });

  it('warns, without refusing, about a domain that can never score', () => {
    const reading = read(sixDomainsWith((q) => q.domains[0]!.sections[0]!.questions.forEach((question) => (question.weight = 0))));
    expect(reading.ok && reading.warnings).toEqual([{ path: 'domains[0]', key: 'questionnaires.check.domainUnscored', params: { domain: 'people' } }]);
  });

  it('reports at most 50 problems, the last counting the rest', () => {
    const problems = problemsOf(
      read(
        sixDomainsWith(
          (q) => (q.knockouts = Array.from({ length: 80 }, (_, i) => ({ ...q.knockouts[0]!, id: `KO-${i + 1}`, when: { answer: 'X-1', in: ['no'] } }))),
        ),
      ),
    );
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(problems[MAX_PROBLEMS - 1]).toEqual({ path: 'file', key: 'questionnaires.file.moreProblems', params: { count: 80 - (MAX_PROBLEMS - 1) } });
  });

  it('never puts exception text into a problem', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.string({ maxLength: 200 }), (bytes, text) => {
        for (const reading of [readQuestionnaireFile(bytes), read(text), read(`{"format":"assay-questionnaire","formatVersion":1,"questionnaire":${text}}`)]) {
          for (const problem of problemsOf(reading)) expect(problemText(problem, 'en')).not.toMatch(/Unexpected|SyntaxError|Invalid input|position \d/);
        }
      }),
    );
  });
});
