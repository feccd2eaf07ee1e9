import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch, type HandlerTable } from '../../electron/services/ipc-dispatch';
import { saveIntoFolder } from '../../electron/services/save-path';
import { createClient } from '@shared/ipc/client';
import { sampleComparisonModel } from '../fixtures/sample-comparison';
import { sampleReportModel } from '../fixtures/sample-report';
import { fontsDir, simplePdf } from '../support/pdf-tools';
import { bundleFileWorker } from '../support/file-worker';
import { channelNames, contract, isBase64, type ChannelName } from '@shared/ipc/contract';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { SAMPLE_PROFILE } from '../fixtures/sample-comparison';
import { samplePack } from '../support/response-pack';
import { questionnaireSheets } from '@shared/questionnaire/exchange';
import { mini } from '../fixtures/mini-questionnaire';

const NOW = new Date('2026-05-04T10:00:00Z');
const DIGEST = 'e'.repeat(64);
let dataDir: string;
let handlers: HandlerTable;
const fileWorkerPath = await bundleFileWorker();

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'assay-ipc-'));
  handlers = createHandlers({
    dataDir,
    now: () => NOW,
    appVersion: '1.2.3',
    locale: 'de-AT',
    platform: 'linux',
    launcher: 'chromium',
    fontsDir,
    chooseSavePath: saveIntoFolder(join(dataDir, 'reports')),
    fileWorkerPath,
  });
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const model = sampleReportModel('en');
const comparison = sampleComparisonModel('en');
const pdfBase64 = (await simplePdf()).toString('base64');
const pack = samplePack(builtInQuestionnaire, SAMPLE_PROFILE, 'en');

