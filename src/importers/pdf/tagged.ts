/**
 * Reads kamerbrief's own tagged PDFs back into the model through their structure tree
 * (src/exporters/pdf/structure.ts names the parts): every piece of text is a Span whose
 * /ActualText holds it exactly, so nothing depends on how the page broke the lines. The
 * data no page prints (kind, chamber, inquiry) is in the document information.
 *
 * Any other PDF (untagged, or tagged by another producer) is read by its layout
 * (./layout.ts).
 */
import { PDFArray, PDFDict, PDFNumber, type PDFObject } from 'pdf-lib';
import type { Diagnostic } from '../../model/diagnostics';
import type { Block, Footnote, Inline, Letter, List, ListItem, Question, Answer, Section, Signatory, TableRow } from '../../model/types';
import { normalizeInlines, normalizeSpace } from '../../model/text';
import { parseDutchDate } from '../../model/dates';
import { asDict, dictAt, entry, itemsOf, nameAt, PdfStructureError, textAt, type ParsedPdf } from '../../check/pdfua/pdf';
import { CUSTOM_ROLES, DERIVED_LABEL_TITLE, LIST_NUMBERING, PDF_DATA_KEY, type PdfLetterData } from '../../exporters/pdf/structure';
import type { ImportResult } from '../result';
import { compact } from '../../model/compact';
import type { FormattingType } from '../../model/text';

/** One structure element, read: its type, entries and children in order. */
interface Node {
  type: string;
  title?: string;
  actualText?: string;
  id?: string;
  children: Node[];
  /** URIs of link annotations attached to this element (OBJR). */
  uris: string[];
  /** The standard list attribute /ListNumbering of an L. */
  listNumbering?: string;
}

/**
 * The letter of a PDF kamerbrief wrote, read from its structure tree; undefined when the PDF
 * is not one of ours (no structure tree, or one without our letterhead element), so that the
 * caller reads it by layout instead.
 */
export function readOwnPdf(pdf: ParsedPdf): ImportResult | undefined {
  const treeRoot = dictAt(pdf, pdf.catalog, 'StructTreeRoot');
  if (!treeRoot) return undefined;
  let roots: Node[];
  try {
    roots = readKids(pdf, treeRoot, 0).children;
  } catch (err) {
    // A recursive or absurdly deep tree is not ours: read the pages by layout.
    if (err instanceof PdfStructureError || err instanceof RangeError) return undefined;
    throw err;
  }
  const documentNode = roots.find((n) => n.type === 'Document');
  if (!documentNode || !documentNode.children.some((c) => c.type === 'Briefhoofd')) return undefined;
  const info = asDict(pdf.context.lookup(pdf.context.trailerInfo.Info));
  const dataText = info ? textAt(pdf, info, PDF_DATA_KEY) : undefined;
  let data: PdfLetterData | undefined;
  try {
    data = dataText ? (JSON.parse(dataText) as PdfLetterData) : undefined;
  } catch {
    data = undefined;
  }
  return new PdfLetterReader(data).read(documentNode);
}

/** Depth of the structure tree we follow; ours is a dozen levels deep. */
const MAX_DEPTH = 64;

