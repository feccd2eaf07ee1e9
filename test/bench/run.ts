import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { loadPageModule } from '../support/page-module';
import { root, withApp } from './app';
import { benchCompareView, COMPARE_RUNS } from './compare';
import { benchDashboard, DASHBOARD_TARGET_MS } from './dashboard';
import { benchFirstScreen, FIRST_SCREEN_STEPS, FIRST_SCREEN_TARGET, type FirstScreenStep } from './first-screen';
import { benchReport } from './report';
import { benchQuestionnaireImport, QUESTIONNAIRE_IMPORT_TARGET_MS } from './questionnaire-import';
import { benchRerank, benchScoring } from './scoring';
import { benchSpreadsheets, SPREADSHEET_RUNS, SPREADSHEET_TARGET_MS } from './spreadsheets';
import { benchVerify, VERIFY_RUNS } from './verify';
import { ANSWERS, benchBundles, BUNDLE_RUNS } from './bundles';
import { BACKUP_RUNS, benchBackups } from './backups';

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
  return withApp(async ({ page }) => {
    await page.locator('[data-app-ready]').waitFor();
    const call = await loadPageModule(page, join(__dirname, 'page-save.ts'));
    return call<{ repository: number[]; raw: number[] }>('run', SAVES);
  });
}

const OPEN_RUNS = 5;
const AUTOSAVES = 500;

/** Autosave latency, opening a fully answered assessment with 50 evidence files, and typing latency. */
async function assessmentWork() {
  return withApp(async ({ page, origin }) => {
    await page.locator('[data-app-ready]').waitFor();
    const call = await loadPageModule(page, join(__dirname, 'page-assessment.ts'));
    const assessmentId = await call<string>('seed', 50, 200 * 1024);
    const save = await call<{ repository: number[]; raw: number[] }>('autosave', assessmentId, AUTOSAVES);

    const open: number[] = [];
    for (let i = 0; i < OPEN_RUNS; i += 1) {
      await page.goto(`${origin}/index.html#/vendors`);
      await page.locator('[data-app-ready]').waitFor();
      const started = await page.evaluate((id) => {
        const t0 = performance.now();
        location.hash = `#/assessments/${id}`;
        return t0;
      }, assessmentId);
      await page.locator('.question-card .answer-form').waitFor();
      await page.locator('.score-panel [data-overall-score]').waitFor();
      open.push((await page.evaluate(() => performance.now())) - started);
    }

    await call('watchTyping');
    const note = page.locator('.answer-form textarea').last();
    await note.click();
    await page.keyboard.type('The vendor confirmed in the call that recordings stay in Frankfurt and Dublin, with keys held in the EU. '.repeat(2), {
      delay: 15,
    });
    const typing = await call<number[]>('typingSamples');
    return { save, open, typing };
  });
}

const fmt = (ms: number) => (ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(ms < 10 ? 3 : 1)} ms`);
const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(1)}×`;

/** Verify PDF against pdfsig; `npm run bench -- verify` runs only this. */
async function verifyResults() {
  const verify = await benchVerify();
  const results = {
    pages: verify.pages,
    bytes: verify.bytes,
    runs: VERIFY_RUNS,
    commandMs: { median: median(verify.cli), samples: verify.cli },
    ipcHandlerMs: { median: median(verify.ipc), samples: verify.ipc, firstCallMs: verify.ipcFirst },
    pdfsigMs: { median: median(verify.pdfsig), samples: verify.pdfsig },
  };
  const rows = {
    [`verify a signed report (${verify.pages} pages), IPC handler`]: {
      median: fmt(results.ipcHandlerMs.median),
      p95: fmt(quantile(verify.ipc, 0.95)),
      baseline: `pdfsig ${fmt(results.pdfsigMs.median)}`,
      ratio: ratio(results.ipcHandlerMs.median, results.pdfsigMs.median),
    },
    '  the same, first call (starts the worker)': { median: fmt(verify.ipcFirst), p95: '', baseline: '', ratio: '' },
    '  the same, npm run verify (a new process each time)': {
      median: fmt(results.commandMs.median),
      p95: fmt(quantile(verify.cli, 0.95)),
      baseline: `pdfsig ${fmt(results.pdfsigMs.median)}`,
      ratio: ratio(results.commandMs.median, results.pdfsigMs.median),
    },
  };
  return { results, rows };
}

const loadAverage = () => loadavg().map((load) => Number(load.toFixed(2)));