/** For every channel: inputs the contract accepts and inputs it must refuse. */
const cases: { [C in ChannelName]: { valid: unknown[]; invalid: unknown[] } } = {
  'identities:list': { valid: [{}], invalid: [undefined, { all: true }] },
  'identities:generate': {
    valid: [{ name: 'Alex Example', organisation: 'Buyer AG', email: 'alex@example.com', passphrase: 'long enough passphrase' }],
    invalid: [
      {},
      { name: '', passphrase: 'x' },
      { name: 'A', passphrase: '' },
      { name: 'A', email: 'not-an-email', passphrase: 'long enough passphrase' },
      { name: 'A', passphrase: 'p', extra: 1 },
    ],
  },
  'identities:import': {
    valid: [{ fileName: 'junk.p12', data: Buffer.from('not a p12').toString('base64'), passphrase: 'x' }],
    invalid: [
      { fileName: 'a.p12', data: '!!not base64!!', passphrase: 'x' },
      { fileName: 'a.p12', data: 'A'.repeat(2_000_000), passphrase: 'x' },
      { data: '', passphrase: 'x' },
    ],
  },
  'reports:export': {
    valid: [{ model, assessmentJson: '{"format":"assay-assessment"}', fileName: 'Genesys Cloud.pdf' }],
    invalid: [
      { model: { ...model, schemaVersion: 2 }, assessmentJson: '{}', fileName: 'a.pdf' },
      { model, assessmentJson: '{}', fileName: '../../etc/passwd.pdf' },
      { model, assessmentJson: '{}', fileName: 'report.exe' },
      { model, assessmentJson: '{}', fileName: 'a.pdf', identityId: '../x' },
    ],
  },
  'compare:export': {
    valid: [
      { model: comparison, format: 'xlsx', fileName: 'Vendor comparison.xlsx' },
      { model: comparison, format: 'pdf', fileName: 'Vendor comparison.pdf' },
    ],
    invalid: [
      { model: comparison, format: 'pdf', fileName: 'Vendor comparison.xlsx' },
      { model: comparison, format: 'xlsx', fileName: 'a.xlsx', identityId: 'a'.repeat(24) },
      { model: comparison, format: 'csv', fileName: 'a.csv' },
      { model: { ...comparison, vendors: comparison.vendors.slice(0, 1) }, format: 'xlsx', fileName: 'a.xlsx' },
      { model: { ...comparison, vendors: [...comparison.vendors].reverse() }, format: 'xlsx', fileName: 'a.xlsx' },
      { model: comparison, format: 'pdf', fileName: '../up.pdf' },
    ],
  },
  'reports:verify': {
    valid: [{ fileName: 'report.pdf', data: pdfBase64 }],
    invalid: [{ fileName: 'report.pdf' }, { fileName: 'r.pdf', data: 42 }, { fileName: 'r.pdf', data: 'a b c' }],
  },
  'spreadsheets:read': {
    valid: [{ fileName: 'answers.xlsx', data: Buffer.from('not a workbook').toString('base64') }],
    invalid: [{ fileName: 'answers.xlsx' }, { fileName: 'a.xlsx', data: 'a b c' }, { fileName: 'a.xlsx', data: 'A'.repeat(14_000_000) }],
  },
  'responsePacks:export': {
    valid: [
      { pack, format: 'xlsx', fileName: 'Vendor questions.xlsx' },
      { pack, format: 'html', fileName: 'Vendor questions.html' },
    ],
    invalid: [
      { pack, format: 'xlsx', fileName: 'Vendor questions.pdf' },
      { pack, format: 'html', fileName: 'Vendor questions.xlsx' },
      { pack, format: 'xlsx', fileName: '../up.xlsx' },
      { pack: { ...pack, questions: [] }, format: 'xlsx', fileName: 'a.xlsx' },
      { pack: { ...pack, facts: { ...pack.facts, formatVersion: 2 } }, format: 'xlsx', fileName: 'a.xlsx' },
    ],
  },
  'questionnaires:exportXlsx': {
    valid: [{ model: { title: 'Mini 1.0.0', created: '2026-12-01T09:00:00.000Z', sheets: questionnaireSheets(mini) }, fileName: 'mini-1.0.0.xlsx' }],
    invalid: [
      { model: { title: 'Mini', created: '2026-12-01T09:00:00.000Z', sheets: [] }, fileName: 'a.xlsx' },
      { model: { title: 'Mini', created: 'yesterday', sheets: questionnaireSheets(mini) }, fileName: 'a.xlsx' },
      { model: { title: 'Mini', created: '2026-12-01T09:00:00.000Z', sheets: [{ name: 'A', rows: [[{ formula: 'A1' }]] }] }, fileName: 'a.xlsx' },
      { model: { title: 'Mini', created: '2026-12-01T09:00:00.000Z', sheets: questionnaireSheets(mini) }, fileName: '../a.xlsx' },
    ],
  },
  'blobs:has': { valid: [{ sha256s: [] }, { sha256s: [DIGEST] }], invalid: [{}, { sha256s: ['abc'] }, { sha256s: [DIGEST.toUpperCase()] }] },
  'blobs:begin': { valid: [{ size: 0 }, { size: 1000 }], invalid: [{ size: -1 }, { size: 1.5 }, { size: 17 * 1024 ** 3 }] },
  'blobs:append': {
    // An unknown upload is a refusal, not a failure.
    valid: [{ uploadId: 'a'.repeat(24), offset: 0, data: 'AAAA' }],
    invalid: [
      { uploadId: 'x', offset: 0, data: 'AAAA' },
      { uploadId: 'a'.repeat(24), offset: -1, data: '' },
      { uploadId: 'a'.repeat(24), offset: 0, data: 'A'.repeat(6_000_000) },
    ],
  },
  'blobs:finish': { valid: [{ uploadId: 'b'.repeat(24) }], invalid: [{}, { uploadId: '../x' }] },
  'blobs:discard': { valid: [{ uploadId: 'b'.repeat(24) }], invalid: [{ uploadId: 1 }] },
  'blobs:read': {
    valid: [{ sha256: DIGEST, offset: 0, length: 10 }],
    invalid: [
      { sha256: '../../etc/passwd', offset: 0, length: 10 },
      { sha256: DIGEST, offset: 0, length: 0 },
      { sha256: DIGEST, offset: 0, length: 5_000_000 },
    ],
  },
  'blobs:release': { valid: [{ sha256s: [DIGEST] }], invalid: [{ sha256s: ['..'] }] },
  'bundles:save': {
    valid: [{ kind: 'assessments', fileName: 'ACME.assay', creator: 'Alex', files: [{ path: 'assessments.json', sha256: DIGEST }] }],
    invalid: [
      { kind: 'assessments', fileName: 'ACME.zip', creator: '', files: [{ path: 'a', sha256: DIGEST }] },
      { kind: 'assessments', fileName: '../ACME.assay', creator: '', files: [{ path: 'a', sha256: DIGEST }] },
      { kind: 'everything', fileName: 'ACME.assay', creator: '', files: [{ path: 'a', sha256: DIGEST }] },
      { kind: 'assessments', fileName: 'ACME.assay', creator: '', files: [] },
      { kind: 'assessments', fileName: 'ACME.assay', creator: '', place: 'backups', files: [{ path: 'a', sha256: DIGEST }] },
      { kind: 'assessments', fileName: 'ACME.assay', creator: '', includeIdentities: true, files: [{ path: 'a', sha256: DIGEST }] },
      { kind: 'backup', fileName: 'Auto.assay', creator: '', place: 'backups', includeIdentities: true, files: [{ path: 'a', sha256: DIGEST }] },
    ],
  },
  'bundles:open': { valid: [{ sha256: DIGEST, kind: 'backup' }], invalid: [{ sha256: 'C:/bundle.assay', kind: 'backup' }, { sha256: DIGEST }, {}] },
  'backups:list': { valid: [{}], invalid: [{ folder: '/etc' }] },
  'database:marker': { valid: [{}], invalid: [{ path: '/etc' }] },
  'database:setMarker': {
    valid: [{ id: '0123456789abcdef0123456789abcdef' }],
    invalid: [{ id: '../database' }, { id: '0123456789ABCDEF0123456789ABCDEF' }, { id: '0123456789abcdef0123456789abcdef', path: '/tmp' }, {}],
  },
  'backups:folder': { valid: [{}], invalid: [{ folder: '/etc' }] },
  'backups:chooseFolder': { valid: [{}], invalid: [{ folder: '/etc' }] },
  'backups:resetFolder': { valid: [{}], invalid: [{ folder: '/etc' }] },
  'backups:restoreIdentities': { valid: [{ sha256s: [] }], invalid: [{ sha256s: ['../identities/x.json'] }, {}] },
  'backups:stage': {
    // A backup that is not there is a refusal.
    valid: [{ name: 'Assay backup 2026-12-07.assay' }],
    invalid: [{ name: '../../secrets.assay' }, { name: 'C:\\backup.assay' }, { name: 'backup.zip' }],
  },
  'app:info': {
    valid: [{}],
    invalid: [undefined, null, 'x', 42, [], { extra: true }],
  },
  'diagnostics:log': {
    valid: [
      { level: 'error', message: 'Boom' },
      { level: 'info', message: 'Started', context: { view: 'vendors' } },
    ],
    invalid: [
      undefined,
      {},
      { level: 'fatal', message: 'x' },
      { level: 'info', message: '   ' },
      { level: 'info', message: 'x'.repeat(4001) },
      { level: 'info', message: 'x', context: { n: 1 } },
      { level: 'info', message: 'x', path: '/etc/passwd' },
    ],
  },
};

