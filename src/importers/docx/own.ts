/**
 * Reading a DOCX that kamerbrief wrote, exactly: the carriers of ../../exporters/docx/carrier.ts
 * (paragraph styles, hidden bookmarks, custom properties) give back every field of the model.
 */
import { INLINE_MARKS, LIST_STYLE_CODE, markKind, PROPERTY, STYLE, STYLE_NAME, type MarkKind } from '../../exporters/docx/carrier';
import { parseDutchDate } from '../../model/dates';
import type { Diagnostic } from '../../model/diagnostics';
import { labelFor } from '../../model/labels';
import { normalizeInlines, normalizeSpace } from '../../model/text';
import type { Answer, Block, Footnote, Inline, InlineContainer, Inquiry, Letter, Letterhead, List, ListItem, Question, Section, Signatory, Table } from '../../model/types';
import { childElements, firstChild, type XmlElement } from '../../xml/read';
import { DocxError, isOn, type DocxPackage } from './package';
import { piecesText, readParagraph, type ParagraphInfo, type Piece } from './pieces';

const LIST_STYLE_CODES = new Map(Object.entries(LIST_STYLE_CODE).map(([style, code]) => [code as string, style as List['style']]));

type Event = { kind: 'paragraph'; info: ParagraphInfo } | { kind: 'table'; table: XmlElement } | { kind: 'start'; mark: MarkKind; name: string; id: string } | { kind: 'end'; id: string };

interface Frame {
  mark: MarkKind | 'root';
  id: string;
  blocks: Block[];
  items: ListItem[];
  listStyle?: List['style'];
  label?: string;
  signatory?: Signatory;
}

export function readOwnDocx(pkg: DocxPackage): { letter: Letter; diagnostics: Diagnostic[] } {
  return new OwnReader(pkg).read();
}

class OwnReader {
  private readonly diagnostics: Diagnostic[] = [];
  /** Bookmark id -> kind, for the ends. */
  private readonly marks = new Map<string, MarkKind>();
  private readonly noteIds = new Map<string, string>();
  private readonly letterhead: Letterhead = {};
  private readonly metadata: Partial<Letter['metadata']> = {};
  private readonly signatories: Signatory[] = [];
  private readonly cover: Block[] = [];
  private qaTitle?: string;
  private readonly sections: Section[] = [];
  private item?: Question | Answer;
  private qaStarted = false;
  /** Hyperlink targets of the part being read (body or footnotes). */
  private links: Map<string, string>;
  /** Bookmarks started and not yet ended: name -> id; the name of each id; a second start's id -> the first's. */
  private readonly openBookmarks = new Map<string, string>();
  private readonly bookmarkNames = new Map<string, string>();
  private readonly bookmarkAliases = new Map<string, string>();
  /** The names of the bookmarks seen, by id. */
  private readonly markNames = new Map<string, string>();
  /** The order bookmarks started in, by id. */
  private readonly started = new Map<string, number>();
  /** Our styles under the ids a word processor gave them, by their names: id -> our id. */
  private readonly styles = new Map<string, string>();

  constructor(private readonly pkg: DocxPackage) {
    this.links = pkg.links;
    const ours = new Map(Object.entries(STYLE_NAME).map(([id, name]) => [name.toLowerCase(), id]));
    for (const [id, name] of pkg.styleNames) {
      const own = ours.get(name);
      if (own !== undefined && own !== id) this.styles.set(id, own);
    }
  }

