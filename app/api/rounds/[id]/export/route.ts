import { z } from 'zod';
import { guardedRoute } from '@/lib/auth/guarded';
import { roundExportFile } from '@/lib/export/round-export';
import { organisationKinds } from '@/lib/organisations';

const input = z.object({
  id: z.coerce.number().int().positive(),
  content: z.enum(['indicators', 'responses', 'codebook']).default('indicators'),
  format: z.enum(['csv', 'csv-semicolon', 'xlsx']).default('xlsx'),
  /** Which table, for CSV (one table a file), by its name as a slug ("malgrupper"); the first when left out. */
  table: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .optional(),
  /** The dashboard's "kind of organisation" filter, for indicator tables. */
  kind: z.enum(organisationKinds).optional(),
});

/** Downloads a round's indicator tables (suppressed), its codebook or, for strategists, its raw anonymous responses. */
export const GET = guardedRoute(input, async ({ id, kind, ...request }, { db, actor }) => {
  const file = await roundExportFile(db, actor, { roundId: id, organisationKind: kind, ...request });
  if (!file.ok) return file;
  return new Response(file.value.body, {
    headers: {
      'Content-Type': file.value.contentType,
      'Content-Disposition': `attachment; filename="${file.value.fileName}"`,
      'Cache-Control': 'no-store',
    },
  });
});
