/**
 * Glyph coverage of a kamerbrief PDF: every character of the letter must be drawn by Noto Sans
 * or a fallback font (./fonts.ts), every text of the house style by Noto Sans itself.
 */
import type { Letter } from '../../model/types';
import type { HouseStyle } from '../../templates/types';
import { ExportError } from '../errors';
import { fallbackFor, openedFonts, type FontFace } from './fonts';
import { SUPERSCRIPT_DIGITS } from './marks';

/** Code points every face has a glyph for, learnt once per process. */
const drawable = new Set<number>();
/** Code points only a fallback font draws (letter text may use them, the house style's labels not). */
const drawableByFallback = new Set<number>();

/**
 * Refuses a letter with a character the embedded fonts cannot draw: pdfkit would draw it
 * as glyph 0 (an empty box), silently losing it, and PDF/UA forbids that.
 */
export function checkGlyphs(letter: Letter, style: HouseStyle): void {
  const fonts = openedFonts();
  const extra = [style.returnAddressLabel ?? '', style.pageNumbers.format, '•-', SUPERSCRIPT_DIGITS, 'Vraag Antwoord op vragen en , ', ...fieldLabels(style)];
  // The house style's own texts (labels, page numbers) are drawn in Noto Sans alone.
  const check = (text: string, at: string, houseStyle = false) => {
    for (const char of text) {
      const cp = char.codePointAt(0)!;
      if (cp < 0x20 || drawable.has(cp) || (!houseStyle && drawableByFallback.has(cp))) continue;
      const everyFace = (['regular', 'bold', 'italic', 'boldItalic'] as FontFace[]).every((face) => fonts[face].hasGlyphForCodePoint(cp));
      if (!everyFace && (houseStyle || fallbackFor(cp) === null)) {
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        const fontNames = houseStyle ? 'the embedded font (Noto Sans) has' : 'the embedded fonts (Noto Sans, Noto Sans Math, Noto Sans Symbols 2) have';
        throw new ExportError(`cannot write the PDF: ${fontNames} no glyph for "${char}" (U+${hex}) at ${at || '/'}; PDF/UA forbids dropping it`, at, char);
      }
      (everyFace ? drawable : drawableByFallback).add(cp);
    }
  };
  const walk = (value: unknown, at: string) => {
    if (typeof value === 'string') check(value, at);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}/${i}`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'type' && k !== 'id' && k !== 'footnote') walk(v, `${at}/${k}`);
  };
  walk(letter, '');
  for (const text of extra) check(text, '(house style)', true);
}

function fieldLabels(style: HouseStyle): string[] {
  const all = [...(style.sideColumn?.fields ?? []), ...style.metaBlock, ...(style.runningHead?.fields ?? [])];
  return all.map((f) => f.label ?? '');
}

