// A small static file server for the built site, for looking at it locally and for the browser
// tests. Search needs it: Pagefind fetches its index over HTTP, which pages opened from disk
// cannot do.
//
//   npm run serve -- [--dir dist] [--port 8080] [--base-path /news/]

import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export interface ServeOptions {
  /** Folder to serve. */
  root: string;
  /** 0 picks a free port. */
  port?: number;
  /** URL path the site is served under, with leading and trailing slash; as built. */
  basePath?: string;
}

export interface RunningServer {
  /** The site's address, e.g. "http://127.0.0.1:8080/news/". */
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain',
  '.md': 'text/plain',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  // Pagefind's index chunks are compressed binary files.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Buffer): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Content-Type for a file. Files under raw/ are scraped input in whatever encoding it came
 * in: they are always plain text, so that an input file named .html cannot run in the site's
 * origin, and they are only labelled UTF-8 when their bytes are.
 */
async function contentType(file: string, isRaw: boolean): Promise<string> {
  const type = isRaw
    ? 'text/plain'
    : (CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  if (type === 'text/plain' && isUtf8(await readFile(file))) return 'text/plain; charset=utf-8';
  return type;
}

function isInside(folder: string, path: string): boolean {
  return path === folder || path.startsWith(folder + sep);
}

export async function startServer({
  root,
  port = 8080,
  basePath = '/',
}: ServeOptions): Promise<RunningServer> {
  if (!basePath.startsWith('/') || !basePath.endsWith('/')) {
    throw new Error(`Base path "${basePath}" must start and end with "/"`);
  }
  const rootDir = await realpath(resolve(root));
  const rawDir = join(rootDir, 'raw');

  async function send(
    response: ServerResponse,
    method: string,
    status: number,
    file: string,
    isRaw = false,
  ) {
    const { size } = await stat(file);
    response.writeHead(status, {
      'Content-Type': await contentType(file, isRaw),
      'Content-Length': size,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    if (method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  }

  async function notFound(response: ServerResponse, method: string) {
    const page = join(rootDir, '404.html');
    try {
      await send(response, method, 404, page);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    }
  }

  /** The file a request path names, or null when there is none or it lies outside the root. */
  async function resolveFile(
    urlPath: string,
  ): Promise<{ file: string } | { redirect: string } | null> {
    let relative: string;
    try {
      relative = decodeURIComponent(urlPath.slice(basePath.length));
    } catch {
      return null;
    }
    if (relative.includes('\0')) return null;
    const candidate = resolve(rootDir, '.' + sep + relative);
    if (!isInside(rootDir, candidate)) return null;
    let real: string;
    try {
      // Resolving links too: a symbolic link must not lead out of the root either.
      real = await realpath(candidate);
    } catch {
      return null;
    }
    if (!isInside(rootDir, real)) return null;
    const info = await stat(real);
    if (info.isDirectory()) {
      // Relative links in an index page only work when its address ends with a slash.
      if (!urlPath.endsWith('/')) return { redirect: urlPath + '/' };
      return resolveFile(urlPath + 'index.html');
    }
    return info.isFile() ? { file: real } : null;
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === basePath.slice(0, -1) || (pathname === '/' && basePath !== '/')) {
      response.writeHead(302, { Location: basePath + search }).end();
      return;
    }
    const found = pathname.startsWith(basePath) ? await resolveFile(pathname) : null;
    if (!found) return notFound(response, method);
    if ('redirect' in found) {
      response.writeHead(301, { Location: found.redirect + search }).end();
      return;
    }
    await send(response, method, 200, found.file, isInside(rawDir, found.file));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}${basePath}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '8080' },
      'base-path': { type: 'string', default: '/' },
    },
  });
  const server = await startServer({
    root: values.dir,
    port: Number(values.port),
    basePath: values['base-path'],
  });
  console.log(`Serving ${values.dir} at ${server.url} (Ctrl+C to stop)`);
}
