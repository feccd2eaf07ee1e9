import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/ipc-dispatch';
import { renderReportPdf, SIGNATURE_BOX } from '../../electron/services/documents/report/layout';
import { saveIntoFolder } from '../../electron/services/save-path';
import { createIdentityStore } from '../../electron/services/signing/identities';
import { signPdf } from '../../electron/services/signing/sign-pdf';
import { sampleReportModel } from '../fixtures/sample-report';
import { fontsDir } from '../support/pdf-tools';
import { root } from './app';

export const VERIFY_RUNS = 10;

function timed(work: () => void): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

/**
 * Verifying one signed report (the sample, about 25 pages): through the command
 * auditors run, through the IPC handler the Verify page calls, and, as the
 * baseline in the same run, poppler's pdfsig on the same file.
 */
export async function benchVerify(runs = VERIFY_RUNS) {
  const dir = await mkdtemp(join(tmpdir(), 'assay-bench-verify-'));
  try {
    const store = createIdentityStore({ dataDir: dir, now: () => new Date() });
    const summary = await store.generate({ name: 'Bench Signer', organisation: 'Bench', passphrase: 'bench passphrase' });
    const identity = await store.unlock(summary.id, 'bench passphrase');
    const model = sampleReportModel('en');
    const pdf = await renderReportPdf(model, { fontsDir, attachment: { fileName: 'assessment.json', description: model.title, json: JSON.stringify(model) } });
    const widgetRect: [number, number, number, number] = [
      SIGNATURE_BOX.x,
      SIGNATURE_BOX.y,
      SIGNATURE_BOX.x + SIGNATURE_BOX.width,
      SIGNATURE_BOX.y + SIGNATURE_BOX.height,
    ];
    const signed = await signPdf(pdf, identity, {
      name: 'Bench Signer',
      reason: model.title,
      location: 'Bench',
      contactInfo: '',
      signingTime: new Date(),
      widgetRect,
    });
    const file = join(dir, 'report.pdf');
    await writeFile(file, signed);

    const handlers = createHandlers({
      dataDir: dir,
      now: () => new Date(),
      appVersion: 'bench',
      locale: 'en-GB',
      platform: process.platform,
      launcher: 'chromium',
      fontsDir,
      chooseSavePath: saveIntoFolder(join(dir, 'reports')),
      fileWorkerPath: join(root, 'out/main/file-worker.js'),
    });
    const input = { fileName: 'report.pdf', data: signed.toString('base64') };
    const command = ['scripts/verify.mjs', file, '--json'];
    // Warm-up: the command's bundle, the worker thread, the page cache.
    execFileSync('node', command, { cwd: root, stdio: 'ignore' });
    execFileSync('pdfsig', [file], { stdio: 'ignore' });
    const first = performance.now();
    const warm = await dispatch(handlers, 'reports:verify', input);
    const ipcFirst = performance.now() - first;
    if (!warm.ok || (warm.value as { verdict: string }).verdict !== 'valid') throw new Error('the benchmark report does not verify');

    const pdfsig: number[] = [];
    const cli: number[] = [];
    const ipc: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      pdfsig.push(timed(() => execFileSync('pdfsig', [file], { stdio: 'ignore' })));
      cli.push(timed(() => execFileSync('node', command, { cwd: root, stdio: 'ignore' })));
      const t0 = performance.now();
      await dispatch(handlers, 'reports:verify', input);
      ipc.push(performance.now() - t0);
    }
    const pages = (signed.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    return { pages, bytes: signed.length, pdfsig, cli, ipc, ipcFirst };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
