/**
 * Footnotes typed as text, as ministry templates often have them instead of Word footnotes:
 * marks in the running text ("[1]", "vraagt? 1)", "gedrag2)", or a number in a superscript
 * run) and the notes at the end of the document, after the last answer: paragraphs that
 * start with "[1]", "1)" or "1.", or a Word numbered list, perhaps under a short heading.
 * They become real notes, paired by number and order. Taken only when the notes at the end
 * number on from 1 and every one of them has a mark in the text above them; otherwise the
 * text is left as it is. A note typed into the end of the previous one ("… politie[3]
 * https://…") is split off where the next number stands.
 */
import type { Diagnostic } from '../../model/diagnostics';
import { normalizeInlines, plainText } from '../../model/text';
import type { Block, Inline } from '../../model/types';
import type { FootnoteDefBlock, SourceBlock } from '../recognise/blocks';
import { joinLines } from '../recognise/inlines';
import { mapBlock, paragraph } from '../recognise/source';

type Style = 'bracket' | 'number';

interface TypedNote {
  number: number;
  content: Inline[][];
  /** Set when the note is a Word list item: its blocks as they are. */
  blocks?: Block[];
}

const BRACKET_START = /^\s*\[(\d{1,3})\]\s*/;
const NUMBER_START = /^\s*(\d{1,3})[.)]\s+/;

export function typedFootnotes(blocks: SourceBlock[], diagnostics: Diagnostic[]): { blocks: SourceBlock[]; defs: FootnoteDefBlock[] } {
  const found = trailingNotes(blocks);
  if (!found) return { blocks, defs: [] };
  const { start, style, notes, heading } = found;
  const body = blocks.slice(0, heading ?? start);
  // Marks: which numbers stand in the text above the notes.
  const numbers = new Set(notes.map((n) => n.number));
  const marked = new Set<number>();
  const find = markFinder(style);
  const scan = (inlines: Inline[]) => {
    for (const m of find(inlines)) if (numbers.has(m)) marked.add(m);
    return inlines;
  };
  body.forEach((b) => mapSource(b, scan));
  if (![...numbers].every((n) => marked.has(n))) return { blocks, defs: [] };
  // Pairing: a mark takes the next note of its number not yet referred to, or the last one.
  const keys = notes.map((_, k) => `typed:${k + 1}`);
  const queues = new Map<number, number[]>();
  notes.forEach((n, k) => queues.set(n.number, [...(queues.get(n.number) ?? []), k]));
  const taken = new Map<number, number>();
  const take = (n: number): string | undefined => {
    const queue = queues.get(n);
    if (!queue) return undefined;
    const i = taken.get(n) ?? 0;
    taken.set(n, i + 1);
    return keys[queue[Math.min(i, queue.length - 1)]];
  };
  const replaced = body.map((b) => mapSource(b, (inlines) => replaceMarks(inlines, style, take)));
  if (heading !== undefined) {
    diagnostics.push({ severity: 'info', message: `"${plainText(sourceInlines(blocks[heading]))}" read as the heading of the typed notes under it` });
  }
  diagnostics.push({ severity: 'info', message: `${notes.length} notes typed as text (${style === 'bracket' ? '"[1]"' : '"1)" or a numbered list'}) at the end of the document read as footnotes, paired with their marks in the text` });
  const defs: FootnoteDefBlock[] = notes.map((n, k) => ({
    kind: 'footnoteDef',
    line: blocks[start].line,
    label: String(n.number),
    key: keys[k],
    content: n.blocks ?? [paragraph(normalizeInlines(joinLines(n.content.map(trimStart))))],
  }));
  return { blocks: replaced, defs };
}

/**
 * The notes at the end of the blocks: the longest run of note paragraphs (or numbered lists)
 * that ends the document, numbered on by one from 1, each paragraph starting a note or going
 * on with the one above it (at most one such paragraph to a note).
 */
function trailingNotes(blocks: SourceBlock[]): { start: number; style: Style; notes: TypedNote[]; heading?: number } | undefined {
  let start = blocks.length;
  let goingOn = 0;
  let style: Style | undefined;
  for (let k = blocks.length - 1; k >= 0; k--) {
    const s = noteStyle(blocks[k]);
    if (s && (style === undefined || s === style)) {
      style = s;
      start = k;
      goingOn = 0;
    } else if (blocks[k].kind === 'paragraph' && style !== undefined && goingOn === 0) {
      goingOn++;
    } else break;
  }
  if (!style || start === blocks.length) return undefined;
  const notes: TypedNote[] = [];
  for (const b of blocks.slice(start)) {
    if (b.kind === 'list') {
      b.list.items.forEach((item) => notes.push({ number: Number(/^\d+/.exec(item.label ?? '')?.[0]), content: [], blocks: item.content }));
    } else if (b.kind === 'paragraph') {
      b.lines.forEach((line) => {
        const m = (style === 'bracket' ? BRACKET_START : NUMBER_START).exec(plainText(line));
        if (m) notes.push({ number: Number(m[1]), content: [cut(line, m[0].length)] });
        else if (notes.length > 0) notes[notes.length - 1].content.push(line);
      });
    }
  }
  if (style === 'bracket') splitGlued(notes);
  if (notes.length === 0 || notes[0].number !== 1 || notes.some((n, k) => k > 0 && n.number !== notes[k - 1].number + 1)) return undefined;
  const before = blocks[start - 1];
  const heading = before && isNotesHeading(before) ? start - 1 : undefined;
  return heading !== undefined ? { start, style, notes, heading } : { start, style, notes };
}

