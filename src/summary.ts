// What a build tells when it ends, the same from the build command (src/cli.ts) and from each
// build of serve --watch (src/watch.ts): one summary line in plain English, and a line a file
// skipped, rejected or warned about.

import type { BuildSummary } from './build.ts';

/** "1 article", "2 articles"; "1 copy", "3 copies". */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The summary line: what was read, published, merged, rejected and skipped. `verb` starts it
 * ("Built", or "Rebuilt" for a rebuild of serve --watch).
 */
export function summaryLine(summary: BuildSummary, seconds: number, verb = 'Built'): string {
  return (
    `${verb} ${summary.output} in ${seconds.toFixed(1)} s: ` +
    `${count(summary.filesRead, 'file')} read, ${count(summary.articles, 'article')} ` +
    `(${count(summary.fragments, 'fragment')}), ` +
    `${count(summary.copiesMerged, 'copy', 'copies')} merged, ` +
    `${count(summary.rejected.length, 'file')} rejected${skippedText(summary)}, ` +
    `${count(summary.pages, 'page')}` +
    (summary.redirects === 0 ? '' : ` (${count(summary.redirects, 'redirect')})`) +
    (summary.reused.pages === 0
      ? '.'
      : `; ${summary.reused.pages} of ${summary.reused.pagedPages} article, listing and ` +
        'feed pages were unchanged and kept from the previous build.')
  );
}

/** ", 2 files and 1 folder skipped (hidden or documentation)", or "" when none was. */
function skippedText({ skipped }: BuildSummary): string {
  if (skipped.length === 0) return '';
  // A skipped folder's path ends in / (src/stages/ingest.ts).
  const folders = skipped.filter((s) => s.path.endsWith('/')).length;
  const files = skipped.length - folders;
  const parts = [files && count(files, 'file'), folders && count(folders, 'folder')];
  return `, ${parts.filter(Boolean).join(' and ')} skipped (hidden or documentation)`;
}

/** A line a file rejected or warned about, and with `skipped` a line a file skipped. */
export function fileLines(summary: BuildSummary, { skipped }: { skipped: boolean }): string[] {
  return [
    ...(skipped ? summary.skipped.map((s) => `skipped ${s.path} (${s.reason})`) : []),
    ...summary.rejected.map((r) => `rejected ${r.path}: ${r.reason}`),
    ...summary.warnings.map((w) => `warning ${w.path}: ${w.message}`),
  ];
}