describe('IPC contract', () => {
  it('has test cases for exactly the channels it declares', () => {
    expect(Object.keys(cases).sort()).toEqual([...channelNames].sort());
  });

  for (const channel of channelNames) {
    describe(channel, () => {
      for (const input of cases[channel].valid) {
        it(`accepts ${JSON.stringify(input).slice(0, 80)}`, async () => {
          const result = await dispatch(handlers, channel, input);
          expect(result.ok).toBe(true);
          if (result.ok) expect(contract[channel].output.safeParse(result.value).success).toBe(true);
          // An export lays out and writes a whole PDF: seconds on a busy machine, not a hang.
        }, 30_000);
      }
      for (const input of cases[channel].invalid) {
        it(`refuses ${JSON.stringify(input)?.slice(0, 60)} with invalid_input`, async () => {
          const result = await dispatch(handlers, channel, input);
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.error.code).toBe('invalid_input');
            expect(result.error.issues?.length).toBeGreaterThan(0);
          }
        });
      }
    });
  }

  it('refuses channels outside the contract', async () => {
    for (const name of ['fs:read', '__proto__', 'toString', 42, null]) {
      const result = await dispatch(handlers, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('turns a throwing handler into handler_failed, and reports it', async () => {
    const reported: string[] = [];
    const failing = { ...handlers, 'app:info': () => Promise.reject(new Error('disk on fire')) };
    const result = await dispatch(failing, 'app:info', {}, (channel) => reported.push(channel));
    expect(result).toEqual({ ok: false, error: { code: 'handler_failed', message: 'failed' } });
    expect(reported).toEqual(['app:info']);
  });

  it('tells the page what kind of failure it was, never the error’s text or the paths in it', async () => {
    const systemError = (code: string) =>
      Object.assign(new Error(`${code}: open '/home/alex/.config/Assay/identities/0123456789abcdef01234567.json'`), { code });
    const kinds = { ENOSPC: 'disk_full', EACCES: 'no_permission', EROFS: 'read_only', ENOENT: 'not_found', EIO: 'failed' };
    for (const [code, kind] of Object.entries(kinds)) {
      const failing = { ...handlers, 'app:info': () => Promise.reject(systemError(code)) };
      const result = await dispatch(failing, 'app:info', {});
      expect(result, code).toEqual({ ok: false, error: { code: 'handler_failed', message: kind } });
      expect(JSON.stringify(result)).not.toContain('/home/');
    }
  });

  it('refuses output that breaks the contract', async () => {
    const broken = { ...handlers, 'app:info': () => ({ name: 'Assay' }) } as unknown as HandlerTable;
    const result = await dispatch(broken, 'app:info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_output' } });
  });

  it('app:info reports what the host passed in', async () => {
    const result = await dispatch(handlers, 'app:info', {});
    expect(result).toEqual({
      ok: true,
      value: { name: 'Assay', version: '1.2.3', locale: 'de-AT', platform: 'linux', dataDir, launcher: 'chromium' },
    });
  });

  it('diagnostics:log appends JSON lines to the log file in the data folder', async () => {
    await dispatch(handlers, 'diagnostics:log', { level: 'warn', message: 'first' });
    await dispatch(handlers, 'diagnostics:log', { level: 'error', message: 'second', context: { view: 'settings' } });
    const lines = (await readFile(join(dataDir, 'logs', 'assay.log'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { at: NOW.toISOString(), level: 'warn', message: 'first' },
      { at: NOW.toISOString(), level: 'error', message: 'second', context: { view: 'settings' } },
    ]);
  });
});

describe('contract client', () => {
  it('has one function per channel and nothing else', () => {
    const client = createClient(async () => ({ ok: true, value: null }));
    expect(Object.keys(client).sort()).toEqual([...channelNames].sort());
    expect(Object.isFrozen(client)).toBe(true);
  });

  it('sends through the transport and passes results back', async () => {
    const sent: unknown[] = [];
    const client = createClient(async (channel, input) => {
      sent.push([channel, input]);
      return dispatch(handlers, channel, input);
    });
    const result = await client['app:info']({});
    expect(sent).toEqual([['app:info', {}]]);
    expect(result.ok && result.value.version).toBe('1.2.3');
  });

  it('turns a malformed reply into an invalid_output error', async () => {
    const client = createClient(async () => 'not an envelope');
    await expect(client['app:info']({})).resolves.toMatchObject({ ok: false, error: { code: 'invalid_output' } });
  });
});

describe('base64 chunks', () => {
  it('are the alphabet with at most two padding characters at the end', () => {
    for (const good of ['', 'QUJD', 'QUI=', 'QQ==', 'a+/9']) expect(isBase64(good), good).toBe(true);
    for (const bad of ['a b', 'QQ=A', 'QQ===', '=QQ', 'Q\n', 'QQ-_', 'ÄÖ==']) expect(isBase64(bad), bad).toBe(false);
  });
});
