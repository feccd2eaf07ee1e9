import type { ReportModel } from '../../shared/report/model';
import { writeFileAtomic } from './atomic-write';
import { renderReportPdf, SIGNATURE_BOX } from './report/layout';
import type { IdentityStore, UnlockedIdentity } from './signing/identities';
import { signPdf } from './signing/sign-pdf';

export const ASSESSMENT_ATTACHMENT = 'assessment.json';

export interface ExportRequest {
  model: ReportModel;
  assessmentJson: string;
  identityId?: string;
  passphrase?: string;
  fileName: string;
}

export interface ExportDeps {
  identities: IdentityStore;
  fontsDir: string;
  now: () => Date;
  /** Asks where to save (a dialog in the desktop app); null when the user cancels. */
  chooseSavePath: (suggestedName: string) => Promise<string | null>;
}

export type ExportResult = { path: string; bytes: number; signed: boolean } | { cancelled: true };

/** The signature facts a document shows on its first page. */
export function signatureFacts(identity: UnlockedIdentity, signingTime: Date) {
  return {
    signer: identity.summary.name,
    organisation: identity.summary.organisation,
    fingerprint: identity.summary.fingerprint,
    signedAt: signingTime.toISOString(),
  };
}

/** Signs a laid-out PDF with its visible signature widget in `box` on page 1. */
export function signLaidOutPdf(
  pdf: Buffer,
  identity: UnlockedIdentity,
  reason: string,
  signingTime: Date,
  box: Readonly<{ x: number; y: number; width: number; height: number }>,
): Promise<Buffer> {
  return signPdf(pdf, identity, {
    name: identity.summary.name,
    reason,
    location: identity.summary.organisation ?? '',
    contactInfo: identity.summary.email ?? '',
    signingTime,
    widgetRect: [box.x, box.y, box.x + box.width, box.y + box.height],
  });
}


/**
 * Lays out the report, embeds the assessment, signs it with the chosen identity
 * (the key is decrypted only here) and writes it where the user chose.
 */
export async function exportReport(request: ExportRequest, deps: ExportDeps): Promise<ExportResult> {
  const signingTime = deps.now();
  const identity = request.identityId ? await deps.identities.unlock(request.identityId, request.passphrase ?? '') : undefined;
  const model: ReportModel = identity ? { ...request.model, signature: signatureFacts(identity, signingTime) } : request.model;

  const path = await deps.chooseSavePath(request.fileName);
  if (!path) return { cancelled: true };

  const pdf = await renderReportPdf(model, {
    fontsDir: deps.fontsDir,
    attachment: { fileName: ASSESSMENT_ATTACHMENT, description: model.title, json: request.assessmentJson },
  });
  const output = identity ? await signLaidOutPdf(pdf, identity, model.title, signingTime, SIGNATURE_BOX) : pdf;
  await writeFileAtomic(path, output);
  return { path, bytes: output.length, signed: identity !== undefined };
}
