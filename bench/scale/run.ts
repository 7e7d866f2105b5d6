// Scale benchmark. `npm run bench -- --articles N [--seed 1] [--copies 0.12] [--corpora DIR]
//                                   [--skip-build] [--skip-baseline] [--incremental]`
//
// 1. Input: N stories written as scraped files (the dressing of bench/quality/generate.ts: site
//    chrome, datelines, bylines, encodings, wrapping), plus duplicate copies of about `--copies`
//    of them, so the input holds more files than stories:
//      - exact:     the same bytes again under mirror/ (a re-downloaded page);
//      - cut:       the first 50-80% of the paragraphs (a paywalled or truncated scrape), dressed
//                   by another site's template;
//      - retitled:  "UPDATE 1-" / "CORRECTED - " / "RPT-" before the headline, another template;
//      - redressed: the same story as another site printed it.
//    Stories are the real BBC News and Reuters-21578 stories of ../shared/corpora, shuffled. Past
//    the pool (story k >= pool size P), story k is derived from real story k mod P, round
//    r = floor(k / P): its date moves r years later (month and day kept, so a Reuters dateline
//    "SALVADOR, Feb 26 -" stays true) and, in the headline and body, a third of the distinct
//    lower-case words of 4+ letters (picked by a hash of word and round) are replaced, the same
//    way throughout the story, by other words of the corpora's vocabulary. Names, figures and
//    paragraph structure stay (topics see the same kinds of names), the story's own words still
//    recur (dedup's coherence checks see a coherent story), and ~17% of its words change, so its
//    5-word shingles share well under dedup's 80% with the original or any other round: it is a
//    story of its own, years apart.
//    Each story is also written as one Markdown file (title and date front matter, body) for the
//    baseline. Files are generated one at a time and streamed out, nothing per story is kept.
//    Inputs are cached in tmp/bench-scale/<N>/seed-<seed>/ (meta.json written last marks them
//    complete); the same N, seed and copy rate give byte-identical files.
// 2. Full build: `node bin/news-archive.js build` as a user runs it (the compiled runtime,
//    bin/runtime.js, or tsx when compiled/ is stale) as a child process under /usr/bin/time -v, from a
//    fresh output, work folder and lock. Per-stage seconds come from its progress lines; the
//    process tree's resident memory (node plus the Pagefind binary it runs) is sampled every
//    100 ms from /proc, giving each stage's peak; /usr/bin/time gives the largest single process.
// 3. Baseline: the same stories the plain way: Eleventy's CLI over one Markdown file per story
//    with a minimal layout, then the Pagefind CLI over its output; each timed the same way.
// 4. --incremental: one more story's file is added to the input (the file the generator writes
//    for story N+1), the archive is rebuilt over the full build's output, work folder and lock,
//    and the result is compared file by file with a clean build of the same input.
// 5. Prints a table and writes tmp/bench-scale/results-<N>.json.

import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { readFileSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fnv1a } from '../../src/text.ts';
import { requireCorpora } from '../shared/corpora.ts';
import { runsAsScript } from '../shared/script.ts';
import {
  DEFAULT_CORPORA,
  inventStamp,
  loadBbc,
  loadReuters,
  makeFile,
  mixSeed,
  REPO_ROOT,
  Rng,
  TEMPLATES,
  type Article,
  type Env,
  type Stamp,
  type Template,
} from '../quality/generate.ts';

/** Bump when the generated input changes, so cached inputs are made again. */
const GENERATOR_VERSION = 1;
const BENCH_ROOT = path.join(REPO_ROOT, 'tmp', 'bench-scale');
/** Where discard() moves folders; emptied once the measurements are done. */
const TRASH = path.join(BENCH_ROOT, '.trash');

/**
 * Moves `target` out of the way, to be deleted after the measurements. Deleting a site just
 * before building the next would slow the build being measured: on ext4 without a journal (as
 * on these machines) a new file may not reuse an inode freed in the last 60-300 s, and the
 * kernel scans past every such inode (ext4_create -> recently_deleted in a perf profile). An
 * Eleventy run over the 10k archive's content took 42-49 s right after deleting its previous
 * output (31-38 s of it system time), against 10-11 s into a new folder.
 */
