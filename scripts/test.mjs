// `npm test`: check the tools, type-check, build, then run every test once.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp, root, runBin } from './lib/tools.mjs';

const chromium = process.env.ASSAY_CHROMIUM ?? '/usr/bin/chromium';
const required = [
  { tool: chromium, pkg: 'chromium', why: 'end-to-end tests' },
  { tool: 'xvfb-run', pkg: 'xvfb', why: 'the headed launcher test' },
  { tool: 'pdfsig', pkg: 'poppler-utils', why: 'PDF signature checks' },
  { tool: 'pdftoppm', pkg: 'poppler-utils', why: 'PDF rendering checks' },
  { tool: 'qpdf', pkg: 'qpdf', why: 'PDF structure checks' },
  { tool: 'certutil', pkg: 'libnss3-tools', why: 'certificate checks' },
  { tool: 'openssl', pkg: 'openssl', why: 'certificate checks' },
  { tool: 'unzip', pkg: 'unzip', why: 'spreadsheet (XLSX) structure checks' },
  { tool: 'soffice', pkg: 'libreoffice-calc-nogui', why: 'opening CSV exports as a spreadsheet program does' },
];

function found(tool) {
  if (tool.includes('/')) return existsSync(tool);
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const missing = required.filter(({ tool }) => !found(tool));
if (missing.length > 0) {
  console.error('\nnpm test cannot run: required tools are missing.');
  for (const { tool, pkg, why } of missing) console.error(`  - ${tool} (Debian package ${pkg}), for ${why}`);
  console.error(`Install them with: sudo apt-get install ${[...new Set(missing.map((m) => m.pkg))].join(' ')}\n`);
  process.exit(1);
}

const report = join(root, '.tmp', 'vitest-report.json');
let failure = null;
try {
  await runBin('tsc', ['--noEmit', '-p', 'tsconfig.json']);
  await buildApp();
  await runBin('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
} catch (error) {
  failure = error;
}

if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = numPendingTests + numTodoTests;
  console.log(`\n${numPassedTests} passed, ${numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (skipped > 0 && !failure) failure = new Error('Skipped tests are not allowed.');
}
if (failure) {
  console.error(`\nnpm test failed: ${failure.message}`);
  process.exit(1);
}
