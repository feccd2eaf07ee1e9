import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderComparisonPdf } from '../../electron/services/documents/comparison/layout';
import { renderReportPdf } from '../../electron/services/documents/report/layout';
import { createQuestionnaireCatalog } from '../../renderer/src/db/questionnaires';
import { weighsOnlyItsDomains } from '@shared/domain/assessment';
import { buildComparisonModel } from '@shared/compare/build';
import { comparisonModelSchema } from '@shared/compare/model';
import { profileWeightsFor, readProfiles } from '@shared/compare/profiles';
import { availablePresets, defaultWeights, presetWeights, questionnaireGroups, rankAssessments, type RankEntry } from '@shared/compare/rank';
import { compareAnswers } from '@shared/compare/text';
import type { Answer } from '@shared/questionnaire/answers';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { builtInQuestionnaires, refKey } from '@shared/questionnaire/catalog';
import type { ServiceProfile } from '@shared/questionnaire/profile';
import { questionnaireSchema } from '@shared/questionnaire/schema';
import { buildReportModel } from '@shared/report/build';
import { reportModelSchema } from '@shared/report/model';
import { scoreAssessment } from '@shared/scoring/engine';
import { sampleEntries } from '../fixtures/sample-comparison';
import { sixDomainInput, sixDomains } from '../fixtures/six-domain-questionnaire';
import { fontsDir, run } from '../support/pdf-tools';

const PROFILE: ServiceProfile = {
  dataCategories: ['personal'],
  aiAutonomy: 'none',
  criticality: 'medium',
  regulatoryScope: ['gdpr'],
  sector: 'retail',
  requiresEuResidency: true,
};
const AS_OF = '2026-11-02';

const best: Record<string, Answer> = {
  'PPL-SCREENING': { status: 'answered', value: 'yes' },
  'PPL-TRAINING': { status: 'answered', value: 'yes' },
  'PRV-DPA': { status: 'answered', value: 'yes' },
  'PRV-ISO27701': { status: 'answered', value: { held: 'yes', validUntil: '2027-06-30', scopeCoversService: true } },
  'ACC-CHANNELS': { status: 'answered', value: 'relayAndVideo' },
  'CON-SITES': { status: 'answered', value: 3 },
  'SUS-REPORT': { status: 'answered', value: 'yes' },
  'COM-EXIT': { status: 'answered', value: 'yes' },
  'COM-NOTES': { status: 'answered', value: 'Twelve months’ notice.' },
};

const score = (answers: Record<string, Answer>, domainWeights?: Record<string, number>) =>
  scoreAssessment({ questionnaire: sixDomains, profile: PROFILE, answers, asOf: AS_OF, ...(domainWeights && { domainWeights }) });

function entry(id: string, vendorName: string, answers: Record<string, Answer>): RankEntry {
  return { id, vendorName, questionnaire: sixDomains, profile: PROFILE, answers, asOf: AS_OF };
}

const entries = [
  entry('a', 'Northwind Contact', best),
  entry('b', 'Fabrikam Service', { ...best, 'PPL-SCREENING': { status: 'answered', value: 'no' }, 'CON-SITES': { status: 'answered', value: 1 } }),
  entry('c', 'Contoso Care', { ...best, 'PRV-DPA': { status: 'answered', value: 'no' } }),
];

