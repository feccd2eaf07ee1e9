import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderOptions } from '../../electron/services/documents/setup';
import type { ExportFormat, ExportRequest } from '../../electron/services/export/format';
import { comparisonFormats, exportFormats } from '../../electron/services/export/formats';
import { exportDocument, type ExportDeps } from '../../electron/services/export/pipeline';
import { saveDialogFilters, saveIntoFolder } from '../../electron/services/save-path';
import { createIdentityStore } from '../../electron/services/signing/identities';
import { contract } from '@shared/ipc/contract';
import { fontsDir, run, simplePdf } from '../support/pdf-tools';

interface NoteModel {
  title: string;
  body: string;
  signature?: { signer: string; organisation?: string; fingerprint: string; signedAt: string };
}
type NoteRequest = ExportRequest<NoteModel>;

/** A format of the test's own, which records what the pipeline hands it. */
function noteFormat(options: { signable: boolean; pdf: Buffer }) {
  const calls: { model: NoteModel; options: RenderOptions }[] = [];
  const format: ExportFormat<NoteRequest> = {
    extension: '.pdf',
    typeName: 'PDF',
    ...(options.signable ? { signatureBox: { x: 300, y: 60, width: 230, height: 76 } } : {}),
    attachment: { fileName: 'note.json', json: (request) => JSON.stringify({ body: request.model.body }) },
    render: async (model, renderOptions) => {
      calls.push({ model, options: renderOptions });
      return options.pdf;
    },
  };
  return { format, calls };
}

describe('the export pipeline', () => {
  const PASSPHRASE = 'correct horse battery';
  let dir: string;
  let pdf: Buffer;
  let identityId: string;
  let deps: ExportDeps;
  let asked: string[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'assay-export-'));
    pdf = await simplePdf();
    const identities = createIdentityStore({ dataDir: join(dir, 'identities'), now: () => new Date() });
    identityId = (await identities.generate({ name: 'Pia Prüferin', organisation: 'Nordbank AG', passphrase: PASSPHRASE })).id;
    const save = saveIntoFolder(join(dir, 'out'));
    deps = {
      identities,
      fontsDir,
      now: () => new Date(Math.floor(Date.now() / 1000) * 1000),
      chooseSavePath: (name) => {
        asked.push(name);
        return save(name);
      },
    };
  }, 60_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  const request = (extra: Partial<NoteRequest> = {}): NoteRequest => ({ model: { title: 'Prüfnotiz', body: 'Größe' }, fileName: 'Notiz.pdf', ...extra });

  it('renders with the signer on the model, embeds the attachment and signs in the format’s box', async () => {
    asked = [];
    const { format, calls } = noteFormat({ signable: true, pdf });
    const result = await exportDocument(format, request({ identityId, passphrase: PASSPHRASE }), deps);
    expect(result).toMatchObject({ signed: true, path: join(dir, 'out', 'Notiz.pdf') });
    expect(asked).toEqual(['Notiz.pdf']);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.model).toMatchObject({ title: 'Prüfnotiz', body: 'Größe', signature: { signer: 'Pia Prüferin', organisation: 'Nordbank AG' } });
    expect(calls[0]!.options).toEqual({ fontsDir, attachment: { fileName: 'note.json', description: 'Prüfnotiz', json: '{"body":"Größe"}' } });
    const sig = run('pdfsig', [join(dir, 'out', 'Notiz.pdf')]).out;
    expect(sig).toContain('Signature Validation: Signature is Valid.');
    expect(sig).toContain('Signer Certificate Common Name: Pia Prüferin');
  });

  it('never unlocks an identity for a format that cannot be signed', async () => {
    asked = [];
    const { format, calls } = noteFormat({ signable: false, pdf });
    const result = await exportDocument(format, request({ identityId, passphrase: 'not the passphrase', fileName: 'Unsigniert.pdf' }), deps);
    expect(result).toMatchObject({ signed: false, bytes: pdf.length });
    expect(calls[0]!.model.signature).toBeUndefined();
    expect(await readFile(join(dir, 'out', 'Unsigniert.pdf'))).toEqual(pdf);
  });

  it('refuses a wrong passphrase before it asks where to save', async () => {
    asked = [];
    const { format, calls } = noteFormat({ signable: true, pdf });
    await expect(exportDocument(format, request({ identityId, passphrase: 'not the passphrase', fileName: 'Falsch.pdf' }), deps)).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    expect(asked).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('renders and writes nothing when the user cancels the save dialog', async () => {
    const { format, calls } = noteFormat({ signable: true, pdf });
    const before = await readdir(join(dir, 'out'));
    const result = await exportDocument(format, request({ fileName: 'Abgebrochen.pdf' }), { ...deps, chooseSavePath: async () => null });
    expect(result).toEqual({ cancelled: true });
    expect(calls).toEqual([]);
    expect(await readdir(join(dir, 'out'))).toEqual(before);
  });
});

describe('the export formats', () => {
  it('have one comparison format for each format compare:export accepts', () => {
    expect(Object.keys(comparisonFormats).sort()).toEqual([...contract['compare:export'].input.shape.format.options].sort());
  });

  it('each give the save dialog their own file type', () => {
    for (const format of exportFormats) {
      expect(saveDialogFilters(`Export${format.extension}`)).toEqual([{ name: format.typeName, extensions: [format.extension.slice(1)] }]);
    }
  });

  it('sign the comparison PDF only, never the workbook', () => {
    expect(comparisonFormats.pdf.signatureBox).toBeDefined();
    expect(comparisonFormats.xlsx.signatureBox).toBeUndefined();
  });
});
