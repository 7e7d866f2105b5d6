// What the build and serve commands share on the command line: an option table that both the
// parser and --help read (so help lists every option there is), the parser, whose mistakes are
// UsageErrors saying what to type instead, the checks of numeric values, and the folder that
// relative paths are from.

import { realpathSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from './errors.ts';
import { PROJECT_ROOT } from './project.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** What a string option's value is, in the help and in messages (DIR, FILE, N). */
  value?: string;
  short?: string;
  help: string;
  /** The default, as the help gives it; none for --help and --version. */
  default?: string;
  /** Answered on its own (--help, --version): a mistake elsewhere on the line is not reported. */
  alone?: boolean;
}

export type OptionTable<Name extends string> = Record<Name, OptionSpec>;

/** The options given: a string option's value, or true for a boolean one. */
export type Given<Name extends string> = Partial<Record<Name, string | true>>;

export interface CommandLine<Name extends string> {
  /** The command as the user types it, for messages: "news-archive", "news-archive serve". */
  command: string;
  /** Every option, in the order --help lists them. */
  options: OptionTable<Name>;
  /** The option a stray word was probably meant for: "news-archive seeds" -> --input seeds. */
  strayWordOption: Name;
}

export const HELP_OPTION: OptionSpec = {
  type: 'boolean',
  short: 'h',
  help: 'print this help and exit',
  alone: true,
};

/** The most columns a line of --help takes. */
const HELP_COLUMNS = 100;

/** The lines of --help that list the options, each with its default. */
export function optionsHelp<Name extends string>(options: OptionTable<Name>): string[] {
  const names = Object.keys(options) as Name[];
  const left = (name: Name) => {
    const { short, value } = options[name];
    return `${short ? `-${short}, ` : ''}--${name}${value ? ` ${value}` : ''}`;
  };
  const width = Math.max(...names.map((name) => left(name).length)) + 2;
  return names.map((name) => {
    const { help, default: fallback } = options[name];
    const text = fallback === undefined ? help : `${help} (default: ${fallback})`;
    return wrap(`  ${left(name).padEnd(width)}${text}`, width + 2);
  });
}

/** `line` broken at spaces to fit HELP_COLUMNS, lines after the first indented by `indent`. */
function wrap(line: string, indent: number): string {
  const lines = [''];
  for (const word of line.split(/(?<=\S) (?=\S)/)) {
    const last = lines.length - 1;
    const current = lines[last] ?? '';
    if (current.length + word.length + 1 > HELP_COLUMNS && current.trim()) {
      lines.push(' '.repeat(indent) + word);
    } else lines[last] = current ? `${current} ${word}` : word;
  }
  return lines.join('\n');
}

/**
 * The options on the command line, checked: an unknown option, a missing value or a stray
 * argument is a UsageError naming it and what to type instead. The tokens are checked here
 * rather than by parseArgs' strict mode, so that the message can suggest the option meant.
 */
export function readCommandLine<Name extends string>(
  line: CommandLine<Name>,
  argv: string[],
): Given<Name> {
  const tokens = readTokens(line.options, argv);
  const given: Given<Name> = {};
  const problems: string[] = [];
  for (const [i, token] of tokens.entries()) {
    let problem: string | null = null;
    if (token.kind === 'positional') problem = strayWord(line, token.value, tokens[i - 1]);
    else if (token.kind === 'option') problem = takeOption(line, token, given);
    if (problem) problems.push(problem);
  }
  const names = Object.keys(given) as Name[];
  if (names.some((name) => line.options[name].alone)) return given;
  // The first mistake: one at a time reads better than a list, and fixing it may fix the rest.
  if (problems[0] !== undefined) throw new UsageError(problems[0]);
  return given;
}

function readTokens(options: OptionTable<string>, argv: string[]) {
  const known = Object.entries(options).map(([name, { type, short }]) => [
    name,
    short ? { type, short } : { type },
  ]);
  return parseArgs({
    args: argv,
    options: Object.fromEntries(known) as Record<string, { type: 'string' | 'boolean' }>,
    strict: false,
    allowPositionals: true,
    tokens: true,
  }).tokens;
}

type Token = ReturnType<typeof readTokens>[number];
type OptionToken = Extract<Token, { kind: 'option' }>;

function isKnown<Name extends string>(options: OptionTable<Name>, name: string): name is Name {
  return Object.hasOwn(options, name);
}

