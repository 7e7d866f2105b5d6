// parse5's parse with the one piece of its source locations the HTML front end reads: the line
// each element and text node starts on (a removal's line in /report.json).
//
// parse5's sourceCodeLocationInfo records every token's start and end (line, column and offset),
// every attribute's, every end tag's, and hast-util-from-parse5 turns each into positions: the
// parse took 16.2 ms a page against 7.1 ms without (CPU, mean over Readability's 125 pages read,
// tmp measurement of 2026-12-02), which was a quarter of normalize's time. Here the parse runs
// without it, and the start line parse5 would give is recorded where it would be taken:
//   - a location's startLine is always the preprocessor's line when the tokenizer's
//     getCurrentLocation() is called (an offset never crosses a line), so that call is where the
//     line is read, and an assignment to `currentLocation` is where it is kept;
//   - a character token takes `currentLocation` when it is made (_createCharacterToken), a start
//     tag token a location of its own (_createStartTagToken);
//   - an element made from a start tag (_appendElement, _insertElement, _insertTemplate) starts
//     at its token's line; one the parser makes up (an implied <tbody>, the adoption agency's
//     clones) has none, as with locations (its line is then 0);
//   - a text node starts at the line of the character token that made it; later tokens joined
//     to it do not move its start.
// test/unit/parse-lines.test.ts holds every line to parse5's own locations on real pages.

import type { Root } from 'hast';
import {
  defaultTreeAdapter,
  InsertionMode,
  Parser,
  Tokenizer,
  type DefaultTreeAdapterMap,
  type DefaultTreeAdapterTypes,
  type ParserOptions,
  type Token,
} from 'parse5';
import { toHast } from './parse-lines/to-hast.ts';

type Node = DefaultTreeAdapterTypes.ChildNode;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** A token with the line parse5's location would have started it on. */
type LinedToken = { line?: number };

/**
 * A parse5 node's location, as far as its start line (copyLines reads it): one object a line,
 * shared by the nodes starting on it, as nothing changes a location where location info is off.
 */
const locations: Token.ElementLocation[] = [];

function lineLocation(line: number): Token.ElementLocation {
  let location = locations[line];
  if (!location) {
    const startTag = {
      startLine: line,
      startCol: 1,
      startOffset: 0,
      endLine: line,
      endCol: 1,
      endOffset: 0,
    };
    location = Object.freeze({ ...startTag, startTag: Object.freeze(startTag) });
    locations[line] = location;
  }
  return location;
}

/** The tokenizer's members read or replaced here (parse5 marks them internal). */
interface TokenizerInside {
  preprocessor: { line: number };
  currentCharacterToken: LinedToken | null;
  currentToken: LinedToken | null;
  getCurrentLocation(offset: number): null;
  _createCharacterToken(type: number): void;
  _createStartTagToken(): void;
}

/** The parser's members overridden here (protected in parse5). */
interface ParserInside {
  _appendElement(token: Token.TagToken, namespaceURI: string): void;
  _insertElement(token: Token.TagToken, namespaceURI: string): void;
  _insertTemplate(token: Token.TagToken, namespaceURI?: string): void;
  _attachElementToTree(element: Node, location: unknown, insertionLocation: unknown): void;
  _insertCharacters(token: Token.CharacterToken): void;
}

/**
 * parse5's tokenizer keeping the start lines (see the top of this module): `called` is the line
 * of the last getCurrentLocation() call, `current` that of the last one kept as currentLocation.
 */
class LineTokenizer extends Tokenizer {
  called = 1;
  current = 1;

  override getCurrentLocation(): null {
    (this as unknown as LineTokenizer).called = this.preprocessor.line;
    return null;
  }
}

// parse5 assigns currentLocation the result of a getCurrentLocation() call (the constructor the
// first); it reads it back only where a location is on.
Object.defineProperty(LineTokenizer.prototype, 'currentLocation', {
  get: () => null,
  set(this: LineTokenizer) {
    this.current = this.called;
  },
});

