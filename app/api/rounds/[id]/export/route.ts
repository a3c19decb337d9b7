import { z } from 'zod';
import { guardedRoute } from '@/lib/auth/guarded';
import { exportRoundTables } from '@/lib/export/round-export';
import { toCsv, toXlsx } from '@/lib/export/spreadsheet';

const input = z.object({
  id: z.coerce.number().int().positive(),
  content: z.enum(['indicators', 'responses']).default('indicators'),
  format: z.enum(['csv', 'csv-semicolon', 'xlsx']).default('xlsx'),
  /** Which table, for CSV (one table a file): 0 = the first. */
  table: z.coerce.number().int().min(0).max(5).default(0),
});

/** Downloads a round's indicator tables (suppressed) or, for strategists, its raw anonymous responses. */
export const GET = guardedRoute(input, async ({ id, content, format, table }, { db, actor }) => {
  const tables = await exportRoundTables(db, actor, id, content, format);
  const name = `omgang-${id}-${content === 'indicators' ? 'indikatorer' : 'svar'}`;
  if (format === 'xlsx') {
    return new Response(new Uint8Array(await toXlsx(tables)), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${name}.xlsx"`,
        'Cache-Control': 'no-store',
      },
    });
  }
  const chosen = tables[Math.min(table, tables.length - 1)];
  return new Response(toCsv(chosen, format === 'csv-semicolon' ? 'semicolon' : 'comma'), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}-${table + 1}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});
