// Runs inside the app page: bundles collected from and received into real IndexedDB.
import '../../../renderer/src/app/zod-config';
import Dexie from 'dexie';
import fc from 'fast-check';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { allQuestions } from '@shared/questionnaire/questions';
import { answerSchema } from '@shared/questionnaire/answers';
import type { AssessmentsDocument } from '@shared/bundle/assessments';
import { createAssessmentRepository, sha256Hex } from '../../../renderer/src/db/assessments';
import { createBundleRepository, type ReceivedOrigin, type VendorChoice } from '../../../renderer/src/db/bundles';
import { contentText } from '@shared/report/assessment-export';
import { AssayDatabase, type AnswerRow, type AssessmentRow, type EvidenceRow, type FindingRow } from '../../../renderer/src/db/database';
import { createVendorRepository } from '../../../renderer/src/db/vendors';
import { createBackupRepository } from '../../../renderer/src/db/backup';
import type { BackupDocument } from '@shared/bundle/backup';
import { COUNTS_FROM_KEY } from '../../../renderer/src/db/settings';
import { outcome, sampleSetup } from './sample-intake';

const ORIGIN: ReceivedOrigin = { via: 'bundle', fileName: 'Talkdesk.assay', from: 'Robin Sender', sentAt: '2026-12-01T09:00:00.000Z' };
const setup = sampleSetup;

async function withDbs<T>(work: (source: AssayDatabase, target: AssayDatabase) => Promise<T>): Promise<T> {
  const source = new AssayDatabase(`assay-bundle-a-${crypto.randomUUID()}`);
  const target = new AssayDatabase(`assay-bundle-b-${crypto.randomUUID()}`);
  try {
    return await work(source, target);
  } finally {
    for (const db of [source, target]) {
      db.close();
      await Dexie.delete(db.name);
    }
  }
}

/**
 * The whole database as comparable data: every table's rows, each evidence blob by its bytes' digest. A restore notes
 * when it happened (the counts-from setting), which no backup holds: that one setting is left out.
 */
export async function dump(db: AssayDatabase): Promise<string> {
  const evidence = await Promise.all(
    (await db.evidence.toArray()).map(async ({ blob, ...row }) => ({ ...row, bytes: await sha256Hex(blob), blobSize: blob.size })),
  );
  return JSON.stringify({
    vendors: await db.vendors.toArray(),
    assessments: await db.assessments.toArray(),
    answers: await db.answers.toArray(),
    findings: await db.findings.toArray(),
    questionnaires: await db.questionnaires.toArray(),
    settings: (await db.settings.toArray()).filter((row) => row.key !== COUNTS_FROM_KEY),
    audit: await db.audit.toArray(),
    evidence,
  });
}

/** A vendor with a final assessment (answers, a finding, two evidence files) and a draft revision of it. */
async function seed(db: AssayDatabase) {
  const vendors = createVendorRepository(db);
  const assessments = createAssessmentRepository(db);
  const vendor = await vendors.create('Talkdesk');
  await vendors.updateDetails(vendor.id, {
    website: 'talkdesk.com',
    services: ['Cloud contact centre'],
    contacts: [{ name: 'Sam Vendor', email: 'sam@talkdesk.example' }],
  });
  const first = await assessments.create(vendor.id, setup, builtInQuestionnaire);
  await assessments.saveAnswer(first.id, 'SEC-RBAC', { status: 'answered', value: 'yes' }, 'Seen in the admin console.');
  await assessments.saveAnswer(first.id, 'RSL-SLA', { status: 'answered', value: 99.95 });
  const pdf = new Uint8Array(70_000).map((_, i) => (i * 31) % 251);
  await assessments.addEvidence(first.id, 'SEC-RBAC', { name: 'soc2.pdf', type: 'application/pdf', size: pdf.length, blob: new Blob([pdf]) }, 10_000_000);
  await assessments.addEvidence(first.id, 'RSL-SLA', { name: 'sla.txt', type: 'text/plain', size: 9, blob: new Blob(['99.95 % !']) }, 10_000_000);
  await assessments.addManualFinding(first.id, { title: 'Missing DPA annex', severity: 'medium', remediation: 'Sign the annex.' });
  await assessments.finalise(first.id, {
    score: 90,
    conservativeScore: 80,
    inherentTier: 'medium',
    residualRisk: 'low',
    recommendation: 'approve',
    knockouts: 0,
  });
  const revision = await assessments.createRevision(first.id);
  await assessments.saveAnswer(revision.id, 'SEC-RBAC', { status: 'answered', value: 'partial' });
  return { vendorId: vendor.id, ids: [first.id, revision.id] };
}

