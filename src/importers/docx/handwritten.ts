/**
 * Reading a Word letter written by a person (or made by pandoc or LibreOffice): the
 * document becomes the neutral block stream of the structure recogniser, the same one
 * the Markdown importer feeds, so the letter is found by the same rules. Word's own
 * structure is kept where it exists: heading styles become headings, numbered paragraphs
 * become lists with their labels, footnotes become footnote definitions, bold and italic
 * runs become strong and emphasis.
 */
import type { Diagnostic } from '../../model/diagnostics';
import { labelFor, toRoman } from '../../model/labels';
import { normalizeInlines } from '../../model/text';
import type { Inline, List, ListItem, Table } from '../../model/types';
import type { ParagraphBlock, SourceBlock } from '../recognise/blocks';
import { recognise } from '../recognise/recognise';
import { sourceText, toBlock, toSourceLines } from '../recognise/source';
import type { ImportResult } from '../result';
import { childElements, descendants, firstChild, type XmlElement } from '../../xml/read';
import { attr, isOn, type DocxPackage } from './package';
import { lineText } from '../recognise/inlines';
import { SENTENCE_END } from '../recognise/patterns';
import { alternative, readParagraph, type ParagraphInfo, type Piece, type RunFormat } from './pieces';
import { cellsOf, hasHeaderRow, isDataTable, openedUp, rowsOf } from './tables';
import { typedFootnotes } from './typed-notes';
import { wordListStyle } from './own';

export function readHandwrittenDocx(pkg: DocxPackage): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const ledger = new Ledger();
  // Word numbers footnotes in order of reference; that number is the printed label. Endnotes
  // have a sequence of their own, in Word's default lower-case roman numerals.
  const noteLabels = new Map<string, string>();
  let endnotes = 0;
  const labelOf = (wordId: string) => {
    if (!noteLabels.has(wordId)) noteLabels.set(wordId, wordId.startsWith(ENDNOTE) ? toRoman(++endnotes) : String(noteLabels.size - endnotes + 1));
    return noteLabels.get(wordId)!;
  };
  const reader = new BlockReader(pkg, labelOf, diagnostics, ledger);
  // Page 1's own header is the letterhead (the text boxes of a template are there); the
  // headers and footers of the other pages are page furniture, but the fields of a running
  // head (Datum, Ons kenmerk) say what page 1 may leave out.
  const letterhead: SourceBlock[] = [];
  const running: SourceBlock[] = [];
  for (const hf of pkg.headersFooters) {
    reader.part = hf.name;
    reader.links = hf.links;
    const blocks = reader.blocks(hf.root);
    if (hf.role === 'letterhead') {
      letterhead.push(...blocks);
      if (blocks.length > 0) diagnostics.push({ severity: 'info', message: `${hf.name}: the page header of page 1, read as the letterhead` });
      continue;
    }
    if (hf.role === 'running' && hf.kind === 'header') running.push(...blocks);
    const why =
      hf.role === 'unused'
        ? `a ${hf.kind} no page shows (${hf.types.length ? hf.types.join(', ') : 'no section uses it'})`
        : `the page ${hf.kind} of ${hf.types.includes('first') ? 'pages' : 'pages after the first'}: page furniture`;
    for (const b of blocks) ledger.leave(hf.name, why, sourceText(b));
  }
  reader.part = 'word/document.xml';
  reader.links = pkg.links;
  const body = [...letterhead, ...reader.blocks(pkg.body)];
  const typed = typedFootnotes(body, diagnostics);
  const defs: SourceBlock[] = [...typed.defs];
  for (const [wordId, label] of noteLabels) {
    const endnote = wordId.startsWith(ENDNOTE);
    const note = endnote ? pkg.endnotes.get(wordId.slice(ENDNOTE.length)) : pkg.footnotes.get(wordId);
    if (!note) {
      diagnostics.push({ severity: 'warning', message: `${endnote ? 'endnote' : 'footnote'} reference ${label} has no note text in word/${endnote ? 'endnotes' : 'footnotes'}.xml` });
      continue;
    }
    reader.part = endnote ? 'word/endnotes.xml' : 'word/footnotes.xml';
    reader.links = endnote ? pkg.endnoteLinks : pkg.footnoteLinks;
    const content = reader.blocks(note).flatMap((b) => toBlock(b) ?? []);
    // Word repeats the reference mark at the start of the note's own text.
    if (content.length > 0) defs.push({ kind: 'footnoteDef', line: 0, label, key: wordId, content });
  }
  for (const [notes, part] of [[pkg.footnotes, 'word/footnotes.xml'], [pkg.endnotes, 'word/endnotes.xml']] as const) {
    for (const [id, note] of notes) {
      const key = part === 'word/endnotes.xml' ? ENDNOTE + id : id;
      if (noteLabels.has(key)) continue;
      reader.part = part;
      for (const b of reader.blocks(note)) ledger.leave(part, 'a note the text never refers to', sourceText(b));
    }
  }
  const result = recognise([...typed.blocks, ...defs], { runningHead: toSourceLines(running), sideColumn: toSourceLines(reader.sideColumn) });
  // The recogniser counts "lines" in its blocks, here paragraphs; a DOCX has no lines to point at.
  const unlocated = result.diagnostics.map(({ line: _line, column: _column, ...d }) => d);
  if (reader.layoutTables > 0) diagnostics.push({ severity: 'info', message: `${reader.layoutTables} layout table${reader.layoutTables > 1 ? 's' : ''} (letterhead, intro, signature: no grid of data) read as the paragraphs in their cells` });
  return { letter: result.letter, diagnostics: [...diagnostics, ...ledger.diagnostics(), ...unlocated] };
}

