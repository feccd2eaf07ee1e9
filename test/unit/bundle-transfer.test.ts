import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch, type HandlerTable } from '../../electron/services/ipc-dispatch';
import { saveIntoFolder } from '../../electron/services/save-path';
import { writeBundle } from '../../electron/services/bundles/write-bundle';
import { ASSESSMENTS_DOCUMENT, evidencePath } from '@shared/bundle/assessments';
import { MAX_CHUNK_BYTES, type ChannelName, type InputOf, type OutputOf } from '@shared/ipc/contract';
import { fontsDir } from '../support/pdf-tools';
import { bundleFileWorker } from '../support/file-worker';
import { bundleDocument, bundledAssessment, sha256 } from '../support/bundle-document';
import { buildZip } from '../support/zip-builder';

const fileWorkerPath = await bundleFileWorker();
let dataDir: string;
let handlers: HandlerTable;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'assay-transfer-'));
  handlers = createHandlers({
    dataDir,
    now: () => new Date('2026-12-02T08:00:00Z'),
    appVersion: '1.2.3',
    locale: 'en-GB',
    platform: 'linux',
    launcher: 'chromium',
    fontsDir,
    chooseSavePath: saveIntoFolder(join(dataDir, 'saved')),
    fileWorkerPath,
  });
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await dispatch(handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as OutputOf<C>;
}

/** Sends bytes to the store as the renderer does: in chunks, then finished. */
async function send(data: Buffer, chunk = MAX_CHUNK_BYTES): Promise<string> {
  const begun = await call('blobs:begin', { size: data.length });
  if ('refused' in begun) throw new Error(begun.refused);
  for (let offset = 0; offset < data.length; offset += chunk) {
    const appended = await call('blobs:append', { uploadId: begun.uploadId, offset, data: data.subarray(offset, offset + chunk).toString('base64') });
    if ('refused' in appended) throw new Error(appended.refused);
  }
  const finished = await call('blobs:finish', { uploadId: begun.uploadId });
  if ('refused' in finished) throw new Error(finished.refused);
  return finished.sha256;
}

async function receive(digest: string, size: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let offset = 0; offset < size;) {
    const read = await call('blobs:read', { sha256: digest, offset, length: Math.min(MAX_CHUNK_BYTES, size - offset) });
    if ('refused' in read) throw new Error(read.refused);
    const bytes = Buffer.from(read.data, 'base64');
    parts.push(bytes);
    offset += bytes.length;
  }
  return Buffer.concat(parts);
}

const storeFiles = async () => (await readdir(join(dataDir, 'transfer'))).filter((name) => name !== 'incoming').sort();

describe('files between the renderer and the store', () => {
  it('arrive in chunks and are kept under the SHA-256 the store computed', async () => {
    const data = randomBytes(MAX_CHUNK_BYTES * 2 + 123);
    const digest = await send(data);
    expect(digest).toBe(sha256(data));
    await expect(call('blobs:has', { sha256s: [digest, 'f'.repeat(64)] })).resolves.toEqual({ present: [digest] });
    expect((await receive(digest, data.length)).equals(data)).toBe(true);
    await call('blobs:release', { sha256s: [digest] });
    await expect(call('blobs:has', { sha256s: [digest] })).resolves.toEqual({ present: [] });
  });

  it('refuse a chunk out of order, past the announced size, or an upload finished early, and leave nothing behind', async () => {
    const begun = await call('blobs:begin', { size: 10 });
    if ('refused' in begun) throw new Error(begun.refused);
    await expect(call('blobs:append', { uploadId: begun.uploadId, offset: 4, data: 'AAAA' })).resolves.toMatchObject({ refused: 'wrongOffset' });
    // The upload ended with the refusal.
    await expect(call('blobs:append', { uploadId: begun.uploadId, offset: 0, data: 'AAAA' })).resolves.toMatchObject({ refused: 'unknownUpload' });

    const second = await call('blobs:begin', { size: 2 });
    if ('refused' in second) throw new Error(second.refused);
    await expect(call('blobs:append', { uploadId: second.uploadId, offset: 0, data: Buffer.from('abc').toString('base64') })).resolves.toMatchObject({
      refused: 'tooLarge',
    });

    const third = await call('blobs:begin', { size: 5 });
    if ('refused' in third) throw new Error(third.refused);
    await call('blobs:append', { uploadId: third.uploadId, offset: 0, data: Buffer.from('ab').toString('base64') });
    await expect(call('blobs:finish', { uploadId: third.uploadId })).resolves.toMatchObject({ refused: 'incomplete' });

    await expect(readdir(join(dataDir, 'transfer', 'incoming'))).resolves.toEqual([]);
    expect(await storeFiles()).toEqual([]);
  });

  it('are never read outside the store: a name must be a digest, and one not stored is a refusal', async () => {
    await expect(dispatch(handlers, 'blobs:read', { sha256: '../../secrets', offset: 0, length: 10 })).resolves.toMatchObject({ ok: false });
    await expect(call('blobs:read', { sha256: 'a'.repeat(64), offset: 0, length: 10 })).resolves.toMatchObject({ refused: 'notFound' });
  });
});

