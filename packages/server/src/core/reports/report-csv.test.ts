import { describe, expect, it } from 'vitest';
import { reportCsv } from './report-csv.ts';

/** A small RFC 4180 reader, independent of the writer, to read the CSV back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('reportCsv', () => {
  it('writes fields with commas, quotes and line breaks so that they read back the same', () => {
    const rows = [
      {
        library: 'Springfield, "Main"\nBranch',
        requested: 4,
        accepted: 1,
        contribution_percentage: 25,
      },
      { library: 'Ogdenville', requested: 0, accepted: 0, contribution_percentage: null },
    ];
    const columns = ['library', 'requested', 'accepted', 'contribution_percentage'];
    const csv = reportCsv({ columns, rows });
    expect(parseCsv(csv)).toEqual([
      columns,
      ['Springfield, "Main"\nBranch', '4', '1', '25'],
      ['Ogdenville', '0', '0', ''],
    ]);
  });

  it('keeps a spreadsheet from running a name as a formula', () => {
    const csv = reportCsv({ columns: ['library'], rows: [{ library: '=HYPERLINK("x")' }] });
    expect(parseCsv(csv)[1]).toEqual([`'=HYPERLINK("x")`]);
  });
});
