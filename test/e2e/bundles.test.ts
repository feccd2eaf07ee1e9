import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTestApp, type TestApp } from '../support/app';
import { ready } from '../support/assessment-ui';
import { loadPageModule } from '../support/page-module';

let app: TestApp;
let call: Awaited<ReturnType<typeof loadPageModule>>;

beforeAll(async () => {
  app = await launchTestApp();
  await ready(app.page);
  call = await loadPageModule(app.page, resolve(__dirname, 'page/bundle-checks.ts'));
});
afterAll(() => app?.close());

describe('assessments received from a bundle, in real IndexedDB', () => {
  it('arrive as read-only received assessments that say exactly what was sent, evidence bytes included, and arrive once', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- page results, checked by shape below
    const r = await call<Record<string, any>>('roundTrip');
    expect(r.plan.assessments.map((a: { state: string }) => a.state)).toEqual(['new', 'new']);
    expect(r.plan.vendors).toEqual([expect.objectContaining({ name: 'Talkdesk', used: true })]);
    expect(r.plan.vendors[0].match).toBeUndefined();
    expect(r.plan.evidence).toEqual({ files: 2, bytes: 70_009 });
    expect(r.receipt).toEqual({ added: 2, present: 0, vendorsAdded: 1 });
    expect(r.same).toEqual([true, true]);
    expect(r.evidenceBytes).toHaveLength(4);
    expect(r.evidenceBytes.every((e: { matches: boolean }) => e.matches)).toBe(true);
    // The vendor comes with its details; the revision links to the assessment it revises, received with it.
    expect(r.vendor).toMatchObject({
      name: 'Talkdesk',
      website: 'https://talkdesk.com',
      services: ['Cloud contact centre'],
      contacts: [{ name: 'Sam Vendor', email: 'sam@talkdesk.example' }],
    });
    const [final, draft] = [...r.rows].sort((a, b) => a.revision - b.revision);
    expect(final).toMatchObject({ status: 'final', revision: 1, summary: true, received: { via: 'bundle', from: 'Robin Sender', fileName: 'Talkdesk.assay' } });
    expect(draft).toMatchObject({ status: 'draft', revision: 2, previousId: final.id, summary: false });
    expect(draft.received.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.again).toEqual({ added: 0, present: 2 });
    expect(r.unchanged).toBe(true);
    expect(r.home).toEqual(['same', 'same']);
  });

  it('join a vendor of the same name, or sit beside it as a second vendor; changed content is added beside what is here', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- page results, checked by shape below
    const merged = await call<Record<string, any>>('conflicts', 'merge');
    expect(merged.vendors).toEqual(['TALKDESK']);
    expect(merged.first).toBe(2);
    expect(merged.states).toEqual(['same', 'differs']);
    expect(merged.vendorPlan).toEqual([expect.objectContaining({ name: 'Talkdesk', match: expect.objectContaining({ name: 'TALKDESK' }), used: true })]);
    expect(merged.second).toEqual({ added: 1, present: 1 });
    expect(merged.assessments).toBe(3);

    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- page results, checked by shape below
    const both = await call<Record<string, any>>('conflicts', 'keepBoth');
    expect(both.vendors).toEqual(['TALKDESK', 'Talkdesk (2)', 'Talkdesk (3)']);
  });

  it('refuse a crafted document or evidence that does not match it, each with a reason, and leave the database as it was', async () => {
    const r = await call<Record<string, { outcome: string; unchanged: boolean }>>('hostile');
    expect(r).toEqual({
      unknownQuestion: { outcome: 'invalid assessment.errors.unknownQuestion', unchanged: true },
      invalidAnswer: { outcome: 'invalid assessment.errors.invalidAnswer', unchanged: true },
      answeredTwice: { outcome: 'invalid bundles.errors.answeredTwice', unchanged: true },
      unknownQuestionnaire: { outcome: 'invalid assessment.errors.unknownQuestionnaire', unchanged: true },
      weights: { outcome: 'invalid bundles.errors.weights', unchanged: true },
      duplicateId: { outcome: 'invalid bundles.errors.document', unchanged: true },
      hugeString: { outcome: 'invalid bundles.errors.document', unchanged: true },
      wrongType: { outcome: 'invalid bundles.errors.document', unchanged: true },
      missingEvidence: { outcome: 'invalid bundles.errors.evidenceMissing', unchanged: true },
      evidenceOfOtherSize: { outcome: 'invalid bundles.errors.evidenceMissing', unchanged: true },
    });
  });

  it('export then import yields an equal assessment, for generated assessments', async () => {
    const r = await call<{ result: string; answers: number; evidence: number; final: number }>('roundTripProperty', 60);
    expect(r.result).toBe('held');
    // Generated assessments carried answers, evidence files, and final ones among them.
    expect(r.answers).toBeGreaterThan(200);
    expect(r.evidence).toBeGreaterThan(20);
    expect(r.final).toBeGreaterThan(10);
  }, 120_000);
});
