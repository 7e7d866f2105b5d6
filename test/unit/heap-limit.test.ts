// The build's heap limit (src/heap-limit.ts): half the machine's memory when the user set none,
// the user's own limit kept as given, and the TypeScript loader carried into the new process.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { heapLimitGiven, relaunchArgs, type Launch } from '../../src/heap-limit.ts';

const GB = 1024 ** 3;
const TSX = 'file:///opt/news-archive/node_modules/tsx/dist/loader.mjs';

/** This machine's case: 24 GB, Node's default limit of 4,144 MB, run by `npm run build`. */
const npmRunBuild: Launch = {
  execArgv: ['--require', '/opt/news-archive/node_modules/tsx/dist/preflight.cjs', '--import', TSX],
  argv: ['/opt/news-archive/src/cli.ts', '--input', 'crawl'],
  nodeOptions: undefined,
  currentLimit: 4144 * 1024 ** 2,
  totalMemory: 24 * GB,
  tsxLoader: TSX,
};

test('with no limit given, the build runs again with half the memory as its heap limit', () => {
  assert.deepEqual(relaunchArgs(npmRunBuild), [
    ...npmRunBuild.execArgv,
    '--max-old-space-size=12288',
    ...npmRunBuild.argv,
  ]);
});

test('the command run by bin/news-archive.js, which registers tsx from inside, gets its loader', () => {
  const args = relaunchArgs({ ...npmRunBuild, execArgv: [] });
  assert.deepEqual(args, ['--max-old-space-size=12288', '--import', TSX, ...npmRunBuild.argv]);
});

test('the compiled runtime (bin/runtime.js) runs again without tsx', () => {
  const argv = ['/opt/news-archive/compiled/src/cli.js', '--input', 'crawl'];
  const args = relaunchArgs({ ...npmRunBuild, execArgv: [], argv, tsxLoader: null });
  assert.deepEqual(args, ['--max-old-space-size=12288', ...argv]);
});

test("the user's own limit is kept, on the command line or in NODE_OPTIONS, in either spelling", () => {
  for (const execArgv of [['--max-old-space-size=2048'], ['--max_old_space_size', '2048']]) {
    assert.equal(relaunchArgs({ ...npmRunBuild, execArgv }), null, execArgv.join(' '));
  }
  for (const nodeOptions of [
    '--max-old-space-size=16000',
    '--enable-source-maps --max_old_space_size=16000',
  ]) {
    assert.equal(relaunchArgs({ ...npmRunBuild, nodeOptions }), null, nodeOptions);
  }
  // Other flags are no limit: they are carried into the new process.
  assert.equal(heapLimitGiven(['--inspect'], '--max-semi-space-size=64'), false);
});

test('no new process when the machine gives no more than the limit this one has', () => {
  assert.equal(relaunchArgs({ ...npmRunBuild, totalMemory: 8 * GB }), null);
});