async function discard(target: string): Promise<void> {
  await mkdir(TRASH, { recursive: true });
  const aside = path.join(TRASH, `${Date.now()}-${Math.random().toString(36).slice(2)}`);
  await rename(target, aside).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Stories

interface Pool {
  articles: Article[];
  /** Lower-case words of 4+ letters of the whole pool, sorted: replacements for derived stories. */
  vocabulary: string[];
  titles: Env['titles'];
}

export async function loadPool(corpora: string, seed: number): Promise<Pool> {
  const bbc = await loadBbc(corpora);
  const reuters = await loadReuters(corpora);
  if (bbc.length === 0 || reuters.length === 0) {
    throw new Error(`no articles found under ${corpora}`);
  }
  const articles = new Rng(mixSeed(seed, 0x5ca1e)).shuffle([...bbc, ...reuters]);
  const words = new Set<string>();
  for (const a of articles) {
    for (const p of a.paragraphs) for (const w of p.match(/\b[a-z]{4,}\b/g) ?? []) words.add(w);
  }
  return {
    articles,
    vocabulary: [...words].sort(),
    titles: { bbc: bbc.map((a) => a.title), reuters: reuters.map((a) => a.title) },
  };
}

/** Replaces a third of the distinct words (by hash of word and round), the same way everywhere. */
function substitute(text: string, round: number, vocabulary: string[], upper: boolean): string {
  const swap = (lower: string): string | null => {
    const h = fnv1a(`${round}:${lower}`);
    return h % 3 === 0 ? (vocabulary[(h >>> 2) % vocabulary.length] ?? lower) : null;
  };
  return text.replace(/\b[A-Za-z]{4,}\b/g, (word) => {
    if (word === word.toLowerCase()) return swap(word) ?? word;
    if (upper && word === word.toUpperCase())
      return swap(word.toLowerCase())?.toUpperCase() ?? word;
    return word;
  });
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Story k: a real one for k < pool size, derived from one past it (see the top comment). */
export function storyAt(k: number, pool: Pool, seed: number): Article {
  const count = pool.articles.length;
  const base = pool.articles[k % count] as Article;
  const round = Math.floor(k / count);
  // One date per story (BBC stories carry none), so every copy of it prints the same day.
  const date: Stamp = base.date ?? inventStamp(new Rng(mixSeed(seed ^ 0xda7e, k % count)));
  if (round === 0) return { ...base, date };
  const y = date.y + round;
  const d = date.m === 2 && date.d === 29 && !isLeap(y) ? 28 : date.d;
  return {
    ...base,
    original: `${base.original}~${round}`,
    title: substitute(base.title, round, pool.vocabulary, true),
    paragraphs: base.paragraphs.map((p) => substitute(p, round, pool.vocabulary, false)),
    date: { ...date, y, d },
    rawDate: null,
    slug: null,
  };
}

type CopyKind = 'exact' | 'cut' | 'retitled' | 'redressed';

function templateOrder(block: number, seed: number): Template[] {
  return new Rng(mixSeed(seed ^ 0x7e3b1a7e, block)).shuffle(TEMPLATES);
}

const two = (n: number): string => String(n).padStart(2, '0');
const isoDay = (s: Stamp): string => `${s.y}-${two(s.m)}-${two(s.d)}`;

function baselineMarkdown(story: Article): string {
  const paragraphs = [...story.paragraphs];
  if (story.dateline && paragraphs.length) paragraphs[0] = `${story.dateline} ${paragraphs[0]}`;
  const date = story.date ? `date: ${isoDay(story.date)}\n` : '';
  return (
    `---\ntitle: ${JSON.stringify(story.title)}\n${date}layout: base.njk\n---\n\n` +
    `${paragraphs.join('\n\n')}\n`
  );
}

interface InputMeta {
  version: number;
  articles: number;
  seed: number;
  copyRate: number;
  pool: number;
  files: number;
  copies: Record<CopyKind, number>;
  bytes: number;
  seconds: number;
}

/** Writes (or finds cached) the scraped input and the baseline's Markdown for N stories. */
async function generateInput(
  dir: string,
  n: number,
  seed: number,
  copyRate: number,
  corpora: string,
): Promise<InputMeta> {
  const metaFile = path.join(dir, 'meta.json');
  const cached = await cachedInput(metaFile, copyRate);
  if (cached) {
    console.error(`input: cached in ${dir} (${cached.files} files)`);
    return cached;
  }
  const started = performance.now();
  await discard(dir);
  const pool = await loadPool(corpora, seed);
  const env = siteEnv(seed, pool.titles);
  const out: InputWriter = {
    input: path.join(dir, 'input'),
    put: folderWriter(),
    env,
    copies: { exact: 0, cut: 0, retitled: 0, redressed: 0 },
    files: 0,
    bytes: 0,
    copyIndex: n,
  };
  const md = path.join(dir, 'baseline', 'src');
  let order: Template[] = [];
  for (let k = 0; k < n; k++) {
    if (k % TEMPLATES.length === 0) order = templateOrder(k / TEMPLATES.length, seed);
    const template = order[k % TEMPLATES.length] as Template;
    if (k > 0 && k % 10000 === 0) console.error(`input: ${k}/${n} stories`);
    const story = storyAt(k, pool, seed);
    const file = makeFile(k, story, template, env);
    await out.put(path.join(out.input, ...file.record.path.split('/')), file.bytes);
    out.files++;
    out.bytes += file.bytes.length;
    await out.put(
      path.join(md, String(Math.floor(k / 1000)), `${k + 1}.md`),
      baselineMarkdown(story),
    );
    const rng = new Rng(mixSeed(seed ^ 0xc0b1e5, k));
    if (rng.chance(copyRate)) await writeCopy(out, k, story, template, file, rng);
  }
  const { files, copies, bytes } = out;
  const meta: InputMeta = {
    version: GENERATOR_VERSION,
    articles: n,
    seed,
    copyRate,
    pool: pool.articles.length,
    files,
    copies,
    bytes,
    seconds: (performance.now() - started) / 1000,
  };
  await writeFile(metaFile, `${JSON.stringify(meta, null, 2)}\n`);
  console.error(
    `input: ${n} stories (pool ${pool.articles.length}), ${files} files, ` +
      `${(bytes / MB).toFixed(1)} MB in ${meta.seconds.toFixed(1)} s`,
  );
  return meta;
}

/** The input generateInput wrote before, where this generator's version wrote it at `copyRate`. */
async function cachedInput(metaFile: string, copyRate: number): Promise<InputMeta | null> {
  const cached = await readFile(metaFile, 'utf8').then(
    (text) => JSON.parse(text) as InputMeta,
    () => null,
  );
  return cached?.version === GENERATOR_VERSION && cached.copyRate === copyRate ? cached : null;
}

/** The generator's sites: each template the home of one of four papers, shuffled by `seed`. */
function siteEnv(seed: number, titles: Env['titles']): Env {
  const env: Env = { seed, titles, homes: new Map() };
  new Rng(mixSeed(seed, 0x40e5)).shuffle(TEMPLATES).forEach((t, i) => {
    const site = ['The Daily Ledger', 'Harbour Times', 'Northern Courier', 'Metro Wire'][i % 4];
    if (site) env.homes.set(t.id, site);
  });
  return env;
}

/** Where generateInput writes, and what it has written so far. */
interface InputWriter {
  input: string;
  put: (file: string, data: Buffer | string) => Promise<void>;
  env: Env;
  copies: Record<CopyKind, number>;
  files: number;
  bytes: number;
  /** The number the next copy's file is made under (makeFile), after the N stories'. */
  copyIndex: number;
}

/** Writes a file, making its folder first where this writer has not made it yet. */
function folderWriter(): InputWriter['put'] {
  const made = new Set<string>();
  return async (file, data) => {
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    await writeFile(file, data);
  };
}

/**
 * A copy of story k (`file`, as its template made it): the same file under a mirror's folder,
 * or the story cut, retitled or dressed in another template. `rng` is the story's, after its
 * copy was chosen.
 */
async function writeCopy(
  out: InputWriter,
  k: number,
  story: Article,
  template: Template,
  file: ReturnType<typeof makeFile>,
  rng: Rng,
): Promise<void> {
  let kind = rng.weighted<CopyKind>([
    ['exact', 35],
    ['cut', 30],
    ['retitled', 20],
    ['redressed', 15],
  ]);
  if (kind === 'cut' && story.paragraphs.length < 4) kind = 'redressed';
  out.copies[kind]++;
  out.files++;
  if (kind === 'exact') {
    const ext = path.extname(file.record.path);
    const mirror = path.join(out.input, 'mirror', String(Math.floor(k / 1000)), `${k + 1}${ext}`);
    await out.put(mirror, file.bytes);
    out.bytes += file.bytes.length;
    return;
  }
  const others = TEMPLATES.filter((t) => t !== template);
  const copyTemplate = rng.pick(others);
  let copy: Article = story;
  if (kind === 'cut') {
    const keep = Math.max(2, Math.ceil(story.paragraphs.length * (0.5 + rng.float() * 0.3)));
    copy = { ...story, paragraphs: story.paragraphs.slice(0, keep) };
  } else if (kind === 'retitled') {
    const prefix = rng.pick(['UPDATE 1-', 'CORRECTED - ', 'RPT-']);
    copy = { ...story, title: `${prefix}${story.title}` };
  }
  const made = makeFile(out.copyIndex++, copy, copyTemplate, out.env);
  await out.put(path.join(out.input, ...made.record.path.split('/')), made.bytes);
  out.bytes += made.bytes.length;
}

// ---------------------------------------------------------------------------------------------
// Measuring a child process

export interface StageResult {
  stage: string;
  /** As the build reported it. */
  seconds: number;
  /**
   * CPU seconds the process tree used from the last stage's line to this one's (treeCpu): all
   * the build's threads, Eleventy's processes and Pagefind's.
   */
  cpuSeconds: number;
  /** Peak resident memory of the whole process tree while the stage ran (100 ms samples). */
  peakTreeMB: number;
  /**
   * CPU seconds of the build's main thread alone over the same span (threadCpu): what no other
   * core can take, so that the stage needs at least this long and at least cpuSeconds / cores.
   */
  mainCpuSeconds: number;
  /** The node process's own high-water mark (VmHWM) when the stage ended. */
  nodeHwmMB: number;
}

export interface Measured {
  wallSeconds: number;
  /** Largest single process (from /usr/bin/time -v). */
  maxRssMB: number;
  /** User and system CPU seconds of the command and its children (from /usr/bin/time -v). */
  cpuSeconds: number;
  /** Peak of the summed resident memory of the process tree (sampled). */
  peakTreeMB: number;
  code: number | null;
  stdout: string;
  stages: StageResult[];
  /** Steps inside stages, with the tree's peak so far and CPU since the line before. */
  steps: { stage: string; seconds: number; cpuSeconds: number; peakTreeMB: number }[];
  stderrTail: string[];
}

function readNumbers(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const task of tasks) {
    for (const child of readNumbers(`/proc/${pid}/task/${task}/children`).split(' ')) {
      if (child.trim()) out.push(Number(child));
    }
  }
  return out;
}

/** Summed RSS of the descendants of `root` (not root itself: that is /usr/bin/time). */
function treeRss(root: number): number {
  let total = 0;
  const queue = childrenOf(root);
  while (queue.length) {
    const pid = queue.pop() as number;
    const statm = readNumbers(`/proc/${pid}/statm`).split(' ');
    total += Number(statm[1] ?? 0) * 4096;
    queue.push(...childrenOf(pid));
  }
  return total;
}

/** Clock ticks a second in /proc's CPU times (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;

/**
 * CPU seconds of a process so far, all its threads, and of the children it has waited for
 * (utime, stime, cutime and cstime in /proc/PID/stat).
 */
function processCpu(pid: number): number {
  const stat = readNumbers(`/proc/${pid}/stat`);
  // The fields after the command name, which is in brackets and may hold spaces: the state is
  // field 3 of proc(5), utime to cstime fields 14 to 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields.slice(11, 15).reduce((sum, field) => sum + (Number(field) || 0), 0) / CLOCK_TICKS;
}

/** CPU seconds of one thread of a process so far (utime and stime of /proc/PID/task/TID/stat). */
function threadCpu(pid: number, tid: number): number {
  const stat = readNumbers(`/proc/${pid}/task/${tid}/stat`);
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields.slice(11, 13).reduce((sum, field) => sum + (Number(field) || 0), 0) / CLOCK_TICKS;
}

/**
 * CPU seconds the descendants of `root` used so far (not root itself: that is /usr/bin/time):
 * the live ones each, the ended ones in the times of the process that waited for them.
 */
function treeCpu(root: number): number {
  let total = 0;
  const queue = childrenOf(root);
  while (queue.length) {
    const pid = queue.pop() as number;
    total += processCpu(pid);
    queue.push(...childrenOf(pid));
  }
  return total;
}

/**
 * The build's own process: the node under /usr/bin/time or, where that one relaunched the build
 * with the machine's heap limit (src/heap-limit.ts) and waits, the relaunched one.
 */
function buildProcess(root: number): number | undefined {
  const node = childrenOf(root)[0];
  if (node === undefined) return undefined;
  const relaunched = childrenOf(node).find((pid) =>
    readNumbers(`/proc/${pid}/cmdline`)
      .split('\0')
      .some((arg) => /src\/cli\.[jt]s$/.test(arg)),
  );
  return relaunched ?? node;
}

function hwm(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readNumbers(`/proc/${pid}/status`));
  return m ? Number(m[1]) * 1024 : 0;
}

