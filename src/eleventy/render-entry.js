// The entry of an Eleventy process (src/eleventy/render-process.ts forks this file): it loads
// Eleventy and Nunjucks first, then registers tsx, and runs render-process.ts.
//
// Plain JavaScript, so that Node runs it without tsx. With tsx registered first (`--import
// tsx`), every module Eleventy imports goes through tsx's loader hooks, which answer on a
// thread of their own: about 0.2 s of CPU a process to load packages that need no compiling
// (docs/figures.md, stop 42). Loaded before the hooks exist, they are not asked; the
// TypeScript modules (this project's, and .eleventy.ts, which Eleventy imports later) still are.
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { register } from 'tsx/esm/api';

await Promise.all([import('@11ty/eleventy'), import('nunjucks')]);
register();
const module = new URL('./render-process.ts', import.meta.url);
// render-process.ts renders when it is the script Node was given, as when it is run itself.
process.argv[1] = fileURLToPath(module);
await import(module.href);