  read(): { letter: Letter; diagnostics: Diagnostic[] } {
    const { properties } = this.pkg;
    const noteMeta = parseJson<{ id: string; label: string }[]>(properties.get(PROPERTY.footnotes), PROPERTY.footnotes) ?? [];
    [...this.pkg.footnotes.keys()].forEach((wordId, i) => {
      if (noteMeta[i]) this.noteIds.set(wordId, noteMeta[i].id);
    });
    this.readBlocks(this.events(this.pkg.body), { root: true });
    const footnotes: Footnote[] = [];
    this.links = this.pkg.footnoteLinks;
    [...this.pkg.footnotes.values()].forEach((note, i) => {
      const meta = noteMeta[i];
      if (!meta) throw new DocxError(`footnote ${i + 1} is not in the "${PROPERTY.footnotes}" property; the document was changed after kamerbrief wrote it`);
      footnotes.push({ id: meta.id, label: meta.label, content: this.readBlocks(this.events(note), { root: false }) });
    });

    const kind = properties.get(PROPERTY.kind);
    const letter: Letter = { schemaVersion: '1.0', language: 'nl', kind: kind === 'postponement-notice' ? 'postponement-notice' : 'answer-letter', metadata: { date: this.metadata.date ?? '' } };
    const chamber = properties.get(PROPERTY.chamber);
    if (chamber === 'eerste-kamer' || chamber === 'tweede-kamer') letter.chamber = chamber;
    if (Object.keys(this.letterhead).length > 0) letter.letterhead = this.orderedLetterhead();
    if (this.metadata.reference !== undefined) letter.metadata.reference = this.metadata.reference;
    if (this.metadata.subject !== undefined) letter.metadata.subject = this.metadata.subject;
    const inquiry = parseJson<Inquiry>(properties.get(PROPERTY.inquiry), PROPERTY.inquiry);
    if (inquiry) letter.inquiry = inquiry;
    const publication = parseJson<NonNullable<Letter['publication']>>(properties.get(PROPERTY.publication), PROPERTY.publication);
    if (publication) letter.publication = publication;
    if (this.signatories.length > 0) letter.signatories = this.signatories;
    if (this.cover.length > 0) letter.coverLetter = this.cover;
    if (this.sections.length > 0) letter.questionsAndAnswers = this.qaTitle !== undefined ? { title: this.qaTitle, sections: this.sections } : { sections: this.sections };
    if (footnotes.length > 0) letter.footnotes = footnotes;
    if (!this.metadata.date) throw new DocxError('no date found: expected a paragraph in the "KbDatum" style with a date such as "18 juni 2026"');
    return { letter, diagnostics: this.diagnostics };
  }

  private orderedLetterhead(): Letterhead {
    const h = this.letterhead;
    const out: Letterhead = {};
    if (h.returnAddress !== undefined) out.returnAddress = h.returnAddress;
    if (h.recipient) out.recipient = h.recipient;
    if (h.sender) out.sender = h.sender;
    if (h.fields) out.fields = h.fields;
    return out;
  }

  /* ---------- the body as a stream of events ---------- */

  private events(container: XmlElement): Event[] {
    const out: Event[] = [];
    for (const el of childElements(container)) {
      switch (el.local) {
        case 'p': {
          const info = readParagraph(el, this.links, this.pkg.noteAtBookmark, this.styles);
          const { before, inside, after } = this.liftBlockMarks(info.pieces);
          out.push(...before, { kind: 'paragraph', info: { ...info, pieces: inside } }, ...after);
          break;
        }
        case 'tbl': {
          // Block marks in a table's first and last cell belong before and after the table.
          const lifted = descendantsOf(el, 'p').map((p) => this.liftBlockMarks(readParagraph(p, this.links, this.pkg.noteAtBookmark, this.styles).pieces));
          out.push(...lifted.flatMap((l) => l.before), { kind: 'table', table: el }, ...lifted.flatMap((l) => l.after));
          break;
        }
        case 'sdt': {
          const content = firstChild(el, 'sdtContent');
          if (content) out.push(...this.events(content));
          break;
        }
        case 'bookmarkStart':
        case 'bookmarkEnd': {
          const { before, after } = this.liftBlockMarks(readParagraph({ ...el, local: 'p', children: [el] }, this.links, this.pkg.noteAtBookmark, this.styles).pieces);
          out.push(...before, ...after);
          break;
        }
        default:
          break;
      }
    }
    return out;
  }

  /** Splits a paragraph's block-level bookmarks (lists, items, quotes …) from its inline ones. */
  private liftBlockMarks(pieces: Piece[]): { before: Event[]; inside: Piece[]; after: Event[] } {
    const before: Event[] = [];
    const after: Event[] = [];
    const inside: Piece[] = [];
    for (let p of this.inNestingOrder(pieces)) {
      if (p.kind === 'start') {
        // LibreOffice saves a bookmark over several paragraphs as its start, then a second
        // start of the same name in the last paragraph with the end: one bookmark.
        const open = this.openBookmarks.get(p.name);
        if (open !== undefined) {
          this.bookmarkAliases.set(p.id, open);
          continue;
        }
        this.openBookmarks.set(p.name, p.id);
        this.bookmarkNames.set(p.id, p.name);
        this.started.set(p.id, this.started.size);
        const mark = markKind(p.name);
        if (mark) this.marks.set(p.id, mark);
        if (mark && !INLINE_MARKS.includes(mark)) {
          before.push({ kind: 'start', mark, name: p.name, id: p.id });
          continue;
        }
      } else if (p.kind === 'end') {
        const alias = this.bookmarkAliases.get(p.id);
        if (alias !== undefined) p = { kind: 'end', id: alias };
        this.openBookmarks.delete(this.bookmarkNames.get(p.id) ?? '');
        const mark = this.marks.get(p.id);
        if (mark && !INLINE_MARKS.includes(mark)) {
          after.push({ kind: 'end', id: p.id });
          continue;
        }
      }
      inside.push(p);
    }
    // Containers ending in one paragraph end there together: innermost (started last) first,
    // whatever order a word processor wrote their ends in.
    after.sort((a, b) => (this.started.get(b.kind === 'end' ? b.id : '') ?? 0) - (this.started.get(a.kind === 'end' ? a.id : '') ?? 0));
    return { before, inside, after };
  }