/** As a file carries it: JSON text read back. */
const asFile = (document: AssessmentsDocument): AssessmentsDocument => JSON.parse(JSON.stringify(document)) as AssessmentsDocument;

/** Exports from one store and receives into another; then receives the same bundle again. */
export async function roundTrip() {
  return withDbs(async (source, target) => {
    const { ids } = await seed(source);
    const out = createBundleRepository(source);
    const { document, evidence } = await out.collect(ids);
    const into = createBundleRepository(target);
    const plan = await into.plan(asFile(document));
    const receipt = await into.receive(asFile(document), ORIGIN, {}, evidence);
    const rows = await target.assessments.toArray();
    const back = await createBundleRepository(target).collect(receipt.added.map((a) => a.id));
    const same = document.assessments.map((entry, i) => contentText(entry.content) === contentText(back.document.assessments[i]!.content));
    const evidenceBytes = await Promise.all(
      (await target.evidence.toArray()).map(async (row) => ({
        fileName: row.fileName,
        matches: (await sha256Hex(row.blob)) === row.sha256,
        size: row.blob.size,
      })),
    );
    const before = await dump(target);
    const again = await into.receive(asFile(document), ORIGIN, {}, evidence);
    const after = await dump(target);
    const vendor = (await target.vendors.toArray())[0];
    // The sender's own store knows its assessments too: nothing to add there.
    const home = await out.plan(asFile(document));
    return {
      plan,
      receipt: { added: receipt.added.length, present: receipt.present.length, vendorsAdded: receipt.vendorsAdded },
      rows: rows.map(({ id, status, revision, previousId, received, summary }) => ({
        id,
        status,
        revision,
        previousId,
        received,
        summary: summary !== undefined,
      })),
      same,
      evidenceBytes,
      again: { added: again.added.length, present: again.present.length },
      unchanged: before === after,
      vendor,
      home: home.assessments.map((a) => a.state),
    };
  });
}

/** A bundle meets a store with a vendor of the same name, and an assessment of the same id with other content. */
export async function conflicts(choice: VendorChoice) {
  return withDbs(async (source, target) => {
    const { ids } = await seed(source);
    const { document, evidence } = await createBundleRepository(source).collect(ids);
    await createVendorRepository(target).create('TALKDESK');
    const into = createBundleRepository(target);
    const first = await into.receive(asFile(document), ORIGIN, { [document.vendors[0]!.id]: choice }, evidence);
    // The sender changes an answer and sends the revision again.
    const changed = asFile(document);
    changed.assessments[1]!.content.answers = [{ questionId: 'SEC-RBAC', answer: { status: 'answered', value: 'no' } }];
    const plan = await into.plan(changed);
    const second = await into.receive(changed, ORIGIN, { [document.vendors[0]!.id]: choice }, evidence);
    return {
      vendors: (await target.vendors.toArray()).map((v) => v.name).sort(),
      first: first.added.length,
      states: plan.assessments.map((a) => a.state),
      vendorPlan: plan.vendors,
      second: { added: second.added.length, present: second.present.length },
      assessments: await target.assessments.count(),
    };
  });
}

type Attack = (document: AssessmentsDocument, evidence: Map<string, Blob>) => void;

