// The relaunched build's allocator (src/allocator.ts): jemalloc preloaded on Linux where the
// machine has it, never over a user's own LD_PRELOAD or their choice of the system's malloc.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JEMALLOC_PATHS, MALLOC_CHOICE, relaunchEnv } from '../../src/allocator.ts';

const DEBIAN = '/usr/lib/x86_64-linux-gnu/libjemalloc.so.2';
const FEDORA = '/usr/lib64/libjemalloc.so.2';
const env = { PATH: '/usr/bin', HOME: '/home/reporter' };
const has =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

test('on a Debian machine with libjemalloc2 the build runs with jemalloc, the rest of its environment kept', () => {
  const out = relaunchEnv({ platform: 'linux', env, exists: has(DEBIAN) });
  assert.deepEqual(out, { ...env, LD_PRELOAD: DEBIAN });
  assert.equal('LD_PRELOAD' in env, false, 'the caller’s environment is not changed');
});

test('the library is found where other distributions install it', () => {
  assert.ok(JEMALLOC_PATHS.includes(FEDORA));
  assert.equal(relaunchEnv({ platform: 'linux', env, exists: has(FEDORA) }).LD_PRELOAD, FEDORA);
});

test('without jemalloc installed, or off Linux, the environment is unchanged', () => {
  assert.deepEqual(relaunchEnv({ platform: 'linux', env, exists: has() }), env);
  for (const platform of ['darwin', 'win32'] as const)
    assert.deepEqual(relaunchEnv({ platform, env, exists: has(DEBIAN) }), env, platform);
});

test('a user’s own LD_PRELOAD, or NEWS_ARCHIVE_MALLOC=system, is kept as given', () => {
  const own = { ...env, LD_PRELOAD: '/opt/tcmalloc/libtcmalloc.so' };
  assert.deepEqual(relaunchEnv({ platform: 'linux', env: own, exists: has(DEBIAN) }), own);
  const system = { ...env, [MALLOC_CHOICE]: 'system' };
  assert.deepEqual(relaunchEnv({ platform: 'linux', env: system, exists: has(DEBIAN) }), system);
});