  /**
   * Bookmarks that start or end at one place, in the order their nesting needs. LibreOffice
   * writes them there in an order of its own; the exporter numbers each container after its
   * contents (`_kbL53` holds `_kbI26`), so at one place ends come first, inner (lower number)
   * first, then starts, outer (higher number) first. Other pieces keep their places.
   */
  private inNestingOrder(pieces: Piece[]): Piece[] {
    const number = (p: Piece): number => {
      const name = p.kind === 'start' ? p.name : p.kind === 'end' ? this.markNames.get(p.id) ?? '' : '';
      const m = markKind(name) ? /\d+/.exec(name) : null;
      return m ? Number(m[0]) : NaN;
    };
    for (const p of pieces) if (p.kind === 'start') this.markNames.set(p.id, p.name);
    const out: Piece[] = [];
    for (let i = 0; i < pieces.length; ) {
      let j = i;
      while (j < pieces.length && (pieces[j].kind === 'start' || pieces[j].kind === 'end') && !Number.isNaN(number(pieces[j]))) j++;
      if (j === i) {
        out.push(pieces[i++]);
        continue;
      }
      const run = pieces.slice(i, j);
      const ends = run.filter((p) => p.kind === 'end').sort((a, b) => number(a) - number(b));
      const starts = run.filter((p) => p.kind === 'start').sort((a, b) => number(b) - number(a));
      out.push(...ends, ...starts);
      i = j;
    }
    return out;
  }

  /* ---------- building blocks ---------- */

  private readBlocks(events: Event[], { root }: { root: boolean }): Block[] {
    const base: Frame = { mark: 'root', id: '', blocks: [], items: [] };
    const stack: Frame[] = [base];
    const top = () => stack[stack.length - 1];
    const sink = (): Block[] => {
      const t = top();
      if (t.mark !== 'root' || !root) return t.blocks;
      if (!this.qaStarted) return this.cover;
      if (!this.item) throw new DocxError('text between a section heading and the first "Vraag"/"Antwoord" heading; expected a Heading 2 label first');
      return this.item.body;
    };
    for (const e of events) {
      if (e.kind === 'start') {
        if (e.mark === 'section') {
          this.qaStarted = true;
          this.sections.push({ items: [] });
          this.item = undefined;
          continue;
        }
        const frame: Frame = { mark: e.mark, id: e.id, blocks: [], items: [] };
        if (e.mark === 'list') frame.listStyle = LIST_STYLE_CODES.get(/_([a-z]+)$/.exec(e.name)?.[1] ?? '') ?? 'bullet';
        if (e.mark === 'signatory') frame.signatory = {};
        stack.push(frame);
      } else if (e.kind === 'end') {
        const mark = this.marks.get(e.id);
        if (mark === 'section') continue;
        const frame = top();
        if (frame.id !== e.id) throw new DocxError(`bookmarks of kamerbrief's structure overlap (${mark} ends inside ${frame.mark}); the document was changed after kamerbrief wrote it`);
        stack.pop();
        this.close(frame, top(), sink);
      } else if (e.kind === 'table') {
        sink().push(this.table(e.table));
      } else {
        this.paragraph(e.info, top(), sink, root);
      }
    }
    if (stack.length > 1) throw new DocxError(`a ${top().mark} bookmark is never closed; the document was changed after kamerbrief wrote it`);
    return base.blocks;
  }

  private close(frame: Frame, parent: Frame, sink: () => Block[]): void {
    switch (frame.mark) {
      case 'quote':
        sink().push({ type: 'blockquote', content: frame.blocks });
        break;
      case 'list':
        sink().push({ type: 'list', style: frame.listStyle ?? 'bullet', items: frame.items });
        break;
      case 'item':
        parent.items.push(frame.label !== undefined ? { label: frame.label, content: frame.blocks } : { content: frame.blocks });
        break;
      case 'signatory':
        this.signatories.push(frame.signatory ?? {});
        break;
      default:
        break;
    }
  }

