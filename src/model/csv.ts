/**
 * CSV text as RFC 4180 writes it: fields separated by commas, records by CRLF, a field quoted when
 * it holds a comma, a quote or a line break, and its quotes doubled. A text field that a
 * spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return) is
 * prefixed with a single quote; a number is written as given, so "-192" stays a number.
 */

/** A cell: text, a number as the engine's decimal string (written exactly as given), or empty. */
export type CsvCell = string | { number: string } | null;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

function field(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'string' ? (FORMULA_START.test(cell) ? `'${cell}` : cell) : cell.number;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text of `rows`, the first of which is the header; every record ends with CRLF. */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