const STAGE_LINE = /^([a-z]+): .*\((\d+(?:\.\d+)?) s\)$/;
/** Steps inside a stage, indented: "  site: Eleventy rendered 2100 pages (4.1 s)". */
const STEP_LINE = /^ {2}([a-z]+): (.*) \((\d+(?:\.\d+)?) s\)$/;

/**
 * The build's command line over `input`, its work folder and lock inside `runDir` (work/ and
 * archive.lock.json), its output `output` (dist/ inside `runDir` unless given), for `measure`.
 */
export function buildCommand(
  input: string,
  runDir: string,
  output = path.join(runDir, 'dist'),
): string[] {
  return [
    process.execPath,
    'bin/news-archive.js',
    'build',
    '--input',
    input,
    '--output',
    output,
    '--work',
    path.join(runDir, 'work'),
    '--lock',
    path.join(runDir, 'archive.lock.json'),
  ];
}

export async function measure(command: string[], cwd: string, echo: boolean): Promise<Measured> {
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-v', ...command], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const root = child.pid ?? 0;
  const peaks = new TreePeaks(root);
  const timer = setInterval(peaks.sample, 100);
  const timed = stageTimes(root, peaks);
  const report = { maxRssKb: 0, cpuSeconds: 0 };
  const tail: string[] = [];
  let stdout = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (stdout += chunk));
  const lines = createInterface({ input: child.stderr });
  lines.on('line', (line) => {
    readTimeReport(line, report);
    if (/^\t/.test(line)) return; // the rest of /usr/bin/time's report
    tail.push(line);
    if (tail.length > 40) tail.shift();
    timed.read(line);
    if (echo && !/^(warning|rejected) /.test(line)) console.error(`  | ${line}`);
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  return {
    wallSeconds: (performance.now() - started) / 1000,
    maxRssMB: report.maxRssKb / 1024,
    cpuSeconds: report.cpuSeconds,
    peakTreeMB: peaks.peak / MB,
    code,
    stdout,
    stages: timed.stages,
    steps: timed.steps,
    stderrTail: tail,
  };
}

/** The process tree's summed resident memory at its peak: over the run, and since the last stage. */
class TreePeaks {
  peak = 0;
  stagePeak = 0;
  constructor(private readonly root: number) {}
  readonly sample = (): void => {
    const rss = treeRss(this.root);
    this.peak = Math.max(this.peak, rss);
    this.stagePeak = Math.max(this.stagePeak, rss);
  };
}

/** /usr/bin/time -v's largest process and its user and system CPU, from its report's lines. */
function readTimeReport(line: string, report: { maxRssKb: number; cpuSeconds: number }): void {
  const max = /Maximum resident set size \(kbytes\): (\d+)/.exec(line);
  if (max) report.maxRssKb = Number(max[1]);
  const cpu = /(?:User|System) time \(seconds\): (\d+(?:\.\d+)?)/.exec(line);
  if (cpu) report.cpuSeconds += Number(cpu[1]);
}

/**
 * The build's stages and steps as its stage and step lines report them, each with the tree's CPU
 * and peak memory since the line before (`read` takes each line of the build's stderr).
 */
function stageTimes(root: number, peaks: TreePeaks) {
  // Tree CPU at the last stage's line, and at the last stage's or step's line.
  let stageCpu = 0;
  let stepCpu = 0;
  let stageMainCpu = 0;
  const stages: StageResult[] = [];
  const steps: Measured['steps'] = [];
  const read = (line: string): void => {
    const step = STEP_LINE.exec(line);
    if (step) {
      peaks.sample();
      const cpu = treeCpu(root);
      steps.push({
        stage: `${step[1]}: ${step[2]}`,
        seconds: Number(step[3]),
        cpuSeconds: cpu - stepCpu,
        peakTreeMB: peaks.peak / MB,
      });
      stepCpu = cpu;
    }
    const stage = STAGE_LINE.exec(line);
    if (stage) {
      peaks.sample();
      const node = buildProcess(root);
      const cpu = treeCpu(root);
      const mainCpu = node ? threadCpu(node, node) : stageMainCpu;
      stages.push({
        stage: stage[1] ?? '',
        seconds: Number(stage[2]),
        cpuSeconds: cpu - stageCpu,
        peakTreeMB: peaks.stagePeak / MB,
        mainCpuSeconds: mainCpu - stageMainCpu,
        nodeHwmMB: node ? hwm(node) / MB : 0,
      });
      peaks.stagePeak = 0;
      stageCpu = stepCpu = cpu;
      stageMainCpu = mainCpu;
    }
  };
  return { stages, steps, read };
}

function check(what: string, run: Measured): void {
  if (run.code === 0) return;
  throw new Error(`${what} exited with ${run.code}:\n${run.stderrTail.join('\n')}`);
}

// ---------------------------------------------------------------------------------------------
// The two builds

const LAYOUT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body>
<main data-pagefind-body>
<h1>{{ title }}</h1>
{% if page.date %}<p><time>{{ page.date.toISOString().slice(0, 10) }}</time></p>{% endif %}
{{ content | safe }}
</main>
</body>
</html>
`;

const ELEVENTY_CONFIG = `export default function () {
  return { markdownTemplateEngine: false, dir: { input: 'src' } };
}
`;

/**
 * A build from scratch (from the lock `lockFrom` if given); with `keep`, a rebuild over the
 * previous build's output, work folder and lock.
 */
async function fullBuild(
  input: string,
  runDir: string,
  { keep = false, lockFrom = '' } = {},
): Promise<Measured> {
  const output = path.join(runDir, 'dist');
  const work = path.join(runDir, 'work');
  const lock = path.join(runDir, 'archive.lock.json');
  for (const p of keep ? [] : [output, `${output}.staging`, `${output}.previous`, work, lock]) {
    await discard(p);
  }
  if (lockFrom) await copyFile(lockFrom, lock);
  const run = await measure(buildCommand(input, runDir), REPO_ROOT, true);
  check('the full build', run);
  return run;
}

/**
 * The input plus one new story: the N+1 input's first file that the N input lacks (the story
 * the generator writes next), beside hard links to the N input's files.
 */
export async function addOneStory(
  n: number,
  seed: number,
  copyRate: number,
  corpora: string,
  inputDir: string,
): Promise<{ input: string; file: string }> {
  const nextDir = path.join(BENCH_ROOT, String(n + 1), `seed-${seed}`);
  await generateInput(nextDir, n + 1, seed, copyRate, corpora);
  const have = new Set(await listFiles(path.join(inputDir, 'input')));
  const file = (await listFiles(path.join(nextDir, 'input'))).find((f) => !have.has(f));
  if (!file) throw new Error(`the input for ${n + 1} stories adds no file to the one for ${n}`);
  const input = path.join(inputDir, 'input-plus-one');
  await discard(input);
  await run('cp', ['-al', path.join(inputDir, 'input'), input]);
  await mkdir(path.dirname(path.join(input, file)), { recursive: true });
  await copyFile(path.join(nextDir, 'input', file), path.join(input, file));
  return { input, file };
}

async function listFiles(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(root, child)));
    else out.push(child);
  }
  return out.sort();
}

/** Files that differ between two trees, or are in one only. */
async function compareTrees(a: string, b: string): Promise<string[]> {
  const [left, right] = [new Set(await listFiles(a)), new Set(await listFiles(b))];
  const differing = [
    ...[...left].filter((f) => !right.has(f)),
    ...[...right].filter((f) => !left.has(f)),
  ];
  for (const file of left) {
    if (!right.has(file)) continue;
    const [x, y] = await Promise.all([readFile(path.join(a, file)), readFile(path.join(b, file))]);
    if (!x.equals(y)) differing.push(file);
  }
  return differing.sort();
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}

async function baselineBuild(
  project: string,
  runDir: string,
): Promise<{ eleventy: Measured; pagefind: Measured; pages: number }> {
  await mkdir(path.join(project, 'src', '_includes'), { recursive: true });
  await writeFile(path.join(project, 'src', '_includes', 'base.njk'), LAYOUT);
  await writeFile(path.join(project, 'eleventy.config.mjs'), ELEVENTY_CONFIG);
  const site = path.join(runDir, 'baseline-site');
  await discard(site);
  const eleventy = await measure(
    [
      process.execPath,
      path.join(REPO_ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs'),
      '--config=eleventy.config.mjs',
      `--output=${site}`,
    ],
    project,
    false,
  );
  check('the baseline Eleventy build', eleventy);
  const pagefind = await measure(
    [
      process.execPath,
      path.join(REPO_ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'),
      '--site',
      site,
    ],
    project,
    false,
  );
  check('the baseline Pagefind run', pagefind);
  const wrote = /Wrote (\d+) files/.exec(eleventy.stdout + eleventy.stderrTail.join('\n'));
  return { eleventy, pagefind, pages: Number(wrote?.[1] ?? 0) };
}

// ---------------------------------------------------------------------------------------------
// Report

const fmt = (x: number, digits = 1): string => x.toFixed(digits);

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))))
    .map((r) => r.join('  '))
    .join('\n');
}

/** What one part of the benchmark measured: its rows of the summary table, its results. */
interface Part {
  rows: string[][];
  results: Record<string, unknown>;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      copies: { type: 'string', default: '0.12' },
      corpora: { type: 'string', default: DEFAULT_CORPORA },
      'skip-build': { type: 'boolean', default: false },
      'skip-baseline': { type: 'boolean', default: false },
      incremental: { type: 'boolean', default: false },
    },
  });
  const n = Number(values.articles);
  const seed = Number(values.seed);
  const copyRate = Number(values.copies);
  if (!Number.isInteger(n) || n < 1) throw new Error('--articles must be a positive integer');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  if (!(copyRate >= 0 && copyRate <= 1)) throw new Error('--copies must be between 0 and 1');
  if (values.incremental && values['skip-build'])
    throw new Error('--incremental needs the full build');
  const corpora = requireCorpora(values.corpora, ['bbc', 'reuters21578']);

  const dir = path.join(BENCH_ROOT, String(n));
  const inputDir = path.join(dir, `seed-${seed}`);
  const meta = await generateInput(inputDir, n, seed, copyRate, corpora);
  const runDir = path.join(dir, 'run');
  await mkdir(runDir, { recursive: true });

  const results: Record<string, unknown> = {
    articlesRequested: n,
    seed,
    input: meta,
    cpus: (await import('node:os')).cpus().length,
    node: process.version,
  };
  const summary: string[][] = [['', 'value']];
  summary.push(['stories (N)', String(n)], ['input files', String(meta.files)]);
  const parts: Part[] = [];
  let fullWall = 0;
  if (!values['skip-build']) {
    console.error(`full build: ${meta.files} files`);
    const full = await fullBuild(path.join(inputDir, 'input'), runDir);
    fullWall = full.wallSeconds;
    parts.push(fullPart(n, full));
  }
  if (values.incremental) {
    const added = await addOneStory(n, seed, copyRate, corpora, inputDir);
    parts.push(await incrementalPart(added, dir, runDir, fullWall));
  }
  if (!values['skip-baseline']) parts.push(await baselinePart(inputDir, runDir, fullWall));
  for (const part of parts) {
    summary.push(...part.rows);
    Object.assign(results, part.results);
  }
  console.log(`\n${table(summary)}`);
  const file = path.join(BENCH_ROOT, `results-${n}.json`);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nresults: ${path.relative(process.cwd(), file)}`);
  console.error('removing the discarded folders');
  await rm(TRASH, { recursive: true, force: true });
}

