import { describe, expect, it } from 'vitest';
import { explainRankChange, matchingPreset, presetWeights, rankAssessments, type RankEntry, type Ranking } from '@shared/compare/rank';
import { leaderUnder, rankingRobustness } from '@shared/compare/robustness';
import { compareAnswers, formatRankChange, ordinal } from '@shared/compare/text';
import type { Answer } from '@shared/questionnaire/answers';
import type { ServiceProfile } from '@shared/questionnaire/profile';
import { questionnaireSchema, type DomainId, type QuestionnaireInput } from '@shared/questionnaire/schema';

/** One yes/no question per domain (yes 100, partly 50, no 0), plus a knock-out question that does not score. */
const l = (en: string) => ({ en, de: `${en} (de)` });
const yesNo = (id: string, weight = 1) => ({
  id,
  text: l(`Question ${id}`),
  guidance: l('Guidance'),
  evidence: l('Evidence'),
  references: [{ framework: 'ISO 27001', ref: 'A.1' }],
  weight,
  answer: { type: 'yesNo' as const },
  allowNotApplicable: true,
  severity: 'medium' as const,
  remediation: l('Fix it'),
});
const domain = (id: DomainId, code: string, title: string, defaultWeight: number, extra: ReturnType<typeof yesNo>[] = []) => ({
  id,
  title: l(title),
  description: l(title),
  defaultWeight,
  sections: [{ id: `${code}-MAIN`, title: l(title), questions: [yesNo(`${code}-Q`), ...extra] }],
});
const input: QuestionnaireInput = {
  id: 'compare-test',
  version: '1.0.0',
  title: l('Compare test'),
  domains: [
    domain('security', 'SEC', 'Security', 3),
    domain('aiEthics', 'AIE', 'AI ethics', 2),
    domain('dataResidency', 'DAT', 'Data residency', 3),
    domain('resilience', 'RSL', 'Resilience', 2),
    domain('governance', 'GOV', 'Governance', 2, [yesNo('GOV-KO', 0)]),
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
const a = (value: V): Answer => ({ status: 'answered', value });
function entry(vendorName: string, [sec, aie, dat, rsl, gov]: [V, V, V, V, V], extra: Record<string, Answer> = {}): RankEntry {
  return {
    id: vendorName.toLowerCase(),
    vendorName,
    questionnaire,
    profile,
    asOf: '2026-03-02',
    answers: { 'SEC-Q': a(sec), 'AIE-Q': a(aie), 'DAT-Q': a(dat), 'RSL-Q': a(rsl), 'GOV-Q': a(gov), ...extra },
  };
}

// Domain scores:        security  aiEthics  dataResidency  resilience  governance
const talkdesk = entry('Talkdesk', ['yes', 'yes', 'yes', 'no', 'partial']); //  100 100 100   0  50
const genesys = entry('Genesys', ['partial', 'partial', 'partial', 'partial', 'yes']); // 50 50 50 50 100
const five9 = entry('Five9', ['partial', 'partial', 'no', 'yes', 'yes']); //        50  50   0 100 100
const entries = [five9, genesys, talkdesk];
const balanced = presetWeights('balanced', questionnaire); // 3 2 3 2 2

describe('rankAssessments', () => {
  it('ranks by overall score with the same weights for all', () => {
    const ranking = rankAssessments(entries, balanced);
    // Talkdesk (300+200+300+0+100)/12 = 75; Genesys (150+100+150+100+200)/12 = 58.3; Five9 (150+100+0+200+200)/12 = 54.2
    expect(ranking.entries.map((e) => [e.rank, e.vendorName])).toEqual([
      [1, 'Talkdesk'],
      [2, 'Genesys'],
      [3, 'Five9'],
    ]);
    expect(ranking.entries.map((e) => e.score)).toEqual([75, 700 / 12, 650 / 12].map((s) => expect.closeTo(s, 9)));
    expect(ranking.entries[0]!.domains.map((d) => [d.id, d.weight, d.score])).toEqual([
      ['security', 3, 100],
      ['aiEthics', 2, 100],
      ['dataResidency', 3, 100],
      ['resilience', 2, 0],
      ['governance', 2, 50],
    ]);
    // Every entry was scored with the same weights.
    for (const e of ranking.entries) expect(e.domains.map((d) => d.weight)).toEqual([3, 2, 3, 2, 2]);
  });

  it('a heavier resilience weight puts Five9 first', () => {
    const ranking = rankAssessments(entries, { ...balanced, resilience: 5 });
    // total weight 15: Five9 950/15 = 63.3, Talkdesk 900/15 = 60, Genesys 850/15 = 56.7
    expect(ranking.entries.map((e) => e.vendorName)).toEqual(['Five9', 'Talkdesk', 'Genesys']);
    expect(ranking.entries[0]!.score).toBeCloseTo(950 / 15, 9);
  });

  it('puts a vendor rejected by a knock-out last, whatever its score', () => {
    const avaya = entry('Avaya', ['yes', 'yes', 'yes', 'yes', 'yes'], { 'GOV-KO': a('no') });
    const ranking = rankAssessments([avaya, ...entries], balanced);
    expect(ranking.entries.map((e) => e.vendorName)).toEqual(['Talkdesk', 'Genesys', 'Five9', 'Avaya']);
    const last = ranking.entries[3]!;
    expect(last.score).toBe(100);
    expect(last.rejectedByKnockout).toBe(true);
    expect(last.recommendation).toBe('reject');
    expect(last.knockouts.map((k) => k.id)).toEqual(['KO-GOV']);
  });

  it('breaks ties by vendor name', () => {
    const same: [V, V, V, V, V] = ['yes', 'no', 'yes', 'no', 'yes'];
    const ranking = rankAssessments([entry('beta', same), entry('Alpha', same)], balanced);
    expect(ranking.entries.map((e) => e.vendorName)).toEqual(['Alpha', 'beta']);
  });

  it('knows the presets', () => {
    expect(balanced).toEqual({ security: 3, aiEthics: 2, dataResidency: 3, resilience: 2, governance: 2 });
    const privacy = presetWeights('privacyFirst', questionnaire);
    expect(privacy.dataResidency).toBeGreaterThan(balanced.dataResidency!);
    expect(privacy.aiEthics).toBeGreaterThan(balanced.aiEthics!);
    expect(matchingPreset(privacy, questionnaire)).toBe('privacyFirst');
    expect(matchingPreset({ ...balanced, governance: 9 }, questionnaire)).toBeNull();
  });
});

describe('explainRankChange', () => {
  it('names the vendor that moved, the weight that moved it and the scores behind it', () => {
    const before = rankAssessments(entries, balanced);
    const after = rankAssessments(entries, { ...balanced, resilience: 5 });
    const change = explainRankChange(before, after);
    expect(change.moves).toEqual([
      { id: 'five9', vendorName: 'Five9', from: 3, to: 1 },
      { id: 'talkdesk', vendorName: 'Talkdesk', from: 1, to: 2 },
      { id: 'genesys', vendorName: 'Genesys', from: 2, to: 3 },
    ]);
    expect(change.weightChanges).toEqual([{ domainId: 'resilience', from: 2, to: 5 }]);
    expect(change.cause).toMatchObject({
      overtaken: { vendorName: 'Talkdesk' },
      weight: { domainId: 'resilience', from: 2, to: 5 },
      moverScore: 100,
      overtakenScore: 0,
    });
    expect(formatRankChange(change, questionnaire, 'en')).toBe(
      'Five9 moved from 3rd to 1st: Resilience weight 2 → 5, where Five9 scores 100 and Talkdesk 0. Also: Talkdesk 1st → 2nd, Genesys 2nd → 3rd.',
    );
    expect(formatRankChange(change, questionnaire, 'de')).toBe(
      'Five9 rückt von Platz 3 auf Platz 1: Gewicht Resilience (de) 2 → 5; dort erreicht Five9 100 und Talkdesk 0. Außerdem: Talkdesk 1 → 2, Genesys 2 → 3.',
    );
  });

  it('picks the weight change that favoured the mover most when a preset changes several', () => {
    const before = rankAssessments(entries, balanced);
    const after = rankAssessments(entries, presetWeights('resilienceFirst', questionnaire));
    // 3 1 2 6 2: Five9 1000/14 = 71.4, Genesys 800/14 = 57.1, Talkdesk 700/14 = 50
    expect(after.entries.map((e) => e.vendorName)).toEqual(['Five9', 'Genesys', 'Talkdesk']);
    const change = explainRankChange(before, after);
    expect(change.weightChanges.map((w) => w.domainId)).toEqual(['aiEthics', 'dataResidency', 'resilience']);
    // Effects on Five9 against Talkdesk: aiEthics −1 × (50−100) = 50, dataResidency −1 × (0−100) = 100, resilience 4 × (100−0) = 400.
    expect(change.cause?.weight).toEqual({ domainId: 'resilience', from: 2, to: 6 });
    expect(formatRankChange(change, questionnaire, 'en')).toMatch(/^Five9 moved from 3rd to 1st: Resilience weight 2 → 6/);
  });

  it('says so when nothing moved', () => {
    const before = rankAssessments(entries, balanced);
    const after = rankAssessments(entries, { ...balanced, security: 4 });
    const change = explainRankChange(before, after);
    expect(change.moves).toEqual([]);
    expect(change.cause).toBeNull();
    expect(formatRankChange(change, questionnaire, 'en')).toBe('The ranking did not change.');
  });

  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map((n) => ordinal(n, 'en'))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd']);
  });
});

