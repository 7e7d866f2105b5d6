// Eleventy in a process of its own: renderShares() forks this module, which renders one or more
// shares of the site's pages (see RenderShare), one after another, and reports how many HTML
// pages it wrote.
//
// Why processes: Eleventy renders on one core, and keeps every page of a run in memory until the
// run is done: it renders them all before it writes the first (TemplateMap's
// populateContentDataInMap), and its page objects and results hold them (about 24 KB of heap a
// page, two thirds of it the page's HTML, besides the site model; docs/figures.md, stop 53). In
// processes of their own, shares of the pages render on both cores, and each process's memory
// is the system's again when it exits, before Pagefind needs it.
//
// Why several shares a process: each share is a run of its own, so a process holds one share's
// pages at a time, but the site model is read once a process (src/eleventy/content.ts): at
// 100,000 articles reading it costs about 10 s of CPU (a 225 MB JSON file), which one process a
// share paid again for every share.

import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { collectGarbage } from '../memory.ts';
import { COMPILED, PROJECT_ROOT } from '../project.ts';
import { shareName, type RenderShare } from './content.ts';

/** What the process sends back before it exits. */
type Reply = { pages: number } | { error: string };

// Eleventy resolves the template folder, its config file and passthrough copies against the
// working directory: the process runs from the project root, whatever the caller's directory.
const THIS_MODULE = fileURLToPath(import.meta.url);
// The process starts from this module when it is compiled (src/project.ts); from the TypeScript
// sources, from a plain JavaScript entry, which loads Eleventy before it registers tsx and runs
// this module (render-entry.js says why).
const ENTRY = COMPILED ? THIS_MODULE : fileURLToPath(new URL('./render-entry.js', import.meta.url));
/** The Eleventy configuration, from the project root: compiled, or .eleventy.ts under tsx. */
const CONFIG = COMPILED ? 'compiled/.eleventy.js' : '.eleventy.ts';

export interface RenderRequest {
  /** Folder holding site.json, the bodies and the render selection (src/eleventy/content.ts). */
  contentDir: string;
  /** URL path the site is served under. */
  basePath: string;
  /** Folder the pages are written into. */
  out: string;
  /** The shares this process renders, one after another. */
  shares: RenderShare[];
  /** Links relative to each page (src/site/portable.ts). */
  portable?: boolean;
}

/**
 * Renders shares of the pages, one after another, in a new process; resolves to the HTML pages
 * it wrote.
 */
export function renderShares(request: RenderRequest): Promise<number> {
  const names = request.shares.map(shareName);
  return new Promise((resolvePages, reject) => {
    // The process renders the shares named after the output folder, in turn.
    const child = fork(ENTRY, [request.out, ...names], {
      cwd: PROJECT_ROOT,
      // The configuration (.eleventy.ts) reads these; see the comment at its top.
      env: {
        ...process.env,
        ARCHIVE_CONTENT_DIR: request.contentDir,
        ARCHIVE_BASE_PATH: request.basePath,
        ARCHIVE_PORTABLE: request.portable ? '1' : '',
      },
      execArgv: [],
      // Eleventy prints nothing in quiet mode; a crash (out of memory) still reaches stderr.
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let reply: Reply | undefined;
    child.on('message', (message: Reply) => (reply = message));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (reply && 'pages' in reply && code === 0) return resolvePages(reply.pages);
      const why =
        reply && 'error' in reply
          ? reply.error
          : `the process stopped (${signal ?? `exit code ${code}`}) without reporting`;
      reject(
        new Error(`Eleventy failed rendering shares ${names.join(', ')} of the pages: ${why}`),
      );
    });
  });
}

/** In the forked process: renders each share named, one after another, into `out`. */
async function renderHere(out: string, shares: string[]): Promise<Reply> {
  try {
    let pages = 0;
    for (const [i, share] of shares.entries()) {
      // The share's pages, kept by the run before, are garbage now; freed before the next run
      // grows the heap, not whenever V8 next collects.
      if (i > 0) collectGarbage();
      // The configuration (.eleventy.ts) reads it when each run starts.
      process.env.ARCHIVE_SHARE = share;
      pages += await renderShareHere(out);
    }
    return { pages };
  } catch (error) {
    return { error: messageChain(error) };
  }
}

/** One Eleventy run over the share ARCHIVE_SHARE names; the HTML pages it wrote. */
async function renderShareHere(out: string): Promise<number> {
  const parent = process.ppid;
  const eleventy = new Eleventy('templates', out, {
    configPath: CONFIG,
    quietMode: true,
    // A build that is killed takes its Eleventy processes with it: left running, one would go
    // on writing into a staging folder that the next build has emptied and refills. Eleventy
    // renders in one long chain of promises, so the IPC channel's "disconnect" event is not
    // seen until it is done; each page checks, as it is written, that its build is alive.
    config: (config) =>
      config.addTransform('stop-when-the-build-is-gone', (content: string) => {
        if (process.ppid !== parent) process.exit(1);
        return content;
      }),
  });
  // Quiet mode still prints Eleventy's "Wrote N files" (forced); the build reports its own
  // count. Errors are sent to the parent, not logged.
  eleventy.disableLogger();
  const [, written] = await eleventy.write();
  return written.filter(
    (result) => typeof result.outputPath === 'string' && result.outputPath.endsWith('.html'),
  ).length;
}

/**
 * The error's message and those of the errors it wraps: Eleventy wraps the template's own error
 * (as originalError).
 */
function messageChain(error: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = error; e instanceof Error && messages.length < 5;) {
    messages.push(e.message);
    e = e.cause ?? (e as { originalError?: unknown }).originalError;
  }
  return messages.length > 0 ? messages.join(': ') : String(error);
}

if (process.argv[1] === THIS_MODULE && process.send) {
  const reply = await renderHere(process.argv[2] ?? '', process.argv.slice(3));
  process.send(reply, () => process.exit(0));
}
