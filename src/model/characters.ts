/**
 * The characters a letter may hold: those of XML 1.0 (tab, LF, CR, U+0020–U+D7FF,
 * U+E000–U+FFFD and the astral planes), because every XML writer must be able to write
 * any letter. A damaged input (a NUL deep in a text file, "\u0000" in a JSON string, a
 * lone surrogate, U+FFFF) is cleaned here, once, before any exporter sees the letter, and
 * each place that was cleaned is named in a warning.
 */
import { pointerToken, type Diagnostic } from './diagnostics';
import type { Letter } from './types';

/** One character that is not an XML 1.0 Char (with `u`, a lone surrogate is one code point). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** Control characters that separate (vertical tab, form feed, the C0 separators) become a space. */
const SEPARATOR = /^[\v\f\u001c-\u001f]$/;
/** More places than this are summed up in one last warning, so a file of NULs gives a short report. */
const MAX_WARNINGS = 20;

export function isXmlText(s: string): boolean {
  NOT_XML_CHAR.lastIndex = 0;
  return !NOT_XML_CHAR.test(s);
}

/** The text with every non-XML character replaced: a separator by a space, a lone surrogate by U+FFFD, others removed. */
export function toXmlText(s: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const text = s.replace(NOT_XML_CHAR, (c) => {
    removed.push(c);
    if (SEPARATOR.test(c)) return ' ';
    const code = c.codePointAt(0)!;
    return code >= 0xd800 && code <= 0xdfff ? '\uFFFD' : '';
  });
  return { text, removed };
}

function codeName(c: string): string {
  return 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Cleans every string of the letter in place and says where: one warning per string that
 * held characters XML cannot hold (with its JSON pointer), at most MAX_WARNINGS and a sum.
 * Walks with a stack of its own, so a deep letter cannot exhaust the call stack.
 */
export function cleanLetterCharacters(letter: Letter): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let places = 0;
  const stack: { holder: Record<string, unknown> | unknown[]; at: string }[] = [{ holder: letter as unknown as Record<string, unknown>, at: '' }];
  while (stack.length > 0) {
    const { holder, at } = stack.pop()!;
    const keys: (string | number)[] = Array.isArray(holder) ? holder.map((_, k) => k) : Object.keys(holder);
    const inner: typeof stack = [];
    for (const key of keys) {
      const value = (holder as Record<string | number, unknown>)[key];
      const here = `${at}/${pointerToken(key)}`;
      if (typeof value === 'string') {
        if (isXmlText(value)) continue;
        const { text, removed } = toXmlText(value);
        (holder as Record<string | number, unknown>)[key] = text;
        places++;
        if (places <= MAX_WARNINGS) {
          const names = [...new Set(removed.map(codeName))];
          diagnostics.push({
            severity: 'warning',
            pointer: here,
            message: `${removed.length} character${removed.length === 1 ? '' : 's'} that XML cannot hold (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}) taken out of the text: control characters removed or made a space, lone surrogates made U+FFFD`,
          });
        }
      } else if (value !== null && typeof value === 'object') {
        inner.push({ holder: value as Record<string, unknown>, at: here });
      }
    }
    // In document order: the first places found are the ones named.
    for (let k = inner.length - 1; k >= 0; k--) stack.push(inner[k]);
  }
  if (places > MAX_WARNINGS) {
    diagnostics.push({ severity: 'warning', message: `characters that XML cannot hold were taken out of ${places - MAX_WARNINGS} more places of the text` });
  }
  return diagnostics;
}
