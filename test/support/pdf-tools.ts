import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import pdfmake from 'pdfmake';

export const fontsDir = resolve(__dirname, '../../assets/fonts');

/** Runs a command-line checker and returns its output, whatever its exit code. */
export function run(command: string, args: string[]): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    if (e.status === undefined) throw error;
    return { code: e.status, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** A small real PDF (pdfmake, embedded Roboto) to sign in tests. */
export async function simplePdf(text = 'Prüfbericht – Größe, Maße, Übersicht'): Promise<Buffer> {
  pdfmake.setFonts({
    Roboto: {
      normal: join(fontsDir, 'Roboto-Regular.ttf'),
      bold: join(fontsDir, 'Roboto-Medium.ttf'),
      italics: join(fontsDir, 'Roboto-Italic.ttf'),
      bolditalics: join(fontsDir, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  const doc = pdfmake.createPdf({ content: [{ text, fontSize: 14 }, { text: 'Second line' }], info: { title: 'Test' } });
  return Buffer.from(await doc.getBuffer());
}

/** A PDF that carries a JSON attachment, as Assay's reports do. */
export async function pdfWithAttachment(json: string, name = 'assessment.json'): Promise<Buffer> {
  pdfmake.setFonts({
    Roboto: {
      normal: join(fontsDir, 'Roboto-Regular.ttf'),
      bold: join(fontsDir, 'Roboto-Medium.ttf'),
      italics: join(fontsDir, 'Roboto-Italic.ttf'),
      bolditalics: join(fontsDir, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontsDir));
  const doc = pdfmake.createPdf({
    content: [{ text: 'Vendor risk assessment', fontSize: 14 }],
    files: { [name]: { src: `data:application/json;base64,${Buffer.from(json).toString('base64')}`, name } },
  } as Parameters<typeof pdfmake.createPdf>[0]);
  return Buffer.from(await doc.getBuffer());
}
