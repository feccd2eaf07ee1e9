// Runs inside the app page (bundled by the bench): bulk-seeds a large portfolio
// straight into the app's IndexedDB and times screen navigations against raw reads.
import '../../renderer/src/app/zod-config';
import { vendorNameKey } from '@shared/domain/vendor';
import type { Answer } from '@shared/questionnaire/answers';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { matchesProfile, type ServiceProfile } from '@shared/questionnaire/profile';
import { addMonths } from '@shared/calendar';
import { scoreAssessment } from '@shared/scoring/engine';
import { summaryOf } from '../../renderer/src/db/assessment-summary';
import { AssayDatabase, DATABASE_NAME, type AssessmentRow, type AssessmentSummary, type VendorRow } from '../../renderer/src/db/database';

const questions = builtInQuestionnaire.domains.flatMap((d) => d.sections.flatMap((s) => s.questions));

/** A small deterministic generator, so every run seeds the same portfolio. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const profiles: ServiceProfile[] = [
  { dataCategories: ['personal'], aiAutonomy: 'none', criticality: 'low', regulatoryScope: ['gdpr'], sector: 'retail', requiresEuResidency: false },
  { dataCategories: ['personal'], aiAutonomy: 'assistive', criticality: 'medium', regulatoryScope: ['gdpr'], sector: 'telecom', requiresEuResidency: false },
  {
    dataCategories: ['personal', 'recordingsBiometrics'],
    aiAutonomy: 'assistive',
    criticality: 'high',
    regulatoryScope: ['gdpr', 'nis2'],
    sector: 'financial',
    requiresEuResidency: true,
  },
  {
    dataCategories: ['personal', 'payment', 'recordingsBiometrics'],
    aiAutonomy: 'autonomous',
    criticality: 'critical',
    regulatoryScope: ['gdpr', 'dora', 'nis2', 'euAiAct'],
    sector: 'financial',
    requiresEuResidency: true,
  },
];

/** An answer to every applicable question; `quality` in 0..1 decides how many are the best option rather than the worst. */
export function answersFor(profile: ServiceProfile, quality: number, next: () => number, validUntil: string): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const question of questions) {
    if (!matchesProfile(question.appliesWhen, profile)) continue;
    const spec = question.answer;
    const good = next() < quality;
    let value: unknown;
    switch (spec.type) {
      case 'yesNo':
        value = good ? 'yes' : next() < 0.5 ? 'partial' : 'no';
        break;
      case 'choice': {
        const sorted = [...spec.options].sort((a, b) => b.score - a.score);
        value = (good ? sorted[0] : sorted[sorted.length - 1])!.id;
        break;
      }
      case 'multiChoice':
        value = [[...spec.options].sort((a, b) => b.score - a.score)[good ? 0 : spec.options.length - 1]!.id];
        break;
      case 'number': {
        const band = [...spec.bands].sort((a, b) => (good ? b.score - a.score : a.score - b.score))[0]!;
        let n = band.atLeast ?? band.atMost ?? 0;
        if (spec.min !== undefined) n = Math.max(spec.min, n);
        if (spec.max !== undefined) n = Math.min(spec.max, n);
        value = n;
        break;
      }
      case 'date':
        value = '2025-01-15';
        break;
      case 'text':
        value = 'Described in the service description.';
        break;
      case 'certification':
        value = !good
          ? { held: next() < 0.5 ? 'inProgress' : 'no' }
          : spec.kind === 'report'
            ? { held: 'yes', certificateId: 'C-1', issuer: 'Auditor', periodEnd: addMonths(validUntil, -12) }
            : { held: 'yes', certificateId: 'C-1', issuer: 'Auditor', validUntil };
        break;
    }
    answers[question.id] = { status: 'answered', value } as Answer;
  }
  return answers;
}

/** Summaries as the finalise dialog writes them, from a handful of really scored assessments. */
function templateSummaries(): AssessmentSummary[] {
  const next = random(7);
  const templates: AssessmentSummary[] = [];
  for (const profile of profiles) {
    for (const quality of [0.95, 0.75, 0.5]) {
      const result = scoreAssessment({
        questionnaire: builtInQuestionnaire,
        profile,
        answers: answersFor(profile, quality, next, '2026-06-30'),
        asOf: '2025-06-30',
      });
      templates.push(summaryOf(result, builtInQuestionnaire, []));
    }
  }
  return templates;
}

