/**
 * Rule family (g), fonts (PDF/UA-1 7.21.4.1, 7.21.7, 7.21.8; Matterhorn 10-001
 * and group 31): every font that shows text is embedded (the standard 14 too), maps its codes
 * to Unicode (a /ToUnicode CMap, or an encoding ISO 32000-1 9.10.2 lets a reader decode),
 * and never shows glyph 0 (.notdef).
 */
import { PDFDict, PDFName, PDFNumber, PDFStream } from 'pdf-lib';
import type { FontUse } from './content';
import { arrayAt, asDict, decodeStream, dictAt, entry, itemsOf, nameAt, nameOf, numberAt, textAt, type ParsedPdf, type PdfFinding } from './pdf';

const RULE = 'UA-7.21-fonts';
const STANDARD_ENCODINGS = new Set(['WinAnsiEncoding', 'MacRomanEncoding', 'StandardEncoding']);
/** Character collections whose CIDs a reader can map to Unicode without a /ToUnicode. */
const ADOBE_COLLECTIONS = new Set(['GB1', 'CNS1', 'Japan1', 'Korea1']);
/** FontDescriptor flag bit 3: the font has glyphs outside the standard Latin set. */
const SYMBOLIC = 4;

export function checkFonts(pdf: ParsedPdf, fonts: Iterable<FontUse>): PdfFinding[] {
  const findings: PdfFinding[] = [];
  for (const use of fonts) {
    const font = use.font;
    const subtype = nameAt(pdf, font, 'Subtype') ?? '?';
    const baseFont = nameAt(pdf, font, 'BaseFont');
    const pages = [...new Set(use.shows.map((s) => s.page))];
    const label = `font /${use.resourceName} (${use.object}${baseFont ? `, ${baseFont}` : ''}) used on page${pages.length === 1 ? '' : 's'} ${pages.join(', ')}`;
    const report = (message: string, page?: number) => findings.push({ rule: RULE, object: use.object, page: page ?? pages[0], message: `${label} ${message}` });
    const descendant = subtype === 'Type0' ? asDict(itemsOf(pdf, arrayAt(pdf, font, 'DescendantFonts'))[0]) : undefined;
    if (subtype === 'Type0' && !descendant) {
      report('is a Type0 font without a descendant CIDFont');
      continue;
    }
    if (subtype !== 'Type3' && !isEmbedded(pdf, descendant ?? font)) {
      report('is not embedded: its FontDescriptor has no FontFile, FontFile2 or FontFile3');
    }
    if (!mapsToUnicode(pdf, font, descendant)) {
      report('has no /ToUnicode CMap, and its encoding does not let a reader map its codes to Unicode');
    }
    const notdef = descendant ? cidZeroCounter(pdf, font, descendant) : simpleNotdefCounter(pdf, font);
    if (!notdef) continue;
    const perPage = new Map<number, number>();
    for (const show of use.shows) {
      const count = notdef(show.codes);
      if (count > 0) perPage.set(show.page, (perPage.get(show.page) ?? 0) + count);
    }
    for (const [page, count] of perPage) report(`shows glyph 0 (.notdef) ${count} time${count === 1 ? '' : 's'} on page ${page}`, page);
  }
  return findings;
}

function isEmbedded(pdf: ParsedPdf, font: PDFDict): boolean {
  const descriptor = dictAt(pdf, font, 'FontDescriptor');
  return ['FontFile', 'FontFile2', 'FontFile3'].some((key) => entry(pdf, descriptor, key) instanceof PDFStream);
}

function mapsToUnicode(pdf: ParsedPdf, font: PDFDict, descendant: PDFDict | undefined): boolean {
  if (entry(pdf, font, 'ToUnicode') instanceof PDFStream) return true;
  if (descendant) {
    // A predefined CMap over an Adobe character collection maps to Unicode by itself.
    const info = dictAt(pdf, descendant, 'CIDSystemInfo');
    const encoding = nameAt(pdf, font, 'Encoding');
    return textAt(pdf, info, 'Registry') === 'Adobe' && ADOBE_COLLECTIONS.has(textAt(pdf, info, 'Ordering') ?? '') && encoding !== undefined && !encoding.startsWith('Identity');
  }
  if (nameAt(pdf, font, 'Subtype') === 'Type3') return false;
  const symbolic = ((numberAt(pdf, dictAt(pdf, font, 'FontDescriptor'), 'Flags') ?? 0) & SYMBOLIC) !== 0;
  const encoding = entry(pdf, font, 'Encoding');
  const encodingName = nameOf(encoding) ?? (encoding instanceof PDFDict ? nameAt(pdf, encoding, 'BaseEncoding') : undefined);
  if (encodingName !== undefined) return STANDARD_ENCODINGS.has(encodingName);
  // No encoding, or /Differences alone over the font's built-in one: readable only for Latin text fonts.
  return !symbolic;
}

type NotdefCounter = (codes: Uint8Array) => number;

/** For a Type0 font with an Identity CMap: how many 2-byte codes select glyph 0. */
function cidZeroCounter(pdf: ParsedPdf, font: PDFDict, descendant: PDFDict): NotdefCounter | undefined {
  const encoding = nameAt(pdf, font, 'Encoding');
  if (encoding !== 'Identity-H' && encoding !== 'Identity-V') return undefined; // other CMaps are not decoded here
  const map = entry(pdf, descendant, 'CIDToGIDMap');
  let cidToGid: Uint8Array | undefined;
  if (map instanceof PDFStream) {
    try {
      cidToGid = decodeStream(map);
    } catch {
      cidToGid = undefined;
    }
  }
  return (codes) => {
    let count = 0;
    for (let i = 0; i + 1 < codes.length; i += 2) {
      const cid = (codes[i] << 8) | codes[i + 1];
      const gid = cidToGid ? (2 * cid + 1 < cidToGid.length ? (cidToGid[2 * cid] << 8) | cidToGid[2 * cid + 1] : 0) : cid;
      if (cid === 0 || gid === 0) count++;
    }
    return count;
  };
}

/** For a simple font: how many codes its /Differences map to /.notdef. */
function simpleNotdefCounter(pdf: ParsedPdf, font: PDFDict): NotdefCounter | undefined {
  const encoding = dictAt(pdf, font, 'Encoding');
  const differences = arrayAt(pdf, encoding, 'Differences');
  if (!differences) return undefined;
  const notdefCodes = new Set<number>();
  let code = 0;
  for (const item of differences.asArray()) {
    const resolved = pdf.context.lookup(item);
    if (resolved instanceof PDFName) {
      if (resolved.decodeText() === '.notdef') notdefCodes.add(code);
      code++;
    } else if (resolved instanceof PDFNumber) {
      code = resolved.asNumber();
    }
  }
  if (notdefCodes.size === 0) return undefined;
  return (codes) => codes.reduce((n, c) => n + (notdefCodes.has(c) ? 1 : 0), 0);
}