/** Word ids of endnotes carry this prefix, footnote ids none. */
const ENDNOTE = 'endnote:';

/**
 * Text of the package left out of the letter, by part and reason, for the diagnostics:
 * nothing is dropped unsaid.
 */
class Ledger {
  private readonly entries = new Map<string, string[]>();

  leave(part: string, why: string, text: string): void {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t === '') return;
    const key = `${part}: ${why}`;
    const list = this.entries.get(key);
    if (list) list.push(t);
    else this.entries.set(key, [t]);
  }

  diagnostics(): Diagnostic[] {
    return [...this.entries].map(([key, texts]) => ({ severity: 'info' as const, message: `${key}; left out: ${texts.map((t) => `"${t}"`).join(', ')}` }));
  }
}

class BlockReader {
  private line = 0;
  /** The part being read, for the ledger. */
  part = 'word/document.xml';
  layoutTables = 0;
  /** Blocks of tables anchored in the page margin (the letterhead's side column), in order. */
  readonly sideColumn: SourceBlock[] = [];
  /** Where the text area of the first section ends on the page. */
  private readonly page: PageArea;
  private readonly counters = new Map<string, number>();
  private readonly restarted = new Set<string>();
  /** Hyperlink targets of the part being read (body or footnotes). */
  links: Map<string, string>;

  constructor(
    private readonly pkg: DocxPackage,
    private readonly noteLabel: (wordId: string) => string,
    private readonly diagnostics: Diagnostic[],
    private readonly ledger: Ledger,
  ) {
    this.links = pkg.links;
    this.page = pageArea(pkg.body);
  }

