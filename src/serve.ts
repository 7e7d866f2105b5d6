// A small static file server for the built site, for looking at it locally and for the browser
// tests. Search needs it: Pagefind fetches its index over HTTP, which pages opened from disk
// cannot do. With --watch it also builds the site and rebuilds it on every change to the input
// (src/watch.ts).
//
//   npm run serve -- [--dir dist] [--port 8080] [--base-path /news/] [--watch ...]  (--help)

import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { useInvocationFolder } from './command-line.ts';
import { ConfigError } from './config.ts';
import { isValidUtf8 } from './decode.ts';
import { messageOf, UsageError } from './errors.ts';
import { normalizeBasePath } from './options.ts';
import { isInside } from './paths.ts';
import { parseServeArgs, serveUsage, type ServeArgs } from './serve-args.ts';
import { watchAndRebuild, type SiteWatcher } from './watch.ts';

export interface ServeOptions {
  /** Folder to serve; looked up again on every request, since a build replaces it by renames. */
  root: string;
  /** 0 picks a free port. */
  port?: number;
  /** URL path the site is served under ("news" means "/news/"); as built. */
  basePath?: string;
  /** Ports tried from `port` up while they are taken (1: only `port`). */
  portAttempts?: number;
}

export interface RunningServer {
  /** The site's address, e.g. "http://127.0.0.1:8080/news/". */
  url: string;
  /** The port listened on: `port`, or a later one when that was taken. */
  port: number;
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

/**
 * The Content-Type for a file. Files under raw/ are scraped input in whatever encoding it came
 * in: they are always plain text, so that an input file named .html cannot run in the site's
 * origin, and they are only labelled UTF-8 when their bytes are.
 */
async function contentType(file: string, isRaw: boolean): Promise<string> {
  const type = isRaw
    ? 'text/plain'
    : (CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  if (type === 'text/plain' && isValidUtf8(await readFile(file)))
    return 'text/plain; charset=utf-8';
  return type;
}

/** What one request is answered from: the site folder as it is at that moment, and its base. */
interface Site {
  /** The real path of the served folder (links resolved), for the checks that files lie in it. */
  rootDir: string;
  basePath: string;
}

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

async function notFound(site: Site, response: ServerResponse, method: string) {
  const page = join(site.rootDir, '404.html');
  try {
    await send(response, method, 404, page);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
  }
}

/** The file a request path names, or null when there is none or it lies outside the root. */
async function resolveFile(
  site: Site,
  urlPath: string,
): Promise<{ file: string } | { redirect: string } | null> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.slice(site.basePath.length));
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const candidate = resolve(site.rootDir, '.' + sep + relative);
  if (!isInside(site.rootDir, candidate)) return null;
  let real: string;
  try {
    // Resolving links too: a symbolic link must not lead out of the root either.
    real = await realpath(candidate);
  } catch {
    return null;
  }
  if (!isInside(site.rootDir, real)) return null;
  const info = await stat(real);
  if (info.isDirectory()) {
    // Relative links in an index page only work when its address ends with a slash.
    if (!urlPath.endsWith('/')) return { redirect: urlPath + '/' };
    return resolveFile(site, urlPath + 'index.html');
  }
  return info.isFile() ? { file: real } : null;
}

async function handle(
  root: string,
  basePath: string,
  request: IncomingMessage,
  response: ServerResponse,
) {
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
  // Looked up per request: a build publishes by renaming a new folder to the root's name.
  const rootDir = await realpath(root).catch(() => null);
  if (rootDir === null) {
    // Between the two renames of a publish, or the folder was removed.
    response
      .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '1' })
      .end(`No site in ${root} at the moment; reload in a moment.\n`);
    return;
  }
  const site = { rootDir, basePath };
  const found = pathname.startsWith(basePath) ? await resolveFile(site, pathname) : null;
  if (!found) return notFound(site, response, method);
  if ('redirect' in found) {
    response.writeHead(301, { Location: found.redirect + search }).end();
    return;
  }
  await send(response, method, 200, found.file, isInside(join(rootDir, 'raw'), found.file));
}

function listenOnce(server: Server, port: number): Promise<void> {
  return new Promise<void>((done, fail) => {
    const failed = (error: Error) => fail(error);
    server.once('error', failed);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', failed);
      done();
    });
  });
}

/**
 * Listens on `port`, or on the next one up while it is taken, `attempts` ports in all; returns
 * the port. Ports no one may take are a UsageError: the user picks another.
 */
async function listen(server: Server, port: number, attempts: number): Promise<number> {
  const last = Math.min(port + Math.max(attempts, 1) - 1, 65535);
  for (let candidate = port; ; candidate++) {
    try {
      await listenOnce(server, candidate);
      return (server.address() as AddressInfo).port;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES') {
        throw new UsageError(`Port ${candidate} needs administrator rights: try --port 8080`);
      }
      if (code !== 'EADDRINUSE' || port === 0) throw error;
      if (candidate >= last) {
        throw new UsageError(
          (port === last ? `Port ${port} is` : `Ports ${port} to ${last} are all`) +
            ' in use: stop what is using it, or give another with --port (0: any free port)',
        );
      }
    }
  }
}

