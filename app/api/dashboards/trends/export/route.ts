import { z } from 'zod';
import { guardedRoute } from '@/lib/auth/guarded';
import { trendsExportFile } from '@/lib/export/trends-export';

const input = z.object({ format: z.enum(['csv', 'csv-semicolon']).default('csv-semicolon') });

/** Downloads the trends page's tables as CSV, suppressed as on the page. */
export const GET = guardedRoute(input, async ({ format }, { db, actor }) => {
  const file = await trendsExportFile(db, actor, format);
  return new Response(file.body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'no-store',
    },
  });
});