const NAME_PARTS = ['Nimbus', 'Cirrus', 'Vertex', 'Helio', 'Quanta', 'Orbit', 'Lumen', 'Sonic', 'Atlas', 'Nova', 'Pulse', 'Zenith', 'Echo', 'Vivid', 'Crest'];
const NAME_KINDS = ['Contact', 'Voice', 'CX', 'Support', 'Engage', 'Connect', 'Desk', 'Agent'];

/**
 * Seeds `vendorCount` vendors and `assessmentCount` assessments (spread 2–3 per vendor,
 * `finalShare` of them final, with summaries shaped like the app's) in bulk.
 */
export async function seed(vendorCount: number, assessmentCount: number, finalShare: number): Promise<{ vendors: number; assessments: number; final: number }> {
  const next = random(42);
  const templates = templateSummaries();
  const vendors: VendorRow[] = [];
  const assessments: AssessmentRow[] = [];
  const at = '2025-01-01T00:00:00.000Z';
  for (let i = 0; i < vendorCount; i += 1) {
    const name = `${NAME_PARTS[i % NAME_PARTS.length]} ${NAME_KINDS[Math.floor(i / NAME_PARTS.length) % NAME_KINDS.length]} ${i + 1}`;
    vendors.push({ id: `v-${i}`, name, nameKey: vendorNameKey(name), contacts: [], services: [], createdAt: at, updatedAt: at });
  }
  let final = 0;
  for (let j = 0; j < assessmentCount; j += 1) {
    const vendor = vendors[j % vendorCount]!;
    const revision = Math.floor(j / vendorCount) + 1;
    // Earlier revisions are older: dates from 2023 onwards, one revision about a year apart.
    const day = Math.floor(next() * 300);
    const assessmentDate = addMonths('2023-03-01', (revision - 1) * 12 + Math.floor(day / 30));
    const isFinal = next() < finalShare;
    const profile = profiles[Math.floor(next() * profiles.length)]!;
    const row: AssessmentRow = {
      id: `a-${j}`,
      vendorId: vendor.id,
      serviceName: 'Cloud contact centre',
      assessor: 'Bench',
      assessmentDate,
      profile,
      questionnaireId: builtInQuestionnaire.id,
      questionnaireVersion: builtInQuestionnaire.version,
      status: isFinal ? 'final' : 'draft',
      revision,
      domainWeights: {},
      createdAt: `${assessmentDate}T09:00:00.000Z`,
      updatedAt: `${assessmentDate}T09:00:00.000Z`,
    };
    if (isFinal) {
      final += 1;
      const template = templates[Math.floor(next() * templates.length)]!;
      // Spread the expiries over three years around today so the timeline has entries in every month.
      const shift = Math.floor(next() * 36) - 14;
      row.summary = {
        ...template,
        openFindings: { ...template.openFindings! },
        certifications: template.certifications!.map((c) => (c.validUntil ? { ...c, validUntil: addMonths(c.validUntil, shift) } : { ...c })),
      };
      row.finalisedAt = row.updatedAt;
    }
    assessments.push(row);
  }
  const db = new AssayDatabase();
  await db.transaction('rw', db.vendors, db.assessments, async () => {
    await db.vendors.bulkAdd(vendors);
    await db.assessments.bulkAdd(assessments);
  });
  db.close();
  return { vendors: vendors.length, assessments: assessments.length, final };
}

/**
 * Milliseconds from setting the hash until `selector` is in the DOM and the frame
 * that shows it has been produced.
 */
export function timeNavigation(hash: string, selector: string): Promise<number> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const done = () => requestAnimationFrame(() => resolve(performance.now() - t0));
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) {
        observer.disconnect();
        done();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    location.hash = hash;
  });
}

/** The same data read with raw IndexedDB: both tables, in one transaction, on an open connection. */
/** `stores` (every one when left out) read with plain IndexedDB getAll() in one transaction: the floor for any read of them. */
export async function rawRead(stores?: string[]): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return await new Promise<number>((resolve, reject) => {
      const t0 = performance.now();
      const names = stores ?? [...db.objectStoreNames];
      const tx = db.transaction(names, 'readonly');
      for (const name of names) tx.objectStore(name).getAll();
      tx.oncomplete = () => resolve(performance.now() - t0);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}
