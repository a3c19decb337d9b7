// A route built by our wrappers (a web Request in, a Response out), served by Next.js's Node API handler
// (pages/api/…) instead of an app route. Used only for the feedback endpoint, the one that takes the load: on Node
// 20 an app route wraps every POST in web streams (request body, response, a writable for the reply), and that cost
// as much CPU as the whole health check. Served here, the body arrives as a Node stream and is read once into
// bytes, which the route gets beside a Request without a body (publicRoute checks those bytes exactly as it would
// the Request's own: a route served here must take its body through publicRoute's `json`).
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { carryEndpointKind } from '@/lib/auth/guarded';

type RouteContext = { params: Promise<Record<string, string | string[]>>; body?: Uint8Array };
type Route = (request: Request, context: RouteContext) => Promise<Response>;
type NodeRequest = IncomingMessage & { query?: Partial<Record<string, string | string[]>> };

/**
 * The handler for a pages/api module, which must export `config = { api: { bodyParser: false } }`: `routes` by
 * method (405 with Allow for any other), each built by a wrapper. The body is read up to `maxBodyBytes` and one byte
 * more, so that the route can tell a body that is too large.
 */
export function nodeApiRoute(
  routes: Partial<Record<'GET' | 'POST', Route>>,
  { maxBodyBytes }: { maxBodyBytes: number },
) {
  return carryEndpointKind(
    Object.values(routes),
    async (request: NodeRequest, response: ServerResponse): Promise<void> => {
      const route = routes[request.method as keyof typeof routes];
      if (!route) {
        response.writeHead(405, { Allow: Object.keys(routes).join(', ') }).end();
        return;
      }
      let body: { bytes: Buffer; whole: boolean } | undefined;
      try {
        body =
          request.method === 'GET' || request.method === 'HEAD' ? undefined : await readUpTo(request, maxBodyBytes + 1);
      } catch {
        response.destroy(); // the client went away mid-body: there is no one to answer
        return;
      }
      const answer = await route(webRequest(request), {
        params: Promise.resolve(dynamicParams(request)),
        body: body?.bytes,
      });
      const reply = Buffer.from(await answer.arrayBuffer());
      const headers = { ...Object.fromEntries(answer.headers), 'content-length': String(reply.byteLength) };
      // The rest of an oversized body is never read: the connection closes after the answer instead of carrying it.
      if (body && !body.whole) Object.assign(headers, { connection: 'close' });
      response.writeHead(answer.status, headers);
      response.end(reply);
    },
  );
}

/** The request's method, address and headers; its body goes beside it (a web stream per request is what costs). */
function webRequest(request: NodeRequest): Request {
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
  return new Request(url, { method: request.method, headers: webHeaders(request.headers) });
}

/** Node's parsed headers as web Headers; a header sent several times becomes one comma-separated value. */
export function webHeaders(headers: IncomingHttpHeaders): Headers {
  const converted = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) converted.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return converted;
}

/** The route's dynamic segments (Next.js puts them in `query`, beside the search parameters). */
function dynamicParams(request: NodeRequest): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(request.query ?? {})) if (value !== undefined) params[name] = value;
  return params;
}

/**
 * The body, or its first `limit` bytes and `whole: false` (the rest stays unread). Events, not `for await`: leaving
 * that loop early destroys the socket, and the 413 with it.
 */
function readUpTo(request: IncomingMessage, limit: number): Promise<{ bytes: Buffer; whole: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (whole: boolean) => {
      request.off('data', onData).off('end', onEnd).off('error', reject).off('close', onClose);
      resolve({ bytes: Buffer.concat(chunks), whole });
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size < limit) return;
      request.pause();
      finish(false);
    };
    const onEnd = () => finish(true);
    const onClose = () => reject(new Error('the request closed before its body ended'));
    request.on('data', onData).on('end', onEnd).on('error', reject).on('close', onClose);
  });
}