describe('an assessment bundle', () => {
  it('is written from stored files and opens again with every file checked and in the store', async () => {
    const pdf = randomBytes(MAX_CHUNK_BYTES + 5000);
    const document = Buffer.from(JSON.stringify(bundleDocument([bundledAssessment('a-1', [{ fileName: 'soc2.pdf', data: pdf }])])));
    const documentDigest = await send(document);
    const pdfDigest = await send(pdf, 1_000_000);
    const saved = await call('bundles:save', {
      kind: 'assessments',
      fileName: 'Talkdesk.assay',
      creator: 'Alex Example',
      files: [
        { path: ASSESSMENTS_DOCUMENT, sha256: documentDigest },
        { path: evidencePath(pdfDigest), sha256: pdfDigest },
      ],
    });
    expect(saved).toMatchObject({ path: join(dataDir, 'saved', 'Talkdesk.assay'), signed: false });

    // On another machine: a store that holds nothing yet.
    await call('blobs:release', { sha256s: [documentDigest, pdfDigest] });
    const bundle = await readFile(join(dataDir, 'saved', 'Talkdesk.assay'));
    const opened = await call('bundles:open', { sha256: await send(bundle), kind: 'assessments' });
    expect(opened).toEqual({
      ok: true,
      kind: 'assessments',
      appVersion: '1.2.3',
      creator: 'Alex Example',
      createdAt: '2026-12-02T08:00:00.000Z',
      document: { path: ASSESSMENTS_DOCUMENT, sha256: documentDigest, size: document.length },
      files: [{ path: evidencePath(pdfDigest), sha256: pdfDigest, size: pdf.length }],
    });
    expect((await receive(pdfDigest, pdf.length)).equals(pdf)).toBe(true);
  });

  it('is not written when a file it should hold is not in the store', async () => {
    await expect(
      call('bundles:save', { kind: 'assessments', fileName: 'x.assay', creator: '', files: [{ path: ASSESSMENTS_DOCUMENT, sha256: 'c'.repeat(64) }] }),
    ).resolves.toMatchObject({ refused: 'fileMissing' });
    await expect(readdir(join(dataDir, 'saved'))).rejects.toThrow();
  });
});

