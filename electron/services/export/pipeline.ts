import { writeFileAtomic } from '../atomic-write';
import type { UserSpaceBox } from '../documents/geometry';
import type { VisibleSignature } from '../documents/signature-block';
import type { IdentityStore, UnlockedIdentity } from '../signing/identities';
import { signPdf } from '../signing/sign-pdf';
import type { ExportFormat, ExportRequest } from './format';

export interface ExportDeps {
  identities: IdentityStore;
  fontsDir: string;
  now: () => Date;
  /** Asks where to save (a dialog in the desktop app); null when the user cancels. */
  chooseSavePath: (suggestedName: string) => Promise<string | null>;
}

export type ExportResult = { path: string; bytes: number; signed: boolean } | { cancelled: true };

/** The signature facts a document shows on its first page. */
export function signatureFacts(identity: UnlockedIdentity, signingTime: Date): VisibleSignature {
  return {
    signer: identity.summary.name,
    organisation: identity.summary.organisation,
    fingerprint: identity.summary.fingerprint,
    signedAt: signingTime.toISOString(),
  };
}

/** Signs a laid-out PDF with its visible signature widget in `box` on page 1. */
function signLaidOutPdf(pdf: Buffer, identity: UnlockedIdentity, reason: string, signingTime: Date, box: Readonly<UserSpaceBox>): Promise<Buffer> {
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
 * Exports one document in one format: unlocks the signing identity when one is given
 * and the format is signable (its key is decrypted only here, and before the save
 * dialog, so a wrong passphrase is refused first), puts the signature facts into the
 * model, asks where to save, renders, signs, and writes the file atomically.
 */
export async function exportDocument<R extends ExportRequest>(format: ExportFormat<R>, request: R, deps: ExportDeps): Promise<ExportResult> {
  const signingTime = deps.now();
  const box = format.signatureBox;
  const identity = box && request.identityId ? await deps.identities.unlock(request.identityId, request.passphrase ?? '') : undefined;
  const model: R['model'] = identity ? { ...request.model, signature: signatureFacts(identity, signingTime) } : request.model;

  const path = await deps.chooseSavePath(request.fileName);
  if (!path) return { cancelled: true };

  const attachment = format.attachment && { fileName: format.attachment.fileName, description: model.title, json: format.attachment.json(request) };
  const rendered = await format.render(model, { fontsDir: deps.fontsDir, ...(attachment ? { attachment } : {}) });
  const output = identity && box ? await signLaidOutPdf(rendered, identity, model.title, signingTime, box) : rendered;
  await writeFileAtomic(path, output);
  return { path, bytes: output.length, signed: identity !== undefined };
}
