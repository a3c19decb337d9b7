import { publicRoute } from '@/lib/auth/guarded';
import { checkHealth } from '@/lib/health';

export const dynamic = 'force-dynamic';

export const GET = publicRoute(async () => {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === 'ok' ? 200 : 503 });
});
