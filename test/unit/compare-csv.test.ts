import { describe, expect, it } from 'vitest';
import { comparisonCsv, comparisonCsvFileName, csvField, guardFormula, type CsvAnswers } from '@shared/compare/csv';
import { presetWeights, rankAssessments, type DomainWeights, type RankEntry, type Ranking } from '@shared/compare/rank';
import { compareAnswers } from '@shared/compare/text';
import { shownScore } from '@shared/scoring/figures';
import type { Language } from '@shared/i18n';
import type { Answer } from '@shared/questionnaire/answers';
import type { ServiceProfile } from '@shared/questionnaire/profile';
import { questionnaireSchema, type DomainId, type QuestionnaireInput } from '@shared/questionnaire/schema';

/** A strict RFC 4180 parser: CRLF records, quoted fields with doubled quotes. Throws on anything malformed. */
function parseCsv(input: string, separator: ',' | ';'): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let i = 0;
  let atStart = true;
  const endField = () => {
    fields.push(field);
    field = '';
    atStart = true;
  };
  while (i < input.length) {
    if (atStart && input[i] === '"') {
      atStart = false;
      i += 1;
      for (;;) {
        if (i >= input.length) throw new Error('unterminated quoted field');
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i += 1;
            break;
          }
        } else field += input[i++];
      }
      if (i < input.length && input[i] !== separator && input[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
    } else if (input[i] === separator) {
      endField();
      i += 1;
    } else if (input[i] === '\r') {
      if (input[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      endField();
      records.push(fields);
      fields = [];
      i += 2;
    } else if (input[i] === '\n') {
      throw new Error(`bare LF at ${i}`);
    } else {
      if (input[i] === '"') throw new Error('quote inside an unquoted field');
      atStart = false;
      field += input[i++];
    }
  }
  if (field !== '' || fields.length > 0) throw new Error('the last record does not end with CRLF');
  // An empty line is one record with one empty field: a section break.
  return records.map((r) => (r.length === 1 && r[0] === '' ? [] : r));
}

const l = (en: string) => ({ en, de: `${en} (de, Größe)` });
const question = (id: string, type: 'yesNo' | 'text' = 'yesNo') => ({
  id,
  text: l(`Question ${id}, "quoted"`),
  guidance: l('Guidance'),
  evidence: l('Evidence'),
  references: [{ framework: 'ISO 27001', ref: 'A.1' }],
  weight: type === 'text' ? 0 : 1,
  answer: type === 'text' ? { type: 'text' as const } : { type: 'yesNo' as const },
  allowNotApplicable: true,
  severity: 'medium' as const,
  remediation: l('Fix it'),
});
const domain = (id: DomainId, code: string, title: string, defaultWeight: number, extra: ReturnType<typeof question>[] = []) => ({
  id,
  title: l(title),
  description: l(title),
  defaultWeight,
  sections: [{ id: `${code}-MAIN`, title: l(title), questions: [question(`${code}-Q`), ...extra] }],
});
const input: QuestionnaireInput = {
  id: 'csv-test',
  version: '1.0.0',
  title: l('CSV test'),
  domains: [
    domain('security', 'SEC', 'Security', 3, [question('SEC-TXT', 'text')]),
    domain('aiEthics', 'AIE', 'AI ethics', 2, [question('AIE-NONE')]), // answered by nobody: the same for all
    domain('dataResidency', 'DAT', 'Data residency', 3),
    domain('resilience', 'RSL', 'Resilience, SLAs', 2),
    domain('governance', 'GOV', 'Governance', 2, [question('GOV-KO')]),
  ],
  knockouts: [{ id: 'KO-GOV', title: l('No governance'), rationale: l('Must have'), when: { answer: 'GOV-KO', in: ['no'] } }],
};
const questionnaire = questionnaireSchema.parse(input);
const profile: ServiceProfile = {
  dataCategories: ['personal'],
  aiAutonomy: 'none',
  criticality: 'low',
  regulatoryScope: ['gdpr'],
  sector: 'retail',
  requiresEuResidency: false,
};

type V = 'yes' | 'partial' | 'no';
const a = (value: string): Answer => ({ status: 'answered', value });
function entry(id: string, vendorName: string, [sec, aie, dat, rsl, gov]: [V, V, V, V, V], extra: Record<string, Answer> = {}): RankEntry {
  return {
    id,
    vendorName,
    questionnaire,
    profile,
    asOf: '2026-03-02',
    answers: { 'SEC-Q': a(sec), 'AIE-Q': a(aie), 'DAT-Q': a(dat), 'RSL-Q': a(rsl), 'GOV-Q': a(gov), ...extra },
  };
}

const entries = [
  entry('acme', 'Acme, "Inc"\nGmbH', ['yes', 'yes', 'yes', 'no', 'partial'], { 'SEC-TXT': a('=HYPERLINK("http://evil")') }),
  entry('evil', '=cmd|calc', ['partial', 'partial', 'partial', 'partial', 'yes'], { 'SEC-TXT': a('+1, -2\r\n@x') }),
  entry('muller', '-Müller', ['partial', 'partial', 'no', 'yes', 'yes'], { 'SEC-TXT': a('\tTabbed'), 'GOV-KO': a('no') }),
];
const weights: DomainWeights = { security: 3, aiEthics: 2, dataResidency: 3, resilience: 5, governance: 2 };
const answersFor = (language: Language, subjects = entries): CsvAnswers => ({
  subjectIds: subjects.map((e) => e.id),
  rows: compareAnswers(questionnaire, subjects, language),
});

const separatorOf = (language: Language) => (language === 'de' ? ';' : ',');

/** The three sections, split at the blank records. */
function sections(csv: string, language: Language) {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const records = parseCsv(csv.slice(1), separatorOf(language));
  const breaks = records.flatMap((r, i) => (r.length === 0 ? [i] : []));
  expect(breaks).toHaveLength(2);
  return { weights: records.slice(0, breaks[0]), ranking: records.slice(breaks[0]! + 1, breaks[1]), answers: records.slice(breaks[1]! + 1) };
}

describe('comparisonCsv', () => {
  const ranking: Ranking = rankAssessments(entries, weights);

  it('starts with a UTF-8 BOM, ends every record with CRLF and parses back', () => {
    const csv = comparisonCsv(ranking, weights, questionnaire, 'de', answersFor('de'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r\n')).toBe(false);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv).toContain('Größe');
  });

  it('records the weights used, one row per domain', () => {
    const { weights: rows } = sections(comparisonCsv(ranking, weights, questionnaire, 'en', answersFor('en')), 'en');
    expect(rows).toEqual(questionnaire.domains.map((d) => ['Weight', d.title.en, String(weights[d.id])]));
    expect(rows.map((r) => Number(r[2]))).toEqual(questionnaire.domains.map((d) => ranking.weights[d.id]));
  });

  it('refuses weights other than the ranking used', () => {
    const other = presetWeights('balanced', questionnaire);
    expect(() => comparisonCsv(ranking, other, questionnaire, 'en', answersFor('en'))).toThrow(/weights/);
  });

  for (const language of ['en', 'de'] as const) {
    it(`writes the ranking's numbers as whole numbers in the ${language} dialect`, () => {
      const { ranking: rows } = sections(comparisonCsv(ranking, weights, questionnaire, language, answersFor(language)), language);
      const [header, ...body] = rows;
      expect(header).toHaveLength(7 + questionnaire.domains.length);
      expect(header![0]).toBe(language === 'en' ? 'Rank' : 'Rang');
      expect(body).toHaveLength(ranking.entries.length);
      ranking.entries.forEach((e, i) => {
        const row = body[i]!;
        expect(Number(row[0])).toBe(e.rank);
        expect(row[2]).toMatch(/^\d+$/);
        expect(row[2]).toBe(String(shownScore(e.score)));
        expect(row[3]).toBe(String(shownScore(e.conservativeScore)));
        expect(Number(row[6])).toBe(e.knockouts.length);
        const domainScores = row.slice(7).map(Number);
        expect(domainScores).toEqual(questionnaire.domains.map((d) => shownScore(e.domains.find((x) => x.id === d.id)!.score)));
      });
      // Resilience 5 (total 15): Acme (300+200+300+0+100)/15 = 60, Evil (150+100+150+250+200)/15 = 56.7; Müller is knocked out.
      expect(body.map((r) => [r[0], r[2]])).toEqual([
        ['1', '60'],
        ['2', '57'],
        ['3', expect.any(String)],
      ]);
      expect(body[2]![6]).toBe('1');
      // AIE-NONE is unanswered, so every recommendation is provisional; all are drafts, derived under these weights.
      expect(body[2]![4]).toBe(language === 'en' ? 'Reject (provisional, under these weights)' : 'Ablehnen (vorläufig, bei diesen Gewichten)');
    });
  }

  it('quotes commas, quotes and newlines, and guards formulas', () => {
    const csv = comparisonCsv(ranking, weights, questionnaire, 'en', answersFor('en'));
    expect(csv).toContain('"Acme, ""Inc""\nGmbH"');
    expect(csv).toContain(",'=cmd|calc,");
    const { ranking: rows, answers } = sections(csv, 'en');
    expect(rows.slice(1).map((r) => r[1])).toEqual(['Acme, "Inc"\nGmbH', "'=cmd|calc", "'-Müller"]);
    expect(rows[0]).toContain('Resilience, SLAs score');
    const [header, ...body] = answers;
    expect(header).toEqual(['No.', 'Question', 'Acme, "Inc"\nGmbH', "'=cmd|calc", "'-Müller", 'Answers differ']);
    const text = body.find((r) => r[1] === 'Question SEC-TXT, "quoted"')!;
    expect(text).toEqual(['1.2', 'Question SEC-TXT, "quoted"', '\'=HYPERLINK("http://evil")', "'+1, -2\r\n@x", "'\tTabbed", 'yes']);
  });

  it('writes one row per question with answers in rank order, whatever the subjects order', () => {
    const reversed = [...entries].reverse();
    const csv = comparisonCsv(ranking, weights, questionnaire, 'de', answersFor('de', reversed));
    const { answers } = sections(csv, 'de');
    const [, ...body] = answers;
    const rows = compareAnswers(questionnaire, entries, 'de');
    expect(body).toHaveLength(rows.length);
    const order = ranking.entries.map((e) => entries.findIndex((x) => x.id === e.id));
    body.forEach((r, i) => {
      const row = rows[i]!;
      expect(r[0]).toBe(row.number);
      expect(r.slice(2, -1)).toEqual(order.map((j) => guardFormula(row.answers[j]!)));
      expect(r.at(-1)).toBe(row.differs ? 'ja' : 'nein');
    });
    expect(body.some((r) => r.at(-1) === 'ja')).toBe(true);
    expect(body.some((r) => r.at(-1) === 'nein')).toBe(true);
  });

  it('has field helpers that follow RFC 4180 and the formula guard', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) expect(guardFormula(`${lead}x`)).toBe(`'${lead}x`);
    expect(guardFormula('x=1')).toBe('x=1');
    expect(guardFormula('')).toBe('');
  });

  it('names the file after the local date', () => {
    expect(comparisonCsvFileName(new Date(2026, 2, 2, 23, 59), 'en')).toBe('Comparison 2026-03-02.csv');
    expect(comparisonCsvFileName(new Date(2026, 11, 31), 'de')).toBe('Vergleich 2026-12-31.csv');
  });
});
