// Runs inside the app page: accepting a finding's risk, on the real repositories and real IndexedDB.
import '../../../renderer/src/app/zod-config';
import Dexie from 'dexie';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { createAssessmentRepository } from '../../../renderer/src/db/assessments';
import { auditEntries, checkAssessmentHistory } from '../../../renderer/src/db/audit';
import { AssayDatabase } from '../../../renderer/src/db/database';
import { createSettingsRepository } from '../../../renderer/src/db/settings';
import { createVendorRepository } from '../../../renderer/src/db/vendors';
import { outcome, sampleSetup } from './sample-intake';

const setup = { ...sampleSetup, assessmentDate: '2026-12-01' };
const terms = (until: string) => ({
  justification: 'The vendor moves us to the EU region by March.',
  approver: 'Dana Lee',
  approverRole: 'CISO',
  control: 'Weekly review of data exports',
  acceptedOn: '2026-12-08',
  until,
});

/** Acceptance on a clock fixed at 8 Dec 2026: what is refused, what is kept, and what the history records. */
export async function acceptRisks() {
  const db = new AssayDatabase(`assay-acceptance-${crypto.randomUUID()}`);
  const now = () => new Date('2026-12-08T10:00:00');
  let next = 0;
  const assessments = createAssessmentRepository(db, { now, newId: () => `id-${(next += 1)}` });
  const settings = createSettingsRepository(db);
  const vendor = await createVendorRepository(db).create('Five9');
  const { id } = await assessments.create(vendor.id, setup, builtInQuestionnaire);
  const refused = {
    statusOnly: await outcome(() => assessments.trackFinding(id, 'F-SEC-MFA', { status: 'accepted' })),
    noReason: await outcome(() => assessments.acceptRisk(id, 'F-SEC-MFA', { ...terms('2027-03-31'), justification: 'ok' })),
    noControl: await outcome(() => assessments.acceptRisk(id, 'F-SEC-MFA', { ...terms('2027-03-31'), control: ' ' })),
    today: await outcome(() => assessments.acceptRisk(id, 'F-SEC-MFA', terms('2026-12-08'))),
    backdated: await outcome(() => assessments.acceptRisk(id, 'F-SEC-MFA', { ...terms('2027-03-31'), acceptedOn: '2026-11-01' })),
    tooLate: await outcome(() => assessments.acceptRisk(id, 'F-SEC-MFA', terms('2027-12-09'))),
  };
  const writtenWhileRefused = await db.findings.count();
  const lastDay = await outcome(() => assessments.acceptRisk(id, 'F-SEC-MFA', terms('2027-12-08')));
  await settings.setAcceptanceMonths(24);
  const longer = await outcome(() => assessments.acceptRisk(id, 'F-SEC-RBAC', terms('2028-06-30')));
  const settingRefused = await outcome(() => settings.setAcceptanceMonths(37));
  await assessments.trackFinding(id, 'F-SEC-MFA', { status: 'accepted', owner: 'Security' });
  const kept = await db.findings.get([id, 'F-SEC-MFA']);
  await assessments.trackFinding(id, 'F-SEC-RBAC', { status: 'open' });
  const reopened = await db.findings.get([id, 'F-SEC-RBAC']);
  const entries = (await auditEntries(db, id)).filter((entry) => entry.kind === 'finding');
  const problem = (await checkAssessmentHistory(db, id))?.problem ?? null;
  db.close();
  await Dexie.delete(db.name);
  return {
    refused,
    writtenWhileRefused,
    lastDay,
    longer,
    settingRefused,
    kept: { status: kept?.status, owner: kept?.owner, until: kept?.acceptance?.until },
    reopened: { status: reopened?.status, acceptance: reopened?.acceptance ?? null },
    recorded: entries.map((entry) => Object.values(entry.items)[0] as { status: string; acceptance?: { until: string; approver: string } }),
    problem,
  };
}

/** Moves an acceptance's last day in the app's own database, as if the time it ran for had passed. */
export async function letAcceptanceRunOut(until: string): Promise<number> {
  const db = new AssayDatabase();
  try {
    return await db.findings.toCollection().modify((row) => {
      if (row.acceptance) row.acceptance = { ...row.acceptance, until };
    });
  } finally {
    db.close();
  }
}
