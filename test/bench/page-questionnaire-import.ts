// Runs inside the app page (bundled by the bench): imports one questionnaire file through the store, as the
// manager screen does (preview, then import), into a fresh database each time, against a plain Dexie put of the
// same questionnaire into a table of its own, in the same page and run.
import '../../renderer/src/app/zod-config';
import Dexie, { type Table } from 'dexie';
import { readQuestionnaireFile } from '@shared/questionnaire/exchange';
import { AssayDatabase } from '../../renderer/src/db/database';
import { createQuestionnaireRepository } from '../../renderer/src/db/questionnaire-store';

export interface ImportSamples {
  /** `preview` then `importFile`, the manager screen's two steps. */
  store: number[];
  preview: number[];
  importFile: number[];
  /** One `put` of the questionnaire the file holds into a plain Dexie table. */
  put: number[];
}

class PlainDatabase extends Dexie {
  rows!: Table<{ id: string; questionnaire: unknown }, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ rows: 'id' });
  }
}

async function timeStore(data: Uint8Array, run: number, samples: ImportSamples): Promise<void> {
  const db = new AssayDatabase(`assay-bench-questionnaires-${run}`);
  await db.open();
  const store = createQuestionnaireRepository(db);
  const t0 = performance.now();
  const preview = await store.preview({ kind: 'text', data });
  const t1 = performance.now();
  await store.importFile({ kind: 'text', data }, 'buyer-large.json');
  const t2 = performance.now();
  if (preview.status !== 'new') throw new Error(`the questionnaire previewed as ${preview.status}`);
  samples.preview.push(t1 - t0);
  samples.importFile.push(t2 - t1);
  samples.store.push(t2 - t0);
  db.close();
  await Dexie.delete(db.name);
}

async function timePut(questionnaire: unknown, run: number, samples: ImportSamples): Promise<void> {
  const db = new PlainDatabase(`assay-bench-plain-${run}`);
  await db.open();
  const t0 = performance.now();
  await db.rows.put({ id: 'buyer-large', questionnaire });
  samples.put.push(performance.now() - t0);
  db.close();
  await Dexie.delete(db.name);
}

/** Imports `fileText` `runs` times, taking turns with the baseline so neither always runs first. */
export async function run(fileText: string, runs: number): Promise<ImportSamples> {
  const data = new TextEncoder().encode(fileText);
  const reading = readQuestionnaireFile(data);
  if (!reading.ok) throw new Error(`the bench questionnaire does not read: ${reading.problems[0]?.key ?? ''}`);
  const samples: ImportSamples = { store: [], preview: [], importFile: [], put: [] };
  for (let i = 0; i < runs; i += 1) {
    if (i % 2 === 0) await timeStore(data, i, samples);
    await timePut(reading.questionnaire, i, samples);
    if (i % 2 === 1) await timeStore(data, i, samples);
  }
  return samples;
}