describe('compareAnswers', () => {
  it('marks a row as differing when the answer texts differ', () => {
    const rows = compareAnswers(questionnaire, entries, 'en');
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(rows.map((r) => r.number)).toEqual(['1.1', '2.1', '3.1', '4.1', '5.1', '5.2']);
    expect(byId.get('SEC-Q')).toMatchObject({ answers: ['Partly', 'Partly', 'Yes'], differs: true });
    expect(byId.get('GOV-Q')).toMatchObject({ answers: ['Yes', 'Yes', 'Partly'], differs: true });
    expect(byId.get('GOV-KO')).toMatchObject({ answers: ['Not answered', 'Not answered', 'Not answered'], differs: false });
    const same = compareAnswers(questionnaire, [five9, { ...five9, id: 'copy' }], 'en');
    expect(same.filter((r) => r.differs)).toEqual([]);
  });
});

describe('how far the first place holds', () => {
  // Three vendors, three domains, scored by hand. Weights security 2, resilience 1, governance 1:
  // Alpha (2·90 + 50 + 70)/4 = 75, Bravo (2·60 + 90 + 80)/4 = 72.5, Charlie (2·70 + 70 + 60)/4 = 67.5.
  const scores = { Alpha: [90, 50, 70], Bravo: [60, 90, 80], Charlie: [70, 70, 60] } as const;
  const weights = { security: 2, resilience: 1, governance: 1 };
  const ranked = (Object.entries(scores) as [string, readonly number[]][]).map(([vendorName, [s, r, g]], index) => ({
    id: vendorName.toLowerCase(),
    vendorName,
    rank: index + 1,
    rejectedByKnockout: false,
    score: null,
    domains: [
      { id: 'security', weight: 2, score: s!, conservativeScore: s! },
      { id: 'resilience', weight: 1, score: r!, conservativeScore: r! },
      { id: 'governance', weight: 1, score: g!, conservativeScore: g! },
    ],
  }));
  const hand = { weights, entries: ranked } as unknown as Ranking;

  it('gives each weight’s range that keeps the leader, and who leads just outside it', () => {
    const robustness = rankingRobustness(hand)!;
    expect(robustness.leader).toEqual({ id: 'alpha', vendorName: 'Alpha' });
    expect(robustness.ranges).toEqual([
      // Alpha ahead of Bravo while 30·s > 50: from security 2; at 1, Bravo (230/3 against 210/3).
      { domainId: 'security', current: 2, from: 2, to: 10, below: { weight: 1, leader: { id: 'bravo', vendorName: 'Bravo' } } },
      // Alpha ahead while 50 > 40·r: up to resilience 1; at 2, Bravo 76 against Alpha 70.
      { domainId: 'resilience', current: 1, from: 0, to: 1, above: { weight: 2, leader: { id: 'bravo', vendorName: 'Bravo' } } },
      // At governance 2 both score 74 and the tie goes by name; at 3, Bravo 75 against Alpha 73.3.
      { domainId: 'governance', current: 1, from: 0, to: 2, above: { weight: 3, leader: { id: 'bravo', vendorName: 'Bravo' } } },
    ]);
  });

  it('counts the weightings within one step that keep the leader first: 17 of 27, counted by hand', () => {
    // Alpha leads where 30s − 40r − 10g ≥ 0 and 20s − 20r + 10g ≥ 0 (s ∈ 1..3, r and g ∈ 0..2):
    // s = 1: r = 0 (3); s = 2: r = 0 or 1 (6); s = 3: r = 0 or 1 (6), r = 2 with g ≤ 1 (2).
    expect(rankingRobustness(hand)!.stability).toEqual({ kept: 17, total: 27 });
  });

  it('finds the same leader as ranking again for every weighting within one step of balanced', () => {
    const ranking = rankAssessments(entries, balanced);
    const ids = Object.keys(balanced);
    const steps = ids.reduce<Record<string, number>[]>(
      (all, id) => all.flatMap((partial) => [-1, 0, 1].map((step) => ({ ...partial, [id]: Math.max(0, balanced[id]! + step) }))),
      [{}],
    );
    expect(steps).toHaveLength(243);
    for (const weights of steps) expect(leaderUnder(ranking.entries, weights)?.id).toBe(rankAssessments(entries, weights).entries[0]!.id);
    const robustness = rankingRobustness(ranking)!;
    expect(robustness.stability.total).toBe(243);
    expect(robustness.stability.kept).toBe(steps.filter((weights) => rankAssessments(entries, weights).entries[0]!.id === ranking.entries[0]!.id).length);
  });

  it('puts a vendor rejected by a knock-out last whatever the weights, and says nothing for a single vendor', () => {
    const knockedOut = entry('Talkdesk', ['yes', 'yes', 'yes', 'no', 'partial'], { 'GOV-KO': a('no') });
    const ranking = rankAssessments([five9, genesys, knockedOut], balanced);
    expect(rankingRobustness(ranking)!.ranges.every((range) => range.above?.leader.id !== 'talkdesk' && range.below?.leader.id !== 'talkdesk')).toBe(true);
    expect(rankingRobustness(rankAssessments([five9], balanced))).toBeUndefined();
  });
});
