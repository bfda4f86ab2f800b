/**
 * Two things kamerbrief controls in pdfkit's text layout, without changing the letter's
 * characters in the content stream:
 *
 * - Where a line may break. Text extractors (pdftotext) take a hyphen-minus at a line end for
 *   word division and remove it ("VN-Verdrag" -> "VNVerdrag", "asiel- en" -> "asielen"). So
 *   while a kamerbrief PDF is laid out, no line breaks after a hyphen: not inside a compound
 *   ("VN-Verdrag" moves to the next line whole) and not at the space after a dangling hyphen
 *   ("asiel- en" stays together). The content stream then holds the letter's own "-".
 * - Shaping. pdfkit shapes every word with fontkit's OpenType lookups and caches the result
 *   per document; here the cache is kept per font for the whole process, so a word is shaped
 *   once however many letters are written (most of a PDF's time was shaping the same words).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const LineBreaker = require('linebreak') as { prototype: BreakerInternals };

interface Break {
  position: number;
  required: boolean;
}

interface BreakerInternals {
  string: string;
  nextBreak(this: BreakerInternals): Break | null;
}

let controlled = 0;
const unicodeNextBreak = LineBreaker.prototype.nextBreak;

/** A line may not end here: the text before the break (less trailing spaces) ends in a hyphen-minus. */
export function breaksAfterHyphen(text: string, position: number): boolean {
  let end = position;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return end > 0 && text.charCodeAt(end - 1) === 0x2d;
}

LineBreaker.prototype.nextBreak = function nextBreak(this: BreakerInternals): Break | null {
  let bk = unicodeNextBreak.call(this);
  if (controlled === 0) return bk;
  while (bk && !bk.required && bk.position < this.string.length && breaksAfterHyphen(this.string, bk.position)) bk = unicodeNextBreak.call(this);
  return bk;
};

/**
 * Runs `layout` (synchronous: pdfkit draws as it is called) with kamerbrief's line breaking;
 * other users of pdfkit in the process keep Unicode's rules.
 */
export function withLetterLineBreaking<T>(layout: () => T): T {
  controlled++;
  try {
    return layout();
  } finally {
    controlled--;
  }
}

interface EmbeddedFontInternals {
  font: object;
  layoutCache?: Record<string, unknown>;
}

const shapedWords = new WeakMap<object, { words: Record<string, unknown>; uses: number }>();
/** A cache past this many words is started afresh (a long-running service sees unbounded vocabulary). */
const MAX_SHAPED_WORDS = 200_000;

/**
 * Gives the document's current font (pdfkit's EmbeddedFont) the process-wide cache of shaped
 * words of its fontkit font. Call right after `doc.font(face)` made the face current.
 */
export function shareShapingCache(doc: object): void {
  const embedded = (doc as { _font?: EmbeddedFontInternals })._font;
  if (!embedded?.font || !embedded.layoutCache) return;
  let cache = shapedWords.get(embedded.font);
  if (!cache || (++cache.uses % 4096 === 0 && Object.keys(cache.words).length > MAX_SHAPED_WORDS)) {
    cache = { words: Object.create(null) as Record<string, unknown>, uses: 0 };
    shapedWords.set(embedded.font, cache);
  }
  embedded.layoutCache = cache.words;
}
