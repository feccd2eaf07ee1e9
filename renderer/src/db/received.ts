import type { AssessmentExport } from '@shared/report/assessment-export';
import { ASSESSMENTS_FORMAT, ASSESSMENTS_SCHEMA_VERSION, type AssessmentsDocument } from '@shared/bundle/assessments';
import type { BundleRepository, ReceivedOrigin } from './bundles';

export interface ReceivedImport {
  assessmentId: string;
  vendorId: string;
  /** The same assessment was received before: nothing was added, and assessmentId is that one. */
  alreadyHere: boolean;
  /** Evidence the report lists by name and checksum only: it cannot be recreated. */
  skippedEvidence: number;
}

/**
 * Receives the assessment a signed report carries, as a bundle of one without evidence content (the report holds
 * only its index): under the vendor of the same name (created if missing), read-only and marked with its origin.
 */
export async function receiveReport(
  bundles: BundleRepository,
  data: AssessmentExport,
  origin: Omit<ReceivedOrigin, 'via'>,
  newId: () => string = () => crypto.randomUUID(),
): Promise<ReceivedImport> {
  const vendorKey = newId();
  const document: AssessmentsDocument = {
    format: ASSESSMENTS_FORMAT,
    schemaVersion: ASSESSMENTS_SCHEMA_VERSION,
    exportedAt: data.exportedAt,
    vendors: [
      { id: vendorKey, name: data.vendor.name, ...(data.vendor.website ? { website: data.vendor.website } : {}), services: data.vendor.services, contacts: [] },
    ],
    questionnaires: [],
    assessments: [{ vendorId: vendorKey, content: data }],
  };
  const receipt = await bundles.receive(document, { via: 'report', ...origin }, {}, new Map(), { evidenceContent: false });
  const added = receipt.added[0];
  if (added) return { assessmentId: added.id, vendorId: added.vendorId, alreadyHere: false, skippedEvidence: data.evidence.length };
  const here = receipt.present[0]!;
  return { assessmentId: here.id, vendorId: here.vendorId, alreadyHere: true, skippedEvidence: 0 };
}
