/**
 * Bytes of a text input (Markdown, plain text, JSON) as a string. UTF-8 is the rule; UTF-16
 * with a byte order mark (what Windows Notepad and Word's "Unicode text" save) is decoded
 * too, and so is UTF-16 without one where its zero bytes give it away. Invalid UTF-8 is
 * replaced by U+FFFD, as every decoder does, but never without a word: a warning names the
 * lines.
 */
import type { Diagnostic } from '../model/diagnostics';

export interface DecodedText {
  text?: string;
  /** Errors (the text is undefined) or warnings and notes about how it was read. */
  diagnostics: Diagnostic[];
}

/** Lines named in the warning about invalid UTF-8; the rest are counted. */
const MAX_LINES_NAMED = 10;

export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Order(bytes);
  if (utf16) {
    const body = utf16.bom ? bytes.subarray(2) : bytes;
    if (body.length % 2 !== 0) {
      return { diagnostics: [{ severity: 'error', message: `this is UTF-16 text (${utf16.name}) cut off in the middle of a character; expected whole UTF-16 or UTF-8 text` }] };
    }
    const text = new TextDecoder(utf16.name === 'little-endian' ? 'utf-16le' : 'utf-16be').decode(body);
    const how = utf16.bom ? 'its byte order mark' : 'its zero bytes (it has no byte order mark)';
    return { text, diagnostics: [{ severity: utf16.bom ? 'info' : 'warning', message: `read as UTF-16 (${utf16.name}), as ${how} says` }] };
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return { diagnostics: [{ severity: 'error', message: 'this is a binary file, not text; expected a text letter' }] };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), diagnostics: [] };
  } catch {
    return { text: new TextDecoder('utf-8').decode(body), diagnostics: [invalidUtf8Warning(body)] };
  }
}

/** UTF-16 by its byte order mark, or by zero bytes in every other place of the first 8 KB. */
function utf16Order(bytes: Uint8Array): { name: 'little-endian' | 'big-endian'; bom: boolean } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { name: 'little-endian', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name: 'big-endian', bom: true };
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  // Latin text in UTF-16 has a zero in nearly every high byte and almost none in the low ones.
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero < pairs * 0.1) return { name: 'little-endian', bom: false };
  if (evenZero > pairs * 0.9 && oddZero < pairs * 0.1) return { name: 'big-endian', bom: false };
  return undefined;
}

/** The lines that hold bytes UTF-8 does not allow, each line decoded alone (linear in the size). */
function invalidUtf8Warning(bytes: Uint8Array): Diagnostic {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const lines: number[] = [];
  let count = 0;
  let line = 1;
  for (let from = 0; from <= bytes.length; line++) {
    let to = bytes.indexOf(0x0a, from);
    if (to < 0) to = bytes.length;
    try {
      strict.decode(bytes.subarray(from, to));
    } catch {
      count++;
      if (lines.length < MAX_LINES_NAMED) lines.push(line);
    }
    from = to + 1;
  }
  const more = count > lines.length ? ` and ${count - lines.length} more` : '';
  const where = lines.length === 1 && count === 1 ? '' : ` (lines ${lines.join(', ')}${more})`;
  return {
    severity: 'warning',
    line: lines[0],
    message: `bytes that are not valid UTF-8 were replaced by U+FFFD${where}; if the file is in another encoding (Windows-1252, Latin-1), save it as UTF-8`,
  };
}
