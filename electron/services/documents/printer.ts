import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pdfmake from 'pdfmake';
import type { TCreatedPdf, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { FONT_FILES } from './text-measure';

/** The absolute font folder and the four Roboto files in it, the only files a document reads. */
export interface DocumentFonts {
  fontsDir: string;
  fontFiles: string[];
}

/** The fonts in `dir`; throws when one of the four Roboto files is missing. */
export function documentFonts(dir: string): DocumentFonts {
  const fontsDir = resolve(dir);
  const fontFiles = Object.values(FONT_FILES).map((file) => join(fontsDir, file));
  const missing = fontFiles.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`Document fonts not found: ${missing.join(', ')}`);
  return { fontsDir, fontFiles };
}

interface PdfmakeState {
  fonts?: TFontDictionary;
  urlAccessPolicy?: (url: string) => boolean;
  localAccessPolicy?: (path: string) => boolean;
}

/**
 * pdfmake is a process-wide singleton. Fonts and access policies are set only
 * for this call (createPdf captures them synchronously) and then restored, so
 * other users of pdfmake in the process see no change. Nothing is fetched from
 * the network, and only the four font files are read from disk.
 */
export function createPdf(definition: TDocumentDefinitions, fonts: DocumentFonts): TCreatedPdf {
  const state = pdfmake as unknown as PdfmakeState;
  const saved: PdfmakeState = { fonts: state.fonts, urlAccessPolicy: state.urlAccessPolicy, localAccessPolicy: state.localAccessPolicy };
  const allowed = new Set(fonts.fontFiles);
  try {
    pdfmake.setFonts({
      Roboto: {
        normal: join(fonts.fontsDir, FONT_FILES.regular),
        bold: join(fonts.fontsDir, FONT_FILES.medium),
        italics: join(fonts.fontsDir, FONT_FILES.italic),
        bolditalics: join(fonts.fontsDir, FONT_FILES.mediumItalic),
      },
    });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => allowed.has(resolve(path)));
    return pdfmake.createPdf(definition);
  } finally {
    state.fonts = saved.fonts;
    state.urlAccessPolicy = saved.urlAccessPolicy;
    state.localAccessPolicy = saved.localAccessPolicy;
  }
}