/**
 * The counts the build's summary line prints ("N files read, N articles (N fragments), N copies
 * merged, N files rejected, N pages"), each null where the line lacks it.
 */
function buildCounts(stdout: string) {
  const built =
    /(\d+) files? read, (\d+) articles? \((\d+) fragments?\), (\d+) cop(?:y|ies) merged, (\d+) files? rejected(?:, [^,]* skipped \([^)]*\))?, (\d+) pages?/.exec(
      stdout,
    );
  const at = (k: number) => (built?.[k] === undefined ? null : Number(built[k]));
  return { articles: at(2), fragments: at(3), copiesMerged: at(4), rejected: at(5), pages: at(6) };
}

/** The full build's stages (printed as a table) and totals. */
function fullPart(n: number, full: Measured): Part {
  const counts = buildCounts(full.stdout);
  const pages = counts.pages ?? 0;
  const stageSum = full.stages.reduce((s, x) => s + x.seconds, 0);
  const rows = [['stage', 's', 'peak tree MB', 'node HWM MB']];
  for (const s of full.stages) {
    rows.push([s.stage, fmt(s.seconds), fmt(s.peakTreeMB, 0), fmt(s.nodeHwmMB, 0)]);
  }
  rows.push(['(startup, exit)', fmt(full.wallSeconds - stageSum), '', '']);
  rows.push(['total', fmt(full.wallSeconds), fmt(full.peakTreeMB, 0), fmt(full.maxRssMB, 0)]);
  console.log(`\nFull build, N=${n}: ${full.stdout.trim().split('\n').pop() ?? ''}\n`);
  console.log(table(rows));
  const shown = (count: number | null) => String(count ?? '?');
  return {
    rows: [
      ['articles', shown(counts.articles)],
      // The generated input glues no other story's paragraphs on: each fragment is a story's
      // own paragraph taken for one (docs/scaling.md, "Measuring").
      ['fragments (own paragraphs taken)', shown(counts.fragments)],
      ['copies merged', shown(counts.copiesMerged)],
      ['rejected', shown(counts.rejected)],
      ['pages', String(pages)],
      ['full build wall s', fmt(full.wallSeconds)],
      ['full build peak RSS MB (tree)', fmt(full.peakTreeMB, 0)],
      ['full build max RSS MB (1 process)', fmt(full.maxRssMB, 0)],
      ['pages/s', fmt(pages / full.wallSeconds)],
    ],
    results: {
      full: {
        summary: full.stdout.trim(),
        articles: counts.articles ?? NaN,
        fragments: counts.fragments ?? NaN,
        copiesMerged: counts.copiesMerged ?? NaN,
        rejected: counts.rejected ?? NaN,
        pages,
        wallSeconds: full.wallSeconds,
        peakTreeMB: full.peakTreeMB,
        maxRssMB: full.maxRssMB,
        pagesPerSecond: pages / full.wallSeconds,
        stages: full.stages,
        steps: full.steps,
      },
    },
  };
}

