import type { Transaction } from 'dexie';
import type { AssessmentRow, VendorRow } from '../database';

/** Version 2: vendor contacts and services; assessment revisions (indexed by the one they revise); finding tracking. */
export const SCHEMA_V2 = {
  assessments: 'id, vendorId, status, updatedAt, previousId',
  findings: '[assessmentId+findingId], assessmentId',
};

/** Rows of version 1 get the fields version 2 reads: no contacts or services yet, revision 1, default weights. */
export async function upgradeContactsRevisionsTracking(tx: Transaction): Promise<void> {
  await tx
    .table('vendors')
    .toCollection()
    .modify((vendor: Partial<VendorRow>) => {
      vendor.contacts ??= [];
      vendor.services ??= [];
    });
  await tx
    .table('assessments')
    .toCollection()
    .modify((assessment: Partial<AssessmentRow>) => {
      assessment.revision ??= 1;
      assessment.domainWeights ??= {};
    });
}