/** The first screen against a blank page; `npm run bench -- first-screen` runs only this. */
async function firstScreenResults() {
  const loadBefore = loadAverage();
  const bench = await benchFirstScreen();
  const steps = Object.keys(FIRST_SCREEN_STEPS) as FirstScreenStep[];
  const results = {
    runs: bench.runs,
    profile: 'fresh, no vendors',
    initialJsBytes: bench.initialJsBytes,
    targetMs: FIRST_SCREEN_TARGET.ms,
    targetTimesBlankPage: FIRST_SCREEN_TARGET.timesBlankPage,
    firstScreenMs: { median: median(bench.firstScreen), p95: quantile(bench.firstScreen, 0.95), samples: bench.firstScreen },
    blankPageMs: { median: median(bench.blankPage), p95: quantile(bench.blankPage, 0.95), samples: bench.blankPage },
    ratioOfMedians: median(bench.firstScreen) / median(bench.blankPage),
    /** Navigation start → each start-up step, medians of the same runs. */
    stepsMs: Object.fromEntries(steps.map((name) => [name, median(bench.steps[name])])),
    /** 1, 5 and 15 minute load averages before and after: the figures mean little on a busy machine. */
    loadAverage: { before: loadBefore, after: loadAverage() },
  };
  const stepRows = Object.fromEntries(
    steps.map((name) => [
      `  ${FIRST_SCREEN_STEPS[name]}`,
      { median: fmt(median(bench.steps[name])), p95: fmt(quantile(bench.steps[name], 0.95)), baseline: 'since navigation start', ratio: '' },
    ]),
  );
  const rows = {
    [`first screen, vendor list ready (n=${bench.runs}, ${(bench.initialJsBytes / 1024).toFixed(0)} KiB initial JS)`]: {
      median: fmt(results.firstScreenMs.median),
      p95: fmt(results.firstScreenMs.p95),
      baseline: `blank page ${fmt(results.blankPageMs.median)} (p95 ${fmt(results.blankPageMs.p95)})`,
      ratio: ratio(results.firstScreenMs.median, results.blankPageMs.median),
    },
    ...stepRows,
    '  load average (1, 5, 15 min)': {
      median: '',
      p95: '',
      baseline: `${results.loadAverage.before.join(' ')} → ${results.loadAverage.after.join(' ')}`,
      ratio: '',
    },
  };
  return { results, rows };
}

/** Importing a 1,000-question custom questionnaire; `npm run bench -- questionnaire-import` runs only this. */
async function questionnaireImportResults() {
  const loadBefore = loadAverage();
  const bench = await benchQuestionnaireImport();
  const figures = (samples: number[]) => ({ median: median(samples), p95: quantile(samples, 0.95), samples });
  const { page } = bench;
  const results = {
    questions: bench.questions,
    bytes: bench.bytes,
    runs: bench.read.length,
    targetMs: QUESTIONNAIRE_IMPORT_TARGET_MS,
    readFileMs: figures(bench.read),
    jsonParseMs: figures(bench.parse),
    writeFileMs: figures(bench.write),
    jsonStringifyMs: figures(bench.stringify),
    storeImportMs: { ...figures(page.store), previewMedian: median(page.preview), importFileMedian: median(page.importFile) },
    dexiePutMs: figures(page.put),
    /** 1, 5 and 15 minute load averages before and after: the figures mean little on a busy machine. */
    loadAverage: { before: loadBefore, after: loadAverage() },
  };
  const row = (value: number[], baselineName: string, baseline: number[]) => ({
    median: fmt(median(value)),
    p95: fmt(quantile(value, 0.95)),
    baseline: `${baselineName} ${fmt(median(baseline))} (p95 ${fmt(quantile(baseline, 0.95))})`,
    ratio: ratio(median(value), median(baseline)),
  });
  const size = `${bench.questions} questions, ${(bench.bytes / 1024 / 1024).toFixed(2)} MB`;
  const rows = {
    [`read a questionnaire file, every check (${size}, n=${results.runs})`]: row(bench.read, 'JSON.parse', bench.parse),
    '  write it (questionnaireFileText)': row(bench.write, 'JSON.stringify', bench.stringify),
    [`  import it in the app: preview + importFile, fresh database (n=${page.store.length})`]: row(page.store, 'Dexie put', page.put),
    '    of which preview / importFile': {
      median: `${fmt(results.storeImportMs.previewMedian)} / ${fmt(results.storeImportMs.importFileMedian)}`,
      p95: '',
      baseline: `target < ${fmt(QUESTIONNAIRE_IMPORT_TARGET_MS)} each`,
      ratio: '',
    },
    '  load average (1, 5, 15 min)': {
      median: '',
      p95: '',
      baseline: `${results.loadAverage.before.join(' ')} → ${results.loadAverage.after.join(' ')}`,
      ratio: '',
    },
  };
  return { results, rows };
}

