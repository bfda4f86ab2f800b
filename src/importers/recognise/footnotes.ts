/**
 * Footnotes: definitions taken out of the running text (GFM, page-bottom superscripts,
 * "1)" notes, asterisks, plain digits), and their marks in the text paired with them.
 */
import type { Diagnostic } from '../../model/diagnostics';
import { normalizeInlines } from '../../model/text';
import type { Block, Footnote, Inline } from '../../model/types';
import type { ListBlock, ParagraphBlock, SourceBlock } from './blocks';
import { dropPrefix, joinLines, joinWithSpace, lineText, replaceMarks } from './inlines';
import { PAREN_FOOTNOTE_DEF, PLAIN_NOTE_MARK, SENTENCE_END, SUPERSCRIPT_DIGITS, SUPERSCRIPT_FOOTNOTE_DEF } from './patterns';
import type { Declared } from './recognise';
import type { Structure } from './structure';
import { mapBlock, paragraph, sourceText, type Item } from './source';


export interface Def {
  label: string;
  /** What the front end's footnoteRef nodes hold for it, where that is not the label. */
  key?: string;
  /** How the mark looks in the text: GFM "[^1]", superscript "¹", "1)", or "[1]" (also "[1 ]"). */
  mark: 'gfm' | 'superscript' | 'paren' | 'plain' | 'star' | 'bracket';
  content: Block[];
  line: number;
}

export function extractFootnoteDefs(
  blocks: SourceBlock[],
  pageBottomDefs: boolean,
  diagnostics: Diagnostic[],
): { blocks: Item[]; defs: Def[] } {
  const defs: Def[] = [];
  const out: Item[] = [];
  // Paren marks ("vraag? 1)") count only when such a mark stands in the running text.
  const bodyText = blocks.filter((b) => b.kind === 'paragraph').map(sourceText).join('\n');
  // Bracket marks ("[1]", "[3 ]") count where they stand outside the notes themselves.
  const bracketText = blocks.filter((b) => b.kind === 'paragraph' && !BRACKET_FOOTNOTE_DEF.test(lineText(b.lines[0]).trim())).map(sourceText).join('\n');
  let pendingBreak = false;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.kind === 'footnoteDef') {
      defs.push({ label: b.label, mark: b.mark ?? 'gfm', content: b.content, line: b.line, ...(b.key !== undefined ? { key: b.key } : {}) });
      pendingBreak = true;
      continue;
    }
    if (b.kind === 'paragraph' && pageBottomDefs) {
      const found = superscriptDefs(b) ?? parenDefs(b, bodyText) ?? starDefs(b, bodyText) ?? bracketDefs(b, bracketText, lastBracket(defs), pendingBreak ? defs[defs.length - 1] : undefined);
      if (found) {
        for (const d of found) {
          defs.push(d);
          diagnostics.push({ severity: 'info', line: d.line, message: `footnote ${d.label} definition taken out of the running text` });
        }
        if (noteGoesOnIn(found[found.length - 1], blocks[k - 1], blocks[k + 1], diagnostics)) k++;
        pendingBreak = true;
        continue;
      }
    }
    if (b.kind === 'list' && pageBottomDefs) {
      const found = parenListDefs(b, bodyText);
      if (found) {
        defs.push(...found);
        for (const d of found) diagnostics.push({ severity: 'info', line: d.line, message: `footnote ${d.label}) definition taken out of the running text` });
        pendingBreak = true;
        continue;
      }
    }
    out.push(pendingBreak ? { ...b, breakBefore: true } : b);
    pendingBreak = false;
  }
  return { blocks: out, defs };
}

/**
 * A note cut off in the middle of a sentence, the next block starting in lower case: the
 * note goes on there (pdftotext ended the block at a short line of the note). Not where the
 * text above the note stops in mid-sentence: then the lower-case block is that text going on
 * under the page foot. Joins it and says so; true when the next block was taken.
 */
