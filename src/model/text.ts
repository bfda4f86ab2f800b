/**
 * Whitespace normalisation: the one rule every importer applies, so that a letter has
 * one canonical form and round trips can be compared exactly.
 *
 * In normalised text every run of whitespace (including tabs, line breaks, non-breaking
 * and other Unicode spaces) is one ordinary space, and a block neither begins nor ends
 * with a space. In an inline sequence: no empty text nodes, no two text nodes side by
 * side, no space on both sides of a node boundary, and a formatting node neither begins
 * nor ends with a space (the space belongs to the text around it).
 */
import type { Inline, InlineContainer, TextRun } from './types';

/** Any run of white space, as JavaScript's \s sees it (which covers NBSP and the U+2000 spaces). */
const WHITESPACE_RUN = /\s+/g;

export function normalizeSpace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** True if the text is already in normal form (as the schema's Text pattern demands). */
export function isNormalText(text: string): boolean {
  return text.length > 0 && text === normalizeSpace(text) && !/[^\S ]/.test(text);
}

/** The inline nodes that only format their content. */
export type FormattingType = 'emphasis' | 'strong' | 'superscript' | 'subscript';

export function isContainer(node: Inline): node is InlineContainer {
  return 'content' in node;
}

export function text(value: string): TextRun {
  return { type: 'text', text: value };
}

/** Plain text of inlines, without footnote marks. */
export function plainText(inlines: readonly Inline[]): string {
  let out = '';
  for (const node of inlines) {
    if (node.type === 'text') out += node.text;
    else if (isContainer(node)) out += plainText(node.content);
  }
  return out;
}

/**
 * Brings inlines into normal form (see the module comment). Pure: returns new nodes.
 * Containers left without content are dropped (a link without text cannot be shown).
 */
export function normalizeInlines(inlines: readonly Inline[]): Inline[] {
  const flat = collapse(inlines);
  trimEdges(flat);
  return flat;
}

/** Collapses whitespace inside text nodes and hoists edge spaces out of containers. */
function collapse(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  // Adjacent texts are gathered and joined once: joining them one by one (and collapsing
  // the spaces of the whole each time) made a paragraph of many lines quadratic.
  let pending: string[] = [];
  const pushText = (value: string) => {
    if (value !== '') pending.push(value);
  };
  const flushText = () => {
    if (pending.length === 0) return;
    out.push(text(pending.join('').replace(/ {2,}/g, ' ')));
    pending = [];
  };
  for (const node of inlines) {
    if (node.type === 'text') {
      pushText(node.text.replace(WHITESPACE_RUN, ' '));
    } else if (node.type === 'footnoteRef') {
      flushText();
      out.push({ ...node });
    } else {
      const inner = collapse(node.content);
      // Hoist a leading/trailing space of the container's content to the outside.
      let lead = false;
      let trail = false;
      const first = inner[0];
      if (first && first.type === 'text' && first.text.startsWith(' ')) {
        first.text = first.text.slice(1);
        lead = true;
        if (first.text === '') inner.shift();
      }
      const last = inner[inner.length - 1];
      if (last && last.type === 'text' && last.text.endsWith(' ')) {
        last.text = last.text.slice(0, -1);
        trail = true;
        if (last.text === '') inner.pop();
      }
      if (lead) pushText(' ');
      if (inner.length > 0) {
        flushText();
        out.push({ ...node, content: inner } as InlineContainer);
      }
      if (trail) pushText(' ');
    }
  }
  flushText();
  return out;
}

function trimEdges(inlines: Inline[]): void {
  while (inlines.length > 0) {
    const first = inlines[0];
    if (first.type === 'text') {
      first.text = first.text.replace(/^ +/, '');
      if (first.text === '') {
        inlines.shift();
        continue;
      }
    } else if (isContainer(first)) {
      trimEdges(first.content);
      if (first.content.length === 0) {
        inlines.shift();
        continue;
      }
    }
    break;
  }
  while (inlines.length > 0) {
    const last = inlines[inlines.length - 1];
    if (last.type === 'text') {
      last.text = last.text.replace(/ +$/, '');
      if (last.text === '') {
        inlines.pop();
        continue;
      }
    } else if (isContainer(last)) {
      trimEdges(last.content);
      if (last.content.length === 0) {
        inlines.pop();
        continue;
      }
    }
    break;
  }
}

/**
 * Describes why an inline sequence is not in normal form, or returns undefined.
 * `isBlock` is true for the content of a paragraph or cell (edges must not be spaces).
 */
export function inlineNormalFormProblem(inlines: readonly Inline[], isBlock: boolean): string | undefined {
  const flat = flattenForCheck(inlines);
  if (isBlock && flat.startsWith(' ')) return 'the text begins with a space';
  if (isBlock && flat.endsWith(' ')) return 'the text ends with a space';
  if (/ {2}/.test(flat)) return 'the text has two spaces in a row';
  if (/[^\S ]/.test(flat)) return 'the text has a tab, line break or special space where one ordinary space belongs';
  return nodeProblem(inlines);
}

/** Plain text where footnote marks count as a visible non-space character. */
function flattenForCheck(inlines: readonly Inline[]): string {
  let out = '';
  for (const node of inlines) {
    if (node.type === 'text') out += node.text;
    else if (node.type === 'footnoteRef') out += '\u0000';
    else out += flattenForCheck(node.content);
  }
  return out;
}

function nodeProblem(inlines: readonly Inline[]): string | undefined {
  for (let i = 0; i < inlines.length; i++) {
    const node = inlines[i];
    if (node.type === 'text') {
      if (node.text === '') return 'there is an empty text node';
      const next = inlines[i + 1];
      if (next && next.type === 'text') return 'two text nodes stand side by side (they should be one)';
    } else if (isContainer(node)) {
      const inner = flattenForCheck(node.content);
      if (inner.startsWith(' ') || inner.endsWith(' ')) {
        return `${node.type} begins or ends with a space (the space belongs outside it)`;
      }
      const problem = nodeProblem(node.content);
      if (problem) return problem;
    }
  }
  return undefined;
}
