import { build } from 'esbuild';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromiumApp, type ChromiumApp } from '../../electron/launcher/chromium';
import { benchScoring } from './scoring';

const root = resolve(__dirname, '../..');
const rendererDir = join(root, 'out/renderer');
const COLD_STARTS = 5;
const SAVES = 1000;

export const median = (values: number[]) => quantile(values, 0.5);
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

async function withApp<T>(use: (app: ChromiumApp) => Promise<T>): Promise<T> {
  const scratch = await mkdtemp(join(tmpdir(), 'assay-bench-'));
  const app = await launchChromiumApp({
    rendererDir,
    userDataDir: join(scratch, 'profile'),
    services: { dataDir: join(scratch, 'data'), now: () => new Date(), appVersion: 'bench', locale: 'en-GB', platform: process.platform },
    headless: true,
  });
  try {
    return await use(app);
  } finally {
    await app.close();
    await rm(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

/** Cold start: a fresh profile and browser each time; ms from navigation start to the first interactive screen. */
async function coldStarts() {
  const toInteractive: number[] = [];
  const launchToInteractive: number[] = [];
  for (let i = 0; i < COLD_STARTS; i += 1) {
    const t0 = performance.now();
    await withApp(async ({ page }) => {
      await page.locator('[data-app-ready]').waitFor();
      launchToInteractive.push(performance.now() - t0);
      toInteractive.push(await page.evaluate(() => performance.getEntriesByName('assay:interactive')[0]!.startTime));
    });
  }
  return { toInteractive, launchToInteractive };
}

async function saves() {
  const bundle = await build({
    entryPoints: [join(__dirname, 'page-save.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'assayBench',
    target: 'chrome120',
    logLevel: 'warning',
  });
  const code = bundle.outputFiles[0]!.text;
  return withApp(async ({ page }) => {
    await page.locator('[data-app-ready]').waitFor();
    return page.evaluate(`${code}\nassayBench.run(${SAVES})`) as Promise<{ repository: number[]; raw: number[] }>;
  });
}

const fmt = (ms: number) => (ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(ms < 10 ? 3 : 1)} ms`);
const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(1)}×`;

async function main() {
  const scoring = benchScoring();
  const starts = await coldStarts();
  const save = await saves();
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
    coldStart: {
      runs: COLD_STARTS,
      navigationToInteractiveMs: { median: median(starts.toInteractive), samples: starts.toInteractive },
      launchToInteractiveMs: { median: median(starts.launchToInteractive), samples: starts.launchToInteractive },
    },
    save: {
      count: SAVES,
      repositoryMs: { median: median(save.repository), p95: quantile(save.repository, 0.95) },
      rawIndexedDbPutMs: { median: median(save.raw), p95: quantile(save.raw, 0.95) },
      ratioOfMedians: median(save.repository) / median(save.raw),
    },
    scoring: {
      questions: scoring.questions,
      oneAssessmentMs: { median: median(scoring.single), baselineMedian: median(scoring.singleBaseline) },
      thousandAssessmentsMs: { median: median(scoring.thousand), baselineMedian: median(scoring.thousandBaseline) },
      baseline: 'sum of the raw answer values of the same assessments',
    },
  };
  console.log('\nAssay benchmarks (Chromium launcher)\n');
  console.table({
    'first interactive screen (navigation → ready)': { median: fmt(results.coldStart.navigationToInteractiveMs.median), p95: '', baseline: '', ratio: '' },
    'cold start (browser launch → ready)': { median: fmt(results.coldStart.launchToInteractiveMs.median), p95: '', baseline: '', ratio: '' },
    [`save one vendor row via repository (n=${SAVES})`]: {
      median: fmt(results.save.repositoryMs.median),
      p95: fmt(results.save.repositoryMs.p95),
      baseline: `raw put ${fmt(results.save.rawIndexedDbPutMs.median)} (p95 ${fmt(results.save.rawIndexedDbPutMs.p95)})`,
      ratio: `${results.save.ratioOfMedians.toFixed(2)}×`,
    },
    [`score one full assessment (${scoring.questions} questions)`]: {
      median: fmt(results.scoring.oneAssessmentMs.median),
      p95: fmt(quantile(scoring.single, 0.95)),
      baseline: `raw sum ${fmt(results.scoring.oneAssessmentMs.baselineMedian)}`,
      ratio: ratio(results.scoring.oneAssessmentMs.median, results.scoring.oneAssessmentMs.baselineMedian),
    },
    'score 1,000 full assessments': {
      median: fmt(results.scoring.thousandAssessmentsMs.median),
      p95: fmt(quantile(scoring.thousand, 0.95)),
      baseline: `raw sum ${fmt(results.scoring.thousandAssessmentsMs.baselineMedian)}`,
      ratio: ratio(results.scoring.thousandAssessmentsMs.median, results.scoring.thousandAssessmentsMs.baselineMedian),
    },
  });
  await mkdir(join(root, 'bench'), { recursive: true });
  await writeFile(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('Written to bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
