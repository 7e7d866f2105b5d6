// The hast tree of a document parseDocumentWithLines parsed (src/extract/parse-lines.ts), each
// element and text node with its start line as a position: toHast, made here for speed, and
// fromParse5WithLines, hast-util-from-parse5's tree with the lines copied, which
// test/unit/parse-lines.test.ts holds it to key for key.

import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import type { Position } from 'unist';
import { fromParse5 } from 'hast-util-from-parse5';
import { find, html as htmlSchema, normalize, type Info } from 'property-information';
import type { DefaultTreeAdapterTypes, Token } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode;

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