/** Attacks on a document that passed the Node side's checks, or evidence that does not match it: each refused, nothing written. */
const attacks: Record<string, Attack> = {
  unknownQuestion: (d) => {
    d.assessments[0]!.content.answers.push({ questionId: 'NOPE-1', answer: { status: 'answered', value: 'yes' } });
  },
  invalidAnswer: (d) => {
    d.assessments[0]!.content.answers[0]!.answer = { status: 'answered', value: 'maybe' };
  },
  answeredTwice: (d) => {
    d.assessments[0]!.content.answers.push(d.assessments[0]!.content.answers[0]!);
  },
  unknownQuestionnaire: (d) => {
    d.assessments[1]!.content.assessment.questionnaireVersion = '9.9.9';
  },
  weights: (d) => {
    d.assessments[0]!.content.assessment.domainWeights = { noSuchDomain: 3 };
  },
  duplicateId: (d) => {
    d.assessments[1]!.content.assessment.id = d.assessments[0]!.content.assessment.id;
  },
  hugeString: (d) => {
    d.assessments[0]!.content.answers[0]!.note = 'x'.repeat(2_000_000);
  },
  wrongType: (d) => {
    (d.assessments[0]!.content.assessment as unknown as { revision: string }).revision = 'one';
  },
  missingEvidence: (_d, evidence) => {
    evidence.clear();
  },
  evidenceOfOtherSize: (_d, evidence) => {
    const [sha] = evidence.keys();
    evidence.set(sha!, new Blob(['short']));
  },
};

export async function hostile() {
  return withDbs(async (source, target) => {
    const { ids } = await seed(source);
    const { document, evidence } = await createBundleRepository(source).collect(ids);
    // The target holds work of its own, which no refused import may touch.
    await seed(target);
    const into = createBundleRepository(target);
    const results: Record<string, { outcome: string; unchanged: boolean }> = {};
    for (const [name, attack] of Object.entries(attacks)) {
      const crafted = asFile(document);
      const files = new Map(evidence);
      attack(crafted, files);
      const before = await dump(target);
      const result = await outcome(async () => {
        await into.plan(crafted);
        await into.receive(crafted, ORIGIN, {}, files);
      });
      results[name] = { outcome: result, unchanged: before === (await dump(target)) };
    }
    return results;
  });
}

const questions = allQuestions(builtInQuestionnaire);

/** An answer value of the question's own kind; certifications are answered "not applicable" or left out by the filter below. */
function valueFor(question: (typeof questions)[number]): fc.Arbitrary<unknown> {
  const spec = question.answer;
  switch (spec.type) {
    case 'yesNo':
      return fc.constantFrom('yes', 'partial', 'no');
    case 'choice':
      return fc.constantFrom(...spec.options.map((o) => o.id));
    case 'multiChoice':
      return fc.subarray(spec.options.map((o) => o.id));
    case 'number':
      return fc.integer({ min: Math.ceil(spec.min ?? 0), max: Math.floor(spec.max ?? 1000) });
    case 'date':
      return fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'text':
      return fc.string({ minLength: 1, maxLength: 60 });
    default:
      return fc.constant(null);
  }
}

const answerArb = fc.integer({ min: 0, max: questions.length - 1 }).chain((question) =>
  fc.record({
    question: fc.constant(question),
    answer: fc.oneof(
      { weight: 6, arbitrary: valueFor(questions[question]!).map((value) => ({ status: 'answered', value })) },
      { weight: 1, arbitrary: fc.constant({ status: 'na' }) },
    ),
    note: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
  }),
);