  /** Source blocks of a body or a footnote; the "line" of each is its paragraph number. */
  blocks(container: XmlElement): SourceBlock[] {
    const out: SourceBlock[] = [];
    let list: { abstractId: string; stack: { list: List; level: number }[] } | undefined;
    const flushList = () => {
      if (list) out.push({ kind: 'list', line: this.line, list: list.stack[0].list });
      list = undefined;
    };
    for (const el of openedUp(container, (copy) => this.ledger.leave(this.part, 'the other copy in mc:AlternateContent, read once', wordText(copy)))) {
      this.line++;
      if (el.local === 'tbl') {
        flushList();
        if (isInMargin(el, this.page)) {
          // A table anchored in the page margin: the letterhead's side column.
          this.layoutTables++;
          this.sideColumn.push(...this.layoutTable(el));
        } else if (isDataTable(el)) {
          const table = this.table(el);
          if (table) out.push({ kind: 'table', line: this.line, table });
        } else {
          // A layout table: its cells, row by row, are blocks of the letter.
          this.layoutTables++;
          out.push(...this.layoutTable(el));
        }
        continue;
      }
      if (el.local !== 'p') continue;
      // A letterhead typed into a text box is text of the letter too; it comes before the
      // paragraph that anchors the box.
      const { boxes, copies } = textBoxes(el);
      for (const box of boxes) {
        flushList();
        out.push(...joinCellParagraphs(this.blocks(box)));
      }
      for (const copy of copies) this.ledger.leave(this.part, 'the other copy of a text box (mc:AlternateContent), read once', wordText(copy));
      const info = readParagraph(el, this.links, this.pkg.noteAtBookmark);
      const styleName = info.style !== undefined ? this.pkg.styleNames.get(info.style) ?? info.style.toLowerCase() : '';
      if (info.numId !== undefined && !/heading|kop/.test(styleName)) {
        const inlines = this.inlines(info.pieces);
        if (inlines.length === 0) continue;
        const instance = this.pkg.numbering.get(info.numId);
        const abstractId = instance?.abstractId ?? info.numId;
        const restarts = instance?.restarts.has(info.level) && !this.restarted.has(`${info.numId}/${info.level}`) && info.level === 0;
        if (!list || list.abstractId !== abstractId || restarts) {
          flushList();
          list = { abstractId, stack: [] };
        }
        this.addListItem(list.stack, info, inlines);
        continue;
      }
      flushList();
      const lines = this.lines(info.pieces).map(normalizeInlines).filter((l) => l.length > 0);
      if (lines.length === 0) continue;
      const heading = headingLevel(styleName);
      if (heading !== undefined) {
        out.push({ kind: 'heading', level: heading, line: this.line, content: normalizeInlines(lines.flatMap((l, i) => (i > 0 ? [{ type: 'text', text: ' ' } as Inline, ...l] : l))) });
        continue;
      }
      if (/quote|citaat/.test(styleName)) {
        out.push({ kind: 'blockquote', line: this.line, content: [{ type: 'paragraph', content: normalizeInlines(lines.flat()) }] });
        continue;
      }
      const block: SourceBlock = { kind: 'paragraph', line: this.line, lines };
      if (lines.every((l) => l.length === 1 && l[0].type === 'emphasis')) block.allEmphasis = true;
      if (lines.every((l) => l.length === 1 && l[0].type === 'strong')) block.allStrong = true;
      out.push(block);
    }
    flushList();
    return out;
  }

  /**
   * The blocks of a layout table's row, cell by cell. A row of cells of one line each
   * ("Datum" | "11 januari 2024") is one line, as it is printed: a label beside its value.
   */
  private layoutRow(cells: SourceBlock[][]): SourceBlock[] {
    cells = cells.filter((c) => c.length > 0);
    if (cells.length < 2 || !cells.every(isOneLine)) return cells.flat();
    const line = normalizeInlines(cells.flatMap((c, i) => [...(i > 0 ? [{ type: 'text', text: ' ' } as Inline] : []), ...(c[0] as ParagraphBlock).lines[0]]));
    return [{ kind: 'paragraph', line: cells[0][0].line, lines: [line] }];
  }

  /**
   * A layout table's blocks. Read row by row; but a grid of short cells whose first column is
   * no column of labels (signatures side by side: role over name in each column) is read
   * column by column, as each column is one thing.
   */
  private layoutTable(tbl: XmlElement): SourceBlock[] {
    const rows = rowsOf(tbl).map((tr) => cellsOf(tr).map((tc) => joinCellParagraphs(this.blocks(tc))));
    const width = rows[0]?.length ?? 0;
    const grid = rows.length >= 2 && width >= 2 && rows.every((r) => r.length === width && r.every((c) => c.length === 0 || isOneLine(c)));
    const filled = rows.filter((r) => r.some((c) => c.length > 0));
    const labels = filled.every((r) => r[0].length > 0 && lineText((r[0][0] as ParagraphBlock).lines[0]).trim().split(/\s+/).length <= 3);
    if (grid && !labels) {
      const out: SourceBlock[] = [];
      for (let c = 0; c < width; c++) for (const r of rows) out.push(...r[c]);
      return out;
    }
    return rows.flatMap((r) => this.layoutRow(r));
  }

