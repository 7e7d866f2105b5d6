// Issue 22's speed target for saved pages, as the issue words it: "building N saved pages takes
// less than half the time Readability alone takes to extract them in the same run". `npm run
// bench:extract:html -- --build [--rounds 3]` (bench/extract/html.ts) runs, in each round,
// Mozilla Readability on linkedom over every saved page (Readability's and trafilatura's, each
// decoded as a build decodes it: bench/extract/peer.ts) and the real build (`node
// bin/news-archive.js build`, as bench/scale does, from a fresh output, work folder and lock: nothing from a
// cache) over a folder holding the same pages as .html files, and prints both walls side by
// side with the build's stages. The order alternates between rounds, so that the load falls on
// both alike; the load average is printed beside each round. The build counts what Readability
// does not: process start, dedup, names, topics, Eleventy's pages and Pagefind's index, which a
// build of any N pays; the stage lines say how much of it each is.

import { mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../quality/generate.ts';
import { buildCommand, measure, type Measured } from '../scale/run.ts';
import { median, sum } from '../shared/cpu.ts';
import { readabilityHtmlPages, trafilaturaHtmlPages } from './html-pages.ts';
import { runPeer } from './peer.ts';
import type { Page } from './measure.ts';

interface Round {
  load: [number, number];
  /** Readability's summed wall over the pages, and its process CPU over the same loop, s. */
  peerWall: number;
  peerCpu: number;
  build: Measured;
}

/** The pages written as one input folder: readability/<case>.html, trafilatura/<file>. */
async function writeInput(pages: Page[], dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const corpus of ['readability', 'trafilatura']) {
    await mkdir(path.join(dir, corpus), { recursive: true });
  }
  for (const p of pages) {
    const name = p.corpus === 'readability' ? `${p.name}.html` : p.name;
    await writeFile(path.join(dir, p.corpus, name), p.bytes);
  }
}

function peerRound(pages: Page[]): { wall: number; cpu: number } {
  const start = process.cpuUsage();
  const ms = runPeer(pages).ms;
  const used = process.cpuUsage(start);
  return { wall: sum(ms) / 1000, cpu: (used.user + used.system) / 1e6 };
}

async function buildRound(input: string, runDir: string): Promise<Measured> {
  await rm(runDir, { recursive: true, force: true });
  const run = await measure(buildCommand(input, runDir), REPO_ROOT, false);
  if (run.code !== 0)
    throw new Error(`the build exited with ${run.code}:\n${run.stderrTail.join('\n')}`);
  return run;
}

const stage = (run: Measured, name: string) =>
  run.stages.find((s) => s.stage === name) ?? { seconds: 0, cpuSeconds: 0 };
const stages = (run: Measured, names: string[]): [number, number] => [
  sum(names.map((n) => stage(run, n).seconds)),
  sum(names.map((n) => stage(run, n).cpuSeconds)),
];
const steps = (run: Measured, pattern: RegExp): [number, number] => {
  const matched = run.steps.filter((s) => pattern.test(s.stage));
  return [sum(matched.map((s) => s.seconds)), sum(matched.map((s) => s.cpuSeconds))];
};

/**
 * The build's wall and CPU (all its threads and child processes) split as the reader
 * needs them, s: what the stages report, and the rest (process start, loading, exit).
 */
function parts(run: Measured): [string, [number, number]][] {
  const staged = stages(
    run,
    run.stages.map((s) => s.stage),
  );
  return [
    ['build', [run.wallSeconds, run.cpuSeconds]],
    [
      '  start, loading, exit (not in a stage)',
      [run.wallSeconds - staged[0], run.cpuSeconds - staged[1]],
    ],
    ['  ingest', stages(run, ['ingest'])],
    ['  normalize', stages(run, ['normalize'])],
    ['  dedup', stages(run, ['dedup'])],
    ['  names', stages(run, ['names'])],
    [
      '  addresses, topics, related, write, lock',
      stages(run, ['addresses', 'topics', 'related', 'write', 'lock']),
    ],
    ['  site', stages(run, ['site'])],
    ['    of it Eleventy', steps(run, /Eleventy/)],
    ['    of it Pagefind and raw files', steps(run, /Pagefind/)],
  ];
}

export async function buildBesideReadability(
  root: string,
  options: { limit: number; rounds: number },
): Promise<void> {
  const pages = [
    ...readabilityHtmlPages(root, options.limit),
    ...trafilaturaHtmlPages(root, options.limit),
  ];
  const scratch = path.join(tmpdir(), `html-build-${process.pid}`);
  const input = path.join(scratch, 'input');
  await writeInput(pages, input);
  console.log(`${pages.length} saved pages (${root}), written to ${input}`);
  const rounds: Round[] = [];
  for (let r = 0; r < options.rounds; r++) {
    const round = await sideBySide(pages, input, path.join(scratch, 'run'), r % 2 === 0);
    rounds.push(round);
    console.log(
      `round ${r + 1} (load ${round.load.map((x) => x.toFixed(1)).join(' -> ')}): Readability ` +
        `${round.peerWall.toFixed(1)} s wall (${round.peerCpu.toFixed(1)} s CPU), build ` +
        `${round.build.wallSeconds.toFixed(1)} s wall (${round.build.cpuSeconds.toFixed(1)} s CPU), ` +
        `ratio ${(round.build.wallSeconds / round.peerWall).toFixed(2)}`,
    );
  }
  printMedians(rounds, pages.length);
  await rm(scratch, { recursive: true, force: true });
}

/** One round: Readability over the pages and the build of `input`, Readability first or last. */
async function sideBySide(
  pages: Page[],
  input: string,
  runDir: string,
  peerFirst: boolean,
): Promise<Round> {
  const before = loadavg()[0]!;
  let peer = { wall: 0, cpu: 0 };
  let build: Measured | null = null;
  for (const which of peerFirst ? ['peer', 'build'] : ['build', 'peer']) {
    if (which === 'peer') peer = peerRound(pages);
    else build = await buildRound(input, runDir);
  }
  return { load: [before, loadavg()[0]!], peerWall: peer.wall, peerCpu: peer.cpu, build: build! };
}

/** The rounds' medians, Readability's and each part of the build's, and the rounds' ratios. */
function printMedians(rounds: Round[], n: number): void {
  const med = (f: (r: Round) => number) => median(rounds.map(f));
  const cell = (s: number) =>
    `${s.toFixed(1).padStart(7)} s ${((s * 1000) / n).toFixed(1).padStart(7)}`;
  const row = (label: string, wall: number, cpu: number) =>
    `  ${label.padEnd(42)} ${cell(wall)}  ${cell(cpu)}`;
  console.log(
    `\nmedians of ${rounds.length} rounds, ${n} pages: wall (s, ms a page), CPU (s, ms a page)`,
  );
  console.log(
    row(
      'Readability (decode, linkedom, parse)',
      med((r) => r.peerWall),
      med((r) => r.peerCpu),
    ),
  );
  const labels = parts(rounds[0]!.build).map(([label]) => label);
  labels.forEach((label, i) =>
    console.log(
      row(
        label,
        med((r) => parts(r.build)[i]![1][0]),
        med((r) => parts(r.build)[i]![1][1]),
      ),
    ),
  );
  const ratios = rounds.map((r) => r.build.wallSeconds / r.peerWall);
  console.log(
    `build wall / Readability wall: ${ratios.map((x) => x.toFixed(2)).join(', ')} (median ` +
      `${median(ratios).toFixed(2)}; issue 22 wants < 0.5)`,
  );
}