const tokenizerInside = LineTokenizer.prototype as unknown as TokenizerInside & LineTokenizer;

const baseTokenizer = Tokenizer.prototype as unknown as TokenizerInside;
tokenizerInside._createCharacterToken = function (this: typeof tokenizerInside, type: number) {
  baseTokenizer._createCharacterToken.call(this, type);
  (this.currentCharacterToken as LinedToken).line = this.current;
};
tokenizerInside._createStartTagToken = function (this: typeof tokenizerInside) {
  baseTokenizer._createStartTagToken.call(this);
  (this.currentToken as LinedToken).line = this.called;
};

/**
 * The text of scripts and styles (parse5's script data and RAWTEXT states, in which only "<",
 * NUL and the end of the input mean anything) is a large share of a saved page, and parse5 reads
 * it one code point at a time (docs/figures.md). Once it has read one, the rest of the line up to
 * the next "<" is taken at once here, as the run of input its character tokens would have
 * spanned: the element's text node gets the same text (in these states every character token is
 * inserted as it comes, whitespace or not, into the one text node the first made, which keeps
 * that token's line).
 *
 * The run stops before a line break (the preprocessor counts lines as it reads them), a
 * carriage return and a NUL (which parse5 rewrites) and a surrogate (which it pairs).
 */
const RUN_END = /[^<\0\r\n\uD800-\uDFFF]*/y;

/** What skipRun reads and moves in parse5's tokenizer and preprocessor (internal there). */
interface RunInside {
  runEnd: number;
  consumedAfterSnapshot: number;
  preprocessor: { html: string; pos: number; lastChunkWritten: boolean };
}

/** Whether `cp`, just read in script data or RAWTEXT, was text that a run may go on from. */
function continuesRun(cp: number): boolean {
  return cp > 0x0a && cp !== 0x0d && cp !== 0x3c && cp < 0xd800;
}

/**
 * Takes the rest of the run the code point just read started, up to `runEnd` (see RUN_END):
 * `runEnd` matches, from where it is set, the run's characters (none of those that end it), so
 * its lastIndex after a test is where the run ends, the input's end when nothing ends it. A test
 * makes no match array, as an exec searching for the end would for every run (a saved page's
 * largest share of the garbage of the parse: stop 48).
 */
function skipRun(tokenizer: RunInside, runEnd = RUN_END): void {
  const { preprocessor } = tokenizer;
  if (!preprocessor.lastChunkWritten) return;
  runEnd.lastIndex = preprocessor.pos + 1;
  runEnd.test(preprocessor.html);
  const end = runEnd.lastIndex;
  // parse5 has just extended its run of input to this code point (runEnd is pos + 1).
  tokenizer.consumedAfterSnapshot += end - 1 - preprocessor.pos;
  preprocessor.pos = end - 1;
  tokenizer.runEnd = end;
}

const textStates = LineTokenizer.prototype as unknown as {
  _stateScriptData(cp: number): void;
  _stateRawtext(cp: number): void;
};

const baseTextStates = Tokenizer.prototype as unknown as typeof textStates;
textStates._stateScriptData = function (this: RunInside, cp: number) {
  baseTextStates._stateScriptData.call(this, cp);
  if (continuesRun(cp)) skipRun(this);
};
textStates._stateRawtext = function (this: RunInside, cp: number) {
  baseTextStates._stateRawtext.call(this, cp);
  if (continuesRun(cp)) skipRun(this);
};

/**
 * Quoted attribute values are a third of a saved page's characters (the corpora's trafilatura
 * pages: 32%, against 13% of text; URLs, inline styles, data attributes), which parse5 also reads
 * one code point at a time into a run of input. As in scripts and styles, once it has read one,
 * the rest of the run up to the next character its state acts on is taken at once: the closing
 * quote, "&" (a character reference), a NUL (rewritten), a line break or carriage return (the
 * preprocessor counts lines) and a surrogate (paired). The value is the same slice of the input.
 */
