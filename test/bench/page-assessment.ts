// Runs inside the app page (bundled by the bench): seeds a large assessment and
// times autosaves through the repository against raw IndexedDB puts.
import '../../renderer/src/app/zod-config';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import type { Answer } from '@shared/questionnaire/answers';
import { createAssessmentRepository } from '../../renderer/src/db/assessments';
import { AssayDatabase } from '../../renderer/src/db/database';
import { createVendorRepository } from '../../renderer/src/db/vendors';

const questions = builtInQuestionnaire.domains.flatMap((d) => d.sections.flatMap((s) => s.questions));
const profile = {
  dataCategories: ['personal', 'payment', 'recordingsBiometrics', 'specialCategory'],
  aiAutonomy: 'autonomous',
  criticality: 'critical',
  regulatoryScope: ['gdpr', 'dora', 'nis2', 'euAiAct'],
  sector: 'publicSector',
  requiresEuResidency: true,
} as const;

function sampleAnswer(index: number): Answer {
  const spec = questions[index]!.answer;
  const value = (() => {
    switch (spec.type) {
      case 'yesNo':
        return 'partial';
      case 'choice':
        return spec.options[1]!.id;
      case 'multiChoice':
        return [spec.options[0]!.id];
      case 'number':
        return spec.bands[0]!.atLeast ?? spec.bands[0]!.atMost ?? 1;
      case 'date':
        return '2026-01-15';
      case 'text':
        return 'Documented in the service description, section 4.';
      case 'certification':
        return spec.kind === 'report'
          ? { held: 'yes', certificateId: 'C-1', issuer: 'Auditor', periodEnd: '2026-06-30', issueDate: '2026-07-31' }
          : { held: 'yes', certificateId: 'C-1', issuer: 'Auditor', validUntil: '2027-06-30' };
    }
  })();
  return { status: 'answered', value } as Answer;
}

/** A vendor with an assessment answering every question, with evidence files attached. */
export async function seed(evidenceFiles: number, evidenceBytes: number): Promise<string> {
  const db = new AssayDatabase();
  const vendors = createVendorRepository(db);
  const assessments = createAssessmentRepository(db);
  const vendor = await vendors.create(`Benchmark vendor ${crypto.randomUUID().slice(0, 8)}`);
  const row = await assessments.create(
    vendor.id,
    {
      serviceName: 'Benchmark',
      assessor: 'Bench',
      assessmentDate: '2026-06-30',
      profile: { ...profile, dataCategories: [...profile.dataCategories], regulatoryScope: [...profile.regulatoryScope] },
    },
    builtInQuestionnaire,
  );
  for (let i = 0; i < questions.length; i += 1) {
    await assessments.saveAnswer(row.id, questions[i]!.id, sampleAnswer(i), i % 3 === 0 ? 'Confirmed in the vendor call.' : '');
  }
  const payload = new Uint8Array(evidenceBytes).map((_, i) => i % 251);
  for (let i = 0; i < evidenceFiles; i += 1) {
    const blob = new Blob([payload, String(i)], { type: 'application/pdf' });
    await assessments.addEvidence(
      row.id,
      questions[i % questions.length]!.id,
      { name: `evidence-${i}.pdf`, type: 'application/pdf', size: blob.size, blob },
      50 * 1024 * 1024,
    );
  }
  db.close();
  return row.id;
}

function rawPut(db: IDBDatabase, row: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('answers', 'readwrite');
    tx.objectStore('answers').put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** One autosave = one answer row written through the repository (validated, draft checked). */
export async function autosave(assessmentId: string, count: number) {
  const db = new AssayDatabase();
  const assessments = createAssessmentRepository(db);
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('assay');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const yesNo = questions.filter((q) => q.answer.type === 'yesNo');
  const repository: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const question = yesNo[i % yesNo.length]!;
    const answer: Answer = { status: 'answered', value: i % 2 === 0 ? 'yes' : 'no' };
    const t0 = performance.now();
    await assessments.saveAnswer(assessmentId, question.id, answer, 'Note');
    repository.push(performance.now() - t0);
    const t1 = performance.now();
    await rawPut(raw, { assessmentId: 'raw-baseline', questionId: question.id, answer, note: 'Note', updatedAt: new Date().toISOString() });
    baseline.push(performance.now() - t1);
  }
  raw.close();
  db.close();
  return { repository, raw: baseline };
}

/** Latency from each keydown to the frame after its input event, while typing in a textarea. */
export function watchTyping(): void {
  const samples: number[] = [];
  let down = 0;
  document.addEventListener('keydown', (event) => (down = event.timeStamp), true);
  document.addEventListener(
    'input',
    () => {
      const start = down;
      requestAnimationFrame(() => samples.push(performance.now() - start));
    },
    true,
  );
  (window as unknown as { __typingSamples: number[] }).__typingSamples = samples;
}

export function typingSamples(): number[] {
  return (window as unknown as { __typingSamples: number[] }).__typingSamples;
}
