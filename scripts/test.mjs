// `npm test`: check the tools (installing missing Debian packages), type-check, lint, check formatting, build, then run every test once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSystemPackages } from './lib/system-packages.mjs';
import { buildApp, checkFormatting, importTs, root, runBin, typecheck } from './lib/tools.mjs';
import { scanElectron } from './lib/security-scan.mjs';
import { checkLicences } from './lib/licenses.mjs';

const chromium = process.env.ASSAY_CHROMIUM ?? '/usr/bin/chromium';
const required = [
  { check: chromium, pkg: 'chromium', why: 'end-to-end tests' },
  { check: 'xvfb-run', pkg: 'xvfb', why: 'the headed launcher test' },
  { check: 'xauth', pkg: 'xauth', why: 'the headed launcher test' },
  { check: 'pdfsig', pkg: 'poppler-utils', why: 'PDF signature checks' },
  { check: 'pdftoppm', pkg: 'poppler-utils', why: 'PDF rendering checks' },
  { check: 'qpdf', pkg: 'qpdf', why: 'PDF structure checks' },
  { check: 'certutil', pkg: 'libnss3-tools', why: 'certificate checks' },
  { check: 'openssl', pkg: 'openssl', why: 'certificate checks' },
  { check: 'unzip', pkg: 'unzip', why: 'spreadsheet (XLSX) structure checks, testing the archives Assay writes' },
  { check: 'zip', pkg: 'zip', why: 'archives written by another tool' },
  { check: 'soffice', pkg: 'libreoffice-calc-nogui', why: 'opening CSV exports as a spreadsheet program does' },
  { check: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', pkg: 'fonts-dejavu-core', why: 'rendering pages as users see them' },
  { check: '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf', pkg: 'fonts-liberation2', why: 'rendering pages as users see them' },
];

const missing = ensureSystemPackages(required);
if (missing.length > 0) {
  console.error('\nnpm test cannot run: required tools are missing.');
  for (const { check, pkg, why } of missing) console.error(`  - ${check} (Debian package ${pkg}), for ${why}`);
  console.error(`Install them with: sudo apt-get install ${[...new Set(missing.map((m) => m.pkg))].join(' ')}\n`);
  process.exit(1);
}

const report = join(root, '.tmp', 'vitest-report.json');
let failure = null;
let budget = null;
try {
  await typecheck();
  await runBin('eslint', ['.', '--max-warnings', '0']);
  await checkFormatting();
  await buildApp();
  budget = await checkBundleBudget();
  await scanElectron();
  await checkLicences();
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
// Over budget fails the run, but only after the tests, so their results are not hidden behind it.
if (budget && !budget.withinBudget) {
  console.error(`\n${budget.lines.join('\n')}`);
  failure ??= new Error('the first screen loads more JavaScript than the bundle budget allows (scripts/lib/bundle-budget.ts).');
}
if (failure) {
  console.error(`\nnpm test failed: ${failure.message}`);
  process.exit(1);
}

/** Measures the JavaScript the built renderer loads before its first screen and prints it against the budget. */
async function checkBundleBudget() {
  const { judgeInitialJs, measureInitialJs } = await importTs('scripts/lib/bundle-budget.ts');
  const verdict = judgeInitialJs(await measureInitialJs(join(root, 'out', 'renderer')));
  console.log(`\n${verdict.lines.join('\n')}\n`);
  return verdict;
}