  private paragraph(info: ParagraphInfo, frame: Frame, sink: () => Block[], root: boolean): void {
    if (frame.mark === 'signatory') {
      const role = info.pieces.filter((p) => p.kind === 'text' && p.format.style === STYLE.role);
      const name = normalizeSpace(piecesText(info.pieces.filter((p) => !role.includes(p)), [STYLE.label]));
      if (role.length > 0) frame.signatory!.role = normalizeSpace(piecesText(role));
      if (name) frame.signatory!.name = name;
      return;
    }
    if (root && frame.mark === 'root' && this.letterheadParagraph(info)) return;
    const text = () => normalizeSpace(piecesText(info.pieces, [STYLE.label]));
    switch (info.style) {
      case STYLE.title:
        this.qaStarted = true;
        this.qaTitle = text();
        return;
      case STYLE.heading1:
        if (this.sections.length === 0 || this.sections[this.sections.length - 1].items.length > 0) this.sections.push({ items: [] });
        this.sections[this.sections.length - 1].heading = text();
        this.qaStarted = true;
        return;
      case STYLE.heading2: {
        this.qaStarted = true;
        if (this.sections.length === 0) this.sections.push({ items: [] });
        this.item = parseItemLabel(text());
        this.sections[this.sections.length - 1].items.push(this.item);
        return;
      }
      case STYLE.pageNumber:
      case STYLE.runningHead:
        return;
      default:
        break;
    }
    let pieces = info.pieces;
    if (frame.mark === 'item' && frame.blocks.length === 0 && frame.label === undefined) {
      const first = pieces[0];
      if (first?.kind === 'text' && first.format.style === STYLE.listLabel) {
        frame.label = normalizeSpace(first.text);
        pieces = pieces.slice(1);
      } else if (info.numId !== undefined) {
        frame.label = this.numberLabel(info);
      }
    }
    const content = this.inlines(pieces);
    // The model has no empty paragraphs; the only one written carries a footnote's mark.
    if (content.length > 0) sink().push({ type: 'paragraph', content });
  }

  /** The label Word's numbering prints for this paragraph: the n-th item of its list. */
  private numberLabel(info: ParagraphInfo): string | undefined {
    const level = this.pkg.numbering.get(info.numId!)?.levels.get(info.level);
    if (!level || level.format === 'bullet') return undefined;
    const style = WORD_STYLES[level.format];
    if (!style) return undefined;
    const delimiter = level.text.replace(/^%\d/, '');
    // Counted per abstract list and level, as Word counts: LibreOffice saves a list's first
    // item under a w:num of its own that restarts it, the other items under a shared one.
    const instance = this.pkg.numbering.get(info.numId!)!;
    const key = `${instance.abstractId}/${info.level}`;
    const restart = `${info.numId}/${info.level}`;
    if (!this.counters.has(key) || (instance.restarts.has(info.level) && !this.restarted.has(restart))) {
      this.restarted.add(restart);
      this.counters.set(key, level.start);
    }
    const n = this.counters.get(key)!;
    this.counters.set(key, n + 1);
    return labelFor(style, 0, n, delimiter);
  }
  /** The next number of each abstract list and level ("3/0"), and the w:num levels that restarted it. */
  private readonly counters = new Map<string, number>();
  private readonly restarted = new Set<string>();

  private letterheadParagraph(info: ParagraphInfo): boolean {
    const value = () => normalizeSpace(piecesText(info.pieces, [STYLE.label, STYLE.fieldName]));
    const sender = () => (this.letterhead.sender ??= {});
    switch (info.style) {
      case STYLE.returnAddress:
        this.letterhead.returnAddress = value();
        return true;
      case STYLE.recipient:
        (this.letterhead.recipient ??= []).push(value());
        return true;
      case STYLE.organisation:
        sender().organisation = value();
        return true;
      case STYLE.unit:
        (sender().units ??= []).push(value());
        return true;
      case STYLE.visitingAddress:
        (sender().visitingAddress ??= []).push(value());
        return true;
      case STYLE.postalAddress:
        (sender().postalAddress ??= []).push(value());
        return true;
      case STYLE.website:
        sender().website = value();
        return true;
      case STYLE.field: {
        const label = normalizeSpace(info.pieces.filter((p) => p.kind === 'text' && p.format.style === STYLE.fieldName).map((p) => (p as { text: string }).text).join(''));
        (this.letterhead.fields ??= []).push({ label, value: value() });
        return true;
      }
      case STYLE.date: {
        const date = parseDutchDate(value());
        if (!date) throw new DocxError(`the date "${value()}" is not a date such as "18 juni 2026"`);
        this.metadata.date = date;
        return true;
      }
      case STYLE.reference:
        this.metadata.reference = value();
        return true;
      case STYLE.subject:
        this.metadata.subject = value();
        return true;
      default:
        return false;
    }
  }

