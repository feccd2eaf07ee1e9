import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { createPdf, documentFonts } from '../../electron/services/documents/printer';

/** The app's font folder (Roboto), for everything a test lays out or hands to the services. */
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

type PdfDefinition = Parameters<typeof createPdf>[0];

/** Renders with pdfmake as the app does: embedded Roboto from the fonts folder, nothing else read, no URLs. */
async function render(definition: PdfDefinition): Promise<Buffer> {
  return Buffer.from(await createPdf(definition, documentFonts(fontsDir)).getBuffer());
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
