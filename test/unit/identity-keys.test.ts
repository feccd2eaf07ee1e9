import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/ipc-dispatch';
import { saveIntoFolder } from '../../electron/services/save-path';
import { createIdentityStore, IdentityError, parseIdentityFile, wrongPassphraseDelayMs } from '../../electron/services/signing/identities';
import { SCRYPT_COST } from '../../electron/services/signing/key-wrap';
import { bundleFileWorker } from '../support/file-worker';
import { fontsDir, run } from '../support/pdf-tools';

const PASSPHRASE = 'correct horse battery';
let dir: string;
let slept: number[];
const storeAt = () =>
  createIdentityStore({
    dataDir: join(dir, 'data'),
    now: () => new Date(),
    sleep: async (ms) => {
      slept.push(ms);
    },
  });
const identityFile = (id: string) => join(dir, 'data', 'identities', `${id}.json`);
const readIdentity = async (id: string) => JSON.parse(await readFile(identityFile(id), 'utf8')) as Record<string, unknown>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-keys-'));
  slept = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('private keys on disk', () => {
  it('are wrapped with AES-256-GCM under scrypt (N = 2^17), not PBKDF2 at 2,048 iterations, and only this user may read them', async () => {
    const store = storeAt();
    const made = await store.generate({ name: 'Alex Example', passphrase: PASSPHRASE, keyType: 'ec-p256' });
    const stored = await readIdentity(made.id);
    expect(stored.encryptedKeyPem).toBeUndefined();
    expect(stored.wrappedKey).toMatchObject({ format: 'assay-key-1', cipher: 'aes-256-gcm', kdf: { name: 'scrypt', r: 8, p: 1 } });
    expect((stored.wrappedKey as { kdf: { N: number } }).kdf.N).toBeGreaterThanOrEqual(2 ** 17);
    expect(JSON.stringify(stored)).not.toMatch(/PRIVATE KEY/);
    expect((await stat(join(dir, 'data', 'identities'))).mode & 0o777).toBe(0o700);
    expect((await stat(identityFile(made.id))).mode & 0o777).toBe(0o600);
    expect((await store.unlock(made.id, PASSPHRASE)).privateKeyPem).toContain('BEGIN PRIVATE KEY');
  });

  it('tighten a folder made open to others before', async () => {
    await mkdir(join(dir, 'data', 'identities'), { recursive: true });
    await chmod(join(dir, 'data', 'identities'), 0o755);
    await storeAt().generate({ name: 'Alex Example', passphrase: PASSPHRASE, keyType: 'ec-p256' });
    expect((await stat(join(dir, 'data', 'identities'))).mode & 0o777).toBe(0o700);
  });

  it('kept the old way (PKCS#8, PBKDF2 at 2,048 iterations) unlock once more and are then wrapped anew', async () => {
    const store = storeAt();
    const made = await store.generate({ name: 'Alex Example', passphrase: PASSPHRASE, keyType: 'ec-p256' });
    // The same identity as an earlier version wrote it: the key in an EncryptedPrivateKeyInfo.
    const key = (await store.unlock(made.id, PASSPHRASE)).privateKeyPem;
    const { wrappedKey: _w, ...rest } = await readIdentity(made.id);
    const { createPrivateKey } = await import('node:crypto');
    const legacyPem = createPrivateKey(key).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: PASSPHRASE }).toString();
    await writeFile(identityFile(made.id), JSON.stringify({ ...rest, encryptedKeyPem: legacyPem }));
    await writeFile(join(dir, 'legacy.pem'), legacyPem);
    // PBKDF2's iteration count in the old form: 2,048.
    expect(run('openssl', ['asn1parse', '-in', join(dir, 'legacy.pem')]).out).toMatch(/INTEGER\s+:0800/);

    await expect(store.unlock(made.id, 'not the passphrase')).rejects.toMatchObject({ code: 'wrong_passphrase' });
    expect((await readIdentity(made.id)).encryptedKeyPem).toBe(legacyPem);
    expect((await store.unlock(made.id, PASSPHRASE)).privateKeyPem).toBe(key);
    const rewrapped = await readIdentity(made.id);
    expect(rewrapped.encryptedKeyPem).toBeUndefined();
    expect(rewrapped.wrappedKey).toMatchObject({ format: 'assay-key-1', kdf: { N: SCRYPT_COST.N } });
    expect((await store.unlock(made.id, PASSPHRASE)).privateKeyPem).toBe(key);
    expect((await readdir(join(dir, 'data', 'identities'))).filter((name) => !name.endsWith('.json'))).toEqual([]);
  });

  it('are bound to their certificate: a wrapped key moved into another identity’s file does not unlock', async () => {
    const store = storeAt();
    const first = await store.generate({ name: 'Alex Example', passphrase: PASSPHRASE, keyType: 'ec-p256' });
    const second = await store.generate({ name: 'Robin Example', passphrase: PASSPHRASE, keyType: 'ec-p256' });
    const moved = { ...(await readIdentity(second.id)), wrappedKey: (await readIdentity(first.id)).wrappedKey };
    await writeFile(identityFile(second.id), JSON.stringify(moved));
    await expect(store.unlock(second.id, PASSPHRASE)).rejects.toMatchObject({ code: 'wrong_passphrase' });
  });

  it('are refused in a file that holds none, a plain one, both forms, or scrypt parameters that would exhaust memory', async () => {
    const store = storeAt();
    const made = await store.generate({ name: 'Alex Example', passphrase: PASSPHRASE, keyType: 'ec-p256' });
    const file = await readIdentity(made.id);
    const wrapped = file.wrappedKey as { kdf: Record<string, unknown> };
    const plain = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(parseIdentityFile(Buffer.from(JSON.stringify(file)))).toBeDefined();
    const crafted = {
      none: { ...file, wrappedKey: undefined },
      plain: { ...file, wrappedKey: undefined, encryptedKeyPem: plain },
      both: { ...file, encryptedKeyPem: '-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n' },
      hugeN: { ...file, wrappedKey: { ...wrapped, kdf: { ...wrapped.kdf, N: 2 ** 24 } } },
      weakN: { ...file, wrappedKey: { ...wrapped, kdf: { ...wrapped.kdf, N: 2 ** 10 } } },
      otherCipher: { ...file, wrappedKey: { ...wrapped, cipher: 'aes-128-cbc' } },
    };
    for (const [name, identity] of Object.entries(crafted)) expect(parseIdentityFile(Buffer.from(JSON.stringify(identity))), name).toBeUndefined();
    // A plain key riding along in a field of its own, or after the certificate, is left behind.
    const riding = parseIdentityFile(
      Buffer.from(
        JSON.stringify({ ...file, privateKeyPem: plain, certificatePem: `${file.certificatePem as string}${plain}`, wrappedKey: { ...wrapped, extra: plain } }),
      ),
    );
    expect(riding).toMatchObject({ id: made.id, wrappedKey: { format: 'assay-key-1' } });
    expect(JSON.stringify(riding)).not.toMatch(/BEGIN PRIVATE KEY/);
  });
});