function noteGoesOnIn(note: Def, before: SourceBlock | undefined, next: SourceBlock | undefined, diagnostics: Diagnostic[]): boolean {
  const last = note.content[note.content.length - 1];
  if (next?.kind !== 'paragraph' || last?.type !== 'paragraph') return false;
  const text = lineText(last.content).trimEnd();
  if (!/[\p{L},;:–-]$/u.test(text) || !/^\p{Ll}/u.test(lineText(next.lines[0]).trimStart())) return false;
  if (before?.kind === 'paragraph' && !SENTENCE_END.test(lineText(before.lines[before.lines.length - 1]).trimEnd())) return false;
  last.content = joinWithSpace(last.content, joinLines(next.lines));
  diagnostics.push({ severity: 'info', line: next.line, message: `footnote ${note.label} goes on in the next block, which starts in lower case` });
  return true;
}

/** "1) Geen spoed …" read by Markdown as a list: footnotes, when each mark "… 1)" is in the text. */
export function parenListDefs(b: ListBlock, bodyText: string): Def[] | undefined {
  const items = b.list.items;
  if (b.list.style !== 'decimal' || !items.every((it) => /^\d{1,3}\)$/.test(it.label ?? ''))) return undefined;
  const labels = items.map((it) => it.label!.slice(0, -1));
  if (!labels.every((n) => new RegExp(`[\\p{L}?.!,;:»”"']\\s?${n}\\)`, 'u').test(bodyText))) return undefined;
  return items.map((it, k) => ({ label: labels[k], mark: 'paren' as const, content: it.content, line: b.line + k }));
}

export function superscriptDefs(b: ParagraphBlock): Def[] | undefined {
  if (!SUPERSCRIPT_FOOTNOTE_DEF.test(lineText(b.lines[0]).trim())) return undefined;
  const defs: Def[] = [];
  b.lines.forEach((line, k) => {
    const text = lineText(line).trim();
    const m = SUPERSCRIPT_FOOTNOTE_DEF.exec(text);
    const prefix = text.length - lineText(line).trimStart().length;
    if (m) {
      const label = [...m[1]].map((c) => String(SUPERSCRIPT_DIGITS.indexOf(c))).join('');
      const content = dropPrefix(line, prefix + text.indexOf(m[2]));
      defs.push({ label, mark: 'superscript', content: [paragraph(content)], line: b.line + k });
    } else {
      const last = defs[defs.length - 1].content[0];
      if (last.type === 'paragraph') last.content = joinWithSpace(last.content, line);
    }
  });
  return defs;
}

/** A note in the form PDF-to-Word and PDF-to-Markdown converters type it: "[1] NOS, …", "[3 ] Kamerstuk …". */
const BRACKET_FOOTNOTE_DEF = /^\[(\d{1,3}) ?\]\s*(\S.*)$/;

/** The number of the last bracket note taken so far (0 when none): the next one counts on from it. */
function lastBracket(defs: Def[]): number {
  for (let k = defs.length - 1; k >= 0; k--) if (defs[k].mark === 'bracket') return Number(defs[k].label);
  return 0;
}

/**
 * Notes typed with their number in brackets, one or more in a paragraph: "[1] NOS, 23 mei …",
 * a line that does not start a note going on with the note before (with `previous`, the note
 * of the block right before, where the paragraph starts with such lines and a note follows). Taken when the numbers
 * count on from the bracket notes before (from 1 at first) and each has its mark "[n]" in the
 * text outside the notes. A converter may glue the next note to the end of one ("…politie[3]
 * https://…"): a bracket number that counts on and is followed by a space starts a note there.
 */
