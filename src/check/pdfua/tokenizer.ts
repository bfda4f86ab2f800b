/**
 * A content-stream tokenizer (ISO 32000-1 7.8.2): decoded content bytes in, operations
 * (operator and operands) out. Linear in the input and without recursion, so that a
 * hostile stream of nested arrays cannot overflow the stack. Strings stay bytes: the font
 * rules need the character codes, not text.
 */

export type ContentValue =
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' }
  | { type: 'name'; value: string }
  | { type: 'string'; bytes: Uint8Array }
  | { type: 'array'; items: ContentValue[] }
  | { type: 'dict'; entries: Map<string, ContentValue> };

export interface ContentOperation {
  operator: string;
  operands: ContentValue[];
  /** Byte offset of the operator in the decoded stream. */
  offset: number;
}

export class ContentSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at byte ${offset}`);
  }
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

function isRegular(byte: number): boolean {
  return !WHITESPACE.has(byte) && !DELIMITERS.has(byte);
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

/** An open array or dictionary while its items are read. */
interface Container {
  kind: 'array' | 'dict';
  items: ContentValue[];
  start: number;
}

type Token =
  | { kind: 'value'; value: ContentValue }
  | { kind: 'word'; word: string }
  | { kind: 'open'; container: 'array' | 'dict' }
  | { kind: 'close'; container: 'array' | 'dict' };

/** Reads one token at a time; values are complete except arrays and dictionaries. */
class Lexer {
  pos = 0;
  start = 0;
  constructor(readonly bytes: Uint8Array) {}

  /** The next token, or undefined at the end of the stream. */
  next(): Token | undefined {
    const bytes = this.bytes;
    for (;;) {
      // Braces belong to PostScript functions, not to content: skipped like white space.
      while (this.pos < bytes.length && (WHITESPACE.has(bytes[this.pos]) || bytes[this.pos] === 0x7b || bytes[this.pos] === 0x7d)) this.pos++;
      if (bytes[this.pos] !== 0x25 /* % comment */) break;
      while (this.pos < bytes.length && bytes[this.pos] !== 0x0a && bytes[this.pos] !== 0x0d) this.pos++;
    }
    if (this.pos >= bytes.length) return undefined;
    const pos = (this.start = this.pos);
    const byte = bytes[pos];
    const twin = bytes[pos + 1] === byte;
    if (byte === 0x28 /* ( */) return this.value(readLiteralString(bytes, pos));
    if (byte === 0x3c /* < */ && !twin) return this.value(readHexString(bytes, pos));
    if (byte === 0x3c || byte === 0x5b) return this.bracket('open', byte === 0x3c);
    if ((byte === 0x3e && twin) || byte === 0x5d) return this.bracket('close', byte === 0x3e);
    if (byte === 0x2f /* / name */) {
      const end = this.regularEnd(pos + 1);
      return this.value([{ type: 'name', value: decodeName(latin1(bytes, pos + 1, end)) }, end]);
    }
    if (byte === 0x29 || byte === 0x3e) throw new ContentSyntaxError(`unexpected "${String.fromCharCode(byte)}"`, pos);
    const end = this.regularEnd(pos);
    const word = latin1(bytes, pos, end);
    this.pos = end;
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return { kind: 'value', value: { type: 'number', value: Number(word) } };
    if (word === 'true' || word === 'false') return { kind: 'value', value: { type: 'boolean', value: word === 'true' } };
    if (word === 'null') return { kind: 'value', value: { type: 'null' } };
    return { kind: 'word', word };
  }

  private bracket(kind: 'open' | 'close', dict: boolean): Token {
    this.pos += dict ? 2 : 1;
    return { kind, container: dict ? 'dict' : 'array' };
  }

  private value([value, end]: [ContentValue, number]): Token {
    this.pos = end;
    return { kind: 'value', value };
  }

  private regularEnd(from: number): number {
    let end = from;
    while (end < this.bytes.length && isRegular(this.bytes[end])) end++;
    return end;
  }
}

/** Collects values into nested arrays and dictionaries; yields complete top-level values. */
class Assembler {
  private readonly open: Container[] = [];

  get depth(): number {
    return this.open.length;
  }

  /** The completed top-level value, if the token completed one. */
  accept(token: Token, offset: number): ContentValue | undefined {
    let done: ContentValue | undefined;
    if (token.kind === 'open') {
      this.open.push({ kind: token.container, items: [], start: offset });
      return undefined;
    }
    if (token.kind === 'close') {
      const container = this.open.pop();
      if (container?.kind !== token.container) throw new ContentSyntaxError(token.container === 'dict' ? '">>" without "<<"' : '"]" without "["', offset);
      done = container.kind === 'dict' ? toDict(container) : { type: 'array', items: container.items };
    } else if (token.kind === 'value') {
      done = token.value;
    } else {
      throw new ContentSyntaxError(`operator "${token.word}" inside an array or dictionary`, offset);
    }
    if (this.open.length === 0) return done;
    this.open[this.open.length - 1].items.push(done);
    return undefined;
  }

  finish(): void {
    const last = this.open[this.open.length - 1];
    if (last) throw new ContentSyntaxError(`unclosed ${last.kind === 'dict' ? 'dictionary' : 'array'}`, last.start);
  }
}

export function* tokenizeContent(bytes: Uint8Array): Generator<ContentOperation> {
  const lexer = new Lexer(bytes);
  const assembler = new Assembler();
  let operands: ContentValue[] = [];
  for (let token = lexer.next(); token; token = lexer.next()) {
    if (token.kind === 'word' && assembler.depth === 0) {
      const offset = lexer.start;
      if (token.word === 'BI') {
        yield { operator: 'BI', operands: [readInlineImage(lexer)], offset };
      } else {
        yield { operator: token.word, operands, offset };
      }
      operands = [];
      continue;
    }
    const value = assembler.accept(token, lexer.start);
    if (value) operands.push(value);
  }
  assembler.finish();
}

/**
 * Reads an inline image after "BI": its parameters up to "ID", then skips the image data
 * up to "EI" (by /L or /Length when given, else at the first "EI" set apart by white
 * space). Returns the parameters as a dictionary.
 */
function readInlineImage(lexer: Lexer): ContentValue {
  const start = lexer.start;
  const bytes = lexer.bytes;
  const assembler = new Assembler();
  const params: ContentValue[] = [];
  for (let token = lexer.next(); ; token = lexer.next()) {
    if (!token) throw new ContentSyntaxError('inline image without ID', start);
    if (token.kind === 'word' && token.word === 'ID' && assembler.depth === 0) break;
    const value = assembler.accept(token, lexer.start);
    if (value) params.push(value);
  }
  const dict = toDict({ kind: 'dict', items: params, start });
  const dataStart = lexer.pos + 1; // one white-space byte follows ID
  const declared = dict.type === 'dict' ? (dict.entries.get('L') ?? dict.entries.get('Length')) : undefined;
  for (let pos = declared?.type === 'number' ? dataStart + declared.value : dataStart; pos + 1 < bytes.length; pos++) {
    const atEi = bytes[pos] === 0x45 && bytes[pos + 1] === 0x49;
    if (atEi && (pos === dataStart || WHITESPACE.has(bytes[pos - 1])) && (pos + 2 >= bytes.length || WHITESPACE.has(bytes[pos + 2]))) {
      lexer.pos = pos + 2;
      return dict;
    }
  }
  throw new ContentSyntaxError('inline image without EI', start);
}

function toDict(container: Container): ContentValue {
  const entries = new Map<string, ContentValue>();
  if (container.items.length % 2 !== 0) throw new ContentSyntaxError('dictionary with a key and no value', container.start);
  for (let i = 0; i < container.items.length; i += 2) {
    const key = container.items[i];
    if (key.type !== 'name') throw new ContentSyntaxError('dictionary key is not a name', container.start);
    entries.set(key.value, container.items[i + 1]);
  }
  return { type: 'dict', entries };
}

/** "#xx" escapes in names (PDF 1.2 and later). */
function decodeName(raw: string): string {
  return raw.includes('#') ? raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : raw;
}

const ESCAPES: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };

function readLiteralString(bytes: Uint8Array, start: number): [ContentValue, number] {
  const out: number[] = [];
  let depth = 1;
  let pos = start + 1;
  while (pos < bytes.length) {
    const byte = bytes[pos];
    if (byte === 0x5c /* \ */) {
      const next = bytes[pos + 1];
      if (next === undefined) break;
      if (next in ESCAPES) {
        out.push(ESCAPES[next]);
        pos += 2;
      } else if (next >= 0x30 && next <= 0x37) {
        let value = 0;
        let digits = 0;
        while (digits < 3 && bytes[pos + 1 + digits] >= 0x30 && bytes[pos + 1 + digits] <= 0x37) {
          value = value * 8 + (bytes[pos + 1 + digits] - 0x30);
          digits++;
        }
        out.push(value & 0xff);
        pos += 1 + digits;
      } else if (next === 0x0d || next === 0x0a) {
        // A backslash before an end of line continues the string on the next line.
        pos += next === 0x0d && bytes[pos + 2] === 0x0a ? 3 : 2;
      } else {
        out.push(next); // an unknown escape stands for the character itself
        pos += 2;
      }
    } else if (byte === 0x28) {
      depth++;
      out.push(byte);
      pos++;
    } else if (byte === 0x29) {
      depth--;
      pos++;
      if (depth === 0) return [{ type: 'string', bytes: Uint8Array.from(out) }, pos];
      out.push(byte);
    } else if (byte === 0x0d) {
      // Any end of line in a string reads as a single line feed.
      out.push(0x0a);
      pos += bytes[pos + 1] === 0x0a ? 2 : 1;
    } else {
      out.push(byte);
      pos++;
    }
  }
  throw new ContentSyntaxError('unterminated string', start);
}

function readHexString(bytes: Uint8Array, start: number): [ContentValue, number] {
  const out: number[] = [];
  let high = -1;
  let pos = start + 1;
  while (pos < bytes.length && bytes[pos] !== 0x3e) {
    const byte = bytes[pos++];
    if (WHITESPACE.has(byte)) continue;
    const value = hexValue(byte);
    if (value < 0) throw new ContentSyntaxError('bad digit in hex string', pos - 1);
    if (high < 0) high = value;
    else {
      out.push(high * 16 + value);
      high = -1;
    }
  }
  if (pos >= bytes.length) throw new ContentSyntaxError('unterminated hex string', start);
  if (high >= 0) out.push(high * 16); // an odd last digit is followed by an assumed 0
  return [{ type: 'string', bytes: Uint8Array.from(out) }, pos + 1];
}
