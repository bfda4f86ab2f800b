/**
 * Markdown exporter: the authored flavour (YAML front matter, "# title", "## theme",
 * "### Vraag 1" / "### Antwoord op vraag 1", GFM footnotes), which the Markdown importer
 * reads back into the same letter.
 *
 * Where CommonMark's delimiter rules could read "*…*" differently (emphasis next to
 * punctuation, emphasis inside emphasis), inline HTML (<em>, <strong>) is written;
 * superscript and subscript are always <sup>/<sub>.
 */
import { labelledStyle } from '../importers/recognise/lists';
import { stringify } from 'yaml';
import type { Block, Footnote, Inline, Letter, List } from '../model/types';
import { answerLabel, labelFor, questionLabel } from '../model/labels';

export function exportMarkdown(letter: Letter): string {
  const refs = footnoteKeys(letter.footnotes ?? []);
  const ctx: Context = { refs };
  const parts: string[] = [frontMatter(letter, refs)];
  if (letter.coverLetter) parts.push(blocks(letter.coverLetter, ctx));
  const qa = letter.questionsAndAnswers;
  if (qa) {
    if (qa.title) parts.push(`# ${escapeText(qa.title, true)}`);
    qa.sections.forEach((section, s) => {
      if (section.heading) parts.push(`## ${escapeText(section.heading, true)}`);
      else if (s > 0) parts.push('* * *');
      for (const item of section.items) {
        const label = item.type === 'question' ? questionLabel(item.numbers) : answerLabel(item.questions);
        parts.push(`### ${label}`, blocks(item.body, ctx));
      }
    });
  }
  for (const fn of letter.footnotes ?? []) parts.push(footnoteDefinition(fn, ctx));
  return parts.join('\n\n') + '\n';
}

interface Context {
  /** Footnote id -> the key written in "[^key]". */
  refs: Map<string, string>;
  /** Inside link text marked undoes bracket escapes, so brackets are written as entities. */
  inLink?: boolean;
}

/**
 * Footnotes are written "[^label]" when the importer will give them back their id
 * ("fn" + label); otherwise "[^id]", with the labels in the front matter.
 */
function footnoteKeys(footnotes: Footnote[]): Map<string, string> {
  const labels = footnotes.map((f) => f.label);
  const simple = footnotes.every((f) => /^[A-Za-z0-9_-]+$/.test(f.label) && f.id === `fn${f.label}` && labels.indexOf(f.label) === labels.lastIndexOf(f.label));
  return new Map(footnotes.map((f) => [f.id, simple ? f.label : f.id]));
}

function frontMatter(letter: Letter, refs: Map<string, string>): string {
  const fm: Record<string, unknown> = { kind: letter.kind };
  if (letter.chamber) fm.chamber = letter.chamber;
  fm.date = letter.metadata.date;
  if (letter.metadata.reference) fm.reference = letter.metadata.reference;
  if (letter.metadata.subject) fm.subject = letter.metadata.subject;
  if (letter.letterhead) fm.letterhead = letter.letterhead;
  if (letter.inquiry) fm.inquiry = letter.inquiry;
  if (letter.signatories) fm.signatories = letter.signatories;
  if (letter.publication) fm.publication = letter.publication;
  const footnotes = letter.footnotes ?? [];
  if (footnotes.some((f) => refs.get(f.id) === f.id)) fm.footnotes = footnotes.map((f) => ({ id: f.id, label: f.label }));
  return `---\n${stringify(fm, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' })}---`;
}

function footnoteDefinition(fn: Footnote, ctx: Context): string {
  const body = blocks(fn.content, ctx);
  return `[^${ctx.refs.get(fn.id)}]: ${indentRest(body, '    ')}`;
}

/* ---------- blocks ---------- */

function blocks(list: Block[], ctx: Context): string {
  const out: string[] = [];
  list.forEach((b, i) => {
    const untold = b.type === 'list' ? untoldStyle(b) : undefined;
    // A style its labels do not tell is said before the list (the importer reads it back).
    if (untold) out.push(`<!-- list: ${untold} -->`);
    // Two lists in a row would merge into one: an empty HTML comment keeps them apart.
    else if (i > 0 && b.type === 'list' && list[i - 1].type === 'list') out.push('<!-- -->');
    out.push(block(b, ctx));
  });
  return out.join('\n\n');
}

function block(b: Block, ctx: Context): string {
  switch (b.type) {
    case 'paragraph':
      return paragraphText(inlines(b.content, ctx));
    case 'list':
      return listText(b, ctx);
    case 'blockquote':
      return blocks(b.content, ctx)
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n');
    case 'table': {
      const width = Math.max(...b.rows.map((r) => r.cells.length));
      const row = (cells: string[]) => `| ${[...cells, ...Array(width - cells.length).fill('')].join(' | ')} |`;
      // escapeText already escapes "|" in cell text.
      const render = (r: (typeof b.rows)[number]) => row(r.cells.map((c) => inlines(c.content, ctx)));
      const [first, ...rest] = b.rows;
      const header = first.header ? render(first) : row([]);
      const body = (first.header ? rest : b.rows).map(render);
      return [header, row(Array(width).fill('---')), ...body].join('\n');
    }
  }
}