/** The kids of a structure element in one pass: its child elements, and the URIs of the link annotations it claims (OBJR). */
function readKids(pdf: ParsedPdf, parent: PDFDict, depth: number, seen = new Set<PDFDict>()): { children: Node[]; uris: string[] } {
  if (depth > MAX_DEPTH) throw new PdfStructureError('the structure tree is nested too deep');
  // An element met twice makes the tree a graph: walking it could take exponential time.
  if (seen.has(parent)) throw new PdfStructureError('the structure tree is recursive');
  seen.add(parent);
  const kids = entry(pdf, parent, 'K');
  const items: PDFObject[] = kids === undefined ? [] : kids instanceof PDFArray ? itemsOf(pdf, kids) : [kids];
  const children: Node[] = [];
  const uris: string[] = [];
  for (const item of items) {
    if (item instanceof PDFNumber) continue; // marked content of this element: its text is in /ActualText
    const dict = asDict(item);
    if (!dict) continue;
    const objType = nameAt(pdf, dict, 'Type');
    if (objType === 'OBJR') {
      const uri = textAt(pdf, dictAt(pdf, dictAt(pdf, dict, 'Obj'), 'A'), 'URI');
      if (uri) uris.push(uri);
      continue;
    }
    const type = objType === 'MCR' ? undefined : nameAt(pdf, dict, 'S');
    if (!type) continue;
    children.push({
      type,
      title: textAt(pdf, dict, 'T'),
      actualText: textAt(pdf, dict, 'ActualText'),
      id: textAt(pdf, dict, 'ID'),
      ...readKids(pdf, dict, depth + 1, seen),
      listNumbering: nameAt(pdf, dictAt(pdf, dict, 'A'), 'ListNumbering'),
    });
  }
  return { children, uris };
}

/** The exporter's structure types for formatting, and the model's inline nodes for them. */
const PDF_FORMATTING: Partial<Record<string, FormattingType>> = { Em: 'emphasis', Strong: 'strong', Sup: 'superscript', Sub: 'subscript' };

const STYLE_BY_NUMBERING = Object.fromEntries(Object.entries(LIST_NUMBERING).map(([style, numbering]) => [numbering, style])) as Record<string, List['style']>;

