/**
 * Reading a Word letter written by a person (or made by pandoc or LibreOffice): the
 * document becomes the neutral block stream of the structure recogniser, the same one
 * the Markdown importer feeds, so the letter is found by the same rules. Word's own
 * structure is kept where it exists: heading styles become headings, numbered paragraphs
 * become lists with their labels, footnotes become footnote definitions, bold and italic
 * runs become strong and emphasis.
 */
import type { Diagnostic } from '../../model/diagnostics';
import { labelFor } from '../../model/labels';
import { normalizeInlines } from '../../model/text';
import type { Inline, List, ListItem, Table } from '../../model/types';
import type { SourceBlock } from '../recognise/blocks';
import { recognise } from '../recognise/recognise';
import { toBlock } from '../recognise/source';
import type { ImportResult } from '../result';
import { childElements, firstChild, type XmlElement } from '../../xml/read';
import { attr, isOn, type DocxPackage } from './package';
import { readParagraph, type ParagraphInfo, type Piece, type RunFormat } from './pieces';
import { wordListStyle } from './own';

export function readHandwrittenDocx(pkg: DocxPackage): ImportResult {
  const diagnostics: Diagnostic[] = [];
  // Word numbers footnotes in order of reference; that number is the printed label.
  const noteLabels = new Map<string, string>();
  const labelOf = (wordId: string) => {
    if (!noteLabels.has(wordId)) noteLabels.set(wordId, String(noteLabels.size + 1));
    return noteLabels.get(wordId)!;
  };
  const reader = new BlockReader(pkg, labelOf, diagnostics);
  const blocks = reader.blocks(pkg.body);
  const defs: SourceBlock[] = [];
  reader.links = pkg.footnoteLinks;
  for (const [wordId, label] of noteLabels) {
    const note = pkg.footnotes.get(wordId);
    if (!note) {
      diagnostics.push({ severity: 'warning', message: `footnote reference ${label} has no footnote text in word/footnotes.xml` });
      continue;
    }
    const content = reader.blocks(note).flatMap((b) => toBlock(b) ?? []);
    // Word repeats the reference mark at the start of the note's own text.
    if (content.length > 0) defs.push({ kind: 'footnoteDef', line: 0, label, content });
  }
  const result = recognise([...blocks, ...defs]);
  // The recogniser counts "lines" in its blocks, here paragraphs; a DOCX has no lines to point at.
  const unlocated = result.diagnostics.map(({ line: _line, column: _column, ...d }) => d);
  return { letter: result.letter, diagnostics: [...diagnostics, ...unlocated] };
}

class BlockReader {
  private line = 0;
  private readonly counters = new Map<string, number>();
  private readonly restarted = new Set<string>();
  /** Hyperlink targets of the part being read (body or footnotes). */
  links: Map<string, string>;

  constructor(
    private readonly pkg: DocxPackage,
    private readonly noteLabel: (wordId: string) => string,
    private readonly diagnostics: Diagnostic[],
  ) {
    this.links = pkg.links;
  }

  /** Source blocks of a body or a footnote; the "line" of each is its paragraph number. */
  blocks(container: XmlElement): SourceBlock[] {
    const out: SourceBlock[] = [];
    let list: { abstractId: string; stack: { list: List; level: number }[] } | undefined;
    const flushList = () => {
      if (list) out.push({ kind: 'list', line: this.line, list: list.stack[0].list });
      list = undefined;
    };
    for (const el of flattenSdt(container)) {
      this.line++;
      if (el.local === 'tbl') {
        flushList();
        const table = this.table(el);
        if (table) out.push({ kind: 'table', line: this.line, table });
        continue;
      }
      if (el.local !== 'p') continue;
      // A letterhead typed into a text box is text of the letter too; it comes before the
      // paragraph that anchors the box.
      for (const box of textBoxes(el)) {
        flushList();
        out.push(...this.blocks(box));
      }
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
    const label = def && style !== 'bullet' ? labelFor(style, index, def.start, def.text.replace(/^%\d/, '') || '.') : undefined;
    const item: ListItem = label ? { label, content: [{ type: 'paragraph', content }] } : { content: [{ type: 'paragraph', content }] };
    top.list.items.push(item);
  }

  private table(el: XmlElement): Table | undefined {
    const rows = childElements(el, 'tr').map((tr, r) => {
      const trPr = firstChild(tr, 'trPr');
      const cells = childElements(tr, 'tc').map((tc) => ({
        content: normalizeInlines(childElements(tc, 'p').flatMap((p, i) => [...(i > 0 ? [{ type: 'text', text: ' ' } as Inline] : []), ...this.inlines(readParagraph(p, this.links, this.pkg.noteAtBookmark).pieces)])),
      }));
      const header = (isOn(trPr && firstChild(trPr, 'tblHeader'))) || (r === 0 && isTableHeaderRow(tr));
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
        out.push({ type: 'footnoteRef', footnote: this.noteLabel(p.id) });
      } else if (p.kind === 'link') {
        const content = normalizeInlines(this.inlines(p.pieces));
        if (content.length) out.push(p.target !== undefined && p.target !== '' ? { type: 'link', target: p.target, content } : { type: 'link', content });
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

function isTableHeaderRow(tr: XmlElement): boolean {
  // A first row that is bold throughout reads as a header row.
  const runs = childElements(tr, 'tc').flatMap((tc) => childElements(tc, 'p')).flatMap((p) => childElements(p, 'r'));
  return runs.length > 0 && runs.every((r) => {
    const rPr = firstChild(r, 'rPr');
    return rPr !== undefined && firstChild(rPr, 'b') !== undefined && attr(firstChild(rPr, 'b'), 'val') !== '0';
  });
}

/** Body children with block content controls opened up. */
function flattenSdt(container: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const el of childElements(container)) {
    if (el.local === 'sdt') {
      const content = firstChild(el, 'sdtContent');
      if (content) out.push(...flattenSdt(content));
    } else out.push(el);
  }
  return out;
}

/**
 * The text boxes anchored in a paragraph (w:txbxContent, in DrawingML or VML). Word writes
 * a DrawingML box twice, the second time as the VML fallback of mc:AlternateContent: the
 * fallback is left out so that no text is read twice.
 */
function textBoxes(p: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of childElements(e)) {
      if (c.local === 'Fallback') continue;
      if (c.local === 'txbxContent') out.push(c);
      else walk(c);
    }
  };
  walk(p);
  return out;
}
