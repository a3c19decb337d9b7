// The production server (`npm start`): Next.js answers every page and route, except anonymous feedback
// submissions, POST /api/feedback/:code, which go straight to lib/feedback. Next.js's request pipeline costs about
// 2 ms of CPU per request, several times what storing a submission costs, and this is the one path that has to take
// a whole school class or waiting room at once (README, "Anonymous feedback"). `next dev` serves the same path
// through its app route (app/api/feedback/[code]/route.ts), with the same code behind it.
import { createServer } from 'node:http';
import next from 'next';
import { getDb } from '@/db';
import { feedbackFastPath } from '@/lib/feedback/http';

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const app = next({ dev: false, port });
  const handleWithNext = app.getRequestHandler();
  await app.prepare();
  const server = createServer(feedbackFastPath(getDb, (request, response) => void handleWithNext(request, response)));
  server.listen(port, () => console.log(`Ready on http://localhost:${port}`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
