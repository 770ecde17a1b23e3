/** The in-memory Workbook port (scripts/sheets-api/memory-workbook.ts), as the unit tests know it. */
export { MemoryWorkbook } from '../../scripts/sheets-api/memory-workbook';
