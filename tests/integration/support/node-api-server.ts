// A pages/api module served over real HTTP, as `next start` serves it: Next.js's router puts the route's dynamic
// segment in `request.query` and hands the Node request and response to the module's handler.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webHeaders } from '@/lib/http/node-api-route';

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export type HttpReply = { status: number; headers: Headers; text: string };

/** Serves `handler` on a free port; the path's last segment is its dynamic parameter `param`. */
export async function serveNodeApi(handler: Handler, param: string) {
  const server = createServer((request, response) => {
    const last = (request.url ?? '/').split('?')[0].split('/').pop() ?? '';
    Object.assign(request, { query: { [param]: decodeURIComponent(last) } });
    void handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    /**
     * Sends a request with exactly these headers (Host included, which fetch would not let a caller set). An
     * `endless` body is written chunk after chunk until the server answers.
     */
    send(path: string, headers: Record<string, string>, body: string | Buffer | 'endless'): Promise<HttpReply> {
      return new Promise((resolve, reject) => {
        const outgoing = httpRequest({ port, path, method: 'POST', headers, agent: false }, (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('end', () =>
            resolve({
              status: incoming.statusCode ?? 0,
              headers: webHeaders(incoming.headers),
              text: Buffer.concat(chunks).toString(),
            }),
          );
        });
        let answered = false;
        outgoing.on('response', () => (answered = true));
        // Once answered, the server may close the connection under a body still being written: that is the point.
        outgoing.on('error', (error) => (answered ? undefined : reject(error)));
        if (body !== 'endless') {
          outgoing.end(body);
          return;
        }
        const chunk = Buffer.alloc(16 * 1024, 'x');
        const write = () => {
          if (!answered && !outgoing.destroyed) outgoing.write(chunk, () => setImmediate(write));
        };
        write();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // a request the test gave up on would keep the server open
      }),
  };
}