describe('a hostile or broken bundle', () => {
  const pdf = randomBytes(20_000);
  const good = bundleDocument([bundledAssessment('a-1', [{ fileName: 'soc2.pdf', data: pdf }])]);

  /** Writes a bundle of these files as Assay would (a correct manifest), opens it, and says what the store holds after. */
  async function open(files: { path: string; data: Buffer }[], kind: 'assessments' | 'backup' = 'assessments') {
    const path = join(dataDir, `bundle-${randomBytes(4).toString('hex')}.assay`);
    await writeBundle(path, { kind, appVersion: '9.9.9', creator: 'Mallory', createdAt: '2026-12-01T09:00:00.000Z' }, files);
    const bundle = await readFile(path);
    const digest = await send(bundle);
    const opened = await call('bundles:open', { sha256: digest, kind: 'assessments' });
    await call('blobs:release', { sha256s: [digest] });
    return { opened, store: await storeFiles() };
  }
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  const withDocument = (document: unknown, extra: { path: string; data: Buffer }[] = [{ path: evidencePath(sha256(pdf)), data: pdf }]) => [
    { path: ASSESSMENTS_DOCUMENT, data: json(document) },
    ...extra,
  ];

  it('opens when it is as Assay writes it', async () => {
    const { opened } = await open(withDocument(good));
    expect(opened).toMatchObject({ ok: true });
  });

  it.each([
    [
      'wrong JSON types',
      { ...good, assessments: [{ ...good.assessments[0], content: { ...good.assessments[0]!.content, answers: 'all yes' } }] },
      'documentInvalid',
    ],
    ['huge strings', { ...good, vendors: [{ ...good.vendors[0], name: 'x'.repeat(1_000_000) }] }, 'documentInvalid'],
    ['a duplicated id', { ...good, assessments: [good.assessments[0], good.assessments[0]] }, 'documentInvalid'],
    ['a newer document version', { ...good, schemaVersion: 2 }, 'newerDocument'],
  ])('is refused for %s, and the store keeps nothing of it', async (_name, document, problem) => {
    const { opened, store } = await open(withDocument(document));
    expect(opened).toMatchObject({ ok: false, refusal: { problem } });
    expect(store).toEqual([]);
  });

  it('is refused when its document is no JSON, missing, or the bundle is a backup', async () => {
    await expect(open([{ path: ASSESSMENTS_DOCUMENT, data: Buffer.from('{"format":') }])).resolves.toMatchObject({
      opened: { refusal: { problem: 'documentNotJson' } },
      store: [],
    });
    await expect(open([{ path: 'other.json', data: json(good) }])).resolves.toMatchObject({ opened: { refusal: { problem: 'noDocument' } }, store: [] });
    await expect(open(withDocument(good), 'backup')).resolves.toMatchObject({ opened: { refusal: { problem: 'wrongKind' } }, store: [] });
  });

  it('is refused when an evidence file it names is missing or another file rides along', async () => {
    await expect(open(withDocument(good, []))).resolves.toMatchObject({ opened: { refusal: { problem: 'evidenceMissing', name: 'soc2.pdf' } }, store: [] });
    const extra = [
      { path: evidencePath(sha256(pdf)), data: pdf },
      { path: 'payload.exe', data: Buffer.from('MZ') },
    ];
    await expect(open(withDocument(good, extra))).resolves.toMatchObject({
      opened: { refusal: { problem: 'unexpectedFile', name: 'payload.exe' } },
      store: [],
    });
  });

  it('is refused when the file under an evidence name holds other bytes of the same size', async () => {
    const other = randomBytes(pdf.length);
    await expect(open(withDocument(good, [{ path: evidencePath(sha256(pdf)), data: other }]))).resolves.toMatchObject({
      opened: { refusal: { problem: 'evidenceMissing', name: 'soc2.pdf' } },
      store: [],
    });
  });

  it('is refused when a file was changed after the manifest was written, naming the file', async () => {
    const manifest = {
      format: 'assay-bundle',
      formatVersion: 1,
      kind: 'assessments',
      appVersion: '9.9.9',
      creator: 'Mallory',
      createdAt: '2026-12-01T09:00:00.000Z',
      files: [
        { path: ASSESSMENTS_DOCUMENT, sha256: sha256(json(good)), size: json(good).length },
        { path: evidencePath(sha256(pdf)), sha256: sha256(pdf), size: pdf.length },
      ],
    };
    const changed = Buffer.from(pdf);
    changed[100] = changed[100]! ^ 0xff;
    const zip = buildZip([
      { name: ASSESSMENTS_DOCUMENT, data: json(good) },
      { name: evidencePath(sha256(pdf)), data: changed },
      { name: 'manifest.json', data: json(manifest) },
    ]);
    const digest = await send(zip);
    await expect(call('bundles:open', { sha256: digest, kind: 'assessments' })).resolves.toMatchObject({
      ok: false,
      refusal: { problem: 'hashDiffers', name: evidencePath(sha256(pdf)) },
    });
    await call('blobs:release', { sha256s: [digest] });
    expect(await storeFiles()).toEqual([]);
  });

  it('is refused as an archive when it is empty or truncated', async () => {
    const empty = await send(Buffer.alloc(0));
    await expect(call('bundles:open', { sha256: empty, kind: 'assessments' })).resolves.toMatchObject({ ok: false, refusal: { problem: 'empty' } });
    const path = join(dataDir, 'whole.assay');
    await writeBundle(path, { kind: 'assessments', appVersion: '1', creator: '', createdAt: '2026-12-01T09:00:00.000Z' }, withDocument(good));
    const whole = await readFile(path);
    const truncated = await send(whole.subarray(0, whole.length - 40));
    await expect(call('bundles:open', { sha256: truncated, kind: 'assessments' })).resolves.toMatchObject({ ok: false, refusal: { problem: 'damaged' } });
  });
});

