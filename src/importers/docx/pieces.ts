/**
 * A Word paragraph as a flat run of pieces: text with its run formatting, line breaks,
 * footnote references, bookmark starts and ends, and hyperlinks (which hold pieces).
 * Both readers (our own output, a letter written by a person) start from these.
 *
 * Fields are read through to their result, as Word shows them, except a NOTEREF formatted as
 * a note mark (Word's cross-reference to a note with \f, as the exporter writes a note's
 * second reference): it is a reference to the note whose mark its bookmark holds, not the
 * number it shows; and a page-number field (PAGE, NUMPAGES, SECTIONPAGES, or a field such as
 * IF that computes with one): page furniture. Text that is not shown (inside a field's
 * instruction) or is furniture comes out as a "left" piece, so that the reader can say so.
 * Of mc:AlternateContent the first Choice is read, or the Fallback where there is none.
 */
import { childElements, firstChild, isElement, textContent, type XmlElement } from '../../xml/read';
import { attr, type DocxPackage } from './package';

export interface RunFormat {
  style?: string;
  italic?: boolean;
  bold?: boolean;
  superscript?: boolean;
  subscript?: boolean;
}

export type Piece =
  | { kind: 'text'; text: string; format: RunFormat }
  | { kind: 'break' }
  | { kind: 'note'; id: string }
  | { kind: 'start'; name: string; id: string }
  | { kind: 'end'; id: string }
  | { kind: 'link'; target?: string; pieces: Piece[] }
  /** Text left out of the letter, with why: it is named in a diagnostic. */
  | { kind: 'left'; text: string; why: string };

export interface ParagraphInfo {
  style?: string;
  numId?: string;
  level: number;
  pieces: Piece[];
}

/** What a paragraph's pieces are read with: its part's hyperlink targets, the notes at bookmarks, and the fields open so far. */
interface Reading {
  links: Map<string, string>;
  noteAtBookmark: DocxPackage['noteAtBookmark'];
  /** Complex fields open at this point of the paragraph (across runs and hyperlinks), innermost last. */
  fields: OpenField[];
  /** Style ids read as others (a style LibreOffice saved under an id of its own). */
  styles?: ReadonlyMap<string, string>;
}

/** A complex field: w:fldChar begin, its instruction, separate, its result, end. */
interface OpenField {
  instruction: string;
  inResult: boolean;
  /** Set for a NOTEREF to a note: its result is not read. */
  note?: string;
  /** A page-number field, or one whose instruction holds one: its result is page furniture. */
  furniture?: string;
}

/** Fields that print where they stand on the page, not text of the letter. */
const PAGE_FIELD = /^\s*(PAGE|NUMPAGES|SECTIONPAGES|SECTION)\b/i;

export function readParagraph(p: XmlElement, links: Map<string, string>, noteAtBookmark: DocxPackage['noteAtBookmark'], styles?: ReadonlyMap<string, string>): ParagraphInfo {
  const pPr = firstChild(p, 'pPr');
  const numPr = pPr && firstChild(pPr, 'numPr');
  const numId = attr(numPr && firstChild(numPr, 'numId'), 'val');
  const style = attr(pPr && firstChild(pPr, 'pStyle'), 'val');
  return {
    style: style !== undefined ? styles?.get(style) ?? style : undefined,
    numId: numId !== undefined && numId !== '0' ? numId : undefined,
    level: Number(attr(numPr && firstChild(numPr, 'ilvl'), 'val') ?? 0),
    pieces: readPieces(p, styles ? { links, noteAtBookmark, fields: [], styles } : { links, noteAtBookmark, fields: [] }),
  };
}

function readPieces(container: XmlElement, reading: Reading): Piece[] {
  const out: Piece[] = [];
  for (const child of childElements(container)) {
    switch (child.local) {
      case 'r':
        out.push(...readRun(child, reading));
        break;
      case 'hyperlink': {
        const rid = attr(child, 'id');
        const anchor = attr(child, 'anchor');
        const target = rid !== undefined ? reading.links.get(rid) : anchor !== undefined ? `#${anchor}` : undefined;
        out.push(target !== undefined ? { kind: 'link', target, pieces: readPieces(child, reading) } : { kind: 'link', pieces: readPieces(child, reading) });
        break;
      }
      case 'bookmarkStart':
        out.push({ kind: 'start', name: attr(child, 'name') ?? '', id: attr(child, 'id') ?? '' });
        break;
      case 'bookmarkEnd':
        out.push({ kind: 'end', id: attr(child, 'id') ?? '' });
        break;
      case 'fldSimple': {
        const instruction = attr(child, 'instr') ?? '';
        const note = noteReferredTo(instruction, reading);
        const page = PAGE_FIELD.exec(instruction);
        if (note !== undefined) out.push({ kind: 'note', id: note });
        else if (page) out.push(...leaveOut(readPieces(child, reading), `a page-number field (${page[1].toUpperCase()})`));
        else out.push(...readPieces(child, reading));
        break;
      }
      case 'AlternateContent': {
        const { chosen, skipped } = alternative(child);
        if (chosen) out.push(...readPieces(chosen, reading));
        for (const s of skipped) out.push(...leaveOut(readPieces(s, reading), 'the other copy in mc:AlternateContent'));
        break;
      }
      case 'smartTag':
      case 'ins':
      case 'customXml':
        out.push(...readPieces(child, reading));
        break;
      case 'sdt': {
        const content = firstChild(child, 'sdtContent');
        if (content) out.push(...readPieces(content, reading));
        break;
      }
      default:
        // pPr, proofErr, del (deleted text), permStart … carry no text.
        break;
    }
  }
  return out;
}