describe('a questionnaire with six domains of its own', () => {
  it('loads: the schema takes its domains, refuses a repeated one, and the catalog hands it out beside the built-in one', async () => {
    expect(sixDomains.domains.map((d) => d.id)).toEqual(['people', 'privacy', 'accessibility', 'continuity', 'sustainability', 'commercial']);
    const repeated = { ...sixDomainInput, domains: [...sixDomainInput.domains, sixDomainInput.domains[0]!] };
    expect(questionnaireSchema.safeParse(repeated).success).toBe(false);
    const badId = { ...sixDomainInput, domains: [{ ...sixDomainInput.domains[0]!, id: 'Not an id' }] };
    expect(questionnaireSchema.safeParse(badId).success).toBe(false);

    const catalog = createQuestionnaireCatalog([...builtInQuestionnaires, { id: sixDomains.id, version: sixDomains.version, load: async () => sixDomains }]);
    const listed = await catalog.list();
    expect(listed.map(refKey)).toEqual(['cx-platform@1.0.0', 'contact-centre-outsourcing@2.1.0']);
    expect(await catalog.of({ questionnaireId: 'contact-centre-outsourcing', questionnaireVersion: '2.1.0' })).toBe(sixDomains);
  });

  it('scores every domain with its own default weight, and the overall score as their weighted mean', () => {
    const all = score(best);
    expect(all.domains.map((d) => [d.id, d.weight, d.score])).toEqual(sixDomains.domains.map((d) => [d.id, d.defaultWeight, 100]));
    expect(all.overall.score).toBe(100);
    expect(all.recommendation.final).toBe('approve');

    // People answered "no" throughout: that domain scores 0, and the overall score loses exactly its share.
    const noPeople = score({ ...best, 'PPL-SCREENING': { status: 'answered', value: 'no' }, 'PPL-TRAINING': { status: 'answered', value: 'no' } });
    const total = sixDomains.domains.reduce((sum, d) => sum + d.defaultWeight, 0);
    const people = sixDomains.domains.find((d) => d.id === 'people')!.defaultWeight;
    expect(noPeople.domains.find((d) => d.id === 'people')!.score).toBe(0);
    expect(noPeople.overall.score).toBeCloseTo((100 * (total - people)) / total, 10);
    expect(noPeople.findings.map((f) => f.questionId)).toEqual(['PPL-SCREENING', 'PPL-TRAINING']);

    // Its own knock-out rule applies.
    expect(score({ ...best, 'PRV-DPA': { status: 'answered', value: 'no' } }).recommendation.final).toBe('reject');
  });

  it('has weights of its own: only the balanced preset fits it, and a profile saved with other domains fills in its defaults', () => {
    expect(availablePresets(sixDomains)).toEqual(['balanced']);
    expect(availablePresets(builtInQuestionnaire)).toEqual(['balanced', 'privacyFirst', 'resilienceFirst', 'securityFirst']);
    expect(presetWeights('balanced', sixDomains)).toEqual({ people: 3, privacy: 4, accessibility: 2, continuity: 3, sustainability: 1, commercial: 2 });

    const [builtInProfile] = readProfiles([{ name: 'Privacy first', weights: presetWeights('privacyFirst', builtInQuestionnaire) }]);
    expect(profileWeightsFor(builtInProfile!, sixDomains)).toEqual(defaultWeights(sixDomains));
    const [mixed] = readProfiles([{ name: 'Mixed', weights: { security: 6, privacy: 9 } }]);
    expect(profileWeightsFor(mixed!, sixDomains)).toEqual({ ...defaultWeights(sixDomains), privacy: 9 });
    expect(profileWeightsFor(mixed!, builtInQuestionnaire)).toEqual({ ...defaultWeights(builtInQuestionnaire), security: 6 });

    expect(weighsOnlyItsDomains(sixDomains, { privacy: 2, commercial: 0 })).toBe(true);
    expect(weighsOnlyItsDomains(sixDomains, { security: 2 })).toBe(false);
  });

  describe('reports and compares', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'assay-six-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    async function pdfText(pdf: Buffer, name: string): Promise<string> {
      const path = join(dir, name);
      await writeFile(path, pdf);
      expect(run('qpdf', ['--check', path]).code).toBe(0);
      const text = run('pdftotext', ['-layout', path, '-']);
      expect(text.code).toBe(0);
      return text.out;
    }

    it('reports: the model has its six domains, and the PDF names each of them', async () => {
      const result = score(entries[1]!.answers);
      const model = buildReportModel({
        language: 'de',
        generatedAt: '2026-11-03T09:00:00.000Z',
        vendor: { name: 'Fabrikam Service', services: ['Inbound-Kundenservice'] },
        assessment: { id: 'six-1', serviceName: 'Inbound-Kundenservice', assessor: 'Alex Example', assessmentDate: AS_OF, status: 'draft', revision: 1 },
        questionnaire: sixDomains,
        result,
        answers: Object.fromEntries(Object.entries(entries[1]!.answers).map(([id, answer]) => [id, { answer }])),
        evidence: [],
        tracking: [],
        expiryWindowDays: 90,
      });
      expect(reportModelSchema.safeParse(model).success).toBe(true);
      expect(model.domains.map((d) => d.title)).toEqual(sixDomains.domains.map((d) => d.title.de));
      const text = await pdfText(await renderReportPdf(model, { fontsDir }), 'report.pdf');
      for (const d of sixDomains.domains) expect(text).toContain(d.title.de);
      expect(text).toContain(sixDomains.title.de);
    });

    it('compares: ranks its vendors on its own domains into a model and a PDF', async () => {
      const ranking = rankAssessments(entries, defaultWeights(sixDomains));
      expect(ranking.entries.map((e) => e.vendorName)).toEqual(['Northwind Contact', 'Fabrikam Service', 'Contoso Care']);
      expect(ranking.entries[2]!.rejectedByKnockout).toBe(true);
      const model = buildComparisonModel({
        language: 'en',
        generatedAt: '2026-11-03T09:00:00.000Z',
        questionnaire: sixDomains,
        ranking,
        weightProfile: 'Balanced',
        subjects: entries.map((e) => ({ id: e.id, serviceName: 'Inbound customer service', assessmentDate: AS_OF, status: 'draft' as const, tracking: [] })),
        answers: { subjectIds: entries.map((e) => e.id), rows: compareAnswers(sixDomains, entries, 'en') },
      });
      expect(comparisonModelSchema.safeParse(model).success).toBe(true);
      expect(model.domains.map((d) => [d.title, d.weight])).toEqual(sixDomains.domains.map((d) => [d.title.en, d.defaultWeight]));
      const text = await pdfText(await renderComparisonPdf(model, { fontsDir }), 'comparison.pdf');
      for (const d of sixDomains.domains) expect(text.replace(/\s+/g, ' ')).toContain(d.title.en);
    });

    it('refuses to rank it together with assessments of another questionnaire, and says which vendor used which', () => {
      const mixed = [...entries.slice(0, 2), ...sampleEntries(2)];
      expect(() => rankAssessments(mixed, defaultWeights(sixDomains))).toThrow(/different questionnaires/);
      expect(questionnaireGroups(mixed).map((g) => [refKey(g.questionnaire), g.vendorNames])).toEqual([
        ['contact-centre-outsourcing@2.1.0', ['Northwind Contact', 'Fabrikam Service']],
        ['cx-platform@1.0.0', sampleEntries(2).map((e) => e.vendorName)],
      ]);
    });
  });
});
