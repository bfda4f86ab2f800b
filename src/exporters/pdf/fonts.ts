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

export const FONT_FAMILY_NAME = 'Noto Sans';

let cache: Record<FontFace, Buffer> | undefined;

/** The four faces as bytes, read once per process. */
export function fontFaces(): Record<FontFace, Buffer> {
  if (cache) return cache;
  const dir = path.dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
  const read = (face: FontFace) => fs.readFileSync(path.join(dir, FACE_FILES[face]));
  cache = { regular: read('regular'), bold: read('bold'), italic: read('italic'), boldItalic: read('boldItalic') };
  return cache;
}

interface GlyphFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** The faces opened by fontkit, once per process, for pdfkit and for glyph checks alike. */
export function openedFonts(): Record<FontFace, GlyphFont> {
  return glyphCoverage();
}

let glyphFonts: Record<FontFace, GlyphFont> | undefined;

/** fontkit views of the faces, to ask which characters they can draw. */
export function glyphCoverage(): Record<FontFace, GlyphFont> {
  if (glyphFonts) return glyphFonts;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fontkit = require('fontkit') as { create(buffer: Buffer): GlyphFont };
  const faces = fontFaces();
  glyphFonts = {
    regular: fontkit.create(faces.regular),
    bold: fontkit.create(faces.bold),
    italic: fontkit.create(faces.italic),
    boldItalic: fontkit.create(faces.boldItalic),
  };
  return glyphFonts;
}