function readRun(r: XmlElement, reading: Reading): Piece[] {
  const rPr = firstChild(r, 'rPr');
  const on = (local: string) => {
    const el = rPr && firstChild(rPr, local);
    if (!el) return false;
    const v = attr(el, 'val');
    return v === undefined || !['0', 'false', 'off', 'none'].includes(v);
  };
  const vert = attr(rPr && firstChild(rPr, 'vertAlign'), 'val');
  const format: RunFormat = {};
  const style = attr(rPr && firstChild(rPr, 'rStyle'), 'val');
  if (style !== undefined) format.style = reading.styles?.get(style) ?? style;
  if (on('i')) format.italic = true;
  if (on('b')) format.bold = true;
  if (vert === 'superscript') format.superscript = true;
  if (vert === 'subscript') format.subscript = true;
  const out: Piece[] = [];
  for (const c of r.children) {
    if (!isElement(c)) continue;
    if (c.local === 'fldChar' || c.local === 'instrText') {
      out.push(...readFieldPart(c, reading));
      continue;
    }
    if (reading.fields.some((f) => f.note !== undefined && f.inResult)) continue; // the number a NOTEREF shows
    const hidden = reading.fields.some((f) => !f.inResult);
    const furniture = reading.fields.find((f) => f.furniture !== undefined)?.furniture;
    switch (c.local) {
      case 't': {
        const text = c.children.filter((x): x is string => typeof x === 'string').join('');
        if (hidden) out.push({ kind: 'left', text, why: 'inside a field instruction (not shown)' });
        else if (furniture) out.push({ kind: 'left', text, why: `a page-number field (${furniture})` });
        else out.push({ kind: 'text', text, format });
        break;
      }
      case 'tab':
        out.push({ kind: 'text', text: ' ', format });
        break;
      case 'br':
      case 'cr':
        out.push({ kind: 'break' });
        break;
      case 'noBreakHyphen':
        out.push({ kind: 'text', text: '-', format });
        break;
      case 'footnoteReference':
        out.push({ kind: 'note', id: attr(c, 'id') ?? '' });
        break;
      case 'endnoteReference':
        // Endnotes are numbered apart from footnotes; the reader tells them by this prefix.
        out.push({ kind: 'note', id: `endnote:${attr(c, 'id') ?? ''}` });
        break;
      default:
        break;
    }
  }
  return out;
}

/** Follows a complex field's begin, instruction, separator and end; a NOTEREF to a note becomes a reference to it. */
function readFieldPart(el: XmlElement, reading: Reading): Piece[] {
  const field = reading.fields[reading.fields.length - 1];
  if (el.local === 'instrText') {
    if (field && !field.inResult) field.instruction += textContent(el);
    return [];
  }
  const type = attr(el, 'fldCharType');
  if (type === 'begin') {
    reading.fields.push({ instruction: '', inResult: false });
    return [];
  }
  if (!field || (type !== 'separate' && type !== 'end')) return [];
  // At the separator, or at the end of a field that has none.
  const note = field.inResult ? undefined : noteReferredTo(field.instruction, reading);
  if (!field.inResult) field.furniture ??= PAGE_FIELD.exec(field.instruction)?.[1].toUpperCase();
  field.inResult = true;
  field.note ??= note;
  if (type === 'end') {
    reading.fields.pop();
    // A page number inside another field's instruction (IF … PAGE …) makes that one furniture too.
    const outer = reading.fields[reading.fields.length - 1];
    if (outer && !outer.inResult && field.furniture) outer.furniture ??= field.furniture;
  }
  return note !== undefined ? [{ kind: 'note', id: note }] : [];
}

/** Pieces turned into left-out text, with why. */
function leaveOut(pieces: readonly Piece[], why: string): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p.kind === 'text') out.push({ kind: 'left', text: p.text, why });
    else if (p.kind === 'link') out.push(...leaveOut(p.pieces, why));
    else if (p.kind === 'left') out.push(p);
  }
  return out;
}

/**
 * Of an mc:AlternateContent, the content read: its first Choice (Word writes the DrawingML
 * shape there), or the Fallback (the same shape in VML) where there is no Choice. The other
 * copies are returned so that their text can be named as left out, never read twice.
 */
export function alternative(el: XmlElement): { chosen?: XmlElement; skipped: XmlElement[] } {
  const options = childElements(el).filter((c) => c.local === 'Choice' || c.local === 'Fallback');
  const chosen = options.find((c) => c.local === 'Choice') ?? options.find((c) => c.local === 'Fallback');
  return { chosen, skipped: options.filter((c) => c !== chosen) };
}

/**
 * The footnote a field instruction (" NOTEREF _Ref123 \f \h ") refers to by its bookmark, or
 * undefined for another field. Only a NOTEREF formatted as a note mark (\f) is one; without
 * it ("zie voetnoot 3", "\p": "hierboven") the number or words it shows are the text.
 */
function noteReferredTo(instruction: string, reading: Reading): string | undefined {
  const m = /^\s*NOTEREF\s+"?([^\s"\\]+)"?(.*)$/i.exec(instruction);
  if (!m || !/\\f\b/i.test(m[2])) return undefined;
  return reading.noteAtBookmark(m[1]);
}

/** Plain text of pieces, leaving out runs in the given character styles. */
export function piecesText(pieces: readonly Piece[], skipStyles: readonly string[] = []): string {
  let out = '';
  for (const p of pieces) {
    if (p.kind === 'text' && !skipStyles.includes(p.format.style ?? '')) out += p.text;
    else if (p.kind === 'break') out += '\n';
    else if (p.kind === 'link') out += piecesText(p.pieces, skipStyles);
  }
  return out;
}