  /**
   * Adds a numbered paragraph to the list being built, nesting by Word's list level. Word
   * numbers on per abstract list (LibreOffice gives a list's first item a w:num of its own
   * that restarts it, the others a shared one), so labels are counted per abstract list and
   * level, from a restart, and lower levels start again under each higher item.
   */
  private addListItem(stack: { list: List; level: number }[], info: ParagraphInfo, content: Inline[]): void {
    const instance = this.pkg.numbering.get(info.numId!);
    const def = instance?.levels.get(info.level);
    const style = (def && wordListStyle(def.format)) ?? 'bullet';
    while (stack.length > 0 && stack[stack.length - 1].level > info.level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < info.level) {
      const list: List = { type: 'list', style, items: [] };
      if (top) {
        const parentItem = top.list.items[top.list.items.length - 1];
        if (parentItem) parentItem.content.push(list);
        else top.list.items.push({ content: [list] });
      }
      top = { list, level: info.level };
      stack.push(top);
    }
    const abstract = instance?.abstractId ?? info.numId!;
    const key = `${abstract}/${info.level}`;
    if (instance?.restarts.has(info.level) && !this.restarted.has(`${info.numId}/${info.level}`)) {
      this.restarted.add(`${info.numId}/${info.level}`);
      this.counters.delete(key);
    }
    for (const k of [...this.counters.keys()]) {
      const [a, level] = k.split('/');
      if (a === abstract && Number(level) > info.level) this.counters.delete(k);
    }
    const index = this.counters.get(key) ?? 0;
    this.counters.set(key, index + 1);
    // A label that prints the numbers of the levels above too ("%1.%2." → "2.1.") is the
    // level text with each number as its own level prints it; a simple one is labelFor's.
    const multilevel = def !== undefined && [...def.text.matchAll(/%(\d)/g)].some((m) => Number(m[1]) !== info.level + 1);
    const levelNumber = (k: number): string => {
      const d = instance?.levels.get(k);
      const s = d && wordListStyle(d.format);
      const n = k === info.level ? index : (this.counters.get(`${abstract}/${k}`) ?? 1) - 1;
      return d && s && s !== 'bullet' ? labelFor(s, n, d.start, '') ?? '' : '';
    };
    const label =
      def && style !== 'bullet'
        ? multilevel
          ? def.text.replace(/%(\d)/g, (_, k: string) => levelNumber(Number(k) - 1)).trim() || undefined
          : labelFor(style, index, def.start, def.text.replace(/^%\d/, '') || '.')
        : undefined;
    const item: ListItem = label ? { label, content: [{ type: 'paragraph', content }] } : { content: [{ type: 'paragraph', content }] };
    top.list.items.push(item);
  }

  private table(el: XmlElement): Table | undefined {
    const rows = rowsOf(el).map((tr, r) => {
      const trPr = firstChild(tr, 'trPr');
      const cells = cellsOf(tr).map((tc) => ({
        content: normalizeInlines(openedUp(tc).filter((c) => c.local === 'p').flatMap((p, i) => [...(i > 0 ? [{ type: 'text', text: ' ' } as Inline] : []), ...this.inlines(readParagraph(p, this.links, this.pkg.noteAtBookmark).pieces)])),
      }));
      const header = isOn(trPr && firstChild(trPr, 'tblHeader')) || (r === 0 && hasHeaderRow(tr));
      return header ? { header: true as const, cells } : { cells };
    });
    const kept = rows.filter((r) => r.cells.some((c) => c.content.length > 0));
    if (kept.length < rows.length) this.diagnostics.push({ severity: 'info', message: 'empty table rows skipped' });
    return kept.length > 0 ? { type: 'table', rows: kept } : undefined;
  }

  /** The paragraph's inlines split at line breaks. */
  private lines(pieces: readonly Piece[]): Inline[][] {
    const lines: Piece[][] = [[]];
    for (const p of pieces) {
      if (p.kind === 'break') lines.push([]);
      else lines[lines.length - 1].push(p);
    }
    return lines.map((l) => this.inlines(l));
  }

  /** Inlines from run formatting: neighbouring runs with the same formatting are one node. */
  inlines(pieces: readonly Piece[]): Inline[] {
    const out: Inline[] = [];
    for (const p of pieces) {
      if (p.kind === 'text') {
        appendFormatted(out, p.text, p.format);
      } else if (p.kind === 'break') {
        out.push({ type: 'text', text: ' ' });
      } else if (p.kind === 'note') {
        // The reference holds the note's Word id (the key of its definition); the label is counted here.
        this.noteLabel(p.id);
        out.push({ type: 'footnoteRef', footnote: p.id });
      } else if (p.kind === 'link') {
        const content = normalizeInlines(this.inlines(p.pieces));
        if (content.length) out.push(p.target !== undefined && p.target !== '' ? { type: 'link', target: p.target, content } : { type: 'link', content });
      } else if (p.kind === 'left') {
        this.ledger.leave(this.part, p.why, p.text);
      }
    }
    return normalizeInlines(out);
  }
}

