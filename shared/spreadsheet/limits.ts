/** What a spreadsheet Assay reads may hold; past any of these the file is refused before it is interpreted. */
export const MAX_SPREADSHEET_BYTES = 10 * 1024 * 1024;
/** Everything inside the workbook's zip, unpacked. */
export const MAX_UNPACKED_BYTES = 120 * 1024 * 1024;
/** Unpacked size against packed size, per entry: XML packs well, but not a thousandfold. */
export const MAX_PACKING_RATIO = 200;
export const MAX_ZIP_ENTRIES = 2_000;
export const MAX_SHEETS = 50;
export const MAX_ROWS = 20_000;
export const MAX_COLUMNS = 200;
export const MAX_CELLS = 400_000;
/** Excel's own limit on the text of one cell. */
export const MAX_CELL_TEXT = 32_767;
