import { stringify } from 'csv-stringify/sync';

/** A file a controller sends as a download (see `sendDownload` in download.ts). */
export interface DownloadFile {
  filename: string;
  contentType: string;
  body: string | Buffer;
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/**
 * A file name from a title: accents dropped, then letters, digits and dashes only (never a path,
 * quote or control character), the title part at most 80 characters. `fallback` stands for the
 * title when nothing of it is left; `suffix` (e.g. `-results`) goes after it, cleaned the same way.
 */
export function safeFilename(
  title: string,
  extension: string,
  { fallback = 'download', suffix = '' }: { fallback?: string; suffix?: string } = {},
): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${base || fallback}${suffix.replace(/[^A-Za-z0-9-]+/g, '-')}.${extension}`;
}

export type CsvCell = string | number | null | undefined;

/**
 * CSV text of `rows` (the first row is the header). Cells a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) get a leading apostrophe; null and undefined
 * are empty cells. `bom` adds a UTF-8 byte-order mark, so spreadsheets read accents right.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  return stringify(
    rows.map((row) => row.map((cell) => cell ?? '')),
    { bom: options.bom ?? false, escape_formulas: true },
  );
}
