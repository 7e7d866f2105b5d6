// The memory allocator of the relaunched build (src/heap-limit.ts runs the build in a Node
// process of its own).
//
// glibc's malloc keeps the memory of many small blocks once they are freed: the dedup stage's
// typed arrays (a ~16 KB shingle set a document, 1.65 GB at 100,000 web pages) are freed when it
// ends, and 2-3.5 GB of the build's resident memory stayed outside V8's heaps from then on, where
// the heaps themselves held ~2.5-4.5 GB (docs/figures.md, stop 58, lead: a probe in every thread).
// With jemalloc preloaded, the same 100,000-record WARC build peaked at 5,954 MiB against 7,734
// (stop 57) and 8,719 (stop 58), the memory outside the heaps was 0.1-0.8 GB, and the output is
// the allocator's business only (stop 59, lead). Most Linux machines can have it from their
// package manager (Debian and Ubuntu: `apt-get install libjemalloc2`); where it is not installed,
// or the user preloads a library of their own, or asks for the system's malloc, nothing changes.

/** The environment variable that, set to `system`, keeps the system's malloc. */
export const MALLOC_CHOICE = 'NEWS_ARCHIVE_MALLOC';

/** Where Linux distributions install jemalloc's shared library. */
export const JEMALLOC_PATHS = [
  '/usr/lib/x86_64-linux-gnu/libjemalloc.so.2', // Debian, Ubuntu (amd64)
  '/usr/lib/aarch64-linux-gnu/libjemalloc.so.2', // Debian, Ubuntu (arm64)
  '/usr/lib64/libjemalloc.so.2', // Fedora, RHEL
  '/usr/lib/libjemalloc.so.2', // Alpine, Arch
];

export interface AllocatorHost {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** Whether a file exists (fs.existsSync on the machine; a set in the tests). */
  exists: (file: string) => boolean;
}

/** The jemalloc library to preload into the relaunched build, or null to leave malloc alone. */
export function jemallocToPreload({ platform, env, exists }: AllocatorHost): string | null {
  // LD_PRELOAD is the Linux dynamic loader's; a user's own preload is kept as given.
  if (platform !== 'linux' || env.LD_PRELOAD || env[MALLOC_CHOICE] === 'system') return null;
  return JEMALLOC_PATHS.find(exists) ?? null;
}

/** The relaunched build's environment: `host.env`, with jemalloc preloaded where it can be. */
export function relaunchEnv(host: AllocatorHost): NodeJS.ProcessEnv {
  const library = jemallocToPreload(host);
  return library ? { ...host.env, LD_PRELOAD: library } : { ...host.env };
}