const assessmentArb = fc.record({
  answers: fc.uniqueArray(answerArb, { selector: (a) => a.question, maxLength: 25 }),
  evidence: fc.array(
    fc.record({
      question: fc.integer({ min: 0, max: questions.length - 1 }),
      bytes: fc.uint8Array({ maxLength: 3000 }),
      name: fc.string({ minLength: 1, maxLength: 20 }),
    }),
    {
      maxLength: 4,
    },
  ),
  findings: fc.array(
    fc.record({
      title: fc.string({ minLength: 3, maxLength: 40 }).filter((t) => t.trim().length >= 3),
      severity: fc.constantFrom('low', 'medium', 'high', 'critical'),
    }),
    {
      maxLength: 3,
    },
  ),
  final: fc.boolean(),
});

type GeneratedAssessment = typeof assessmentArb extends fc.Arbitrary<infer T> ? T : never;

/** A generated assessment written through the store, as a user's typing would: what the store refuses never exists. */
async function writeGenerated(db: AssayDatabase, vendorId: string, generated: GeneratedAssessment) {
  const assessments = createAssessmentRepository(db);
  const row = await assessments.create(vendorId, setup, builtInQuestionnaire);
  for (const { question, answer, note } of generated.answers) {
    const q = questions[question]!;
    if (answerSchema(q).safeParse(answer).success) await assessments.saveAnswer(row.id, q.id, answer as never, note ?? '');
  }
  // Files the store refuses (an empty one, a name of blanks) never travel: only what it holds is sent.
  for (const file of generated.evidence)
    await outcome(() =>
      assessments.addEvidence(
        row.id,
        questions[file.question]!.id,
        { name: file.name, type: 'application/octet-stream', size: file.bytes.length, blob: new Blob([file.bytes]) },
        10_000_000,
      ),
    );
  for (const finding of generated.findings) await assessments.addManualFinding(row.id, { title: finding.title, severity: finding.severity, remediation: '' });
  if (generated.final)
    await assessments.finalise(row.id, {
      score: 50,
      conservativeScore: 40,
      inherentTier: 'medium',
      residualRisk: 'medium',
      recommendation: 'approveWithConditions',
      knockouts: 0,
    });
  return row;
}

/** Export then import, for generated assessments: what arrives says exactly what left, evidence bytes included. */
export async function roundTripProperty(runs: number): Promise<{ result: string; answers: number; evidence: number; final: number }> {
  // Counted over all runs, so the test can tell the property was not vacuous.
  const seen = { answers: 0, evidence: 0, final: 0 };
  try {
    await fc.assert(
      fc.asyncProperty(assessmentArb, async (generated) => {
        await withDbs(async (source, target) => {
          const vendor = await createVendorRepository(source).create('Generated vendor');
          const row = await writeGenerated(source, vendor.id, generated);

          const { document, evidence } = await createBundleRepository(source).collect([row.id]);
          seen.answers += document.assessments[0]!.content.answers.length;
          seen.evidence += evidence.size;
          seen.final += generated.final ? 1 : 0;
          const receipt = await createBundleRepository(target).receive(asFile(document), ORIGIN, {}, evidence);
          const back = await createBundleRepository(target).collect(receipt.added.map((a) => a.id));
          if (contentText(back.document.assessments[0]!.content) !== contentText(document.assessments[0]!.content)) throw new Error('content differs');
          const sent = (await source.evidence.toArray()).map((e: EvidenceRow) => e.sha256).sort();
          const arrived = await Promise.all((await target.evidence.toArray()).map((e: EvidenceRow) => sha256Hex(e.blob)));
          if (JSON.stringify(sent) !== JSON.stringify(arrived.sort())) throw new Error('evidence differs');
        });
      }),
      { numRuns: runs, seed: 20261207 },
    );
    return { result: 'held', ...seen };
  } catch (error) {
    return { result: error instanceof Error ? error.message : String(error), ...seen };
  }
}

export type { AnswerRow, AssessmentRow, FindingRow };