function noteStyle(b: SourceBlock): Style | undefined {
  if (b.kind === 'list') {
    const labels = b.list.items.map((it) => it.label ?? '');
    return b.list.style === 'decimal' && labels.length > 0 && labels.every((l) => /^\d{1,3}[.)]$/.test(l)) ? 'number' : undefined;
  }
  if (b.kind !== 'paragraph') return undefined;
  const first = plainText(b.lines[0]);
  if (BRACKET_START.test(first)) return 'bracket';
  if (NUMBER_START.test(first)) return 'number';
  return undefined;
}

/** A heading, or a short line that ends no sentence, standing right above the notes. */
function isNotesHeading(b: SourceBlock): boolean {
  if (b.kind === 'heading') return true;
  if (b.kind !== 'paragraph' || b.lines.length !== 1) return false;
  const text = plainText(b.lines[0]).trim();
  return text.split(/\s+/).length <= 2 && /^\p{L}+:?$/u.test(text.split(/\s+/).pop() ?? '') && !/\d/.test(text);
}

/** "[2] … politie[3] https://…": a note's text holding the next number's bracket starts that note. */
function splitGlued(notes: TypedNote[]): void {
  for (let k = 0; k < notes.length; k++) {
    const note = notes[k];
    const next = note.number + 1;
    if (notes[k + 1]?.number === next) continue;
    for (let l = 0; l < note.content.length; l++) {
      const text = plainText(note.content[l]);
      const at = text.indexOf(`[${next}]`);
      if (at <= 0) continue;
      const rest = [cut(note.content[l], at + `[${next}]`.length), ...note.content.slice(l + 1)];
      note.content = [...note.content.slice(0, l), cut(note.content[l], 0, at)];
      notes.splice(k + 1, 0, { number: next, content: rest.map((r, i) => (i === 0 ? trimStart(r) : r)) });
      break;
    }
  }
}

/** Numbers of the marks in inlines. */
function markFinder(style: Style): (inlines: Inline[]) => number[] {
  return (inlines) => {
    const out: number[] = [];
    const walk = (nodes: readonly Inline[]) => {
      for (const n of nodes) {
        if (n.type === 'text') for (const m of n.text.matchAll(markPattern(style))) out.push(Number(m[1]));
        else if (n.type === 'superscript' && /^\s*\d{1,3}\s*$/.test(plainText(n.content))) out.push(Number(plainText(n.content)));
        else if ('content' in n) walk(n.content);
      }
    };
    walk(inlines);
    return out;
  };
}

/** "[1]" (with the space before it); "vraagt? 1)", "gedrag2)": a number and ")" right after a word or punctuation. */
function markPattern(style: Style): RegExp {
  return style === 'bracket' ? /\s?\[(\d{1,3})\]/g : /(?<=[\p{L}?.!,;:»”"'’])\s?(\d{1,3})\)/gu;
}

function replaceMarks(inlines: Inline[], style: Style, take: (n: number) => string | undefined): Inline[] {
  const out: Inline[] = [];
  for (const n of inlines) {
    if (n.type === 'text') {
      let last = 0;
      for (const m of n.text.matchAll(markPattern(style))) {
        const key = take(Number(m[1]));
        if (key === undefined) continue;
        if (m.index! > last) out.push({ type: 'text', text: n.text.slice(last, m.index) });
        out.push({ type: 'footnoteRef', footnote: key });
        last = m.index! + m[0].length;
      }
      if (last < n.text.length) out.push({ type: 'text', text: n.text.slice(last) });
    } else if (n.type === 'superscript' && /^\s*\d{1,3}\s*$/.test(plainText(n.content))) {
      const key = take(Number(plainText(n.content)));
      out.push(key !== undefined ? { type: 'footnoteRef', footnote: key } : n);
    } else if ('content' in n) {
      out.push({ ...n, content: replaceMarks(n.content, style, take) } as Inline);
    } else out.push(n);
  }
  return normalizeInlines(out);
}

/** Applies f to every run of inlines of a source block. */
function mapSource(b: SourceBlock, f: (inlines: Inline[]) => Inline[]): SourceBlock {
  switch (b.kind) {
    case 'paragraph':
      return { ...b, lines: b.lines.map(f) };
    case 'heading':
      return { ...b, content: f(b.content) };
    case 'list':
      return { ...b, list: mapBlock(b.list, f) as typeof b.list };
    case 'blockquote':
      return { ...b, content: b.content.map((c) => mapBlock(c, f)) };
    case 'table':
      return { ...b, table: mapBlock(b.table, f) as typeof b.table };
    default:
      return b;
  }
}

function sourceInlines(b: SourceBlock): Inline[] {
  return b.kind === 'paragraph' ? b.lines.flat() : b.kind === 'heading' ? b.content : [];
}

/** The inlines between two offsets of their plain text. */
function cut(inlines: readonly Inline[], from: number, to = Infinity): Inline[] {
  const out: Inline[] = [];
  let pos = 0;
  for (const n of inlines) {
    const text = n.type === 'text' ? n.text : 'content' in n ? plainText(n.content) : '';
    const [a, b] = [pos, pos + text.length];
    pos = b;
    if (n.type === 'footnoteRef') {
      if (a >= from && a < to) out.push(n);
      continue;
    }
    if (b <= from || a >= to) continue;
    if (n.type === 'text') out.push({ type: 'text', text: text.slice(Math.max(0, from - a), Math.min(text.length, to - a)) });
    else if ('content' in n) out.push({ ...n, content: cut(n.content, Math.max(0, from - a), to - a) } as Inline);
  }
  return out;
}

function trimStart(inlines: Inline[]): Inline[] {
  const first = inlines[0];
  return first?.type === 'text' ? [{ type: 'text', text: first.text.trimStart() }, ...inlines.slice(1)] : inlines;
}
