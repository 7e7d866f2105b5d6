// The compiled runtime: src/ and .eleventy.ts as plain JavaScript in compiled/, which the build
// command runs instead of the TypeScript sources under tsx when it is up to date.
//
//   node bin/runtime.js        compile (npm's `prepare` runs it on `npm ci` and `npm install`;
//                              `npm run compile` after editing src/)
//
// Why: tsx compiles nothing twice (its disk cache), but its loader hooks answer every import on
// a thread of their own, and the build paid them in each process and worker thread: ~1.5 s of
// CPU a worker thread and ~1 s on the main thread (docs/figures.md, stop 61, bo61). Plain
// JavaScript is loaded by Node itself.
//
// Never stale: compiled/sources.sha256 holds a hash of every source file (their paths and bytes),
// of this file, tsconfig.json and esbuild's version, written last. The build command recomputes
// it (5-25 ms) and runs the TypeScript sources under tsx, as before, when compiled/ is missing or
// was made from other sources: an edit to src/ takes effect at once, at tsx's speed, until
// `npm run compile`.
//
// Each source file is compiled on its own, as tsx does (esbuild, the same tsconfig.json), with
// its relative imports renamed from .ts to .js; the other files under src/ (the lexicon's word
// counts) are copied beside them, so that URLs relative to import.meta.url find them.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The compiled runtime's folder name, under the root. */
export const COMPILED = 'compiled';
const STAMP = 'sources.sha256';

// esbuild is tsx's: the project already installs it, with its dependencies (not devDependencies),
// so a user's install (`npm ci --omit=dev`) compiles too.
const requireFromTsx = createRequire(fileURLToPath(import.meta.resolve('tsx')));

/** The source files under `root` (relative paths, sorted): .eleventy.ts and everything in src/. */
function sourceFiles(root) {
  const files = ['.eleventy.ts'];
  const visit = (rel) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  visit('src');
  return files.sort();
}

/** The hash compiled/ must hold to be the compiled form of `root`'s sources. */
export function sourcesHash(root = ROOT) {
  const hash = createHash('sha256');
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(`\0esbuild@${requireFromTsx('esbuild/package.json').version}\0`);
  hash.update(readFileSync(path.join(root, 'tsconfig.json'))).update('\0');
  for (const file of sourceFiles(root)) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

/** Whether `root`'s compiled/ was made from its sources as they are now. */
export function compiledIsFresh(root = ROOT) {
  let stamp;
  try {
    stamp = readFileSync(path.join(root, COMPILED, STAMP), 'utf8');
  } catch {
    return false;
  }
  return stamp === sourcesHash(root);
}

/** Compiles `root`'s sources into a new folder, then puts it in place of compiled/. */
export async function compile(root = ROOT) {
  const hash = sourcesHash(root);
  const files = sourceFiles(root);
  const staging = path.join(root, `${COMPILED}.${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    await compileInto(root, staging, files);
    // Written last: a compile that stops halfway leaves no stamp, so nothing runs it.
    writeFileSync(path.join(staging, STAMP), hash);
    rmSync(path.join(root, COMPILED), { recursive: true, force: true });
    renameSync(staging, path.join(root, COMPILED));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Each source file of `files` compiled into `staging`, and the other files copied there. */
async function compileInto(root, staging, files) {
  const { build } = requireFromTsx('esbuild');
  await build({
    absWorkingDir: root,
    entryPoints: files.filter((file) => file.endsWith('.ts')),
    outdir: staging,
    outbase: '.',
    // Each file alone: every import is left to Node, relative ones renamed to the .js beside.
    bundle: true,
    packages: 'external',
    plugins: [
      {
        name: 'relative-imports',
        setup(compiler) {
          compiler.onResolve({ filter: /^\.\.?\// }, ({ path: specifier, kind }) =>
            kind === 'entry-point'
              ? undefined
              : { path: specifier.replace(/\.ts$/, '.js'), external: true },
          );
        },
      },
    ],
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // esbuild (0.28) rewrites every regular expression literal holding a Unicode property
    // escape (`/^\p{Lu}/u`) as `new RegExp("^\\p{Lu}", "u")` for this target, and the sources
    // hold 204 of them, many in functions run on every word: each call then builds its
    // expression anew (~95 ns against ~20 ns a test, a micro-benchmark on Node 20). Node 20 reads
    // them as written, and a literal is a new expression at each evaluation either way, so
    // nothing but the speed changes: the names stage 2% less CPU (docs/figures.md, stop 66).
    supported: { 'regexp-unicode-property-escapes': true },
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  for (const file of files.filter((f) => !f.endsWith('.ts'))) {
    mkdirSync(path.dirname(path.join(staging, file)), { recursive: true });
    copyFileSync(path.join(root, file), path.join(staging, file));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await compile();
  } catch (error) {
    // An install is not failed for it: the build runs the sources under tsx instead.
    const atInstall = process.env.npm_lifecycle_event === 'prepare';
    process.stderr.write(
      `news-archive: src/ was not compiled (${error.message.split('\n')[0]}); builds run the ` +
        'TypeScript sources under tsx until `npm run compile` succeeds.\n',
    );
    process.exitCode = atInstall ? 0 : 1;
  }
}
