// Where this project's own files are (templates, the Eleventy config, src/, node_modules): found
// from this module, not from the working directory, which is wherever the user runs the build.

import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Whether this process runs the compiled runtime (compiled/src/*.js, which bin/runtime.js makes
 * from these sources) rather than the TypeScript sources under tsx.
 */
export const COMPILED = import.meta.url.endsWith('.js');

/** The extension of this project's modules as this process runs them. */
export const MODULE_EXTENSION = COMPILED ? '.js' : '.ts';

/** The project's root folder, without a trailing separator. */
export const PROJECT_ROOT = resolve(
  dirname(fileURLToPath(import.meta.url)),
  COMPILED ? '../..' : '..',
);

/** The compiled runtime's folder (bin/runtime.js's COMPILED). */
const COMPILED_ROOT = join(PROJECT_ROOT, 'compiled') + sep;

/**
 * The source file a compiled one was made from (compiled/src/x.js -> src/x.ts; a copied data
 * file -> the file it was copied from); any other file as it is.
 */
export function sourceFile(file: string): string {
  if (!file.startsWith(COMPILED_ROOT)) return file;
  const copied = join(PROJECT_ROOT, file.slice(COMPILED_ROOT.length));
  const source = copied.replace(/\.js$/, '.ts');
  return source !== copied && existsSync(source) ? source : copied;
}
