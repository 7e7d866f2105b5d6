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

import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import type { Position } from 'unist';
import { fromParse5 } from 'hast-util-from-parse5';
import { find, html as htmlSchema, normalize, type Info } from 'property-information';
import {
  defaultTreeAdapter,
  Parser,
  Tokenizer,
  type DefaultTreeAdapterMap,
  type DefaultTreeAdapterTypes,
  type ParserOptions,
  type Token,
} from 'parse5';

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

const dataState = LineTokenizer.prototype as unknown as { _stateData(cp: number): void };
const baseDataState = Tokenizer.prototype as unknown as typeof dataState;
dataState._stateData = function (this: RunInside, cp: number) {
  baseDataState._stateData.call(this, cp);
  // A run of one (a one-letter word, the space between two words) is left to parse5: the search
  // would cost more than the code point it saves.
  const next = this.preprocessor.html.charCodeAt(this.preprocessor.pos + 1);
  if (continuesText(cp)) {
    if (continuesText(next)) skipRun(this, DATA_RUN_END);
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

/** hast-util-from-parse5's tree of the document, lines copied: what toHast must make. */
export function fromParse5WithLines(document: DefaultTreeAdapterTypes.Document): Root {
  const tree = fromParse5(document) as Root;
  copyLines(document.childNodes, tree.children);
  return tree;
}

/**
 * The position of a node starting on `line`, shared by every node starting on it. The front end
 * reads a node's start line only; the rest is what hast-util-from-parse5 made of a line's
 * location (column 1, offset 0).
 */
const positions: Position[] = [];

function linePosition(line: number): Position {
  let position = positions[line];
  if (!position) {
    const point = Object.freeze({ line, column: 1, offset: 0 });
    position = Object.freeze({ start: point, end: point });
    positions[line] = position;
  }
  return position;
}

/**
 * Gives each hast node the start line of the parse5 node it was made from. hast-util-from-parse5
 * makes one node of each parse5 node, in order, a template's content its `content`; given a
 * file, it would make the positions itself, two new points a node and a line index of the whole
 * page (normalize 0.95 of the CPU without them on the corpora's saved pages, docs/figures.md).
 * A line of 0 (an element the parser made up) gives no position, as there.
 */
function copyLines(from: Node[], to: (RootContent | ElementContent)[]): void {
  for (let k = 0; k < from.length; k++) {
    const source = from[k] as Node;
    const node = to[k] as RootContent;
    const line = source.sourceCodeLocation?.startLine ?? 0;
    if (line > 0 && (node.type === 'element' || node.type === 'text')) {
      node.position = linePosition(line);
    }
    if (node.type !== 'element') continue;
    const element = source as DefaultTreeAdapterTypes.Element;
    copyLines(element.childNodes, node.children);
    if (node.content) {
      copyLines(
        (element as DefaultTreeAdapterTypes.Template).content.childNodes,
        node.content.children,
      );
    }
  }
}

/**
 * The hast tree hast-util-from-parse5 makes of a parsed document, with the start lines copyLines
 * gives it, made here for the elements of the HTML namespace: there hast-util-from-parse5 builds
 * each element with hastscript's h(), which parses its tag name as a CSS selector and finds every
 * attribute's property in property-information's HTML schema anew (1.3 ms of a saved page's
 * normalize, docs/figures.md "Stop 38: normalize's CPU on saved pages"). The nodes are the same,
 * key for key and in the same order: an element's properties come out of the same steps (h's
 * addProperty, done below with the schema's answer for a name kept), the position comes last.
 * A template (its content), an element of another namespace (SVG's schema, MathML) and a tag name
 * with "." or "#" (which h reads as a class or an id) go to hast-util-from-parse5 whole, as before.
 */
export function toHast(document: DefaultTreeAdapterTypes.Document): Root {
  const mode = document.mode;
  return {
    type: 'root',
    children: convertAll(document.childNodes) as RootContent[],
    data: { quirksMode: mode === 'quirks' || mode === 'limited-quirks' },
  };
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const SELECTOR_MARK = /[#.]/;

/**
 * The nodes converted, in a list of their number: map makes it at its length, where a list grown
 * from [] by push is given room for 17 at once (most elements have one or two children; the
 * slack was garbage-collector work).
 */
function convertAll(nodes: Node[]): (RootContent | ElementContent)[] {
  return nodes.map(convert);
}

function convert(node: Node): RootContent | ElementContent {
  switch (node.nodeName) {
    case '#text': {
      const text = node as DefaultTreeAdapterTypes.TextNode;
      const line = text.sourceCodeLocation?.startLine ?? 0;
      return line > 0
        ? { type: 'text', value: text.value, position: linePosition(line) }
        : { type: 'text', value: text.value };
    }
    case '#comment':
      return { type: 'comment', value: (node as DefaultTreeAdapterTypes.CommentNode).data };
    case '#documentType':
      return { type: 'doctype' };
  }
  const source = node as DefaultTreeAdapterTypes.Element;
  const tagName = source.tagName;
  if (
    source.namespaceURI !== HTML_NAMESPACE ||
    tagName === 'template' ||
    SELECTOR_MARK.test(tagName)
  ) {
    const result = fromParse5(source) as Element;
    copyLines([source], [result]);
    return result;
  }
  // The node is made whole, its position in the literal where it has one (the same keys in the
  // same order as a position added after): a property added to a literal's object goes to a
  // store of its own, one more allocation a node.
  const name = tagName.toLowerCase();
  const properties = propertiesOf(source.attrs);
  const children = convertAll(source.childNodes) as ElementContent[];
  const line = source.sourceCodeLocation?.startLine ?? 0;
  return line > 0
    ? { type: 'element', tagName: name, properties, children, position: linePosition(line) }
    : { type: 'element', tagName: name, properties, children };
}

/** property-information's answer for an attribute name (the same for every call with it). */
const infos = new Map<string, Info>();

function infoOf(name: string): Info {
  let info = infos.get(name);
  if (!info) {
    info = find(htmlSchema, name);
    // Bounded, as html-classify's class tokens: pages' data attributes make new names.
    if (infos.size < 50_000) infos.set(name, info);
  }
  return info;
}

/**
 * An element's properties as hast-util-from-parse5 and h() make them: the attributes (a prefix
 * joined with ":"; the names of Object.prototype's own members dropped) as a record, then each of
 * its entries through addProperty. parse5 keeps one attribute of a name, so the record holds them
 * all in the tag's order, but for names that are array indexes, which a record lists first: such
 * a name is its own property, as in the properties made here, which list them first likewise.
 */
function propertiesOf(attrs: Token.Attribute[]): Properties {
  const properties: Properties = {};
  for (const attribute of attrs) {
    const name = attribute.prefix ? attribute.prefix + ':' + attribute.name : attribute.name;
    if (!Object.hasOwn(Object.prototype, name)) addProperty(properties, name, attribute.value);
  }
  return properties;
}

/** hastscript's addProperty for a string value in the HTML schema. */
function addProperty(properties: Properties, name: string, value: string): void {
  const info = infoOf(name);
  let result: string | number | boolean | (string | number)[];
  if (info.spaceSeparated) result = spaceTokens(value);
  else if (info.commaSeparated) result = commaTokens(value);
  else if (info.commaOrSpaceSeparated) result = spaceTokens(commaTokens(value).join(' '));
  else result = primitive(info, value);
  // A list's items go through primitive, which changes a string only for a number or a boolean
  // property; for the others (class, rel: most lists) the new list of tokens is kept as it is.
  if (Array.isArray(result) && changesPrimitives(info)) {
    const items: (string | number)[] = [];
    for (const item of result) items.push(primitive(info, item as string) as string | number);
    result = items;
  }
  const property = info.property;
  if (property === 'className' && Array.isArray(properties.className)) {
    result = [...properties.className, ...(Array.isArray(result) ? result : [result as string])];
  }
  properties[property] = result;
}

/** Whether primitive may give something other than the string for a property of `info`. */
function changesPrimitives(info: Info): boolean {
  return info.number || info.boolean || info.overloadedBoolean;
}

/** hastscript's parsePrimitive for a string. */
function primitive(info: Info, value: string): string | number | boolean {
  if (info.number && value && !Number.isNaN(Number(value))) return Number(value);
  if (
    (info.boolean || info.overloadedBoolean) &&
    (value === '' || normalize(value) === normalize(info.property))
  ) {
    return true;
  }
  return value;
}

/**
 * space-separated-tokens' parse (JavaScript's trim, then HTML's spaces). Most values (a class
 * of one name) hold no space once trimmed: they are their one token, as the split would give,
 * without it (the split was 1.9% of a saved page's allocations, stop 48).
 */
function spaceTokens(value: string): string[] {
  const input = value.trim();
  if (!input) return [];
  return HTML_SPACE.test(input) ? input.split(HTML_SPACES) : [input];
}

const HTML_SPACE = /[ \t\n\r\f]/;
const HTML_SPACES = /[ \t\n\r\f]+/g;

/** comma-separated-tokens' parse. */
function commaTokens(input: string): string[] {
  const tokens: string[] = [];
  let index = input.indexOf(',');
  let start = 0;
  let end = false;
  while (!end) {
    if (index === -1) {
      index = input.length;
      end = true;
    }
    const token = input.slice(start, index).trim();
    if (token || !end) tokens.push(token);
    start = index + 1;
    index = input.indexOf(',', start);
  }
  return tokens;
}
