import { describe, expect, it } from 'vitest';
import { buildComparisonModel, comparisonFileName } from '@shared/compare/build';
import { comparisonModelSchema } from '@shared/compare/model';
import { matchingProfile, MAX_WEIGHT_PROFILES, ProfileError, profileWeightsFor, readProfiles, withoutProfile, withProfile } from '@shared/compare/profiles';
import { presetWeights, rankAssessments } from '@shared/compare/rank';
import { compareAnswers } from '@shared/compare/text';
import { answerSchema } from '@shared/questionnaire/answers';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { certificationRows } from '@shared/scoring/certifications';
import { shownScore } from '@shared/scoring/figures';
import { openFindingCounts } from '@shared/scoring/open-findings';
import { sampleEntries } from '../fixtures/sample-comparison';

const weights = presetWeights('balanced', builtInQuestionnaire);

function build(count: number, language: 'en' | 'de' = 'en', tracking: Record<string, Parameters<typeof openFindingCounts>[1]> = {}) {
  const entries = sampleEntries(count);
  const ranking = rankAssessments(entries, weights);
  // Rows built in selection order, to check the model reorders them by rank.
  const rows = compareAnswers(builtInQuestionnaire, entries, language);
  const model = buildComparisonModel({
    language,
    generatedAt: '2026-03-04T09:30:00.000Z',
    questionnaire: builtInQuestionnaire,
    ranking,
    subjects: entries.map((e) => ({ id: e.id, serviceName: 'Contact centre', assessmentDate: '2026-03-02', status: 'final', tracking: tracking[e.id] ?? [] })),
    answers: { subjectIds: entries.map((e) => e.id), rows },
  });
  return { entries, ranking, rows, model };
}

describe('comparison model', () => {
  it('is built from sample answers the store would accept', () => {
    const questions = new Map(builtInQuestionnaire.domains.flatMap((d) => d.sections.flatMap((s) => s.questions)).map((q) => [q.id, q]));
    const invalid = sampleEntries(12).flatMap((e) =>
      Object.entries(e.answers)
        .filter(([id, answer]) => !answerSchema(questions.get(id)!).safeParse(answer).success)
        .map(([id]) => `${e.vendorName} ${id}`),
    );
    expect(invalid).toEqual([]);
  });

  it('lists the vendors in rank order with the ranking’s scores, and passes its own schema', () => {
    const { ranking, model } = build(5);
    expect(comparisonModelSchema.safeParse(model).success).toBe(true);
    expect(model.vendors.map((v) => [v.rank, v.name])).toEqual(ranking.entries.map((e) => [e.rank, e.vendorName]));
    model.vendors.forEach((v, i) => {
      const e = ranking.entries[i]!;
      expect(v.overall).toBe(shownScore(e.score));
      expect(v.conservative).toBe(shownScore(e.conservativeScore));
      expect(v.recommendation).toBe(e.recommendation);
      expect(v.domainScores).toHaveLength(model.domains.length);
      model.domains.forEach((d, j) => expect(v.domainScores[j]).toBe(shownScore(e.domains.find((x) => x.id === d.id)!.score)));
    });
    expect(model.domains.map((d) => d.weight)).toEqual(builtInQuestionnaire.domains.map((d) => weights[d.id]));
    expect(model.weightProfile).toBe('Custom weights');
  });

  it('puts every answer column in rank order, whatever order the rows were built in', () => {
    const { entries, rows, model } = build(4);
    const byId = new Map(rows.map((r) => [r.number, r]));
    const order = model.vendors.map((v) => entries.findIndex((e) => e.id === v.assessmentId));
    expect(order).not.toEqual([0, 1, 2, 3]);
    let count = 0;
    for (const group of model.answers) {
      for (const row of group.rows) {
        count += 1;
        expect(row.answers).toEqual(order.map((i) => byId.get(row.number)!.answers[i]));
        expect(row.differs).toBe(byId.get(row.number)!.differs);
      }
    }
    expect(count).toBe(rows.length);
  });

  it('shows each vendor’s certification states in the matrix', () => {
    const { ranking, model } = build(3);
    expect(model.certifications.length).toBeGreaterThan(5);
    ranking.entries.forEach((e, column) => {
      const rows = certificationRows(e.result, builtInQuestionnaire);
      expect(model.certifications.map((c) => c.cells[column]!.status)).toEqual(rows.map((r) => r.status));
    });
    const withDate = model.certifications.flatMap((c) => c.cells).find((c) => c.validUntil);
    expect(withDate?.validUntil).toMatch(/^\d{1,2} \w+ \d{4}$/);
  });

  it('counts open findings: resolved and accepted ones drop out, open manual ones count', () => {
    const plain = build(2);
    const first = plain.ranking.entries[0]!;
    const [a, b] = first.result.findings;
    const tracked = build(2, 'en', {
      [first.id]: [
        { findingId: a!.id, status: 'resolved' },
        { findingId: b!.id, status: 'inProgress' },
        { findingId: 'M-1', status: 'open', manual: { title: 'No exit plan', severity: 'critical', remediation: '' } },
        { findingId: 'M-2', status: 'accepted', manual: { title: 'Old', severity: 'high', remediation: '' } },
      ],
    });
    const expected = { ...plain.model.vendors[0]!.findings };
    expected[a!.severity] -= 1; // resolved
    expected.critical += 1; // the open manual finding; the accepted one does not count
    expect(tracked.model.vendors[0]!.findings).toEqual(expected);
  });

  it('writes every text in German for a German comparison', () => {
    const { model } = build(2, 'de');
    expect(model.title).toBe('Anbietervergleich');
    expect(model.labels.recommendation).toBe('Empfehlung');
    expect(model.domains.map((d) => d.title)).toEqual(builtInQuestionnaire.domains.map((d) => d.title.de));
    expect(['Freigeben', 'Unter Auflagen freigeben', 'Ablehnen']).toContain(model.vendors[0]!.recommendationLabel);
    expect(comparisonFileName(new Date(2026, 2, 4, 23, 59), 'de', 'pdf')).toBe('Anbietervergleich 2026-03-04.pdf');
  });

  it('refuses a model whose columns do not match its vendors', () => {
    const { model } = build(3);
    const broken = { ...model, certifications: [{ ...model.certifications[0]!, cells: model.certifications[0]!.cells.slice(1) }] };
    expect(comparisonModelSchema.safeParse(broken).success).toBe(false);
    expect(comparisonModelSchema.safeParse({ ...model, vendors: [...model.vendors].reverse() }).success).toBe(false);
  });
});