/** Backs up one store and restores into another: every table equal, evidence bytes included. */
export async function backupRoundTrip() {
  return withDbs(async (source, target) => {
    await seed(source);
    await createVendorRepository(source).create('Zendesk');
    await source.settings.put({ key: 'compare.weightProfiles', value: [{ name: 'Strict', weights: { security: 9 } }] });
    const { document, evidence, contents } = await createBackupRepository(source).collect();
    // The target holds other work, which the restore replaces.
    await seed(target);
    const backups = createBackupRepository(target);
    const prepared = await backups.prepare(asBackupFile(document), evidence);
    await backups.replace(prepared);
    return { contents, prepared: prepared.contents, equal: (await dump(source)) === (await dump(target)) };
  });
}

const asBackupFile = (document: BackupDocument): BackupDocument => JSON.parse(JSON.stringify(document)) as BackupDocument;

/** A backup written by version 1 of the database: its rows are upgraded as it is restored. */
export async function restoreOlderBackup() {
  return withDbs(async (_source, target) => {
    const at = '2025-01-02T00:00:00.000Z';
    const document: BackupDocument = {
      format: 'assay-backup',
      schemaVersion: 1,
      databaseVersion: 1,
      exportedAt: at,
      tables: {
        vendors: [{ id: '7b0c2f3e-1d2a-4c5b-8e9f-0a1b2c3d4e5f', name: 'Talkdesk', nameKey: 'talkdesk', createdAt: at, updatedAt: at }],
        assessments: [
          {
            id: 'a-1',
            vendorId: '7b0c2f3e-1d2a-4c5b-8e9f-0a1b2c3d4e5f',
            ...setup,
            questionnaireId: builtInQuestionnaire.id,
            questionnaireVersion: builtInQuestionnaire.version,
            status: 'draft',
            createdAt: at,
            updatedAt: at,
          },
        ],
        answers: [{ assessmentId: 'a-1', questionId: 'SEC-RBAC', answer: { status: 'answered', value: 'yes' }, updatedAt: at }],
        evidence: [],
        settings: [{ key: 'language', value: 'de' }],
      },
    };
    const backups = createBackupRepository(target);
    const prepared = await backups.prepare(document, new Map());
    await backups.replace(prepared);
    return { vendor: await target.vendors.toArray(), assessment: await target.assessments.get('a-1'), version: prepared.databaseVersion };
  });
}

type BackupAttack = (document: BackupDocument, evidence: Map<string, Blob>) => void;

const backupAttacks: Record<string, BackupAttack> = {
  newerDatabase: (d) => {
    d.databaseVersion = 99;
  },
  duplicateVendorId: (d) => {
    d.tables.vendors.push({ ...d.tables.vendors[0]! });
  },
  orphanAnswer: (d) => {
    d.tables.answers.push({ assessmentId: 'nobody', questionId: 'SEC-RBAC', answer: null, updatedAt: '2026-01-01T00:00:00.000Z' });
  },
  invalidAnswer: (d) => {
    d.tables.answers[0]!.answer = { status: 'answered', value: 'maybe' };
  },
  vendorWithoutName: (d) => {
    d.tables.vendors[0]!.name = '';
  },
  hugeString: (d) => {
    d.tables.vendors[0]!.name = 'x'.repeat(1_000_000);
  },
  missingEvidence: (_d, evidence) => {
    evidence.clear();
  },
  unknownQuestionnaire: (d) => {
    d.tables.assessments[0]!.questionnaireVersion = '9.9.9';
  },
  strangeSummary: (d) => {
    d.tables.assessments[0]!.summary = { score: 'high' };
  },
};

/** Each crafted backup is refused with a reason, and the store is as it was. */
export async function hostileBackups() {
  return withDbs(async (source, target) => {
    await seed(source);
    const { document, evidence } = await createBackupRepository(source).collect();
    await seed(target);
    await createVendorRepository(target).create('Kept vendor');
    const backups = createBackupRepository(target);
    const results: Record<string, { outcome: string; unchanged: boolean }> = {};
    for (const [name, attack] of Object.entries(backupAttacks)) {
      const crafted = asBackupFile(document);
      const files = new Map(evidence);
      attack(crafted, files);
      const before = await dump(target);
      const result = await outcome(async () => backups.replace(await backups.prepare(crafted, files)));
      results[name] = { outcome: result, unchanged: before === (await dump(target)) };
    }
    return results;
  });
}

