// A static file server on 127.0.0.1 for the end-to-end pages. Loopback only; closes with the run.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png' };

export async function serve(root) {
  // Paths served from another file, changeable during a run (the same article, edited; a single-page app's routes).
  const routes = new Map();
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const file = routes.get(path) ?? path;
      const body = await readFile(join(root, file));
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    /** Serves `file` (relative to the root) at `path` from now on. */
    route: (path, file) => routes.set(path, file),
    close: () => new Promise((r) => server.close(r)),
  };
}
