/**
 * Lists. Two stages on lines and pages (in and out): list labels on lines of their own put in
 * front of their texts, singly or read ahead of them by pdftotext in a stack. And, on source
 * blocks (in and out), runs of labelled paragraphs grouped into lists, for the paragraphs stage.
 */
import { paragraphText } from '../recognise/source';
import type { Diagnostic } from '../../model/diagnostics';
import type { Block, List } from '../../model/types';
import type { ParagraphBlock, SourceBlock } from '../recognise/blocks';
import { leadingLabel, listStyleFromStart } from '../recognise/lists';
import { labelFor } from '../../model/labels';
import { parseLabel } from '../recognise/labels';
import { isFieldLine } from './columns';
import { type TextLine, nextText } from './navigate';

const BULLET = /^([-–•*])\s+/;

/**
 * List labels set in a column of their own come out of pdftotext on lines of their own: "i.",
 * then (after a blank line) "als er een band …", "ii.", … A run of two or more such labels
 * that reads as a list from its start ("i.", "ii.", "iii."; "a.", "b."; bullets "•") is put
 * back in front of the text under each. Dashes alone are left: tables print them in empty cells.
 */
export function joinLoneListLabels(lines: (TextLine | 'page')[], diagnostics: Diagnostic[]): (TextLine | 'page')[] {
  const out = [...lines];
  const isLone = (t: string) => /^(?:(?:[ivxlcIVXLC]+|[a-zA-Z])[.)]|•)$/.test(t);
  // The text under the label: not another label (labels stacked, or a bullet in front of a
  // labelled item, pair with nothing for certain).
  const lone = (i: number) => {
    const l = out[i];
    // The label first: looking for the next text from every line would be quadratic over a
    // long run of blank lines.
    if (l === 'page' || !isLone(l.text)) return false;
    const j = nextText(out, i);
    return j >= 0 && !isLone((out[j] as TextLine).text) && !startsItem((out[j] as TextLine).text);
  };
  const labels: number[] = [];
  for (let i = 0; i < out.length; i++) if (lone(i)) labels.push(i);
  const runs: number[][] = [];
  for (const at of labels) {
    const run = runs[runs.length - 1];
    const text = (k: number) => (out[k] as TextLine).text;
    // The next label follows within a few lines of text (one item's text), on the same page.
    const close = run && at - run[run.length - 1] <= 12 && !out.slice(run[run.length - 1], at).includes('page');
    const fits = run && close && (text(at) === '•' ? text(run[0]) === text(at) : listStyleFromStart([...run, at].map(text)) !== undefined);
    if (fits) run.push(at);
    else runs.push([at]);
  }
  for (const run of runs) {
    if (run.length < 2) continue;
    for (const at of run) {
      const label = out[at] as TextLine;
      const j = nextText(out, at);
      const item = out[j] as TextLine;
      out[j] = { ...item, text: `${label.text} ${item.text}` };
      out[at] = { ...label, text: '' };
      diagnostics.push({ severity: 'info', line: label.line, message: `list label "${label.text}" on a line of its own put in front of its text (line ${item.line})` });
    }
  }
  return out;
}

/** Word's deepest list nesting: labels that would open a tenth level read as no list. */
const MAX_LIST_DEPTH = 9;

/** A list label on a line of its own: "1.", "a)", "iv.", a bullet. */
export const LONE_LABEL = /^(?:(?:[ivxlcIVXLC]+|[a-zA-Z]|\d{1,2})[.)]|[•◦▪])$/;

/**
 * True when the labels, in the order they stand, read as one list, nested or not: each label
 * goes on an open list (the next label of it, or the same bullet) or opens a list inside the
 * innermost one ("1.", "a.", "i.", "A.", "I.", a bullet).
 */
function readsAsNestedList(labels: string[]): boolean {
  // Each open list: its first label, how many it has, and its style once a second label set it.
  const open: { first: string; count: number; style?: List['style'] }[] = [];
  const goesOn = (list: (typeof open)[number], label: string): List['style'] | undefined => {
    if (/^[•◦▪]$/.test(label)) return list.first === label ? 'bullet' : undefined;
    if (list.count === 1) return listStyleFromStart([list.first, label]);
    return list.style && list.style !== 'bullet' && labelFor(list.style, list.count, 1, list.first.slice(-1)) === label ? list.style : undefined;
  };
  for (const label of labels) {
    let depth = open.length - 1;
    while (depth >= 0 && !goesOn(open[depth], label)) depth--;
    if (depth >= 0) {
      open[depth].style = goesOn(open[depth], label);
      open[depth].count++;
      open.length = depth + 1;
    } else if (/^(?:[1aiAI][.)]|[•◦▪])$/.test(label) && open.length < MAX_LIST_DEPTH) open.push({ first: label, count: 1 });
    // Deeper than Word nests lists, or no list at all. (The bound also keeps hostile input
    // linear: every label walks the open lists.)
    else return false;
  }
  return true;
}

/**
 * pdftotext reads the column of list labels ahead of the texts beside them where a list is
 * nested or its labels stand apart: "2." then "a." then "twee extra uren …", "b.", "één extra
 * uur …", and only then the text of item 2; bullets likewise ("•", "•", "taalhuizen, met", "•",
 * …). Where labels on lines of their own stack up (two with no text between), the labels and
 * the texts that follow are paired as read: each text block (set apart by a blank line or a
 * label) takes the label read last that is still open. Taken only when every label finds a
 * text on the same page, no text that needs one is left without, no text brings a label of its
 * own, and the labels read as one (nested) list; each label then goes in front of its text.
 */
