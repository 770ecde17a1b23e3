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
};
