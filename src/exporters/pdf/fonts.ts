/**
 * The fonts of kamerbrief's PDFs: Noto Sans from the npm package @expo-google-fonts/noto-sans
 * (OFL), embedded and subset by pdfkit. The house style's font family (Verdana, Liberation
 * Sans) names what Word should use for DOCX; a PDF must embed its fonts, so it always uses
 * these, at the house style's sizes.
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

let opened: Record<FontFace, OpenedFont> | undefined;

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