/** A word that is no option's value, or null when it is an unknown option's, told with it. */
function strayWord<Name extends string>(
  line: CommandLine<Name>,
  word: string,
  before: Token | undefined,
): string | null {
  if (before?.kind === 'option' && !isKnown(line.options, before.name)) return null;
  return (
    `Unexpected argument "${word}": options start with --, as in --${line.strayWordOption} ` +
    `${word}. Run ${line.command} --help to list them.`
  );
}

/** Records an option's value in `given`; returns what is wrong with it instead, if anything. */
function takeOption<Name extends string>(
  line: CommandLine<Name>,
  token: OptionToken,
  given: Given<Name>,
): string | null {
  const { name, rawName, value } = token;
  if (!isKnown(line.options, name)) return unknownOption(line, rawName);
  const spec = line.options[name];
  if (spec.type === 'boolean') {
    if (value !== undefined) return `${rawName} takes no value (it was given "${value}").`;
    given[name] = true;
  } else if (value === undefined || (!token.inlineValue && isOptionWord(line.options, value))) {
    // "--input --quiet": parseArgs took the next option as the value, which was left out.
    return `${rawName} needs a value, as in ${rawName} ${spec.value ?? 'VALUE'}.`;
  } else given[name] = value;
  return null;
}

/** Whether a word is an option ("--quiet", "-h") rather than a value. */
function isOptionWord(options: OptionTable<string>, word: string): boolean {
  return (
    word.startsWith('--') || Object.values(options).some((o) => o.short && word === `-${o.short}`)
  );
}

function unknownOption<Name extends string>(line: CommandLine<Name>, rawName: string): string {
  const near = nearestOption(rawName, Object.keys(line.options));
  return (
    `Unknown option ${rawName}. ` +
    (near ? `Did you mean --${near}?` : `Run ${line.command} --help to list the options.`)
  );
}

/**
 * The known option an unknown one was probably meant to be: the nearest by edit distance, if it
 * is near (2 edits, or a third of the name for longer ones), or the only one it starts (--out).
 */
function nearestOption(unknown: string, known: string[]): string | null {
  const name = unknown.replace(/^-+/, '').toLowerCase().replace(/_/g, '-');
  if (name === '') return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const option of known) {
    const distance = editDistance(name, option);
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  if (best && bestDistance <= Math.max(2, Math.floor(name.length / 3))) return best;
  const prefixed = known.filter((option) => option.startsWith(name));
  return prefixed.length === 1 ? (prefixed[0] ?? null) : null;
}

/**
 * Edit distance between two strings (optimal string alignment: insertions, deletions,
 * substitutions and swaps of two neighbouring letters each count 1, so "inptu" is 1 from "input").
 */
function editDistance(a: string, b: string): number {
  const cols = b.length + 1;
  const d: number[] = new Array<number>((a.length + 1) * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] ?? 0;
  for (let i = 0; i <= a.length; i++) d[i * cols] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/** A string option's value, or undefined when it was not given. */
export function textOption<Name extends string>(
  given: Given<Name>,
  name: Name,
): string | undefined {
  const value = given[name];
  return typeof value === 'string' ? value : undefined;
}

/** `value` of `option` (as "--jobs") as a whole number of 1 or more. */
export function positiveInteger(option: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(`${option} wants a whole number of 1 or more, not "${value}"`);
  }
  return n;
}

/** "16" or "0.5" megabytes (10^6 bytes) as bytes. */
export function megabytes(option: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) {
    throw new UsageError(`${option} wants a size in MB greater than 0, such as 16, not "${value}"`);
  }
  return Math.round(n * 1_000_000);
}

/**
 * `npm run build` and `npm run serve` (and `npm --prefix CHECKOUT run ...`) run the command in
 * the checkout, and put the folder the user typed it in into INIT_CWD: relative paths are from
 * there, as they are when news-archive is run directly. Only under this package's own build or
 * serve script: a test or another package's script that runs the command keeps the folder it
 * was given.
 */
export function useInvocationFolder(): void {
  const { npm_lifecycle_event: event, INIT_CWD: invokedIn } = process.env;
  if ((event !== 'build' && event !== 'serve') || !invokedIn) return;
  if (realpathSync(process.cwd()) !== realpathSync(PROJECT_ROOT)) return;
  try {
    process.chdir(invokedIn);
  } catch (error) {
    throw new UsageError(
      `cannot work from ${invokedIn}, the folder npm was run in (${(error as Error).message})`,
    );
  }
}