/** Backup then restore, for generated stores: the same database afterwards, evidence bytes included. */
export async function backupRoundTripProperty(runs: number): Promise<{ result: string; assessments: number; evidence: number }> {
  const seen = { assessments: 0, evidence: 0 };
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(assessmentArb, { minLength: 1, maxLength: 3 }), async (generated) => {
        await withDbs(async (source, target) => {
          const vendor = await createVendorRepository(source).create('Generated vendor');
          for (const one of generated) await writeGenerated(source, vendor.id, one);
          const { document, evidence } = await createBackupRepository(source).collect();
          seen.assessments += document.tables.assessments.length;
          seen.evidence += evidence.size;
          const backups = createBackupRepository(target);
          await backups.replace(await backups.prepare(asBackupFile(document), evidence));
          if ((await dump(source)) !== (await dump(target))) throw new Error('the restored database differs');
        });
      }),
      { numRuns: runs, seed: 20261208 },
    );
    return { result: 'held', ...seen };
  } catch (error) {
    return { result: error instanceof Error ? error.message : String(error), ...seen };
  }
}

/** Work in the app's own database, as the app would have written it. */
export async function seedAppDatabase() {
  const db = new AssayDatabase();
  try {
    await seed(db);
  } finally {
    db.close();
  }
}

/** The app's own database as comparable data. */
export async function dumpAppDatabase(): Promise<string> {
  const db = new AssayDatabase();
  try {
    return await dump(db);
  } finally {
    db.close();
  }
}

/** Deletes the app's database under it, as a cleared browser profile would. */
export function deleteAppDatabase(): Promise<string> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('assay');
    request.onsuccess = () => resolve('deleted');
    request.onerror = () => resolve('error');
  });
}

/** Takes the app's database to native version `version` with a store this version does not know, as a newer Assay would. */
export function raiseAppDatabaseVersion(version: number): Promise<string> {
  return new Promise((resolve) => {
    const request = indexedDB.open('assay', version);
    request.onupgradeneeded = () => request.result.createObjectStore('fromTheFuture');
    request.onsuccess = () => {
      request.result.close();
      resolve('raised');
    };
    request.onerror = () => resolve('error');
  });
}

/** The app's database as IndexedDB holds it: its version and stores, read without Dexie. */
export function rawAppDatabase(): Promise<{ version: number; stores: string[] }> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('assay');
    request.onsuccess = () => {
      const db = request.result;
      resolve({ version: db.version, stores: [...db.objectStoreNames].sort() });
      db.close();
    };
    request.onerror = () => reject(new Error('not opened'));
  });
}

/** Removes one evidence file of the draft in the app's database, as the app itself does: a removal it notes. */
export async function removeEvidenceInApp(): Promise<number> {
  const db = new AssayDatabase();
  try {
    const assessments = createAssessmentRepository(db);
    const draft = (await db.assessments.toArray()).find((row) => row.status === 'draft')!;
    const [file] = await assessments.evidence(draft.id);
    await assessments.removeEvidence(file!.id);
    return await db.evidence.count();
  } finally {
    db.close();
  }
}

/** Deletes one evidence row of the app's database behind its back, with IndexedDB itself. */
export function deleteEvidenceBehindApp(): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('assay');
    request.onsuccess = () => {
      const tx = request.result.transaction('evidence', 'readwrite');
      const cursor = tx.objectStore('evidence').openCursor();
      cursor.onsuccess = () => cursor.result?.delete();
      tx.oncomplete = () => {
        request.result.close();
        resolve('deleted');
      };
      tx.onerror = () => reject(new Error('not deleted'));
    };
  });
}