describe('passphrases', () => {
  it('that a guesser finds early are refused in plain words, and nothing is written', async () => {
    const store = storeAt();
    for (const passphrase of ['password', 'aaaaaaaa', 'Passwort123', 'Sommer2024!', 'qwertzuiop', 'Alex Example 2026']) {
      const refused = await store.generate({ name: 'Alex Example', passphrase, keyType: 'ec-p256' }).catch((error: unknown) => error);
      expect(refused, passphrase).toBeInstanceOf(IdentityError);
      expect(refused, passphrase).toMatchObject({ code: 'weak_passphrase', message: 'The passphrase is too easy to guess.' });
    }
    await expect(store.generate({ name: 'X', passphrase: 'short', keyType: 'ec-p256' })).rejects.toMatchObject({ message: 'The passphrase is too short.' });
    await expect(store.list()).resolves.toEqual([]);
    for (const passphrase of [PASSPHRASE, 'Tr0ub4dor&3', 'Hafenkräne rosten im Nebel']) {
      await expect(store.generate({ name: 'Alex Example', passphrase, keyType: 'ec-p256' }), passphrase).resolves.toMatchObject({ name: 'Alex Example' });
    }
  });

  it('that are wrong make the next answer wait longer, one attempt at a time, until the right one', async () => {
    const store = storeAt();
    const made = await store.generate({ name: 'Alex Example', passphrase: PASSPHRASE, keyType: 'ec-p256' });
    // Tried all at once, as a script would: they still take turns, and each waits longer than the one before.
    const guesses = await Promise.allSettled(['guess one', 'guess two', 'guess three'].map((guess) => store.unlock(made.id, guess)));
    expect(guesses.map((guess) => guess.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(slept).toEqual([500, 1000, 2000]);
    await store.unlock(made.id, PASSPHRASE);
    await expect(store.unlock(made.id, 'guess four')).rejects.toMatchObject({ code: 'wrong_passphrase' });
    expect(slept).toEqual([500, 1000, 2000, 500]);
    expect([1, 2, 6, 7, 20].map(wrongPassphraseDelayMs)).toEqual([500, 1000, 16_000, 30_000, 30_000]);
  });
});

/** A PKCS#12 file made by openssl: an EC key and its self-signed certificate, under `passphrase`, with `iterations`. */
async function pkcs12File(passphrase: string, iterations = 2048, commonName = 'Alex Example'): Promise<Buffer> {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const keyPath = join(dir, 'key.pem');
  await writeFile(keyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const certPath = join(dir, 'cert.pem');
  const made = run('openssl', ['req', '-new', '-x509', '-utf8', '-key', keyPath, '-subj', `/CN=${commonName}`, '-days', '30', '-out', certPath]);
  expect(made.code, made.out).toBe(0);
  expect(new X509Certificate(await readFile(certPath)).subject).toContain(commonName.slice(0, 4));
  const p12Path = join(dir, 'id.p12');
  const exported = run('openssl', [
    'pkcs12',
    '-export',
    '-inkey',
    keyPath,
    '-in',
    certPath,
    '-passout',
    `pass:${passphrase}`,
    '-iter',
    String(iterations),
    '-maciter',
    '-out',
    p12Path,
  ]);
  expect(exported.code, exported.out).toBe(0);
  return readFile(p12Path);
}

describe('names in certificates', () => {
  it('are shown without control or direction characters and at most 200 characters long', async () => {
    const store = storeAt();
    const long = await store.generate({ name: 'A'.repeat(10_000), passphrase: PASSPHRASE, keyType: 'ec-p256' });
    expect([...long.name].length).toBe(200);
    expect(long.name.endsWith('…')).toBe(true);
    // A right-to-left override: "Alex<RLO>fdp.exe" would read as "Alexexe.pdf".
    const imported = await store.importPkcs12(await pkcs12File(PASSPHRASE, 2048, 'Alex\u202efdp.exe'), PASSPHRASE);
    expect(imported.name).toBe('Alex fdp.exe');
    expect((await store.list()).map((identity) => identity.name).sort()).toEqual(['A'.repeat(199) + '…', 'Alex fdp.exe']);
  });
});

describe('PKCS#12 files', () => {
  it('under a guessable passphrase are refused, as their key would be kept under it', async () => {
    await expect(storeAt().importPkcs12(await pkcs12File('password1'), 'password1')).rejects.toMatchObject({ code: 'weak_passphrase' });
    await expect(storeAt().list()).resolves.toEqual([]);
  });

  it('are opened in the file worker: one made to take minutes is refused at its deadline while the main process goes on answering', async () => {
    const handlers = createHandlers({
      dataDir: join(dir, 'data'),
      now: () => new Date(),
      appVersion: '1.2.3',
      locale: 'en-GB',
      platform: 'linux',
      launcher: 'chromium',
      fontsDir,
      chooseSavePath: saveIntoFolder(join(dir, 'saved')),
      fileWorkerPath: await bundleFileWorker(),
    });
    const importing = (bytes: Buffer) =>
      dispatch(handlers, 'identities:import', { fileName: 'id.p12', data: bytes.toString('base64'), passphrase: PASSPHRASE });
    await expect(importing(await pkcs12File(PASSPHRASE))).resolves.toMatchObject({ ok: true, value: { name: 'Alex Example', source: 'imported' } });

    // 3,000,000 iterations for the MAC and each bag: forge needs most of a minute for them.
    const slow = await pkcs12File(PASSPHRASE, 3_000_000);
    let last = Date.now();
    let longestPause = 0;
    const ticker = setInterval(() => {
      longestPause = Math.max(longestPause, Date.now() - last);
      last = Date.now();
    }, 20);
    try {
      await expect(importing(slow)).resolves.toMatchObject({ ok: true, value: { refused: 'too_complex' } });
    } finally {
      clearInterval(ticker);
    }
    expect(longestPause).toBeLessThan(1_000);
    expect((await storeAt().list()).length).toBe(1);
  }, 60_000);
});
