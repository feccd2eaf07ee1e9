// Runs inside the app page: the assessment repository's domain weights on real IndexedDB.
import '../../../renderer/src/app/zod-config';
import Dexie from 'dexie';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { createAssessmentRepository } from '../../../renderer/src/db/assessments';
import { AssayDatabase } from '../../../renderer/src/db/database';
import { RepositoryError } from '../../../renderer/src/db/errors';
import { createVendorRepository } from '../../../renderer/src/db/vendors';
import { sampleSetup } from './sample-intake';

const setup = sampleSetup;

async function refusal(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
    return 'ok';
  } catch (error) {
    return error instanceof RepositoryError ? `${error.code}: ${error.messageKey}` : `unexpected: ${String(error)}`;
  }
}

/** Weights that leave every domain at 0, or lie outside 0..10, are refused and change nothing. */
export async function domainWeightsNeedOneAboveZero() {
  const db = new AssayDatabase(`assay-check-${crypto.randomUUID()}`);
  const vendors = createVendorRepository(db);
  const assessments = createAssessmentRepository(db);
  const vendor = await vendors.create('Talkdesk');
  const draft = await assessments.create(vendor.id, setup, builtInQuestionnaire);
  const zero = Object.fromEntries(builtInQuestionnaire.domains.map((d) => [d.id, 0]));
  const result = {
    allZero: await refusal(() => assessments.setDomainWeights(draft.id, zero)),
    outOfRange: await refusal(() => assessments.setDomainWeights(draft.id, { security: 11 })),
    keptAfterRefusals: (await assessments.get(draft.id))!.domainWeights,
    oneAboveZero: await refusal(() => assessments.setDomainWeights(draft.id, { ...zero, resilience: 4 })),
    saved: (await assessments.get(draft.id))!.domainWeights,
    // A domain left out keeps its default weight, which is above 0.
    partial: await refusal(() => assessments.setDomainWeights(draft.id, { security: 0, aiEthics: 0 })),
  };
  db.close();
  await Dexie.delete(db.name);
  return result;
}
