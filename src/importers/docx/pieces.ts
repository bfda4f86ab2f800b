/**
 * A Word paragraph as a flat run of pieces: text with its run formatting, line breaks,
 * footnote references, bookmark starts and ends, and hyperlinks (which hold pieces).
 * Both readers (our own output, a letter written by a person) start from these.
 *
 * Fields are read through to their result, as Word shows them, except a NOTEREF formatted as
 * a note mark (Word's cross-reference to a note with \f, as the exporter writes a note's
 * second reference): it is a reference to the note whose mark its bookmark holds, not the
 * number it shows.
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
  | { kind: 'link'; target?: string; pieces: Piece[] };

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
}

/** A complex field: w:fldChar begin, its instruction, separate, its result, end. */
interface OpenField {
  instruction: string;
  inResult: boolean;
  /** Set for a NOTEREF to a note: its result is not read. */
  note?: string;
}

export function readParagraph(p: XmlElement, links: Map<string, string>, noteAtBookmark: DocxPackage['noteAtBookmark']): ParagraphInfo {
  const pPr = firstChild(p, 'pPr');
  const numPr = pPr && firstChild(pPr, 'numPr');
  const numId = attr(numPr && firstChild(numPr, 'numId'), 'val');
  return {
    style: attr(pPr && firstChild(pPr, 'pStyle'), 'val'),
    numId: numId !== undefined && numId !== '0' ? numId : undefined,
    level: Number(attr(numPr && firstChild(numPr, 'ilvl'), 'val') ?? 0),
    pieces: readPieces(p, { links, noteAtBookmark, fields: [] }),
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
        const note = noteReferredTo(attr(child, 'instr') ?? '', reading);
        out.push(...(note !== undefined ? [{ kind: 'note', id: note } as const] : readPieces(child, reading)));
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
  if (style !== undefined) format.style = style;
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
    switch (c.local) {
      case 't':
        out.push({ kind: 'text', text: c.children.filter((x): x is string => typeof x === 'string').join(''), format });
        break;
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
  field.inResult = true;
  field.note ??= note;
  if (type === 'end') reading.fields.pop();
  return note !== undefined ? [{ kind: 'note', id: note }] : [];
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
