import { guardedRoute } from '@/lib/auth/guarded';
import { freeTextExportFile, freeTextExportInput } from '@/lib/export/free-text-export';

/** Downloads the free-text view (strategists only) as CSV, filtered as the page is: `?question&language&kind&q&format`. */
export const GET = guardedRoute(
  freeTextExportInput.omit({ roundId: true }).extend({ id: freeTextExportInput.shape.roundId }),
  async ({ id, ...request }, { db, actor }) => {
    const file = await freeTextExportFile(db, actor, { roundId: id, ...request });
    if (!file.ok) return file;
    return new Response(file.value.body, {
      headers: {
        'Content-Type': file.value.contentType,
        'Content-Disposition': `attachment; filename="${file.value.fileName}"`,
        'Cache-Control': 'no-store',
      },
    });
  },
);