/** Response packs and questionnaire workbooks against raw exceljs; `npm run bench -- spreadsheets` runs only this. */
async function spreadsheetResults() {
  const loadBefore = loadAverage();
  const bench = await benchSpreadsheets();
  const figures = (samples: number[]) => ({ median: median(samples), p95: quantile(samples, 0.95), samples });
  const results = {
    runs: SPREADSHEET_RUNS,
    targetMs: SPREADSHEET_TARGET_MS,
    pack: { questions: bench.applicableQuestions, bytes: bench.packBytes, filledBytes: bench.filledBytes },
    packWriteMs: figures(bench.packWrite.measured),
    packWriteBaselineMs: figures(bench.packWrite.baseline),
    packImportMs: figures(bench.packImport.measured),
    packImportBaselineMs: figures(bench.packImport.baseline),
    packImportInWorkerMs: figures(bench.packImportInWorker),
    questionnaire: { questions: bench.questionnaireQuestions, bytes: bench.questionnaireBytes },
    questionnaireReadMs: figures(bench.questionnaireRead.measured),
    questionnaireReadBaselineMs: figures(bench.questionnaireRead.baseline),
    questionnaireWriteMs: figures(bench.questionnaireWrite.measured),
    questionnaireWriteBaselineMs: figures(bench.questionnaireWrite.baseline),
    loadAverage: { before: loadBefore, after: loadAverage() },
  };
  const row = (value: number[], baselineName: string, baseline: number[]) => ({
    median: fmt(median(value)),
    p95: fmt(quantile(value, 0.95)),
    baseline: `${baselineName} ${fmt(median(baseline))} (p95 ${fmt(quantile(baseline, 0.95))})`,
    ratio: ratio(median(value), median(baseline)),
  });
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  const rows = {
    [`write a response pack of the bank (${bench.applicableQuestions} questions, ${kb(bench.packBytes)}, n=${SPREADSHEET_RUNS})`]: row(
      bench.packWrite.measured,
      'exceljs write',
      bench.packWrite.baseline,
    ),
    [`  import it filled: read + preview (${kb(bench.filledBytes)})`]: row(bench.packImport.measured, 'exceljs load', bench.packImport.baseline),
    '    the same through the file worker': row(bench.packImportInWorker, 'exceljs load', bench.packImport.baseline),
    [`read a ${bench.questionnaireQuestions}-question questionnaire workbook (${kb(bench.questionnaireBytes)})`]: row(
      bench.questionnaireRead.measured,
      'exceljs load',
      bench.questionnaireRead.baseline,
    ),
    '  write it (questionnaireSheets + gridXlsx)': row(bench.questionnaireWrite.measured, 'exceljs write', bench.questionnaireWrite.baseline),
    '  target, each': { median: '', p95: '', baseline: `< ${fmt(SPREADSHEET_TARGET_MS)}`, ratio: '' },
    '  load average (1, 5, 15 min)': {
      median: '',
      p95: '',
      baseline: `${results.loadAverage.before.join(' ')} → ${results.loadAverage.after.join(' ')}`,
      ratio: '',
    },
  };
  return { results, rows };
}