describe('open findings', () => {
  it('counts scored findings unless closed, plus open manual findings', () => {
    const scored = [
      { id: 'F1', severity: 'high' as const },
      { id: 'F2', severity: 'high' as const },
      { id: 'F3', severity: 'low' as const },
    ];
    const counts = openFindingCounts(scored, [
      { findingId: 'F2', status: 'accepted' },
      { findingId: 'F3', status: 'inProgress' },
      { findingId: 'M-1', status: 'open', manual: { title: 'Manual', severity: 'critical', remediation: '' } },
      { findingId: 'M-2', status: 'resolved', manual: { title: 'Manual', severity: 'medium', remediation: '' } },
    ]);
    expect(counts).toEqual({ critical: 1, high: 1, medium: 0, low: 1 });
  });
});

describe('saved weight profiles', () => {
  const privacy = presetWeights('privacyFirst', builtInQuestionnaire);

  it('adds, replaces by name regardless of case and spacing, and removes', () => {
    let profiles = withProfile([], '  Privacy   board ', privacy);
    expect(profiles).toEqual([{ name: 'Privacy board', weights: privacy }]);
    profiles = withProfile(profiles, 'privacy BOARD', weights);
    expect(profiles).toEqual([{ name: 'privacy BOARD', weights }]);
    profiles = withProfile(profiles, 'Audit', privacy);
    expect(profiles.map((p) => p.name)).toEqual(['Audit', 'privacy BOARD']);
    expect(matchingProfile(profiles, privacy, builtInQuestionnaire)?.name).toBe('Audit');
    expect(withoutProfile(profiles, 'AUDIT').map((p) => p.name)).toEqual(['privacy BOARD']);
  });

  it('refuses an empty or long name, weights out of range, and more than the limit', () => {
    expect(() => withProfile([], '   ', weights)).toThrow(new ProfileError('compare.profiles.errors.nameRequired'));
    expect(() => withProfile([], 'x'.repeat(61), weights)).toThrow(ProfileError);
    expect(() => withProfile([], 'Broken', { ...weights, security: 11 })).toThrow(ProfileError);
    expect(() => withProfile([], 'Broken', { ...weights, security: 1.5 })).toThrow(ProfileError);
    const full = Array.from({ length: MAX_WEIGHT_PROFILES }, (_, i) => ({ name: `P${i}`, weights }));
    expect(() => withProfile(full, 'One more', weights)).toThrow(new ProfileError('compare.profiles.errors.tooMany'));
    expect(withProfile(full, 'p3', privacy)).toHaveLength(MAX_WEIGHT_PROFILES);
  });

  it('reads back only well-formed stored profiles', () => {
    expect(readProfiles(undefined)).toEqual([]);
    expect(readProfiles('junk')).toEqual([]);
    expect(
      readProfiles([
        { name: 'Ok', weights },
        { name: 'Bad', weights: { security: 11 } },
        { name: 'Worse', weights: { 'not a domain': 3 } },
        { name: 'ok', weights: privacy },
        42,
      ]),
    ).toEqual([{ name: 'Ok', weights }]);
  });

  it('keeps a profile that names other domains, filling the ones it leaves out from the defaults', () => {
    const [partial] = readProfiles([{ name: 'Security only', weights: { security: 7, accessibility: 4 } }]);
    expect(partial).toEqual({ name: 'Security only', weights: { security: 7, accessibility: 4 } });
    expect(profileWeightsFor(partial!, builtInQuestionnaire)).toEqual({ ...weights, security: 7 });
    expect(matchingProfile([partial!], { ...weights, security: 7 }, builtInQuestionnaire)?.name).toBe('Security only');
  });

  it('replacing a profile keeps its weights for domains of another questionnaire', () => {
    const saved = withProfile([], 'Audit', { accessibility: 4, security: 2 });
    const replaced = withProfile(saved, 'audit', privacy);
    expect(replaced).toEqual([{ name: 'audit', weights: { accessibility: 4, ...privacy } }]);
  });
});