const DOUBLE_QUOTED_END = /[^"&\0\r\n\uD800-\uDFFF]*/y;

const SINGLE_QUOTED_END = /[^'&\0\r\n\uD800-\uDFFF]*/y;

/** Whether `cp`, just read in a quoted attribute value, extended its run with itself. */
function continuesValue(cp: number, quote: number): boolean {
  return cp > 0x0a && cp !== 0x0d && cp !== 0x26 && cp !== quote && cp < 0xd800;
}

const valueStates = LineTokenizer.prototype as unknown as {
  _stateAttributeValueDoubleQuoted(cp: number): void;
  _stateAttributeValueSingleQuoted(cp: number): void;
};

const baseValueStates = Tokenizer.prototype as unknown as typeof valueStates;
valueStates._stateAttributeValueDoubleQuoted = function (this: RunInside, cp: number) {
  baseValueStates._stateAttributeValueDoubleQuoted.call(this, cp);
  if (continuesValue(cp, 0x22)) skipRun(this, DOUBLE_QUOTED_END);
};
valueStates._stateAttributeValueSingleQuoted = function (this: RunInside, cp: number) {
  baseValueStates._stateAttributeValueSingleQuoted.call(this, cp);
  if (continuesValue(cp, 0x27)) skipRun(this, SINGLE_QUOTED_END);
};

/**
 * Text in the data state (a page's printed words, 13% of its characters) is read the same way,
 * but there parse5 makes a whitespace run a token of its own, which the parser treats apart from
 * other characters (ignored before <html>, kept in a table where other text is moved out): once
 * it has read a character of neither kind, the rest of the run is taken only up to the next
 * whitespace, besides what the data state acts on ("<", "&", a NUL) and what the preprocessor
 * counts or rewrites (a line break, a carriage return, a surrogate). Nothing is emitted inside
 * such a run, so the tokens the parser gets are the same, character for character.
 */
const DATA_RUN_END = /[^<&\0\t\n\f\r \uD800-\uDFFF]*/y;

/**
 * A page's indentation (the spaces and tabs after each line break between tags) is a whitespace
 * run of its own: once a space or tab is read there, the rest of the spaces and tabs are taken.
 */
const INDENT_RUN_END = /[ \t]*/y;

/** Whether `cp`, just read in the data state, was a character a text run may go on from. */
function continuesText(cp: number): boolean {
  return cp > 0x20 && cp !== 0x26 && cp !== 0x3c && cp < 0xd800;
}

/**
 * In the body, though, the parser inserts a whitespace token as it does the characters around it
 * (whitespaceCharacterInBody and characterInBody: the active formatting elements reconstructed,
 * the text appended to the text node before it; only framesetOk, which a word's first character
 * has already cleared, differs). There a word's run goes on through the spaces and tabs after it,
 * up to the end of the line: one character token a line of prose, not one a word and one a space
 * (two token objects, two parser dispatches and two string joins into the text node a word: a
 * saved page's largest share of the parse's garbage, docs/figures.md stop 66). The text node is
 * the same string, made by the token that started it, on the same line.
 */
const LINE_RUN_END = /[^<&\0\n\f\r\uD800-\uDFFF]*/y;

/** The insertion modes in which a whitespace token is inserted as other characters are. */
const BODY_TEXT_MODES: ReadonlySet<InsertionMode> = new Set([
  InsertionMode.IN_BODY,
  InsertionMode.IN_CAPTION,
  InsertionMode.IN_CELL,
  InsertionMode.IN_TEMPLATE,
]);

/** What a data state run reads of the parser its tokens go to. */
interface DataInside extends RunInside {
  inForeignNode: boolean;
  handler: { insertionMode: InsertionMode };
}

/** Whether the character token being read will be inserted as body text, spaces and all. */
function inBodyText(tokenizer: DataInside): boolean {
  return !tokenizer.inForeignNode && BODY_TEXT_MODES.has(tokenizer.handler.insertionMode);
}

/** Whether `cp`, read after a word in body text, may go on in its run (a space, a tab, text). */
function continuesLine(cp: number): boolean {
  return cp === 0x20 || cp === 0x09 || continuesText(cp);
}

const dataState = LineTokenizer.prototype as unknown as { _stateData(cp: number): void };

const baseDataState = Tokenizer.prototype as unknown as typeof dataState;
dataState._stateData = function (this: DataInside, cp: number) {
  baseDataState._stateData.call(this, cp);
  // A run of one (a one-letter word, the space between two words) is left to parse5: the search
  // would cost more than the code point it saves.
  const next = this.preprocessor.html.charCodeAt(this.preprocessor.pos + 1);
  if (continuesText(cp)) {
    if (!continuesLine(next)) return;
    if (inBodyText(this)) skipRun(this, LINE_RUN_END);
    else if (continuesText(next)) skipRun(this, DATA_RUN_END);
  } else if ((cp === 0x20 || cp === 0x09) && (next === 0x20 || next === 0x09)) {
    skipRun(this, INDENT_RUN_END);
  }
};

class LineParser extends Parser<DefaultTreeAdapterMap> {
  /** The start tag whose element is being attached. */
  attaching: LinedToken | null = null;
  /** The line of the character token being inserted. */
  textLine = 0;

  constructor(options: ParserOptions<DefaultTreeAdapterMap>) {
    super(options);
    this.tokenizer = new LineTokenizer(this.options, this);
  }
}

const inside = LineParser.prototype as unknown as ParserInside & {
  attaching: LinedToken | null;
  textLine: number;
};

const base = Parser.prototype as unknown as ParserInside;
for (const method of ['_appendElement', '_insertElement', '_insertTemplate'] as const) {
  inside[method] = function (this: typeof inside, token: Token.TagToken, namespaceURI?: string) {
    this.attaching = token as LinedToken;
    try {
      base[method].call(this, token, namespaceURI as string);
    } finally {
      this.attaching = null;
    }
  };
}
inside._attachElementToTree = function (this: typeof inside, element, location, insertion) {
  const line = this.attaching?.line;
  if (line !== undefined) {
    (element as DefaultTreeAdapterTypes.Element).sourceCodeLocation = lineLocation(line);
  }
  base._attachElementToTree.call(this, element, location, insertion);
};
inside._insertCharacters = function (this: typeof inside, token) {
  this.textLine = (token as LinedToken).line ?? 0;
  base._insertCharacters.call(this, token);
};

/** The parser whose text nodes are being made (parse is synchronous: one at a time). */
let parsing: LineParser | null = null;

/** parse5's tree adapter, giving a new text node the line of the token that makes it. */
const treeAdapter: typeof defaultTreeAdapter = {
  ...defaultTreeAdapter,
  insertText(parent: ParentNode, text: string) {
    const count = parent.childNodes.length;
    defaultTreeAdapter.insertText(parent, text);
    if (parent.childNodes.length > count) startsHere(parent.childNodes[count] as Node);
  },
  insertTextBefore(parent: ParentNode, text: string, reference: Node) {
    const count = parent.childNodes.length;
    defaultTreeAdapter.insertTextBefore(parent, text, reference);
    if (parent.childNodes.length > count) {
      startsHere(parent.childNodes[parent.childNodes.indexOf(reference) - 1] as Node);
    }
  },
};

function startsHere(node: Node): void {
  if (parsing && node.nodeName === '#text')
    node.sourceCodeLocation = lineLocation(parsing.textLine);
}

/**
 * The page as hast, each element and text node with the position parse5's location info would
 * give it, as far as its start line (see the top of this module).
 */
export function parseWithLines(html: string): Root {
  return toHast(parseDocumentWithLines(html));
}

/** parse5's document of the page, each element and text node with its start line. */
export function parseDocumentWithLines(html: string): DefaultTreeAdapterTypes.Document {
  const parser = new LineParser({ treeAdapter });
  parsing = parser;
  try {
    parser.tokenizer.write(html, true);
  } finally {
    parsing = null;
  }
  return parser.document;
}