/** Assessment bundles against `cp` of the same files; `npm run bench -- bundles` runs only this. */
async function bundleResults() {
  const loadBefore = loadAverage();
  const bench = await benchBundles();
  const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  const results = {
    runs: BUNDLE_RUNS,
    answers: ANSWERS,
    evidenceBytes: bench.evidenceBytes,
    largestFileBytes: bench.largestFileBytes,
    bundleBytes: bench.bundleBytes,
    exportMs: { median: median(bench.export), samples: bench.export },
    importMs: { median: median(bench.import), samples: bench.import },
    cpMs: { median: median(bench.cp), samples: bench.cp },
    streamCopyMs: { median: median(bench.streamCopy), samples: bench.streamCopy },
    exportPeakGrowthBytes: { median: median(bench.exportPeakGrowth), max: Math.max(...bench.exportPeakGrowth) },
    importPeakGrowthBytes: { median: median(bench.importPeakGrowth), max: Math.max(...bench.importPeakGrowth) },
    targets: { timeRatioToCp: 3, peakGrowthOfLargestFile: 2 },
    loadAverage: { before: loadBefore, after: loadAverage() },
  };
  const rows = {
    [`export a bundle (${ANSWERS} answers, ${mb(bench.evidenceBytes)} evidence in ${mb(bench.largestFileBytes)} files, n=${BUNDLE_RUNS})`]: {
      median: fmt(median(bench.export)),
      p95: fmt(quantile(bench.export, 0.95)),
      baseline: `cp ${fmt(median(bench.cp))}`,
      ratio: ratio(median(bench.export), median(bench.cp)),
    },
    '    against streaming the files through Node': {
      median: '',
      p95: '',
      baseline: `read + write ${fmt(median(bench.streamCopy))}`,
      ratio: ratio(median(bench.export), median(bench.streamCopy)),
    },
    [`  import it (${mb(bench.bundleBytes)}: check, copy out, read back)`]: {
      median: fmt(median(bench.import)),
      p95: fmt(quantile(bench.import, 0.95)),
      baseline: `cp ${fmt(median(bench.cp))}`,
      ratio: ratio(median(bench.import), median(bench.cp)),
    },
    '  peak memory growth, export / import (max of runs)': {
      median: `${mb(Math.max(...bench.exportPeakGrowth))} / ${mb(Math.max(...bench.importPeakGrowth))}`,
      p95: '',
      baseline: `2× largest file ${mb(2 * bench.largestFileBytes)}`,
      ratio: ratio(Math.max(...bench.exportPeakGrowth, ...bench.importPeakGrowth), 2 * bench.largestFileBytes),
    },
    '  target': { median: '', p95: '', baseline: 'within 3× cp; peak < 2× largest file', ratio: '' },
    '  load average (1, 5, 15 min)': {
      median: '',
      p95: '',
      baseline: `${results.loadAverage.before.join(' ')} → ${results.loadAverage.after.join(' ')}`,
      ratio: '',
    },
  };
  return { results, rows };
}

/** A full backup of 1,000 assessments; `npm run bench -- backups` runs only this. */
async function backupResults() {
  const bench = await benchBackups();
  const results = {
    runs: BACKUP_RUNS,
    assessments: bench.assessments,
    answers: bench.answers,
    totalMs: { median: median(bench.total), samples: bench.total },
    collectMs: { median: median(bench.collect), samples: bench.collect },
    rawReadMs: { median: median(bench.rawRead), samples: bench.rawRead },
  };
  const rows = {
    [`full backup of ${bench.assessments} assessments (${bench.answers} answers, n=${BACKUP_RUNS})`]: {
      median: fmt(median(bench.total)),
      p95: fmt(quantile(bench.total, 0.95)),
      baseline: `raw read of every table ${fmt(median(bench.rawRead))}`,
      ratio: ratio(median(bench.total), median(bench.rawRead)),
    },
    '  of which reading and checking the tables': {
      median: fmt(median(bench.collect)),
      p95: fmt(quantile(bench.collect, 0.95)),
      baseline: `raw read ${fmt(median(bench.rawRead))}`,
      ratio: ratio(median(bench.collect), median(bench.rawRead)),
    },
  };
  return { results, rows };
}