/** Formatting containers from the outside in; a run's text nests in the ones it has. */
const FORMAT_ORDER: { key: keyof RunFormat; type: 'strong' | 'emphasis' | 'superscript' | 'subscript' }[] = [
  { key: 'bold', type: 'strong' },
  { key: 'italic', type: 'emphasis' },
  { key: 'superscript', type: 'superscript' },
  { key: 'subscript', type: 'subscript' },
];

function appendFormatted(out: Inline[], text: string, format: RunFormat): void {
  let target = out;
  for (const { key, type } of FORMAT_ORDER) {
    if (!format[key]) continue;
    const last = target[target.length - 1];
    if (last && last.type === type) target = last.content;
    else {
      const node = { type, content: [] as Inline[] };
      target.push(node);
      target = node.content;
    }
  }
  const last = target[target.length - 1];
  if (last && last.type === 'text') last.text += text;
  else target.push({ type: 'text', text });
}

function headingLevel(styleName: string): number | undefined {
  if (styleName === 'title' || styleName === 'titel') return 1;
  const m = /^(?:heading|kop)\s*(\d)$/.exec(styleName);
  return m ? Number(m[1]) : undefined;
}

function isOneLine(c: SourceBlock[]): boolean {
  return c.length === 1 && c[0].kind === 'paragraph' && c[0].lines.length === 1;
}

/**
 * A layout cell's (or text box's) paragraphs, where one does not end a sentence, go on in the
 * next as its next line: an address typed as one paragraph a line, a sentence cut over
 * paragraphs.
 */
function joinCellParagraphs(blocks: SourceBlock[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (b.kind === 'paragraph' && last?.kind === 'paragraph' && !SENTENCE_END.test(lineText(last.lines[last.lines.length - 1]).trimEnd())) {
      out[out.length - 1] = { ...last, lines: [...last.lines, ...b.lines], allEmphasis: last.allEmphasis && b.allEmphasis, allStrong: last.allStrong && b.allStrong };
      if (!last.allEmphasis || !b.allEmphasis) delete (out[out.length - 1] as ParagraphBlock).allEmphasis;
      if (!last.allStrong || !b.allStrong) delete (out[out.length - 1] as ParagraphBlock).allStrong;
    } else out.push(b);
  }
  return out;
}

/** The page width and the right edge of the text area, in twips, of the first section. */
interface PageArea {
  width: number;
  textRight: number;
}

function pageArea(body: XmlElement): PageArea {
  const sectPr = descendants(body, 'sectPr')[0];
  const width = Number(attr(sectPr && firstChild(sectPr, 'pgSz'), 'w') ?? 11906);
  const pgMar = sectPr && firstChild(sectPr, 'pgMar');
  return { width, textRight: width - Number(attr(pgMar, 'right') ?? 1440) };
}

/** A table anchored to the page (w:tblpPr) that starts right of the text area, or at the page's right: a column in the margin. */
function isInMargin(tbl: XmlElement, page: PageArea): boolean {
  const tblPr = firstChild(tbl, 'tblPr');
  const pos = tblPr && firstChild(tblPr, 'tblpPr');
  if (!pos || attr(pos, 'horzAnchor') !== 'page') return false;
  return attr(pos, 'tblpXSpec') === 'right' || Number(attr(pos, 'tblpX') ?? 0) >= page.textRight;
}

/**
 * The text boxes anchored in a paragraph (w:txbxContent, in DrawingML or VML). Word writes
 * a DrawingML box twice, the second time as the VML fallback of mc:AlternateContent: one
 * copy is read (the Choice, or the Fallback where there is no Choice), the other returned
 * as a copy, so that no text is read twice and none is dropped unsaid.
 */
function textBoxes(p: XmlElement): { boxes: XmlElement[]; copies: XmlElement[] } {
  const boxes: XmlElement[] = [];
  const copies: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of childElements(e)) {
      if (c.local === 'AlternateContent') {
        const { chosen, skipped } = alternative(c);
        if (chosen) walk(chosen);
        copies.push(...skipped);
      } else if (c.local === 'txbxContent') boxes.push(c);
      else walk(c);
    }
  };
  walk(p);
  return { boxes, copies };
}

/** The text of the w:t elements in an element, words apart. */
function wordText(el: XmlElement): string {
  return descendants(el, 't').map((t) => t.children.filter((x): x is string => typeof x === 'string').join('')).join(' ');
}