describe('a signed bundle', () => {
  const pdf = randomBytes(30_000);
  const document = Buffer.from(JSON.stringify(bundleDocument([bundledAssessment('a-1', [{ fileName: 'soc2.pdf', data: pdf }])])));
  const passphrase = 'correct horse battery';

  async function identity(name = 'Robin Sender') {
    const made = await call('identities:generate', { name, organisation: 'Buyer AG', passphrase });
    if ('refused' in made) throw new Error(made.refused);
    return made;
  }
  const saveSigned = async (identityId: string, secret = passphrase) =>
    call('bundles:save', {
      kind: 'assessments',
      fileName: 'signed.assay',
      creator: 'Robin Sender',
      identityId,
      passphrase: secret,
      files: [
        { path: ASSESSMENTS_DOCUMENT, sha256: await send(document) },
        { path: evidencePath(sha256(pdf)), sha256: await send(pdf) },
      ],
    });

  it('carries a detached CMS signature over its manifest that OpenSSL verifies, and opens naming its signer', async () => {
    const signer = await identity();
    const saved = await saveSigned(signer.id);
    expect(saved).toMatchObject({ signed: true });
    const path = (saved as { path: string }).path;

    // OpenSSL, independently: the signature is over the manifest's exact bytes.
    const dir = join(dataDir, 'unpacked');
    execFileSync('unzip', ['-q', path, '-d', dir]);
    execFileSync(
      'openssl',
      [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        join(dir, 'manifest.p7s'),
        '-content',
        join(dir, 'manifest.json'),
        '-noverify',
        '-out',
        '/dev/null',
      ],
      { stdio: 'pipe' },
    );

    const opened = await call('bundles:open', { sha256: await send(await readFile(path)), kind: 'assessments' });
    expect(opened).toMatchObject({ ok: true, signature: { name: 'Robin Sender', organisation: 'Buyer AG', fingerprint: signer.fingerprint, trusted: true } });
  });

  it('is not written with a wrong passphrase, and names a signer who is not an identity here as untrusted', async () => {
    const signer = await identity();
    await expect(saveSigned(signer.id, 'not the passphrase')).resolves.toMatchObject({ refused: 'wrong_passphrase' });
    await expect(readdir(join(dataDir, 'saved'))).rejects.toThrow();

    const path = (await saveSigned(signer.id)) as { path: string };
    const bundle = await readFile(path.path);
    // Another machine: the signer's identity is not there.
    await rm(join(dataDir, 'identities'), { recursive: true, force: true });
    const opened = await call('bundles:open', { sha256: await send(bundle), kind: 'assessments' });
    expect(opened).toMatchObject({ ok: true, signature: { name: 'Robin Sender', trusted: false } });
  });

  it('is refused when its manifest was changed after signing, or a file was changed with or without its manifest line', async () => {
    const signer = await identity();
    const path = ((await saveSigned(signer.id)) as { path: string }).path;
    const dir = join(dataDir, 'parts');
    execFileSync('unzip', ['-q', path, '-d', dir]);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { files: { path: string; sha256: string; size: number }[] };
    const signature = await readFile(join(dir, 'manifest.p7s'));
    const changed = Buffer.from(pdf);
    changed[7] = changed[7]! ^ 0x01;
    const evidenceName = evidencePath(sha256(pdf));
    const rebuild = (files: { name: string; data: Buffer }[], manifestValue: unknown) =>
      buildZip([...files, { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifestValue, null, 2)) }, { name: 'manifest.p7s', data: signature }]);
    const open = async (zip: Buffer) => call('bundles:open', { sha256: await send(zip), kind: 'assessments' });

    // The file changed, its manifest line left: the hash says so.
    await expect(
      open(
        rebuild(
          [
            { name: ASSESSMENTS_DOCUMENT, data: document },
            { name: evidenceName, data: changed },
          ],
          manifest,
        ),
      ),
    ).resolves.toMatchObject({
      ok: false,
      refusal: { problem: 'hashDiffers', name: evidenceName },
    });
    // The file changed and its line with it: the signature no longer holds.
    const forged = { ...manifest, files: manifest.files.map((file) => (file.path === evidenceName ? { ...file, sha256: sha256(changed) } : file)) };
    await expect(
      open(
        rebuild(
          [
            { name: ASSESSMENTS_DOCUMENT, data: document },
            { name: evidenceName, data: changed },
          ],
          forged,
        ),
      ),
    ).resolves.toMatchObject({
      ok: false,
      refusal: { problem: 'signatureInvalid' },
    });
    // A manifest that lists the signature itself is not one Assay wrote.
    const listing = { ...manifest, files: [...manifest.files, { path: 'manifest.p7s', sha256: sha256(signature), size: signature.length }] };
    await expect(
      open(
        rebuild(
          [
            { name: ASSESSMENTS_DOCUMENT, data: document },
            { name: evidenceName, data: pdf },
          ],
          listing,
        ),
      ),
    ).resolves.toMatchObject({
      ok: false,
      refusal: { problem: 'manifestInvalid', name: 'manifest.p7s' },
    });
  });
});