/**
 * A rebuild after one story is added (`added`), against a clean build of the same input: its
 * time beside the full build's (`fullWall`), and the files where the two differ.
 */
async function incrementalPart(
  added: { input: string; file: string },
  dir: string,
  runDir: string,
  fullWall: number,
): Promise<Part> {
  // The address lock is an input (it is committed beside the archive, see README "Stable
  // addresses"): the clean build starts from the lock the rebuild started from, and nothing
  // else of the previous build (no output, no work folder, no cache).
  const cleanDir = path.join(dir, 'run-clean');
  await mkdir(cleanDir, { recursive: true });
  const lockBefore = path.join(cleanDir, 'lock-before.json');
  await copyFile(path.join(runDir, 'archive.lock.json'), lockBefore);
  console.error(`incremental: rebuild after adding ${added.file}`);
  const rebuild = await fullBuild(added.input, runDir, { keep: true });
  console.error('incremental: clean build of the same input and lock, to compare');
  await fullBuild(added.input, cleanDir, { lockFrom: lockBefore });
  const differences = await compareTrees(path.join(runDir, 'dist'), path.join(cleanDir, 'dist'));
  for (const d of differences.slice(0, 10)) console.error(`  differs from clean build: ${d}`);
  return {
    rows: [
      ['incremental: rebuild s (+1 file)', fmt(rebuild.wallSeconds)],
      ['incremental: rebuild / full', fmt(rebuild.wallSeconds / fullWall, 3)],
      ['incremental: files differing from clean build', String(differences.length)],
    ],
    results: {
      incremental: {
        added: added.file,
        rebuildSeconds: rebuild.wallSeconds,
        rebuildPeakTreeMB: rebuild.peakTreeMB,
        ratioToFull: rebuild.wallSeconds / fullWall,
        stages: rebuild.stages,
        steps: rebuild.steps,
        differingFiles: differences.slice(0, 50),
        differingCount: differences.length,
      },
    },
  };
}