export async function startServer({
  root,
  port = 8080,
  basePath = '/',
  portAttempts = 1,
}: ServeOptions): Promise<RunningServer> {
  const base = normalizeBasePath(basePath);
  // Resolved once against the current folder, but not to a real path: see handle().
  const rootPath = resolve(root);
  const server = createServer((request, response) => {
    handle(rootPath, base, request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  const actualPort = await listen(server, port, portAttempts);
  return {
    url: `http://127.0.0.1:${actualPort}${base}`,
    port: actualPort,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

// The command: `npm run serve -- ...`, and `news-archive serve ...` through bin/news-archive.js.

/** Exit codes: 0 served until stopped (or --help); 1 failed; 2 usage error, nothing served. */
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

/** How many ports are tried from the one asked for while they are taken. */
const PORT_ATTEMPTS = 20;

export interface ServeIo {
  /** Where the site is served, and each build's summary (stdout). */
  log(line: string): void;
  /** Errors and warnings (stderr). */
  error(line: string): void;
  /** Serving (and watching) stops when it is aborted; by default on Ctrl+C or SIGTERM. */
  signal?: AbortSignal;
  /** Called with the site's address once it is served. */
  onListening?(url: string): void;
}

const consoleIo: ServeIo = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
};

/**
 * The serve command: serves until `io.signal` is aborted (Ctrl+C), and returns the exit code.
 * Relative paths are from the current folder, or under `npm run serve` the one npm was run in.
 */
export async function serveMain(argv: string[], io: ServeIo = consoleIo): Promise<number> {
  try {
    useInvocationFolder();
    const args = await parseServeArgs(argv);
    if (args.help) {
      io.log(serveUsage());
      return 0;
    }
    return await serveUntilStopped(args, io);
  } catch (error) {
    // Mistakes the user fixes: the message says how; a stack trace would not help.
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.error(`news-archive serve: ${error.message}`);
      return EXIT_USAGE;
    }
    if (error instanceof FirstBuildError) {
      io.error(`news-archive serve: ${error.message}`);
      return EXIT_FAILED;
    }
    io.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return EXIT_FAILED;
  }
}

async function serveUntilStopped(args: ServeArgs, io: ServeIo): Promise<number> {
  const hadSite = await hasSite(args.dir);
  if (!args.build && !hadSite) throw noSite(args.dir);
  if (args.build) await requireInput(args.build.input);
  const stopping = io.signal ? null : stopOnSignals();
  const signal = io.signal ?? stopping!.signal;
  // Watching from before the first build, so that a change while it runs is not missed.
  const watcher = args.build && watchAndRebuild(args.build, io);
  try {
    if (watcher) await firstBuild(watcher, args.dir, hadSite, io);
    if (signal.aborted) return 0;
    const server = await startServer({
      root: args.dir,
      port: args.port,
      basePath: args.basePath,
      portAttempts: PORT_ATTEMPTS,
    });
    announce(args, server, io);
    await aborted(signal);
    await watcher?.close();
    await server.close();
    return 0;
  } finally {
    await watcher?.close();
    stopping?.dispose();
  }
}

/** Whether `dir` holds a built site (its home page), as opposed to nothing or something else. */
async function hasSite(dir: string): Promise<boolean> {
  return stat(join(resolve(dir), 'index.html')).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** "dist/", as messages name a folder. */
function folderName(dir: string): string {
  return dir.replace(/\/*$/, '/');
}

function noSite(dir: string): UsageError {
  return new UsageError(
    `No site in ${folderName(dir)}: build one first with \`npm run build\`, ` +
      'or serve with --watch to build it',
  );
}

async function requireInput(input: string) {
  const info = await stat(input).catch(() => null);
  if (!info?.isDirectory()) {
    throw new UsageError(`No input folder ${input}: give the articles' folder with --input`);
  }
}

/**
 * With --watch: a site to serve. Without one, the first build runs now, and its failure ends the
 * command; a site already there is served while a build catches up with the input, which may
 * have changed since.
 */
async function firstBuild(watcher: SiteWatcher, dir: string, hadSite: boolean, io: ServeIo) {
  if (hadSite) {
    watcher.rebuild();
    return;
  }
  io.log(`No site in ${folderName(dir)} yet: building it ...`);
  try {
    await watcher.buildFirst();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new FirstBuildError(error);
  }
}

/** The first build of --watch failed, so there is no site to serve; its message is enough. */
class FirstBuildError extends Error {
  constructor(cause: unknown) {
    super(`the first build failed, so there is nothing to serve: ${messageOf(cause)}`, { cause });
  }
}

function announce(args: ServeArgs, server: RunningServer, io: ServeIo) {
  if (server.port !== args.port && args.port !== 0) {
    const note = `is in use, so the site is served on port ${server.port} instead.`;
    // On stderr when --port was given: the user asked for that address, and it is not the one.
    if (args.portGiven) io.error(`news-archive serve: port ${args.port} (--port) ${note}`);
    else io.log(`Port ${args.port} ${note}`);
  }
  io.log(`Serving ${folderName(args.dir)} at ${server.url} (Ctrl+C to stop)`);
  if (args.build) {
    io.log(`Watching ${folderName(args.build.input)} for changes: each rebuilds the site served.`);
  }
  io.onListening?.(server.url);
}

function aborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((done) => signal.addEventListener('abort', () => done(), { once: true }));
}

/**
 * An AbortSignal for the first Ctrl+C or SIGTERM. The handlers come off once it fires, so a
 * second Ctrl+C ends the process at once, even while a build is being waited for.
 */
function stopOnSignals(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const stop = () => {
    dispose();
    controller.abort();
  };
  const dispose = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return { signal: controller.signal, dispose };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await serveMain(process.argv.slice(2));
}
