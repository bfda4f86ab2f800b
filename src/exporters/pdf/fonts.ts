/**
 * The fonts of kamerbrief's PDFs: Noto Sans from the npm package @expo-google-fonts/noto-sans
 * (OFL), embedded and subset by pdfkit. The house style's font family (Verdana, Liberation
 * Sans) names what Word should use for DOCX; a PDF must embed its fonts, so it always uses
 * these, at the house style's sizes.
 *
 * A character Noto Sans lacks (arrows, ≥, ≈, ✓, ☐) is drawn in the first fallback font that
 * has it: Noto Sans Math (arrows, relations, operators, check marks, Greek) and Noto Sans
 * Symbols 2 (ballot boxes, dingbats, signs), from the npm packages of Fontsource (OFL, WOFF
 * files that fontkit reads and pdfkit embeds as TrueType subsets). They come in one weight:
 * in bold or italic text such a symbol is drawn upright and regular.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FACE_FILES: Record<FontFace, string> = {
  regular: '400Regular/NotoSans_400Regular.ttf',
  bold: '700Bold/NotoSans_700Bold.ttf',
  italic: '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/NotoSans_700Bold_Italic.ttf',
};

interface OpenedFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** Fallback fonts, in the order they are asked: package, file under the package. */
const FALLBACK_FILES: readonly { name: FallbackFont; pkg: string; file: string }[] = [
  { name: 'math', pkg: '@fontsource/noto-sans-math', file: 'files/noto-sans-math-latin-400-normal.woff' },
  { name: 'symbols', pkg: '@fontsource/noto-sans-symbols-2', file: 'files/noto-sans-symbols-2-symbols-400-normal.woff' },
];

export type FallbackFont = 'math' | 'symbols';

/** The names fallback fonts are registered under in a document. */
export const FALLBACK_FONTS: readonly FallbackFont[] = FALLBACK_FILES.map((f) => f.name);

let opened: Record<FontFace, OpenedFont> | undefined;
let fallbacks: Record<FallbackFont, OpenedFont> | undefined;

/**
 * The four faces opened by fontkit once per process: pdfkit takes them as they are (parsing
 * the font tables again for every letter was most of a PDF's time), and the glyph check asks
 * them which characters they can draw.
 */
export function openedFonts(): Record<FontFace, OpenedFont> {
  if (opened) return opened;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fontkit = require('fontkit') as { create(buffer: Buffer): OpenedFont };
  const dir = path.dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
  const open = (face: FontFace) => fontkit.create(fs.readFileSync(path.join(dir, FACE_FILES[face])));
  opened = { regular: open('regular'), bold: open('bold'), italic: open('italic'), boldItalic: open('boldItalic') };
  return opened;
}

/** The fallback fonts opened by fontkit once per process. */
export function openedFallbackFonts(): Record<FallbackFont, OpenedFont> {
  if (fallbacks) return fallbacks;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fontkit = require('fontkit') as { create(buffer: Buffer): OpenedFont };
  const open = (pkg: string, file: string) => fontkit.create(fs.readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file)));
  fallbacks = Object.fromEntries(FALLBACK_FILES.map((f) => [f.name, open(f.pkg, f.file)])) as Record<FallbackFont, OpenedFont>;
  return fallbacks;
}

const fallbackOf = new Map<number, FallbackFont | null>();

/** The fallback font that draws a code point Noto Sans lacks; null when none does. Learnt once per process. */
export function fallbackFor(codePoint: number): FallbackFont | null {
  let found = fallbackOf.get(codePoint);
  if (found === undefined) {
    const fonts = openedFallbackFonts();
    found = FALLBACK_FONTS.find((name) => fonts[name].hasGlyphForCodePoint(codePoint)) ?? null;
    fallbackOf.set(codePoint, found);
  }
  return found;
}

/**
 * `text` in runs of one font each: the face's own where it has the glyph (and for line breaks
 * and spaces), a fallback font's where only that has it. Characters no font has stay with the
 * face (the glyph check refuses the letter before anything is drawn).
 */
export function fontRuns(text: string, face: FontFace): { font: FontFace | FallbackFont; text: string }[] {
  const own = openedFonts()[face];
  const runs: { font: FontFace | FallbackFont; text: string }[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    const font = cp < 0x80 || own.hasGlyphForCodePoint(cp) ? face : (fallbackFor(cp) ?? face);
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += char;
    else runs.push({ font, text: char });
  }
  return runs;
}
