import { parse } from 'csv-parse/sync';

/** One refused row (or file, with row 0; or header, with row 1), as the coordinator reads it. */
export interface RowError {
  file: string;
  /** Line of the file as a spreadsheet numbers it: 1 is the header, 2 the first record. 0: the file itself. */
  row: number;
  column: string | null;
  message: string;
}

export interface Table {
  file: string;
  header: string[];
  rows: { row: number; get: (column: string) => string }[];
}

export function readTable(file: string, text: string, required: readonly string[], errors: RowError[]): Table | null {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 0;
    errors.push({
      file,
      row: line,
      column: null,
      message: `This file is not valid CSV near line ${line} (often a quote that is not closed). Export it again.`,
    });
    return null;
  }
  if (records.length === 0) {
    errors.push({ file, row: 0, column: null, message: `${file} is empty: it needs its header line.` });
    return null;
  }
  const header = records[0].record;
  const index = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = required.filter((c) => !index.has(c.toLowerCase()));
  for (const column of missing) {
    errors.push({
      file,
      row: 1,
      column,
      message: `${file} has no "${column}" column. Export the file again in OneRoster 1.2 format: every row of this file is refused.`,
    });
  }
  if (missing.length) return null;
  return {
    file,
    header,
    rows: records.slice(1).map(({ record, info }) => ({
      row: info.lines,
      get: (column: string) => {
        const i = index.get(column.toLowerCase());
        return i === undefined ? '' : (record[i] ?? '').trim();
      },
    })),
  };
}