  private table(el: XmlElement): Table {
    const rows = childElements(el, 'tr').map((tr) => {
      const trPr = firstChild(tr, 'trPr');
      const header = isOn(trPr && firstChild(trPr, 'tblHeader'));
      const cells = childElements(tr, 'tc').map((tc) => ({
        content: this.inlines(
          childElements(tc, 'p').flatMap((p, i) => {
            const pieces = this.liftBlockMarks(readParagraph(p, this.links, this.pkg.noteAtBookmark, this.styles).pieces).inside;
            return i > 0 ? [{ kind: 'text', text: ' ', format: {} } as Piece, ...pieces] : pieces;
          }),
        ),
      }));
      return header ? { header: true as const, cells } : { cells };
    });
    return { type: 'table', rows };
  }

  /** Inlines from pieces: our bookmarks give the containers, runs the text. */
  private inlines(pieces: readonly Piece[], inLink = false): Inline[] {
    const root: Inline[] = [];
    const stack: { node: InlineContainer; id: string }[] = [];
    const target = () => (stack.length ? stack[stack.length - 1].node.content : root);
    // A link without a target is a w:hyperlink without one; LibreOffice saves only its text,
    // in the Hyperlink style: such runs outside a w:hyperlink are that link.
    let bare: Extract<Inline, { type: 'link' }> | undefined;
    for (const p of pieces) {
      if (p.kind !== 'text' || p.format.style !== STYLE.hyperlink || inLink) bare = undefined;
      switch (p.kind) {
        case 'text':
          if (p.format.style === STYLE.label) break;
          if (p.format.style === STYLE.hyperlink && !inLink) {
            if (!bare) target().push((bare = { type: 'link', content: [] }));
            bare.content.push({ type: 'text', text: p.text });
          } else target().push({ type: 'text', text: p.text });
          break;
        case 'break':
          target().push({ type: 'text', text: ' ' });
          break;
        case 'note': {
          const id = this.noteIds.get(p.id);
          if (id === undefined) throw new DocxError(`footnote reference ${p.id} has no footnote in the "${PROPERTY.footnotes}" property`);
          target().push({ type: 'footnoteRef', footnote: id });
          break;
        }
        case 'link': {
          const content = this.inlines(p.pieces, true);
          target().push(p.target !== undefined ? { type: 'link', target: p.target, content } : { type: 'link', content });
          break;
        }
        case 'start': {
          const mark = markKind(p.name);
          if (!mark || !INLINE_MARKS.includes(mark)) break;
          this.marks.set(p.id, mark);
          const node = { type: mark, content: [] } as InlineContainer;
          target().push(node);
          stack.push({ node, id: p.id });
          break;
        }
        case 'end':
          if (stack.length && stack[stack.length - 1].id === p.id) stack.pop();
          break;
      }
    }
    return normalizeInlines(root);
  }
}

const WORD_STYLES: Record<string, List['style']> = {
  decimal: 'decimal',
  lowerLetter: 'lower-alpha',
  upperLetter: 'upper-alpha',
  lowerRoman: 'lower-roman',
  upperRoman: 'upper-roman',
  bullet: 'bullet',
};

export function wordListStyle(format: string): List['style'] | undefined {
  return WORD_STYLES[format];
}

/** "Vraag 5 en 6" / "Antwoord op vragen 2, 3 en 4" back to the numbers. */
function parseItemLabel(label: string): Question | Answer {
  const m = /^(Vraag|Antwoord op (?:vraag|vragen)) (.+)$/.exec(label);
  const numbers = m?.[2].split(/, | en /);
  if (!m || !numbers || numbers.some((n) => !/^\d+[a-z]?$/.test(n))) {
    throw new DocxError(`heading "${label}" is not a question or answer label; expected "Vraag 1" or "Antwoord op vraag 1"`);
  }
  return m[1] === 'Vraag' ? { type: 'question', numbers, body: [] } : { type: 'answer', questions: numbers, body: [] };
}

function parseJson<T>(text: string | undefined, name: string): T | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new DocxError(`the custom property "${name}" is not valid JSON`);
  }
}

function descendantsOf(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of childElements(e)) {
      if (c.local === local) out.push(c);
      else walk(c);
    }
  };
  walk(el);
  return out;
}