class PdfLetterReader {
  private readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly data: PdfLetterData | undefined) {}

  read(documentNode: Node): ImportResult {
    const letter: Partial<Letter> = { schemaVersion: '1.0', language: 'nl', kind: this.data?.kind ?? 'answer-letter' };
    if (this.data?.chamber) letter.chamber = this.data.chamber;
    const metadata: Partial<Letter['metadata']> = {};
    for (const part of documentNode.children) {
      switch (part.type) {
        case 'Briefhoofd':
          this.letterhead(part, letter, metadata);
          break;
        case 'Brieftekst':
          letter.coverLetter = this.blocks(part.children);
          break;
        case 'Ondertekening':
          letter.signatories = this.signatories(part);
          break;
        case 'VragenEnAntwoorden':
          letter.questionsAndAnswers = this.questionsAndAnswers(part);
          break;
        case 'Voetnoten':
          letter.footnotes = this.footnotes(part);
          break;
        default:
          this.unplaced(part, 'a part of the document');
      }
    }
    if (!metadata.date) {
      return { diagnostics: [...this.diagnostics, { severity: 'error', message: 'the PDF prints no date ("Datum …") in its letterhead' }] };
    }
    letter.metadata = compact({ date: metadata.date, reference: metadata.reference, subject: metadata.subject });
    if (this.data?.inquiry) letter.inquiry = this.data.inquiry;
    if (this.data?.publication) letter.publication = this.data.publication;
    const ordered = orderKeys(letter);
    return { letter: ordered, diagnostics: this.diagnostics };
  }

  // ---- letterhead ----------------------------------------------------------------------------------

  private letterhead(part: Node, letter: Partial<Letter>, metadata: Partial<Letter['metadata']>): void {
    const sender: NonNullable<NonNullable<Letter['letterhead']>['sender']> = {};
    const recipient: string[] = [];
    const fields: { label: string; value: string }[] = [];
    let returnAddress: string | undefined;
    const push = (key: 'units' | 'visitingAddress' | 'postalAddress', line: string) => (sender[key] ??= []).push(line);
    for (const line of part.children) {
      const value = fieldValue(line);
      if (!value) continue;
      switch (line.type) {
        case 'Organisatie':
          sender.organisation = value;
          break;
        case 'Eenheid':
          push('units', value);
          break;
        case 'Bezoekadres':
          push('visitingAddress', value);
          break;
        case 'Postadres':
          push('postalAddress', value);
          break;
        case 'Website':
          sender.website = value;
          break;
        case 'Kenmerk':
          fields.push({ label: line.title ?? '', value });
          break;
        case 'Datum': {
          const iso = parseDutchDate(value);
          if (iso) metadata.date = iso;
          else this.diagnostics.push({ severity: 'error', message: `the date "${value}" is not a Dutch date ("18 juni 2026")` });
          break;
        }
        case 'Referentie':
          metadata.reference = value;
          break;
        case 'Betreft':
          metadata.subject = value;
          break;
        case 'Retouradres':
          returnAddress = value;
          break;
        case 'Geadresseerde':
          recipient.push(value);
          break;
        default:
          this.unplaced(line, 'a letterhead line');
      }
    }
    const lh = compact({
      returnAddress,
      recipient: recipient.length > 0 ? recipient : undefined,
      sender: Object.keys(sender).length > 0 ? sender : undefined,
      fields: fields.length > 0 ? fields : undefined,
    });
    if (Object.keys(lh).length > 0) letter.letterhead = lh;
  }

  private signatories(part: Node): Signatory[] {
    return part.children
      .filter((c) => c.type === 'Ondertekenaar')
      .map((div) => {
        const role = div.children.find((c) => c.type === 'Functie');
        const name = div.children.find((c) => c.type === 'Naam');
        return compact({ role: role ? textOf(role) : undefined, name: name ? textOf(name) : undefined });
      });
  }

  // ---- questions and answers ---------------------------------------------------------------------

  private questionsAndAnswers(part: Node): Letter['questionsAndAnswers'] {
    let title: string | undefined;
    const sections: Section[] = [];
    for (const child of part.children) {
      if (isHeading(child)) title = textOf(child);
      else if (child.type === 'Onderdeel') sections.push(this.section(child));
      else this.unplaced(child, 'an element of the questions and answers');
    }
    return compact({ title, sections });
  }

  private section(node: Node): Section {
    const section: Section = { items: [] };
    for (const child of node.children) {
      if (isHeading(child)) {
        section.heading = textOf(child);
      } else if (child.type === 'Vraag' || child.type === 'Antwoord') {
        const heading = child.children.find(isHeading);
        const numbers = numbersIn(heading ? textOf(heading) : '');
        const body = this.blocks(child.children.filter((c) => c !== heading));
        if (child.type === 'Vraag') section.items.push({ type: 'question', numbers, body } satisfies Question);
        else section.items.push({ type: 'answer', questions: numbers, body } satisfies Answer);
      } else {
        this.unplaced(child, 'an element of a section');
      }
    }
    return section.heading ? { heading: section.heading, items: section.items } : section;
  }

  private footnotes(part: Node): Footnote[] {
    return part.children
      .filter((n) => n.type === 'Note')
      .map((note) => {
        const lbl = note.children.find((c) => c.type === 'Lbl');
        return {
          id: note.id ?? '',
          label: lbl ? textOf(lbl) : '',
          content: this.blocks(note.children.filter((c) => c !== lbl)),
        };
      });
  }

  // ---- blocks and inlines ----------------------------------------------------------------------------

  private blocks(nodes: Node[]): Block[] {
    const out: Block[] = [];
    for (const node of nodes) {
      const block = this.block(node);
      if (block) out.push(block);
    }
    return out;
  }

  private block(node: Node): Block | undefined {
    switch (node.type) {
      case 'P':
        return { type: 'paragraph', content: this.inlines(node.children) };
      case 'L':
        return this.list(node);
      case 'BlockQuote':
        return { type: 'blockquote', content: this.blocks(node.children) };
      case 'Table': {
        const rows: TableRow[] = node.children
          .filter((tr) => tr.type === 'TR')
          .map((tr) => {
            const cells = tr.children.filter((c) => c.type === 'TH' || c.type === 'TD');
            const row: TableRow = { cells: cells.map((c) => ({ content: this.inlines(c.children) })) };
            if (cells.length > 0 && cells.every((c) => c.type === 'TH')) row.header = true;
            return row.header ? { header: true, cells: row.cells } : row;
          });
        return { type: 'table', rows };
      }
      default:
        this.unplaced(node, 'a block');
        return undefined;
    }
  }

  private list(node: Node): List {
    const style = STYLE_BY_NUMBERING[node.listNumbering ?? ''] ?? 'bullet';
    const items: ListItem[] = node.children
      .filter((li) => li.type === 'LI')
      .map((li) => {
        const lbl = li.children.find((c) => c.type === 'Lbl');
        const body = li.children.find((c) => c.type === 'LBody');
        const content = body ? this.blocks(body.children) : [];
        const label = li.title === DERIVED_LABEL_TITLE || !lbl ? undefined : textOf(lbl);
        return label ? { label, content } : { content };
      });
    return { type: 'list', style, items };
  }

  private inlines(nodes: Node[]): Inline[] {
    return normalizeInlines(this.inlinesRaw(nodes));
  }

  private inlinesRaw(nodes: Node[]): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) {
      const formatting = PDF_FORMATTING[node.type];
      if (formatting) {
        out.push({ type: formatting, content: this.inlinesRaw(node.children) });
        continue;
      }
      switch (node.type) {
        case 'Span':
          out.push({ type: 'text', text: node.actualText ?? '' });
          break;
        case 'Link':
          out.push(node.uris[0] ? { type: 'link', target: node.uris[0], content: this.inlinesRaw(node.children) } : { type: 'link', content: this.inlinesRaw(node.children) });
          break;
        case 'LinkZonderDoel':
          out.push({ type: 'link', content: this.inlinesRaw(node.children) });
          break;
        case 'Reference':
          out.push({ type: 'footnoteRef', footnote: node.title ?? '' });
          break;
        default:
          this.unplaced(node, 'inline content');
      }
    }
    return out;
  }

  private unplaced(node: Node, what: string): void {
    const role = (CUSTOM_ROLES as Record<string, string>)[node.type];
    this.diagnostics.push({ severity: 'warning', message: `could not place a <${node.type}${role ? ` (${role})` : ''}> element (${what}); its text is left out: "${textOf(node).slice(0, 60)}"` });
  }
}

