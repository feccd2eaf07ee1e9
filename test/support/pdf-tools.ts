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

type PdfDefinition = Parameters<typeof pdfmake.createPdf>[0];

/** Renders with pdfmake as the app does: embedded Roboto, no URLs, local files only from the fonts folder. */
async function render(definition: PdfDefinition): Promise<Buffer> {
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
  return Buffer.from(await pdfmake.createPdf(definition).getBuffer());
}

/** A small real PDF (pdfmake, embedded Roboto) to sign in tests. */
export function simplePdf(text = 'Prüfbericht – Größe, Maße, Übersicht'): Promise<Buffer> {
  return render({ content: [{ text, fontSize: 14 }, { text: 'Second line' }], info: { title: 'Test' } });
}

/** A one-page PDF titled `title` that carries `json` as an attachment (when given), as Assay's reports do. */
export function pdfWithAttachment(json: string | undefined, options: { name?: string; title?: string } = {}): Promise<Buffer> {
  const name = options.name ?? 'assessment.json';
  const files = json === undefined ? undefined : { [name]: { src: `data:application/json;base64,${Buffer.from(json).toString('base64')}`, name } };
  return render({ content: [{ text: options.title ?? 'Vendor risk assessment', fontSize: 14 }], ...(files ? { files } : {}) } as PdfDefinition);
}