/** Eleventy and the Pagefind CLI on the same stories, beside the full build (`fullWall`). */
async function baselinePart(inputDir: string, runDir: string, fullWall: number): Promise<Part> {
  console.error('baseline: Eleventy + Pagefind CLI');
  const base = await baselineBuild(path.join(inputDir, 'baseline'), runDir);
  const total = base.eleventy.wallSeconds + base.pagefind.wallSeconds;
  const rows = [
    ['baseline pages', String(base.pages)],
    ['baseline eleventy s', fmt(base.eleventy.wallSeconds)],
    ['baseline eleventy peak RSS MB', fmt(base.eleventy.peakTreeMB, 0)],
    ['baseline pagefind s', fmt(base.pagefind.wallSeconds)],
    ['baseline pagefind peak RSS MB', fmt(base.pagefind.peakTreeMB, 0)],
    ['baseline total s', fmt(total)],
  ];
  if (fullWall) rows.push(['ratio full / baseline', fmt(fullWall / total, 2)]);
  const results: Record<string, unknown> = {
    baseline: {
      pages: base.pages,
      eleventySeconds: base.eleventy.wallSeconds,
      eleventyPeakTreeMB: base.eleventy.peakTreeMB,
      pagefindSeconds: base.pagefind.wallSeconds,
      pagefindPeakTreeMB: base.pagefind.peakTreeMB,
      totalSeconds: total,
    },
  };
  if (fullWall) results.ratio = fullWall / total;
  return { rows, results };
}

if (runsAsScript(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
