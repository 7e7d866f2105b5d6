// A heap probe for measuring a build's memory thread by thread (docs/figures.md, stop 58, lead).
// Load it with NODE_OPTIONS="--import /abs/path/bench/html/heap-probe.mjs" on bench:html:warc; each
// thread of the build (src/cli.ts) logs V8's used and committed heap, the process's RSS, external
// and ArrayBuffer bytes every 2 s and after each full collection, to
// $PROBE_DIR/<PROBE_TAG>-<pid>-<thread>.log. Worker threads' event loops are kept busy by their
// messages, so to log them import tickIfDue from src/worker-tasks.ts and call it on each message.
// PROBE_V8 holds V8 flags to set in the build (e.g. --heap-growing-percent=50).
import { appendFileSync } from 'node:fs';
import process from 'node:process';
import { setInterval } from 'node:timers';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { threadId } from 'node:worker_threads';
const args = process.argv.join(' ');
let due = () => {};
/** For threads whose event loop is kept busy by messages: a tick when 2 s have passed. */
export function tickIfDue() {
  due();
}
if (/cli\.[jt]s/.test(args) || threadId > 0) {
  if (process.env.PROBE_V8) setFlagsFromString(process.env.PROBE_V8);
  const tag = process.env.PROBE_TAG ?? 'run';
  const dir = process.env.PROBE_DIR ?? '/tmp';
  const file = `${dir}/${tag}-${process.pid}-${threadId}.log`;
  const MB = 1048576;
  const line = (ev) => {
    const h = getHeapStatistics();
    const m = process.memoryUsage();
    appendFileSync(
      file,
      `${Date.now()} ${ev} ${(h.used_heap_size / MB).toFixed(0)} ${(h.total_heap_size / MB).toFixed(0)} ${(m.rss / MB).toFixed(0)} ${(h.heap_size_limit / MB).toFixed(0)} ext ${(m.external / MB).toFixed(0)} ab ${(m.arrayBuffers / MB).toFixed(0)} malloced ${(h.malloced_memory / MB).toFixed(0)}\n`,
    );
  };
  let last = Date.now();
  due = () => {
    const now = Date.now();
    if (now - last >= 2000) {
      last = now;
      line('mtick');
    }
  };
  const t = setInterval(() => line('tick'), 2000);
  t.unref();
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) line('major');
  });
  obs.observe({ entryTypes: ['gc'] });
  line(`start ${process.env.PROBE_V8 ?? ''} ${threadId} ${args.slice(0, 80).replace(/ /g, '_')}`);
}