export function pairStackedListLabels(lines: (TextLine | 'page')[], diagnostics: Diagnostic[]): (TextLine | 'page')[] {
  const out = [...lines];
  const isLone = (l: TextLine | 'page') => l !== 'page' && !l.side && LONE_LABEL.test(l.text);
  for (let i = 0; i < out.length; i++) {
    if (!isLone(out[i])) continue;
    const open: number[] = [];
    const pairs: [number, number][] = [];
    let stacked = false;
    let valid = true;
    let afterText = false; // the line before (no blank between) was item text
    let afterLabel = false; // the text line before (blank lines aside) was a label
    let j = i;
    for (; j < out.length; j++) {
      const l = out[j];
      if (l === 'page') break;
      if (l.side) continue;
      if (!l.text) {
        afterText = false;
        continue;
      }
      if (LONE_LABEL.test(l.text)) {
        if (afterLabel) stacked = true;
        open.push(j);
        afterText = false;
        afterLabel = true;
        continue;
      }
      afterLabel = false;
      if (afterText) continue; // the item's text, wrapped
      if (open.length === 0) break; // the list has ended
      if (startsItem(l.text) || /^\d{1,3}[.)]\s/.test(l.text) || parseLabel(l.text) || isFieldLine(l.text)) {
        valid = false;
        break;
      }
      pairs.push([open.pop()!, j]);
      afterText = true;
    }
    if (open.length > 0) valid = false;
    if (valid && stacked && pairs.length >= 2 && readsAsNestedList(pairs.map(([k]) => k).sort((a, b) => a - b).map((k) => (out[k] as TextLine).text))) {
      for (const [k, t] of pairs) {
        const label = out[k] as TextLine;
        const item = out[t] as TextLine;
        out[t] = { ...item, text: `${label.text} ${item.text}` };
        out[k] = { ...label, text: '' };
        diagnostics.push({ severity: 'info', line: label.line, message: `list label "${label.text}" read ahead of its text by pdftotext put in front of it (line ${item.line})` });
      }
    }
    i = Math.max(i, j - 1);
  }
  return out;
}

/** A line that starts a list item: "a. …", "ii. …", "– …". Decimal "1." is left to the recogniser (numbered questions). */
export function startsItem(text: string): boolean {
  const label = leadingLabel(text);
  return (label !== undefined && !/^\d/.test(label)) || BULLET.test(text);
}

/** Runs of paragraphs that start with labels in sequence, or with the same bullet, become lists. */
export function groupLists(blocks: SourceBlock[], diagnostics: Diagnostic[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const run: ParagraphBlock[] = [];
    for (let j = i; j < blocks.length; j++) {
      const b = blocks[j];
      if (b.kind !== 'paragraph' || !startsItem(firstText(b))) break;
      run.push(b);
    }
    const bullets = run.map((b) => BULLET.exec(firstText(b))?.[1]);
    const labels = run.map((b) => leadingLabel(firstText(b)) ?? '');
    let list: List | undefined;
    if (run.length >= 2 && bullets.every((x) => x && x === bullets[0])) {
      list = { type: 'list', style: 'bullet', items: run.map((b) => ({ content: [itemParagraph(b, bullets[0]!.length)] })) };
    } else {
      const style = run.length >= 2 ? listStyleFromStart(labels) : undefined;
      if (style) list = { type: 'list', style, items: run.map((b, k) => ({ label: labels[k], content: [itemParagraph(b, labels[k].length)] })) };
    }
    if (list) {
      diagnostics.push({ severity: 'info', line: run[0].line, message: `${run.length} lines read as a ${list.style} list` });
      out.push({ kind: 'list', line: run[0].line, list });
      i += run.length - 1;
    } else out.push(blocks[i]);
  }
  return nestInDecimalList(out, diagnostics);
}

/**
 * Items numbered "1.", "2.", … with a list under one of them ("1. Meer lesuren …:", "a. …",
 * "b. …", "2. …") are one decimal list that holds the other. A run of numbered paragraphs
 * alone is left as it is: numbered questions read so too.
 */
function nestInDecimalList(blocks: SourceBlock[], diagnostics: Diagnostic[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const items: List['items'] = [];
    let nested = false;
    let j = i;
    while (j < blocks.length) {
      const b = blocks[j];
      const label = b.kind === 'paragraph' ? leadingLabel(firstText(b)) : undefined;
      if (b.kind !== 'paragraph' || label !== `${items.length + 1}.`) break;
      const item: List['items'][number] = { label, content: [itemParagraph(b, label.length)] };
      j++;
      // A list goes under the item it follows directly, or one that announces it (":"); one
      // set apart by a blank line after a complete item is a list of its own.
      const introduces = (list: SourceBlock) => list.line === b.line + b.lines.length || /:\s*$/.test(paragraphText(b));
      while (j < blocks.length && blocks[j].kind === 'list' && introduces(blocks[j])) {
        item.content.push((blocks[j++] as Extract<SourceBlock, { kind: 'list' }>).list);
        nested = true;
      }
      items.push(item);
    }
    if (items.length >= 2 && nested) {
      diagnostics.push({ severity: 'info', line: blocks[i].line, message: `${items.length} numbered items with a list under them read as a decimal list` });
      out.push({ kind: 'list', line: blocks[i].line, list: { type: 'list', style: 'decimal', items } });
      i = j - 1;
    } else out.push(blocks[i]);
  }
  return out;
}

function firstText(b: ParagraphBlock): string {
  const first = b.lines[0]?.[0];
  return first?.type === 'text' ? first.text : '';
}

/** The item's text without its label. */
function itemParagraph(b: ParagraphBlock, labelLength: number): Block {
  const text = b.lines.map((l) => (l[0]?.type === 'text' ? l[0].text : '')).join(' ');
  return { type: 'paragraph', content: [{ type: 'text', text: text.slice(labelLength).trim() }] };
}
