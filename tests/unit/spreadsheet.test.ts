import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsv, toXlsx, type ExportTable } from '@/lib/export/spreadsheet';

const dangerous = ['=1+1', '+46701234567', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd', '=HYPERLINK("http://x","y")'];

function fixture(): ExportTable {
  return {
    title: 'Indikatorer',
    headers: ['Indikator', '=rubrik', 'Andel', '@n'],
    rows: [
      ...dangerous.map((text, i) => [text, 'ok', 0.5 + i / 100, i]),
      ['Kännedom om strategin; "citat", ny\nrad', null, 0.84, 42],
    ],
  };
}

describe('spreadsheet exports (privacy rule 5)', () => {
  it.each(dangerous)('neutralises a cell starting like %j', (text) => {
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text and numbers alone, negative numbers included', () => {
    expect(neutraliseCell('Halmstads kommun')).toBe('Halmstads kommun');
    expect(neutraliseCell(-3)).toBe(-3);
    expect(neutraliseCell(null)).toBeNull();
  });

  for (const dialect of ['comma', 'semicolon'] as const) {
    it(`a ${dialect} CSV starts with a BOM and has no cell or header that a spreadsheet would run`, () => {
      const csv = toCsv(fixture(), dialect);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: dialect === 'semicolon' ? ';' : ',' });
      const cells = parsed.data.flat();
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
      expect(parsed.data[0]).toEqual(['Indikator', "'=rubrik", 'Andel', "'@n"]);
      expect(cells).toContain('Kännedom om strategin; "citat", ny\nrad'); // quoted, not split
    });
  }

  it('the semicolon CSV writes decimal commas for Swedish Excel', () => {
    expect(toCsv(fixture(), 'semicolon')).toContain(';0,84;42');
    expect(toCsv(fixture(), 'comma')).toContain(',0.84,42');
  });

  it('an XLSX has no cell or header that a spreadsheet would run, and no formulas at all', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx([fixture(), { ...fixture(), title: 'Indikatorer' }])) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Indikatorer', 'Indikatorer 2']);
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
        }),
      ),
    );
  });
});