export function bracketDefs(b: ParagraphBlock, markText: string, before: number, previous: Def | undefined): Def[] | undefined {
  const hasMark = (n: number) => new RegExp(`\\[${n} ?\\]`).test(markText);
  const startsNext = (line: Inline[]) => {
    const m = BRACKET_FOOTNOTE_DEF.exec(lineText(line).trim());
    return !!m && Number(m[1]) === before + 1 && hasMark(before + 1);
  };
  const firstNote = b.lines.findIndex(startsNext);
  if (firstNote < 0 || (firstNote > 0 && previous?.mark !== 'bracket')) return undefined;
  const defs: Def[] = [];
  // Lines before the first note go on with the note of the block before.
  const goesOn = previous?.content[previous.content.length - 1];
  for (const line of b.lines.slice(0, firstNote)) if (goesOn?.type === 'paragraph') goesOn.content = joinWithSpace(goesOn.content, line);
  const lines = [...b.lines.entries()].slice(firstNote);
  const start = (n: number, line: number, content: Inline[]) => defs.push({ label: String(n), mark: 'bracket', content: [paragraph(content)], line });
  for (const [k, line] of lines) {
    const text = lineText(line);
    const m = BRACKET_FOOTNOTE_DEF.exec(text.trim());
    const next = defs.length + before + 1;
    if (m && Number(m[1]) === next && hasMark(next)) {
      start(next, b.line + k, dropPrefix(line, text.indexOf(m[2])));
    } else if (m && defs.length === 0) return undefined;
    else {
      const last = defs[defs.length - 1].content[0];
      if (last.type === 'paragraph') last.content = joinWithSpace(last.content, line);
    }
    // A note glued to the end of the one before it.
    for (;;) {
      const note = defs[defs.length - 1].content[0];
      if (note.type !== 'paragraph') break;
      const n = defs.length + before + 1;
      const joined = lineText(note.content);
      const glued = new RegExp(`(?<=\\S)\\[${n} ?\\] (?=\\S)`).exec(joined);
      if (!glued || !hasMark(n)) break;
      note.content = [{ type: 'text', text: joined.slice(0, glued.index) }];
      start(n, b.line + k, [{ type: 'text', text: joined.slice(glued.index + glued[0].length) }]);
    }
  }
  return defs;
}

/** "* Ter inzage gelegd …": a note marked with asterisks, when "rapport*" stands in the text. */
export function starDefs(b: ParagraphBlock, bodyText: string): Def[] | undefined {
  const first = lineText(b.lines[0]).trim();
  const m = /^(\*{1,3})\s+(\S.*)$/.exec(first);
  if (!m || b.lines.length > 3) return undefined;
  const stars = m[1].replace(/\*/g, '\\*');
  if (!new RegExp(`[\\p{L}\\d.,;:)]${stars}(?![*])`, 'u').test(bodyText)) return undefined;
  const content = dropPrefix(joinLines(b.lines), first.indexOf(m[2]));
  return [{ label: m[1], mark: 'star', content: [paragraph(content)], line: b.line }];
}

/**
 * Notes under the text marked "1)" in it: "1) Geen spoed …" or "1. Argos, …", one or more
 * in a paragraph, each possibly running over more lines. Taken only when every note's mark
 * stands after a word in the running text ("vraagt? 1)", "gedrag2)").
 */
export function parenDefs(b: ParagraphBlock, bodyText: string): Def[] | undefined {
  const start = (line: Inline[]) => PAREN_FOOTNOTE_DEF.exec(lineText(line).trim());
  const hasMark = (n: string) => new RegExp(`[\\p{L}?.!,;:»”"']\\s?${n}\\)`, 'u').test(bodyText);
  const first = start(b.lines[0]);
  if (!first || !hasMark(first[1])) return undefined;
  // "1. Inleiding" is a heading, not a note: a note in the "1." form reads like a reference.
  const all = b.lines.map(lineText).join(' ');
  if (/^\d{1,3}\./.test(lineText(b.lines[0]).trim())) {
    if (!/[.)]["'”’]*$|https?:|www\.|\.(?:pdf|nl|html?)\b/i.test(all)) return undefined;
    // Its other lines go on with the reference (lower case, an address), or start the next note.
    const goesOn = (t: string) => /^(?:\p{Ll}|https?:|www\.|\d{1,3}[.)]\s)/u.test(t.trim());
    if (!b.lines.slice(1).every((l) => goesOn(lineText(l)))) return undefined;
  }
  const defs: Def[] = [];
  for (const [k, line] of b.lines.entries()) {
    const m = start(line);
    if (m && hasMark(m[1]) && (defs.length === 0 || Number(m[1]) === Number(defs[defs.length - 1].label) + 1)) {
      const text = lineText(line);
      defs.push({ label: m[1], mark: 'paren', content: [paragraph(dropPrefix(line, text.indexOf(m[2])))], line: b.line + k });
    } else {
      const last = defs[defs.length - 1].content[0];
      if (last.type === 'paragraph') last.content = joinWithSpace(last.content, line);
    }
  }
  return defs;
}


const GLUED_MARKS = PLAIN_NOTE_MARK.glued('(\\d{1,3})', 'g');
const YEAR_MARKS = PLAIN_NOTE_MARK.year('(\\d{1,2})', 'g');
const YEAR_STOP_MARKS = PLAIN_NOTE_MARK.yearStop('(\\d{1,2})', 'g');