/** A paragraph's text, with a leading character escaped where it would start another block. */
function paragraphText(text: string): string {
  if (/^(?:#{1,6}(?:\s|$)|[>+*-](?:\s|$)|=+\s*$|-+\s*$|_{3,}\s*$)/.test(text)) return `\\${text}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(text);
  if (ordered) return `${ordered[1]}\\${text.slice(ordered[1].length)}`;
  return text;
}

function listText(list: List, ctx: Context): string {
  const sequential = list.style === 'decimal' && decimalStart(list);
  return list.items
      .map((item) => {
      let marker: string;
      let lead = '';
      if (sequential) marker = item.label!;
      else {
        marker = '-';
        if (item.label && list.style !== 'bullet') lead = `${item.label} `;
      }
      const [first, ...rest] = item.content;
      let head = first.type === 'paragraph' ? inlines(first.content, ctx) : '';
      // A bullet item whose text begins like a label ("a. …") must not be read as one.
      if (!lead) head = head.replace(/^([ivxlcIVXLC]+|[a-zA-Z])([.)])(\s)/, '$1\\$2$3');
      head = lead + (lead ? head : paragraphText(head));
      const tail = first.type === 'paragraph' ? rest : item.content;
      const indent = ' '.repeat(marker.length + 1);
      const body = [head, ...(tail.length ? [blocks(tail, ctx)] : [])].filter((s) => s !== '').join('\n\n');
      return `${marker} ${indentRest(body, indent)}`;
    })
    .join('\n');
}

/** A lettered or roman list whose labels read as another style ("i." alone: roman one or the ninth letter). */
function untoldStyle(list: List): List['style'] | undefined {
  if (list.style === 'bullet' || list.style === 'decimal' || list.items.some((it) => it.label === undefined)) return undefined;
  return labelledStyle(list.items.map((it) => it.label)) === list.style ? undefined : list.style;
}

/** True when a decimal list's labels are "n." (or "n)") counting up, as Markdown writes them. */
function decimalStart(list: List): boolean {
  const first = /^(\d{1,9})([.)])$/.exec(list.items[0]?.label ?? '');
  if (!first) return false;
  return list.items.every((it, k) => it.label === labelFor('decimal', k, Number(first[1]), first[2]));
}

function indentRest(text: string, indent: string): string {
  return text
    .split('\n')
    .map((l, i) => (i === 0 || l === '' ? l : indent + l))
    .join('\n');
}

/* ---------- inlines ---------- */

/** Punctuation as CommonMark's flanking rules see it: Unicode punctuation and symbols. */
const PUNCTUATION = /[\p{P}\p{S}]/u;

function inlines(nodes: readonly Inline[], ctx: Context, nested = false): string {
  const parts = nodes.map((n) => inline(n, ctx, nested));
  // "[^1](x)" would read as a link and "[^1]:" as a definition: escape what follows a footnote mark.
  nodes.forEach((n, i) => {
    if (n.type === 'footnoteRef' && /^[(:]/.test(parts[i + 1] ?? '')) parts[i + 1] = `\\${parts[i + 1]}`;
  });
  // Emphasis and strong as "*"/"**" only where CommonMark reads them back the same.
  return nodes
    .map((n, i) => {
      if (n.type !== 'emphasis' && n.type !== 'strong') return parts[i];
      const inner = inlines(n.content, ctx, true);
      const prev = parts[i - 1]?.slice(-1) ?? '';
      const next = parts[i + 1]?.[0] ?? '';
      const [open, close] = n.type === 'emphasis' ? ['*', '*'] : ['**', '**'];
      const formatting = (m: Inline | undefined) => m?.type === 'emphasis' || m?.type === 'strong';
      const safe =
        !nested &&
        !formatting(nodes[i - 1]) &&
        !formatting(nodes[i + 1]) &&
        !/[*_]/.test(prev + next) &&
        inner.length > 0 &&
        !/^[*_]|[*_]$/.test(inner) &&
        (!PUNCTUATION.test(inner[0]) || prev === '' || /\s/.test(prev) || PUNCTUATION.test(prev)) &&
        (!PUNCTUATION.test(inner[inner.length - 1]) || next === '' || /\s/.test(next) || PUNCTUATION.test(next)) &&
        !containsFormatting(n.content);
      if (safe) return `${open}${inner}${close}`;
      const tag = n.type === 'emphasis' ? 'em' : 'strong';
      return `<${tag}>${inner}</${tag}>`;
    })
    .join('');
}

function containsFormatting(nodes: readonly Inline[]): boolean {
  return nodes.some((n) => n.type === 'emphasis' || n.type === 'strong' || ('content' in n && containsFormatting(n.content)));
}

function inline(n: Inline, ctx: Context, nested: boolean): string {
  switch (n.type) {
    case 'text': {
      const escaped = escapeText(n.text, false);
      return ctx.inLink ? escaped.replace(/\\\[/g, '&#91;').replace(/\\\]/g, '&#93;') : escaped;
    }
    case 'emphasis':
    case 'strong':
      return ''; // written by inlines(), which knows the neighbours
    case 'superscript':
      return `<sup>${inlines(n.content, ctx, true)}</sup>`;
    case 'subscript':
      return `<sub>${inlines(n.content, ctx, true)}</sub>`;
    case 'link': {
      const text = inlines(n.content, { ...ctx, inLink: true }, nested);
      if (!n.target) return `[${text}](#)`;
      const target = /[\s()<>]/.test(n.target) ? `<${n.target}>` : n.target;
      return `[${text}](${target})`;
    }
    case 'footnoteRef':
      return `[^${ctx.refs.get(n.footnote) ?? n.footnote}]`;
  }
}

/**
 * Backslash-escapes what Markdown would read as syntax. In headings a trailing "#" run
 * would be taken as a closing sequence, so "#" is escaped there too.
 */
function escapeText(text: string, heading: boolean): string {
  let out = text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  // GFM turns bare addresses into links; an escape keeps them text.
  out = out.replace(/(www)\./gi, '$1\\.').replace(/:\/\//g, '\\://').replace(/@/g, '\\@');
  // "![" opens an image, also when the "[" is the next node's (a link).
  out = out.replace(/!(?=\\\[|$)/g, '\\!');
  if (heading) out = out.replace(/#/g, '\\#');
  return out;
}
