// Public endpoint for anonymous feedback: everything happens in lib/feedback. Served by Next.js's Node API handler
// rather than an app route, because this is the endpoint that takes the load (lib/http/node-api-route.ts says why).
import { feedbackRoute } from '@/lib/feedback/http';
import { MAX_BODY_BYTES } from '@/lib/feedback/submission';
import { nodeApiRoute } from '@/lib/http/node-api-route';

// The handler reads the body itself, under its own cap (Next.js reads it at build time, so it stays a literal).
export const config = { api: { bodyParser: false } };

export default nodeApiRoute({ POST: feedbackRoute() }, { maxBodyBytes: MAX_BODY_BYTES });