describe('a backup with the signing identities', () => {
  const document = Buffer.from(
    JSON.stringify({
      format: 'assay-backup',
      schemaVersion: 1,
      databaseVersion: 4,
      exportedAt: '2026-12-01T09:00:00.000Z',
      tables: { vendors: [], assessments: [], answers: [], evidence: [], settings: [] },
    }),
  );
  const passphrase = 'correct horse battery';

  it('holds their keys only encrypted, only when asked, and puts them back on another machine where they sign again', async () => {
    const made = await call('identities:generate', { name: 'Robin Sender', passphrase });
    if ('refused' in made) throw new Error(made.refused);
    const save = async (includeIdentities: boolean) =>
      (await call('bundles:save', {
        kind: 'backup',
        fileName: 'Backup.assay',
        creator: 'Assay',
        includeIdentities,
        files: [{ path: 'backup.json', sha256: await send(document) }],
      })) as { path: string };

    const without = await readFile((await save(false)).path);
    const openedWithout = await call('bundles:open', { sha256: await send(without), kind: 'backup' });
    expect(openedWithout).toMatchObject({ ok: true, files: [] });

    const withKeys = await readFile((await save(true)).path);
    const opened = await call('bundles:open', { sha256: await send(withKeys), kind: 'backup' });
    if ('refused' in opened || !opened.ok) throw new Error('refused');
    expect(opened.files.map((f) => f.path)).toEqual([`identities/${made.id}.json`]);
    const stored = await receive(opened.files[0]!.sha256, opened.files[0]!.size);
    expect(JSON.parse(stored.toString())).toMatchObject({ wrappedKey: { format: 'assay-key-1' } });
    expect(stored.toString()).not.toMatch(/BEGIN (RSA |EC )?PRIVATE KEY/);

    // Another machine: no identities yet.
    await rm(join(dataDir, 'identities'), { recursive: true, force: true });
    await expect(call('backups:restoreIdentities', { sha256s: [opened.files[0]!.sha256] })).resolves.toEqual({ added: 1 });
    await expect(call('backups:restoreIdentities', { sha256s: [opened.files[0]!.sha256] })).resolves.toEqual({ added: 0 });
    await expect(call('identities:list', {})).resolves.toEqual([expect.objectContaining({ id: made.id, fingerprint: made.fingerprint })]);
    const signed = await call('bundles:save', {
      kind: 'assessments',
      fileName: 'signed.assay',
      creator: '',
      identityId: made.id,
      passphrase,
      files: [{ path: ASSESSMENTS_DOCUMENT, sha256: await send(Buffer.from(JSON.stringify(bundleDocument([bundledAssessment('a-1')])))) }],
    });
    expect(signed).toMatchObject({ signed: true });
  });

  it('is refused when an identity file in it holds a plain private key or a certificate that is not the one it names', async () => {
    const made = await call('identities:generate', { name: 'Robin Sender', passphrase });
    if ('refused' in made) throw new Error(made.refused);
    const file = JSON.parse(await readFile(join(dataDir, 'identities', `${made.id}.json`), 'utf8')) as Record<string, unknown>;
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const attacks = {
      plainKey: { ...file, encryptedKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string },
      plainKeyAlone: { ...file, wrappedKey: undefined, encryptedKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string },
      otherFingerprint: { ...file, fingerprint: 'AA:BB' },
    };
    for (const [name, identity] of Object.entries(attacks)) {
      const path = join(dataDir, `${name}.assay`);
      await writeBundle(path, { kind: 'backup', appVersion: '1', creator: '', createdAt: '2026-12-01T09:00:00.000Z' }, [
        { path: 'backup.json', data: document },
        { path: `identities/${made.id}.json`, data: Buffer.from(JSON.stringify(identity)) },
      ]);
      const opened = await call('bundles:open', { sha256: await send(await readFile(path)), kind: 'backup' });
      expect(opened, name).toMatchObject({ ok: false, refusal: { problem: 'documentInvalid', name: `identities/${made.id}.json` } });
    }
  });
});

