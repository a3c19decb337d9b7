// Every spreadsheet we hand out goes through here. Privacy rule 5: a cell or header that starts with = + - @, tab or
// carriage return is neutralised (a leading apostrophe), so Excel or LibreOffice never runs it as a formula.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

export type Cell = string | number | null;
export type ExportTable = { title: string; headers: string[]; rows: Cell[][] };

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell<T extends Cell>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

function neutralised(table: ExportTable): { headers: string[]; rows: Cell[][] } {
  return {
    headers: table.headers.map((header) => String(neutraliseCell(header))),
    rows: table.rows.map((row) => row.map(neutraliseCell)),
  };
}

export type CsvDialect = 'comma' | 'semicolon';

/**
 * UTF-8 with BOM so Excel reads å, ä, ö and Arabic right. The semicolon dialect also writes decimal commas:
 * that is what Swedish Excel opens correctly by double-click.
 */
export function toCsv(table: ExportTable, dialect: CsvDialect = 'comma'): string {
  const { headers, rows } = neutralised(table);
  const numberText = (value: number) => (dialect === 'semicolon' ? String(value).replace('.', ',') : String(value));
  const data = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? numberText(cell) : (cell ?? ''))));
  const text = Papa.unparse(
    { fields: headers, data },
    { delimiter: dialect === 'semicolon' ? ';' : ',', newline: '\r\n', quotes: false },
  );
  return `\uFEFF${text}\r\n`;
}

export async function toXlsx(tables: ExportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Uppföljning Hälsa och migration i Halland';
  const usedNames = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, usedNames));
    const { headers, rows } = neutralised(table);
    sheet.addRow(headers).font = { bold: true };
    for (const row of rows) sheet.addRow(row.map((cell) => cell ?? ''));
    sheet.columns.forEach((column) => (column.width = 22));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel allows 31 characters and none of \ / ? * [ ] : in a sheet name, and each name once. */
function sheetName(title: string, used: Set<string>): string {
  const base =
    title
      .replace(/[\\/?*[\]:]/g, ' ')
      .slice(0, 28)
      .trim() || 'Blad';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base} ${i}`;
  used.add(name.toLowerCase());
  return name;
}
