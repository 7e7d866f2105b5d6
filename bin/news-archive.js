#!/usr/bin/env node
// The news-archive command, for `npx news-archive` and a global or linked install:
//
//   news-archive [build] [options]   build the site (src/cli.ts); the default command
//   news-archive serve [options]     serve a built site (src/serve.ts)
//   news-archive --help | --version
//
// Plain JavaScript, so that Node runs it as it is. It runs the compiled runtime (compiled/,
// which bin/runtime.js makes at install) when that was made from the sources as they are now;
// otherwise it registers tsx, which the project depends on, and runs the TypeScript sources.
// Either way it hands the rest of the command line to the module as if it had been run directly.
// Relative paths are from the folder the command is run in.
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { compiledIsFresh } from './runtime.js';

/** Each command's module, without its extension. */
const COMMANDS = {
  build: 'src/cli',
  serve: 'src/serve',
};

const [first, ...rest] = process.argv.slice(2);
let command = 'build';
let args = process.argv.slice(2);
if (first !== undefined && !first.startsWith('-')) {
  if (!Object.hasOwn(COMMANDS, first)) {
    process.stderr.write(
      `news-archive: Unknown command "${first}". The commands are build (the default) and ` +
        `serve; to build the articles in a folder, write news-archive build --input ${first}\n`,
    );
    process.exit(2);
  }
  command = first;
  args = rest;
}

let module;
if (compiledIsFresh()) module = new URL(`../compiled/${COMMANDS[command]}.js`, import.meta.url);
else {
  const { register } = await import('tsx/esm/api');
  register();
  module = new URL(`../${COMMANDS[command]}.ts`, import.meta.url);
}
// Each module runs its command from process.argv, as when it is run itself (src/serve.ts only
// when it is the script Node was given).
process.argv = [process.argv[0], fileURLToPath(module), ...args];
await import(module.href);
