import type { ComparisonModel } from '../../shared/compare/model';
import { COMPARISON_SIGNATURE_BOX, renderComparisonPdf } from './compare-report/layout';
import { comparisonXlsx } from './compare-report/xlsx';
import { writeFileAtomic } from './atomic-write';
import { signatureFacts, signLaidOutPdf, type ExportDeps, type ExportResult } from './report-export';

export const COMPARISON_ATTACHMENT = 'comparison.json';

export interface CompareExportRequest {
  model: ComparisonModel;
  format: 'pdf' | 'xlsx';
  identityId?: string;
  passphrase?: string;
  fileName: string;
}

/**
 * Writes the comparison where the user chose: as a PDF (summary page, then the
 * detailed matrix; signed when an identity is given, with the comparison embedded
 * as JSON) or as an XLSX workbook. Either records the weights the ranking used.
 */
export async function exportComparison(request: CompareExportRequest, deps: ExportDeps): Promise<ExportResult> {
  const signingTime = deps.now();
  const identity = request.format === 'pdf' && request.identityId ? await deps.identities.unlock(request.identityId, request.passphrase ?? '') : undefined;
  const model: ComparisonModel = identity ? { ...request.model, signature: signatureFacts(identity, signingTime) } : request.model;

  const path = await deps.chooseSavePath(request.fileName);
  if (!path) return { cancelled: true };

  let output: Buffer;
  if (request.format === 'xlsx') {
    output = await comparisonXlsx(model);
  } else {
    const pdf = await renderComparisonPdf(model, {
      fontsDir: deps.fontsDir,
      attachment: { fileName: COMPARISON_ATTACHMENT, description: model.title, json: JSON.stringify(request.model) },
    });
    output = identity ? await signLaidOutPdf(pdf, identity, model.title, signingTime, COMPARISON_SIGNATURE_BOX) : pdf;
  }
  await writeFileAtomic(path, output);
  return { path, bytes: output.length, signed: identity !== undefined };
}
