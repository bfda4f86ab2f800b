/**
 * A Word paragraph as a flat run of pieces: text with its run formatting, line breaks,
 * footnote references, bookmark starts and ends, and hyperlinks (which hold pieces).
 * Both readers (our own output, a letter written by a person) start from these.
 */
import { childElements, firstChild, isElement, type XmlElement } from '../../xml/read';
import { attr } from './package';

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

export function readParagraph(p: XmlElement, links: Map<string, string>): ParagraphInfo {
  const pPr = firstChild(p, 'pPr');
  const numPr = pPr && firstChild(pPr, 'numPr');
  const numId = attr(numPr && firstChild(numPr, 'numId'), 'val');
  return {
    style: attr(pPr && firstChild(pPr, 'pStyle'), 'val'),
    numId: numId !== undefined && numId !== '0' ? numId : undefined,
    level: Number(attr(numPr && firstChild(numPr, 'ilvl'), 'val') ?? 0),
    pieces: readPieces(p, links),
  };
}

function readPieces(container: XmlElement, links: Map<string, string>): Piece[] {
  const out: Piece[] = [];
  for (const child of childElements(container)) {
    switch (child.local) {
      case 'r':
        out.push(...readRun(child));
        break;
      case 'hyperlink': {
        const rid = attr(child, 'id');
        const anchor = attr(child, 'anchor');
        const target = rid !== undefined ? links.get(rid) : anchor !== undefined ? `#${anchor}` : undefined;
        out.push(target !== undefined ? { kind: 'link', target, pieces: readPieces(child, links) } : { kind: 'link', pieces: readPieces(child, links) });
        break;
      }
      case 'bookmarkStart':
        out.push({ kind: 'start', name: attr(child, 'name') ?? '', id: attr(child, 'id') ?? '' });
        break;
      case 'bookmarkEnd':
        out.push({ kind: 'end', id: attr(child, 'id') ?? '' });
        break;
      case 'smartTag':
      case 'ins':
      case 'fldSimple':
      case 'customXml':
        out.push(...readPieces(child, links));
        break;
      case 'sdt': {
        const content = firstChild(child, 'sdtContent');
        if (content) out.push(...readPieces(content, links));
        break;
      }
      default:
        // pPr, proofErr, del (deleted text), permStart … carry no text.
        break;
    }
  }
  return out;
}

function readRun(r: XmlElement): Piece[] {
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