export function resolveFootnotes(
  structure: Structure,
  defs: Def[],
  declaredIds: Declared['footnoteIds'],
  diagnostics: Diagnostic[],
): Footnote[] {
  if (defs.length === 0) {
    return [];
  }
  // Ids: "fn" + label, made unique; or, where the front matter lists { id, label }, the
  // definition's key is the id.
  const used = new Set<string>();
  const suffixes = new Map<string, number>();
  const declared = new Map<string, NonNullable<Declared['footnoteIds']>[number]>();
  for (const x of declaredIds ?? []) if (!declared.has(x.id)) declared.set(x.id, x);
  const footnotes: (Footnote & { mark: Def['mark']; key: string })[] = defs.map((d, index) => {
    const entry = declared.get(d.label);
    let id: string;
    if (entry && !used.has(entry.id)) {
      id = entry.id;
      used.add(id);
      return { id, label: entry.label, content: d.content, mark: d.mark, key: d.key ?? d.label };
    } else {
      const base = /^[A-Za-z0-9_-]+$/.test(d.label) ? `fn${d.label}` : `fn${index + 1}`;
      id = base;
      // Counting on from the last suffix of this base: many notes of one label stay linear.
      for (let n = suffixes.get(base) ?? 2; used.has(id); n++) {
        id = `${base}-${n}`;
        suffixes.set(base, n + 1);
      }
    }
    used.add(id);
    return { id, label: d.label, content: d.content, mark: d.mark, key: d.key ?? d.label };
  });
  // Marks are paired with definitions of the same kind and key (label), in order.
  const queues = new Map<string, string[]>();
  const firstLine = new Map<string, number>();
  footnotes.forEach((f, k) => {
    const key = `${f.mark}:${f.key}`;
    const queue = queues.get(key);
    if (queue) queue.push(f.id);
    else {
      queues.set(key, [f.id]);
      firstLine.set(key, defs[k].line);
    }
  });
  const seen = new Map<string, number>();
  const take = (key: string): string | undefined => {
    const ids = queues.get(key);
    if (!ids) return undefined;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return ids[Math.min(n, ids.length - 1)];
  };
  const superscript = new RegExp(`[${SUPERSCRIPT_DIGITS}]+`, 'g');
  const hasPlain = defs.some((d) => d.mark === 'plain');
  const hasBracket = defs.some((d) => d.mark === 'bracket');
  const findMarks = (text: string) => {
    const marks: { index: number; length: number; label: string }[] = [];
    for (const m of text.matchAll(superscript)) {
      if (m.index === 0 && text === m[0]) continue;
      marks.push({ index: m.index!, length: m[0].length, label: 'superscript:' + [...m[0]].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join('') });
    }
    for (const m of text.matchAll(/(\S)( ?)(\d{1,3})\)/g)) {
      if (!/[\p{L}?.!,;:]/u.test(m[1])) continue;
      marks.push({ index: m.index! + 1, length: m[0].length - 1, label: `paren:${m[3]}` });
    }
    // "… geraakt[1], een", "overleden’? [1] [2]": the space before the mark goes with it.
    if (hasBracket) for (const m of text.matchAll(/ ?\[(\d{1,3}) ?\]/g)) marks.push({ index: m.index!, length: m[0].length, label: `bracket:${m[1]}` });
    for (const m of text.matchAll(/(?<=[\p{L}\d.,;:)])(\*{1,3})(?![*])/gu)) {
      marks.push({ index: m.index!, length: m[0].length, label: `star:${m[1]}` });
    }
    if (hasPlain) {
      // "gevraagd.2", "verleidelijk»»1?", "Actal 201112", "2024.1 Om" (PLAIN_NOTE_MARK). A digit
      // inside a token ("CO2", "Q1", "NIS2", a year's "20224") is a candidate only (see plainChosen).
      const plain: { index: number; length: number; label: string; inToken: boolean }[] = [];
      for (const m of text.matchAll(GLUED_MARKS)) plain.push({ index: m.index!, length: m[0].length, label: `plain:${m[1]}`, inToken: /\p{Lu}/u.test(text[m.index! - 1] ?? '') });
      for (const m of text.matchAll(YEAR_MARKS)) plain.push({ index: m.index! + 4, length: m[1].length, label: `plain:${m[1]}`, inToken: true });
      for (const m of text.matchAll(YEAR_STOP_MARKS)) plain.push({ index: m.index! + 5, length: m[1].length, label: `plain:${m[1]}`, inToken: false });
      for (const m of plain.sort((a, b) => a.index - b.index)) {
        const ordinal = plainSeen++;
        if (plainChosen ? plainChosen.has(ordinal) : (plainFound.push({ label: m.label, inToken: m.inToken }), true)) marks.push(m);
      }
    }
    return marks.sort((a, b) => a.index - b.index);
  };
  // Plain candidates, numbered in reading order: a first pass finds them all, and chooses
  // (choosePlainMarks) which are marks; the second pass places those.
  let plainSeen = 0;
  const plainFound: { label: string; inToken: boolean }[] = [];
  let plainChosen: Set<number> | undefined;
  // Front ends give GFM references ("[^1]") as footnoteRef nodes holding the key.
  const resolveKeys = (inlines: Inline[]): Inline[] =>
    inlines.map((n) =>
      n.type === 'footnoteRef'
        ? { ...n, footnote: take(`gfm:${n.footnote}`) ?? n.footnote }
        : 'content' in n
          ? ({ ...n, content: resolveKeys(n.content) } as Inline)
          : n,
    );
  const resolveInlines = (inlines: Inline[]): Inline[] =>
    normalizeInlines(replaceMarks(resolveKeys(inlines), findMarks, (label) => take(label)));
  const mapBlocks = (blocks: Block[]): Block[] => blocks.map((b) => mapBlock(b, resolveInlines));
  if (hasPlain) {
    // The first pass: every candidate found, none placed.
    const find = (inlines: Inline[]) => replaceMarks(inlines, findMarks, () => undefined);
    for (const b of structure.coverLetter ?? []) mapBlock(b, find);
    for (const s of structure.sections) for (const item of s.items) for (const b of item.body) mapBlock(b, find);
    plainChosen = choosePlainMarks(plainFound);
    plainSeen = 0;
  }
  if (structure.coverLetter) structure.coverLetter = mapBlocks(structure.coverLetter);
  for (const s of structure.sections) for (const item of s.items) item.body = mapBlocks(item.body);
  // A note's text holds no guessed marks: Word and the typesetters of these letters cannot put
  // a note in a note, and a digit there is a page ("p4") or a unit ("m²"). Only an explicit
  // reference ("[^2]" in Markdown) is one.
  for (const f of footnotes) f.content = f.content.map((b) => mapBlock(b, (inlines) => normalizeInlines(resolveKeys(inlines))));
  for (const [key, ids] of queues) {
    if ((seen.get(key) ?? 0) === 0) {
      diagnostics.push({ severity: 'warning', line: firstLine.get(key), message: `footnote ${key.slice(key.indexOf(':') + 1)} (${ids.join(', ')}) has no mark in the text` });
    }
  }
  return footnotes.map(({ id, label, content }) => ({ id, label, content }));
}

/**
 * Which plain candidates are marks, by their reading-order number: every candidate that stands
 * on its own ("gevraagd.2"); a digit inside a token ("CO2", "Q1", "20224") only for a note that
 * has no other candidate, and then only its first one after the first mark of the note before
 * (note numbers ascend through the letter).
 */
function choosePlainMarks(found: { label: string; inToken: boolean }[]): Set<number> {
  const chosen = new Set<number>();
  const byLabel = new Map<number, number[]>();
  found.forEach((c, k) => {
    const n = Number(c.label.slice('plain:'.length));
    if (!byLabel.has(n)) byLabel.set(n, []);
    byLabel.get(n)!.push(k);
  });
  let after = -1;
  for (const n of [...byLabel.keys()].sort((a, b) => a - b)) {
    const all = byLabel.get(n)!;
    const own = all.filter((k) => !found[k].inToken);
    const taken = own.length > 0 ? own : all.filter((k) => k > after).slice(0, 1);
    for (const k of taken) chosen.add(k);
    if (taken.length > 0) after = Math.max(after, taken[0]);
  }
  return chosen;
}

/** Applies a function to every inline sequence of a block. */
