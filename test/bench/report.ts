import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReportPdf, SIGNATURE_BOX } from '../../electron/services/documents/report/layout';
import { createIdentityStore } from '../../electron/services/signing/identities';
import { signPdf } from '../../electron/services/signing/sign-pdf';
import { sampleReportModel } from '../fixtures/sample-report';
import { fontsDir } from '../support/pdf-tools';

/** Producing the full report unsigned against producing and signing it, alternating, in one run. */
export async function benchReport(runs = 7) {
  const dir = await mkdtemp(join(tmpdir(), 'assay-bench-report-'));
  try {
    const store = createIdentityStore({ dataDir: dir, now: () => new Date() });
    const summary = await store.generate({ name: 'Bench Signer', organisation: 'Bench', passphrase: 'bench passphrase' });
    const identity = await store.unlock(summary.id, 'bench passphrase');
    const model = sampleReportModel('en');
    const attachment = { fileName: 'assessment.json', description: model.title, json: JSON.stringify(model) };
    const widgetRect: [number, number, number, number] = [
      SIGNATURE_BOX.x,
      SIGNATURE_BOX.y,
      SIGNATURE_BOX.x + SIGNATURE_BOX.width,
      SIGNATURE_BOX.y + SIGNATURE_BOX.height,
    ];
    const unsigned: number[] = [];
    const signed: number[] = [];
    let pages = 0;
    let bytes = 0;
    await renderReportPdf(model, { fontsDir, attachment }); // warm-up
    for (let i = 0; i < runs; i += 1) {
      const t0 = performance.now();
      await renderReportPdf(model, { fontsDir, attachment });
      unsigned.push(performance.now() - t0);
      const t1 = performance.now();
      const pdf = await renderReportPdf(model, { fontsDir, attachment });
      const out = await signPdf(pdf, identity, {
        name: 'Bench Signer',
        reason: model.title,
        location: 'Bench',
        contactInfo: '',
        signingTime: new Date(),
        widgetRect,
      });
      signed.push(performance.now() - t1);
      bytes = out.length;
      pages = (out.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    }
    return { unsigned, signed, pages, bytes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