describe('the backups folder', () => {
  it('is the data folder’s until the user chooses another in the folder dialog, where backups then go and are listed', async () => {
    const chosen = join(dataDir, 'elsewhere', 'Assay backups');
    const withDialog = createHandlers({
      dataDir,
      now: () => new Date('2026-12-02T08:00:00Z'),
      appVersion: '1.2.3',
      locale: 'en-GB',
      platform: 'linux',
      launcher: 'electron',
      fontsDir,
      chooseSavePath: saveIntoFolder(join(dataDir, 'saved')),
      fileWorkerPath,
      chooseFolder: async () => chosen,
    });
    const ask = async <C extends ChannelName>(channel: C, input: InputOf<C>) => {
      const result = await dispatch(withDialog, channel, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as OutputOf<C>;
    };
    await expect(call('backups:folder', {})).resolves.toEqual({ folder: join(dataDir, 'backups'), isDefault: true, canChoose: false });
    await expect(call('backups:chooseFolder', {})).resolves.toEqual({ cancelled: true });

    await expect(ask('backups:chooseFolder', {})).resolves.toEqual({ folder: chosen, isDefault: false });
    await expect(ask('backups:folder', {})).resolves.toEqual({ folder: chosen, isDefault: false, canChoose: true });
    const document = JSON.stringify({
      format: 'assay-backup',
      schemaVersion: 1,
      databaseVersion: 4,
      exportedAt: '2026-12-01T09:00:00.000Z',
      tables: { vendors: [], assessments: [], answers: [], evidence: [], settings: [] },
    });
    const saved = await ask('bundles:save', {
      kind: 'backup',
      fileName: 'Assay automatic backup 2026-12-02 08-00-00.assay',
      creator: 'Assay',
      place: 'backups',
      files: [{ path: 'backup.json', sha256: await send(Buffer.from(document)) }],
    });
    expect(saved).toMatchObject({ path: join(chosen, 'Assay automatic backup 2026-12-02 08-00-00.assay') });
    await expect(ask('backups:list', {})).resolves.toEqual([expect.objectContaining({ name: 'Assay automatic backup 2026-12-02 08-00-00.assay' })]);

    await expect(ask('backups:resetFolder', {})).resolves.toEqual({ folder: join(dataDir, 'backups'), isDefault: true });
    await expect(ask('backups:list', {})).resolves.toEqual([]);
  });
});
