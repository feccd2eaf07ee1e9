import { rename, writeFile } from 'node:fs/promises';
import type { ReportModel } from '../../shared/report/model';
import { renderReportPdf, SIGNATURE_BOX } from './report/layout';
import type { IdentityStore } from './signing/identities';
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

/**
 * Lays out the report, embeds the assessment, signs it with the chosen identity
 * (the key is decrypted only here) and writes it where the user chose. The file
 * appears only once it is complete.
 */
export async function exportReport(request: ExportRequest, deps: ExportDeps): Promise<{ path: string; bytes: number; signed: boolean } | { cancelled: true }> {
  const signingTime = deps.now();
  const identity = request.identityId ? await deps.identities.unlock(request.identityId, request.passphrase ?? '') : undefined;
  const model: ReportModel = identity
    ? {
        ...request.model,
        signature: {
          signer: identity.summary.name,
          organisation: identity.summary.organisation,
          fingerprint: identity.summary.fingerprint,
          signedAt: signingTime.toISOString(),
        },
      }
    : request.model;

  const path = await deps.chooseSavePath(request.fileName);
  if (!path) return { cancelled: true };

  const pdf = await renderReportPdf(model, {
    fontsDir: deps.fontsDir,
    attachment: { fileName: ASSESSMENT_ATTACHMENT, description: model.title, json: request.assessmentJson },
  });
  const output = identity
    ? await signPdf(pdf, identity, {
        name: identity.summary.name,
        reason: model.title,
        location: identity.summary.organisation ?? '',
        contactInfo: identity.summary.email ?? '',
        signingTime,
        widgetRect: [SIGNATURE_BOX.x, SIGNATURE_BOX.y, SIGNATURE_BOX.x + SIGNATURE_BOX.width, SIGNATURE_BOX.y + SIGNATURE_BOX.height],
      })
    : pdf;
  await writeFile(`${path}.partial`, output);
  await rename(`${path}.partial`, path);
  return { path, bytes: output.length, signed: identity !== undefined };
}
