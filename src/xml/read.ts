/**
 * Reading untrusted XML into a small ordered tree, for every XML-based importer (AKN, OP
 * XML, DOCX parts).
 *
 * Why saxes and not xmlbuilder2's parser: xmlbuilder2 accepts malformed XML without a word
 * (`<a></b>` parses), keeps undefined entities as text, and recurses, so 10,000 nested
 * elements take seconds and then overflow the stack. saxes is strict and streaming
 * (linear time), reports line and column, never expands an entity a DTD declares and never
 * reads an external one. On top of it this module refuses DTDs altogether (none of our
 * formats has one), and bounds size, depth and element count. xmlbuilder2 still writes
 * every XML file kamerbrief produces.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface XmlElement {
  /** Qualified name as written ("w:p", "akomaNtoso"). */
  name: string;
  /** Local name without prefix ("p"). */
  local: string;
  /** Namespace URI ("" when none). */
  uri: string;
  /** Attributes by qualified name. */
  attrs: Record<string, string>;
  children: XmlNode[];
  line: number;
  column: number;
}

export type XmlNode = XmlElement | string;

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

export interface XmlLimits {
  /** Largest input in characters. */
  maxChars?: number;
  /** Deepest element nesting. */
  maxDepth?: number;
  /** Most elements in one document. */
  maxElements?: number;
}

export const DEFAULT_XML_LIMITS: Required<XmlLimits> = {
  maxChars: 32 * 1024 * 1024,
  maxDepth: 256,
  maxElements: 2_000_000,
};

/**
 * Parses `text` into its root element. Throws XmlError (with line and column where the
 * parser knows them) for malformed XML, a DTD, an undefined entity, or a limit passed.
 */
export function parseXml(text: string, limits: XmlLimits = {}): XmlElement {
  const { maxChars, maxDepth, maxElements } = { ...DEFAULT_XML_LIMITS, ...limits };
  if (text.length > maxChars) {
    throw new XmlError(`XML too large (${text.length} characters; at most ${maxChars})`);
  }
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let elements = 0;
  let failure: XmlError | undefined;
  const fail = (message: string): void => {
    if (!failure) failure = new XmlError(message, parser.line, parser.column);
  };

  parser.on('error', (err) => {
    // saxes prefixes its messages with "line:column: "; keep the message, move the place.
    const m = /^(\d+):(\d+): (.*)$/s.exec(err.message);
    if (!failure) failure = m ? new XmlError(m[3], Number(m[1]), Number(m[2])) : new XmlError(err.message);
  });
  parser.on('doctype', () => {
    fail('a DOCTYPE (DTD) is not accepted: entities and external references are never read');
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (failure) return;
    elements++;
    if (elements > maxElements) return fail(`too many elements (more than ${maxElements})`);
    if (stack.length >= maxDepth) return fail(`elements nested too deep (more than ${maxDepth} levels)`);
    const attrs: Record<string, string> = {};
    for (const [name, attr] of Object.entries(tag.attributes)) attrs[name] = attr.value;
    const el: XmlElement = {
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attrs,
      children: [],
      line: parser.line,
      column: parser.column,
    };
    if (stack.length > 0) stack[stack.length - 1].children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    if (!failure) stack.pop();
  });
  const addText = (t: string): void => {
    if (failure || stack.length === 0) return;
    const children = stack[stack.length - 1].children;
    const last = children[children.length - 1];
    if (typeof last === 'string') children[children.length - 1] = last + t;
    else children.push(t);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  // Feed in slices so that a failure (a DTD, a limit) stops the work early.
  const SLICE = 1 << 12;
  for (let i = 0; i < text.length && !failure; i += SLICE) parser.write(text.slice(i, i + SLICE));
  if (!failure) parser.close();
  if (failure) throw failure;
  if (!root) throw new XmlError('no root element; this is not an XML document');
  return root;
}

/** Decodes XML bytes (UTF-8, the only encoding our formats use) with a clear refusal otherwise. */
export function decodeXml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    throw new XmlError(`encoding ${declared} is not supported; expected UTF-8`, 1, 1);
  }
  if (bytes[0] === 0xfe || bytes[0] === 0xff) throw new XmlError('UTF-16 XML is not supported; expected UTF-8', 1, 1);
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

// ---- small helpers for walking the tree -------------------------------------------------

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object' && node !== null;
}

/** Child elements, optionally only those with this local name. */
export function childElements(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => isElement(c) && (local === undefined || c.local === local));
}

export function firstChild(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => isElement(c) && c.local === local);
}

/** All descendant elements with this local name, in document order. */
export function descendants(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (c.local === local) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** The concatenated text of an element and its descendants. */
export function textContent(node: XmlNode): string {
  if (typeof node === 'string') return node;
  return node.children.map(textContent).join('');
}
