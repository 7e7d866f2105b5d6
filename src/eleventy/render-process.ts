// Eleventy in a process of its own: renderShare() forks this module, which renders one share of
// the site's pages (see RenderShare) and reports how many HTML pages it wrote.
//
// Why processes: Eleventy renders on one core, and keeps every page it renders in memory until
// it is done (about 20 KB a page, besides the site model; src/stages/site.ts measures it). In
// processes of their own, shares of the pages render on both cores, and each process's memory
// is the system's again when it exits, before the next share or Pagefind needs it.

import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { PROJECT_ROOT } from '../project.ts';
import { shareName, type RenderShare } from './content.ts';

/** What the process sends back before it exits. */
type Reply = { pages: number } | { error: string };

// Eleventy resolves the template folder, its config file and passthrough copies against the
// working directory: the process runs from the project root, whatever the caller's directory.
const THIS_MODULE = fileURLToPath(import.meta.url);
// The process starts from a plain JavaScript entry, which loads Eleventy before it registers
// tsx and runs this module (render-entry.js says why).
const ENTRY = fileURLToPath(new URL('./render-entry.js', import.meta.url));

export interface RenderRequest {
  /** Folder holding site.json, the bodies and the render selection (src/eleventy/content.ts). */
  contentDir: string;
  /** URL path the site is served under. */
  basePath: string;
  /** Folder the pages are written into. */
  out: string;
  share: RenderShare;
  /** Links relative to each page (src/site/portable.ts). */
  portable?: boolean;
}

/** Renders one share of the pages in a new process; resolves to the HTML pages it wrote. */
export function renderShare(request: RenderRequest): Promise<number> {
  const name = shareName(request.share);
  return new Promise((resolvePages, reject) => {
    const child = fork(ENTRY, [request.out], {
      cwd: PROJECT_ROOT,
      // The configuration (.eleventy.ts) reads these; see the comment at its top.
      env: {
        ...process.env,
        ARCHIVE_CONTENT_DIR: request.contentDir,
        ARCHIVE_BASE_PATH: request.basePath,
        ARCHIVE_SHARE: name,
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
      reject(new Error(`Eleventy failed rendering share ${name} of the pages: ${why}`));
    });
  });
}

/** In the forked process: renders the share its environment names into argv[2]. */
async function renderHere(out: string): Promise<Reply> {
  try {
    const parent = process.ppid;
    const eleventy = new Eleventy('templates', out, {
      configPath: '.eleventy.ts',
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
    const pages = written.filter(
      (result) => typeof result.outputPath === 'string' && result.outputPath.endsWith('.html'),
    ).length;
    return { pages };
  } catch (error) {
    return { error: messageChain(error) };
  }
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
  const reply = await renderHere(process.argv[2] ?? '');
  process.send(reply, () => process.exit(0));
}
