/** What we agree to open: far above a real association's workbook, far below what hurts the machine. */
export const LIMITS = {
  fileBytes: 100 * 1024 * 1024,
  uncompressedBytes: 600 * 1024 * 1024,
  /** A ratio above this is a zip bomb, not a spreadsheet (sheet XML compresses ~10-50x). */
  compressionRatio: 200,
  /** Small entries may compress as much as they like (formatted empty cells do): harmless below this size. */
  ratioCheckedAbove: 10 * 1024 * 1024,
  entries: 5000,
  rowsPerSheet: 200_000,
  columnsPerSheet: 500,
  /**
   * Cells a sheet's rectangle may hold once padded (rows × widest row), and the whole workbook:
   * Google Sheets itself holds at most 10 million cells per spreadsheet. Memory follows what is
   * materialised, so a far cell and a far row in a tiny file cannot claim gigabytes.
   */
  cellsPerSheet: 5_000_000,
  cellsPerWorkbook: 10_000_000,
  readSeconds: 120,
  /**
   * Characters a cell's text may hold: 50 000 in Google Sheets (32 767 in Excel), so a longer one
   * is no spreadsheet's. Checked on the XML before anything is decoded (an entity or a formatting
   * run is a few characters of XML for one of text: `cellXmlChars` leaves room for them), then on
   * the decoded text: memory follows what is kept, never a string of tens of megabytes.
   */
  cellText: 50_000,
  cellXmlChars: 8 * 50_000,
};

/** A cell's text beyond LIMITS.cellText (thrown where it is read, named by the sheet's reader). */
export class TextTooLong extends Error {}

/** The text, or TextTooLong when no spreadsheet cell could hold it. */
export function cellTextKept(text: string): string {
  if (text.length > LIMITS.cellText) throw new TextTooLong();
  return text;
}
