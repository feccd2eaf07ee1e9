import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderReportPdf } from '../../electron/services/documents/report/layout';
import type { Language } from '@shared/i18n';
import type { Answer } from '@shared/questionnaire/answers';
import { buildReportModel, type ReportInput } from '@shared/report/build';
import type { AnswerSource } from '@shared/response-pack/source';
import { scoreAssessment } from '@shared/scoring/engine';
import { DEFAULT_EXPIRY_WINDOW_DAYS } from '@shared/scoring/engine';
import { mini } from '../fixtures/mini-questionnaire';
import { SAMPLE_PROFILE } from '../fixtures/sample-comparison';
import { fontsDir } from '../support/pdf-tools';

const yes: Answer = { status: 'answered', value: 'yes' };
const no: Answer = { status: 'answered', value: 'no' };
const packSource: AnswerSource = {
  kind: 'vendorResponse',
  fileName: 'answers.xlsx',
  size: 48_213,
  sha256: 'a'.repeat(64),
  packId: '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b',
  importedAt: '2026-12-01T10:00:00.000Z',
  vendorAnswer: yes,
};
const caiqSource: AnswerSource = {
  kind: 'caiq',
  fileName: 'caiq.xlsx',
  size: 310_004,
  sha256: 'b'.repeat(64),
  importedAt: '2026-12-02T10:00:00.000Z',
  vendorAnswer: yes,
  confirmedAt: '2026-12-03T10:00:00.000Z',
  caiqIds: ['LOG-03.1', 'LOG-05.1'],
  ownership: 'csp',
  quotes: [],
};

function model(language: Language, answers: ReportInput['answers']) {
  const plain = Object.fromEntries(Object.entries(answers).flatMap(([id, a]) => (a.answer ? [[id, a.answer]] : [])));
  const result = scoreAssessment({ questionnaire: mini, profile: SAMPLE_PROFILE, answers: plain, asOf: '2026-12-05' });
  return buildReportModel({
    language,
    generatedAt: '2026-12-05T09:00:00.000Z',
    vendor: { name: 'Example Contact Cloud', services: [] },
    assessment: { id: 'a-1', serviceName: 'Contact centre', assessor: 'Alex Example', assessmentDate: '2026-12-05', status: 'draft', revision: 1 },
    questionnaire: mini,
    result,
    answers,
    evidence: [],
    tracking: [],
    expiryWindowDays: DEFAULT_EXPIRY_WINDOW_DAYS,
  });
}

const question = (m: ReturnType<typeof model>, id: string) => {
  const text = mini.domains.flatMap((d) => d.sections.flatMap((s) => s.questions)).find((x) => x.id === id)!.text[m.language];
  return m.domains.flatMap((d) => d.sections.flatMap((s) => s.questions)).find((q) => q.text === text);
};

describe('answers from the vendor in the report', () => {
  const answers: ReportInput['answers'] = {
    'SEC-MFA': { answer: yes, source: packSource },
    'SEC-LOGS': { answer: no, source: caiqSource },
  };

  it('says beside each answer whose it is and what the assessor made of it', () => {
    const m = model('en', answers);
    expect(question(m, 'SEC-MFA')?.source).toBe('the vendor’s response, answers.xlsx (1 Dec 2026); not reviewed by the assessor');
    expect(question(m, 'SEC-LOGS')?.source).toBe(
      'the vendor’s CAIQ LOG-03.1, LOG-05.1, caiq.xlsx (2 Dec 2026); changed by the assessor; the vendor answered Yes',
    );
    const confirmed = model('de', { 'SEC-LOGS': { answer: yes, source: caiqSource } });
    expect(question(confirmed, 'SEC-LOGS')?.source).toBe('CAIQ des Anbieters LOG-03.1, LOG-05.1, caiq.xlsx (02.12.2026); vom Prüfer bestätigt');
  });

  it('lists each file the vendor’s answers came from once in the evidence index, with its SHA-256', () => {
    const m = model('en', { ...answers, 'GOV-SPONSOR': { answer: yes, source: packSource } });
    expect(m.evidence).toEqual([
      { questionNumber: 'From the vendor', fileName: 'answers.xlsx', size: 48_213, sha256: 'a'.repeat(64) },
      { questionNumber: 'From the vendor', fileName: 'caiq.xlsx', size: 310_004, sha256: 'b'.repeat(64) },
    ]);
  });

  it('prints the source under the question in the PDF', async () => {
    const pdf = await renderReportPdf(model('en', answers), { fontsDir });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
    expect(text).toContain('Source: the vendor’s response, answers.xlsx (1 Dec 2026); not reviewed by the assessor');
    expect(text).toContain('From the vendor answers.xlsx');
  }, 60_000);
});