async function main() {
  if (process.argv.includes('bundles')) {
    const bundles = await bundleResults();
    console.log('\nAssay benchmarks: bundles\n');
    console.table(bundles.rows);
    return;
  }
  if (process.argv.includes('backups')) {
    const backups = await backupResults();
    console.log('\nAssay benchmarks: backups\n');
    console.table(backups.rows);
    return;
  }
  if (process.argv.includes('spreadsheets')) {
    const spreadsheets = await spreadsheetResults();
    console.log('\nAssay benchmarks: spreadsheets\n');
    console.table(spreadsheets.rows);
    return;
  }
  if (process.argv.includes('verify')) {
    const verify = await verifyResults();
    console.log('\nAssay benchmarks: Verify PDF\n');
    console.table(verify.rows);
    return;
  }
  if (process.argv.includes('questionnaire-import')) {
    const questionnaireImport = await questionnaireImportResults();
    console.log('\nAssay benchmarks: importing a 1,000-question questionnaire\n');
    console.table(questionnaireImport.rows);
    return;
  }
  if (process.argv.includes('robustness')) {
    const { rerank, robustness } = benchRerank();
    console.log('\nAssay benchmarks: robustness of the first place\n');
    console.table({
      'first place: weight ranges and stability, 12 assessments': {
        median: fmt(median(robustness)),
        p95: fmt(quantile(robustness, 0.95)),
        baseline: `one re-rank ${fmt(median(rerank))}`,
        ratio: ratio(median(robustness), median(rerank)),
      },
    });
    return;
  }
  if (process.argv.includes('first-screen')) {
    const firstScreen = await firstScreenResults();
    console.log('\nAssay benchmarks: first screen\n');
    console.table(firstScreen.rows);
    return;
  }
  const verify = await verifyResults();
  const scoring = benchScoring();
  const rerank = benchRerank();
  const report = await benchReport();
  const starts = await coldStarts();
  const firstScreen = await firstScreenResults();
  const save = await saves();
  const work = await assessmentWork();
  const dashboard = await benchDashboard();
  const compareView = await withApp(({ page }) => benchCompareView(page));
  const questionnaireImport = await questionnaireImportResults();
  const spreadsheets = await spreadsheetResults();
  const bundles = await bundleResults();
  const backups = await backupResults();
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
    coldStart: {
      runs: COLD_STARTS,
      navigationToInteractiveMs: { median: median(starts.toInteractive), samples: starts.toInteractive },
      launchToInteractiveMs: { median: median(starts.launchToInteractive), samples: starts.launchToInteractive },
    },
    firstScreen: firstScreen.results,
    save: {
      count: SAVES,
      repositoryMs: { median: median(save.repository), p95: quantile(save.repository, 0.95) },
      rawIndexedDbPutMs: { median: median(save.raw), p95: quantile(save.raw, 0.95) },
      ratioOfMedians: median(save.repository) / median(save.raw),
    },
    autosave: {
      count: AUTOSAVES,
      repositoryMs: { median: median(work.save.repository), p95: quantile(work.save.repository, 0.95) },
      rawIndexedDbPutMs: { median: median(work.save.raw), p95: quantile(work.save.raw, 0.95) },
    },
    openAssessment: {
      answers: 'every question of the bank answered, notes on a third',
      evidenceFiles: 50,
      runs: OPEN_RUNS,
      ms: { median: median(work.open), samples: work.open },
    },
    typing: { keystrokes: work.typing.length, ms: { median: median(work.typing), p95: quantile(work.typing, 0.95) } },
    report: {
      pages: report.pages,
      bytes: report.bytes,
      unsignedMs: { median: median(report.unsigned), samples: report.unsigned },
      signedMs: { median: median(report.signed), samples: report.signed },
      signingOverhead: median(report.signed) / median(report.unsigned) - 1,
    },
    dashboard: {
      vendors: dashboard.seeded.vendors,
      assessments: dashboard.seeded.assessments,
      final: dashboard.seeded.final,
      runs: dashboard.runs,
      targetMs: DASHBOARD_TARGET_MS,
      firstRowsMs: { median: median(dashboard.portfolio), samples: dashboard.portfolio },
      vendorListFirstRowsMs: { median: median(dashboard.vendorList), samples: dashboard.vendorList },
      rawIndexedDbReadMs: { median: median(dashboard.rawRead), samples: dashboard.rawRead },
    },
    compareView: {
      vendors: compareView.vendors,
      questions: compareView.questions,
      runs: COMPARE_RUNS,
      virtualisedMs: { median: median(compareView.virtual), samples: compareView.virtual },
      plainTableMs: { median: median(compareView.plain), samples: compareView.plain },
      cellsInPage: compareView.cells,
      scrollFrameMs: { median: median(compareView.frames), p95: quantile(compareView.frames, 0.95), frames: compareView.frames.length },
    },
    verify: verify.results,
    questionnaireImport: questionnaireImport.results,
    spreadsheets: spreadsheets.results,
    bundles: bundles.results,
    backups: backups.results,
    rerank: { assessments: 12, ms: { median: median(rerank.rerank), p95: quantile(rerank.rerank, 0.95) }, baselineSortMs: median(rerank.baseline) },
    robustness: { assessments: 12, ms: { median: median(rerank.robustness), p95: quantile(rerank.robustness, 0.95) }, baselineRerankMs: median(rerank.rerank) },
    scoring: {
      questions: scoring.questions,
      oneAssessmentMs: { median: median(scoring.single), baselineMedian: median(scoring.singleBaseline) },
      thousandAssessmentsMs: { median: median(scoring.thousand), baselineMedian: median(scoring.thousandBaseline) },
      baseline: 'sum of the raw answer values of the same assessments',
    },
  };
  console.log('\nAssay benchmarks (Chromium launcher)\n');
  console.table({
    ...firstScreen.rows,
    'cold start (navigation → app shell mounted)': { median: fmt(results.coldStart.navigationToInteractiveMs.median), p95: '', baseline: '', ratio: '' },
    'cold start (browser launch → ready)': { median: fmt(results.coldStart.launchToInteractiveMs.median), p95: '', baseline: '', ratio: '' },
    [`save one vendor row via repository (n=${SAVES})`]: {
      median: fmt(results.save.repositoryMs.median),
      p95: fmt(results.save.repositoryMs.p95),
      baseline: `raw put ${fmt(results.save.rawIndexedDbPutMs.median)} (p95 ${fmt(results.save.rawIndexedDbPutMs.p95)})`,
      ratio: `${results.save.ratioOfMedians.toFixed(2)}×`,
    },
    [`autosave one answer (n=${AUTOSAVES})`]: {
      median: fmt(results.autosave.repositoryMs.median),
      p95: fmt(results.autosave.repositoryMs.p95),
      baseline: `raw put ${fmt(results.autosave.rawIndexedDbPutMs.median)} (p95 ${fmt(results.autosave.rawIndexedDbPutMs.p95)})`,
      ratio: ratio(results.autosave.repositoryMs.median, results.autosave.rawIndexedDbPutMs.median),
    },
    [`open assessment (${scoring.questions} answers, 50 evidence files)`]: { median: fmt(results.openAssessment.ms.median), p95: '', baseline: '', ratio: '' },
    [`typing latency, free text (n=${work.typing.length})`]: {
      median: fmt(results.typing.ms.median),
      p95: fmt(results.typing.ms.p95),
      baseline: '',
      ratio: '',
    },
    [`signed report (${report.pages} pages)`]: {
      median: fmt(results.report.signedMs.median),
      p95: fmt(quantile(report.signed, 0.95)),
      baseline: `unsigned ${fmt(results.report.unsignedMs.median)}`,
      ratio: `${results.report.signingOverhead >= 0 ? '+' : '−'}${Math.abs(results.report.signingOverhead * 100).toFixed(1)} % for signing`,
    },
    [`portfolio dashboard, first rows (${dashboard.seeded.vendors} vendors, ${dashboard.seeded.assessments} assessments)`]: {
      median: fmt(results.dashboard.firstRowsMs.median),
      p95: '',
      baseline: `vendor list ${fmt(results.dashboard.vendorListFirstRowsMs.median)}, raw read ${fmt(results.dashboard.rawIndexedDbReadMs.median)}`,
      ratio: ratio(results.dashboard.firstRowsMs.median, results.dashboard.rawIndexedDbReadMs.median),
    },
    [`compare view, answers side by side (${compareView.vendors} vendors × ${compareView.questions} questions)`]: {
      median: fmt(results.compareView.virtualisedMs.median),
      p95: fmt(quantile(compareView.virtual, 0.95)),
      baseline: `plain table ${fmt(results.compareView.plainTableMs.median)} (${compareView.cells.plain} cells vs ${compareView.cells.virtual})`,
      ratio: ratio(results.compareView.virtualisedMs.median, results.compareView.plainTableMs.median),
    },
    [`  scrolling it, 120 px per frame (n=${compareView.frames.length})`]: {
      median: fmt(results.compareView.scrollFrameMs.median),
      p95: fmt(results.compareView.scrollFrameMs.p95),
      baseline: '60 fps frame 16.7 ms',
      ratio: ratio(results.compareView.scrollFrameMs.median, 1000 / 60),
    },
    ...verify.rows,
    ...questionnaireImport.rows,
    ...spreadsheets.rows,
    ...bundles.rows,
    ...backups.rows,
    'first place: weight ranges and stability, 12 assessments': {
      median: fmt(results.robustness.ms.median),
      p95: fmt(results.robustness.ms.p95),
      baseline: `one re-rank ${fmt(results.robustness.baselineRerankMs)}`,
      ratio: ratio(results.robustness.ms.median, results.robustness.baselineRerankMs),
    },
    're-rank 12 assessments after a weight change': {
      median: fmt(results.rerank.ms.median),
      p95: fmt(results.rerank.ms.p95),
      baseline: `sort of 12 scores ${fmt(results.rerank.baselineSortMs)}`,
      ratio: ratio(results.rerank.ms.median, results.rerank.baselineSortMs),
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