// ---- small helpers -----------------------------------------------------------------------------------------

/** The text of an element: its Spans' /ActualText in order. */
function textOf(node: Node): string {
  return normalizeSpace(spanTexts(node).join(''));
}

function spanTexts(node: Node): string[] {
  if (node.type === 'Span' && node.actualText !== undefined) return [node.actualText];
  return node.children.flatMap(spanTexts);
}

/** A field line's value: its text without the printed label (/T). */
function fieldValue(line: Node): string {
  const pieces = spanTexts(line);
  const label = line.title;
  if (label && pieces.length > 1 && normalizeSpace(pieces[0]) === label) return normalizeSpace(pieces.slice(1).join(''));
  const text = normalizeSpace(pieces.join(''));
  return label && text.startsWith(`${label} `) ? text.slice(label.length + 1) : text;
}

function isHeading(node: Node): boolean {
  return /^H[1-6]?$/.test(node.type);
}

/** Question numbers in a printed label: "Antwoord op vragen 5 en 6" -> ["5", "6"]. */
function numbersIn(text: string): string[] {
  return [...text.matchAll(/\b([1-9][0-9]{0,3}[a-z]?)\b/g)].map((m) => m[1]);
}

/** The model's key order (as the JSON exporter writes it), so that equal letters compare equal however built. */
function orderKeys(letter: Partial<Letter>): Letter {
  const order: (keyof Letter)[] = ['schemaVersion', 'language', 'kind', 'chamber', 'letterhead', 'metadata', 'inquiry', 'signatories', 'coverLetter', 'questionsAndAnswers', 'footnotes', 'publication'];
  const out: Partial<Letter> = {};
  for (const key of order) if (letter[key] !== undefined) (out as Record<string, unknown>)[key] = letter[key];
  return out as Letter;
}
