/**
 * Markdown importer, on marked's lexer. Two flavours share it:
 * - extracted: Markdown made from a PDF or Word file, page furniture and all; and
 * - authored: YAML front matter with the metadata, headings for the structure
 *   ("# title", "## theme", "### Vraag 1" / "### Antwoord op vraag 1"), GFM footnotes.
 * This module only turns Markdown syntax into the neutral block stream; the structure
 * recogniser (./recognise) finds the letter in it.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import type { Diagnostic } from '../model/diagnostics';
import { normalizeInlines } from '../model/text';
import { labelFor } from '../model/labels';
import { labelledStyle, leadingLabel, listStyleFromStart } from './recognise/lists';
import type { Block, Inline, List, ListItem, Table } from '../model/types';
import type { SourceBlock } from './recognise/blocks';
import { recognise, type Declared } from './recognise/recognise';
import { parseYamlDocument, readDeclared } from './markdown-front-matter';
import type { ImportResult } from './result';
import { markdownBoundsError } from './markdown-bounds';

/** Nesting deeper than this is flattened with a warning (a hostile file cannot exhaust the stack). */
export const MAX_NESTING = 50;
/** Inputs larger than this are refused: no answer letter comes near it. */
export const MAX_MARKDOWN_BYTES = 32 * 1024 * 1024;

const ESCAPED_BRACKET = '\uE000';

export function importMarkdown(source: string): ImportResult {
  if (source.length > MAX_MARKDOWN_BYTES) {
    return { diagnostics: [{ severity: 'error', message: `the file is too large (${source.length} characters; at most ${MAX_MARKDOWN_BYTES})` }] };
  }
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return { diagnostics: [{ severity: 'error', line: 1, message: 'the file is empty; expected a letter in Markdown' }] };
  }
  const outOfBounds = markdownBoundsError(text);
  if (outOfBounds) return { diagnostics: [outOfBounds] };
  const diagnostics: Diagnostic[] = [];
  const { body, bodyLine, declared } = splitFrontMatter(text, diagnostics);
  if (declared === null) return { diagnostics };
  const { markdown, defs } = extractGfmFootnoteDefs(body, bodyLine, diagnostics);
  const blocks = [...toSourceBlocks(markdown, bodyLine, diagnostics), ...defs];
  const result = recognise(blocks, declared ? { declared } : {});
  return { letter: result.letter, diagnostics: [...diagnostics, ...result.diagnostics].sort(byLine), lines: result.lines };
}

function byLine(a: Diagnostic, b: Diagnostic): number {
  return (a.line ?? 0) - (b.line ?? 0);
}

/* ---------- front matter ---------- */

function splitFrontMatter(
  text: string,
  diagnostics: Diagnostic[],
): { body: string; bodyLine: number; declared?: Declared | null } {
  if (!text.startsWith('---\n')) return { body: text, bodyLine: 1 };
  const end = text.search(/\n(?:---|\.\.\.)[ \t]*(?:\n|$)/);
  if (end < 0) {
    diagnostics.push({ severity: 'error', line: 1, message: 'front matter opened with "---" is never closed by a "---" line' });
    return { body: text, bodyLine: 1, declared: null };
  }
  const yamlText = text.slice(4, end + 1);
  const closeEnd = text.indexOf('\n', end + 1);
  const body = closeEnd < 0 ? '' : text.slice(closeEnd + 1);
  const bodyLine = text.slice(0, closeEnd < 0 ? text.length : closeEnd + 1).split('\n').length;
  const doc = parseYamlDocument(yamlText);
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      diagnostics.push({ severity: 'error', line: (e.linePos?.[0]?.line ?? 0) + 1, message: `front matter is not valid YAML: ${e.message.split('\n')[0]}` });
    }
    return { body, bodyLine, declared: null };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    // yaml refuses documents whose aliases expand without bound.
    diagnostics.push({ severity: 'error', line: 2, message: `front matter refused: ${(err as Error).message}` });
    return { body, bodyLine, declared: null };
  }
  const declared = readDeclared(value, (key) => {
    const node = doc.getIn(key.split('.'), true) as { range?: [number, number, number] } | undefined;
    return node?.range ? yamlText.slice(0, node.range[0]).split('\n').length + 1 : 2;
  }, diagnostics);
  return { body, bodyLine, declared };
}

/* ---------- GFM footnote definitions ---------- */

/** Takes "[^1]: text" definitions (with indented continuation lines) out before lexing. */
function extractGfmFootnoteDefs(
  markdown: string,
  firstLine: number,
  diagnostics: Diagnostic[],
): { markdown: string; defs: SourceBlock[] } {
  const lines = markdown.split('\n');
  const defs: SourceBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\[\^([^\]\s]+)\]:[ \t]?(.*)$/.exec(lines[i]);
    if (!m) continue;
    const start = i;
    const content = [m[2]];
    lines[i] = '';
    while (i + 1 < lines.length && (/^(?: {4}|\t)/.test(lines[i + 1]) || (lines[i + 1].trim() === '' && /^(?: {4}|\t)/.test(lines[i + 2] ?? '')))) {
      content.push(lines[i + 1].replace(/^(?: {4}|\t)/, ''));
      lines[++i] = '';
    }
    const blocks = toSourceBlocks(content.join('\n'), firstLine + start, diagnostics).flatMap(contentBlocks);
    if (blocks.length === 0) {
      diagnostics.push({ severity: 'warning', line: firstLine + start, message: `footnote [^${m[1]}] has no text` });
      continue;
    }
    defs.push({ kind: 'footnoteDef', line: firstLine + start, label: m[1], content: blocks });
  }
  return { markdown: lines.join('\n'), defs };
}

/** Model blocks of source blocks (for footnote and quote content). */
function contentBlocks(b: SourceBlock): Block[] {
  switch (b.kind) {
    case 'paragraph': {
      const content = normalizeInlines(b.lines.flatMap((l, i) => (i > 0 ? [{ type: 'text', text: ' ' } as Inline, ...l] : l)));
      return content.length ? [{ type: 'paragraph', content }] : [];
    }
    case 'heading':
      return b.content.length ? [{ type: 'paragraph', content: b.content }] : [];
    case 'list':
      return [b.list];
    case 'blockquote':
      return [{ type: 'blockquote', content: b.content }];
    case 'table':
      return [b.table];
    default:
      return [];
  }
}

/* ---------- blocks ---------- */

/** "<!-- list: lower-alpha -->": the style of the next list, where its labels do not tell it (the exporter writes it). */
const LIST_STYLE_COMMENT = /^<!--\s*list:\s*(lower-alpha|upper-alpha|lower-roman|upper-roman)\s*-->\s*$/;
/** Lists whose style a comment before them declared. */
const declaredStyles = new WeakMap<Token, List['style']>();

/** Takes the list style comments out of the tokens (at any depth), declaring the style of the list after each. */
function takeStyleComments(tokens: Token[]): void {
  const stack: Token[][] = [tokens];
  while (stack.length > 0) {
    const run = stack.pop()!;
    run.forEach((t, k) => {
      const style = t.type === 'html' ? LIST_STYLE_COMMENT.exec((t as Tokens.HTML).text.trim())?.[1] : undefined;
      const next = run.slice(k + 1).find((n) => n.type !== 'space');
      if (style && next?.type === 'list') {
        declaredStyles.set(next, style as List['style']);
        run[k] = { type: 'space', raw: t.raw } as Tokens.Space;
      }
      if (t.type === 'list') for (const item of (t as Tokens.List).items) stack.push(item.tokens);
      if (t.type === 'blockquote') stack.push((t as Tokens.Blockquote).tokens);
    });
  }
}

function toSourceBlocks(markdown: string, firstLine: number, diagnostics: Diagnostic[]): SourceBlock[] {
  const tokens = new Lexer({ gfm: true }).lex(markdown);
  takeStyleComments(tokens);
  const out: SourceBlock[] = [];
  let offset = 0;
  let line = firstLine;
  for (const token of tokens) {
    const at = markdown.indexOf(token.raw, offset);
    if (at >= 0) {
      line += countNewlines(markdown, offset, at);
      offset = at;
    }
    out.push(...blockFromToken(token, line, diagnostics, 0));
    if (at >= 0) {
      line += countNewlines(markdown, offset, offset + token.raw.length);
      offset += token.raw.length;
    }
  }
  return out;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function blockFromToken(token: Token, line: number, diagnostics: Diagnostic[], depth: number): SourceBlock[] {
  switch (token.type) {
    case 'space':
      return [];
    case 'paragraph':
    case 'text': {
      const inlines = inlinesFromTokens((token as Tokens.Paragraph).tokens ?? [{ type: 'text', raw: token.raw, text: (token as Tokens.Text).text } as Tokens.Text], depth);
      return paragraphBlock(inlines, line);
    }
    case 'heading': {
      const h = token as Tokens.Heading;
      return [{ kind: 'heading', level: h.depth, line, content: normalizeInlines(finishText(inlinesFromTokens(h.tokens, depth))) }];
    }
    case 'hr':
      return [{ kind: 'break', line, thematic: true }];
    case 'list':
      return [{ kind: 'list', line, list: listFromToken(token as Tokens.List, line, diagnostics, depth) }];
    case 'blockquote': {
      const q = token as Tokens.Blockquote;
      if (depth >= MAX_NESTING) return flattened(q.text, line, diagnostics);
      const content = q.tokens.flatMap((t) => blockFromToken(t, line, diagnostics, depth + 1)).flatMap(contentBlocks);
      return content.length ? [{ kind: 'blockquote', line, content }] : [];
    }
    case 'table': {
      const table = tableFromToken(token as Tokens.Table, depth);
      if (!table) {
        diagnostics.push({ severity: 'info', line, message: 'empty table skipped' });
        return [];
      }
      return [{ kind: 'table', line, table }];
    }
    case 'html':
      return htmlBlocks((token as Tokens.HTML).text, line, diagnostics);
    case 'code': {
      diagnostics.push({ severity: 'warning', line, message: 'code block kept as plain paragraphs' });
      return (token as Tokens.Code).text
        .split(/\n\s*\n/)
        .flatMap((p) => paragraphBlock([{ type: 'text', text: p }], line));
    }
    case 'def':
      diagnostics.push({ severity: 'info', line, message: `link reference definition "${token.raw.trim()}" is not text of the letter` });
      return [];
    default:
      diagnostics.push({ severity: 'warning', line, message: `Markdown ${token.type} kept as text` });
      return paragraphBlock([{ type: 'text', text: token.raw }], line);
  }
}

function flattened(text: string, line: number, diagnostics: Diagnostic[]): SourceBlock[] {
  diagnostics.push({ severity: 'warning', line, message: `nesting deeper than ${MAX_NESTING} levels flattened to text` });
  return paragraphBlock([{ type: 'text', text: text.replace(/^[\s>*+-]+/gm, ' ') }], line);
}

/** A paragraph from raw inlines (text may hold "\n"), split into normalised lines. */
function paragraphBlock(raw: Inline[], line: number): SourceBlock[] {
  const lines = splitLines(finishText(raw))
    .map((l) => normalizeInlines(l))
    .filter((l) => l.length > 0);
  if (lines.length === 0) return [];
  const every = (type: 'emphasis' | 'strong') =>
    lines.every((l) => l.length === 1 && l[0].type === type) || (lines.length === 1 && lines[0].length === 1 && lines[0][0].type === type);
  const split = splitLabelledLines(lines, line);
  if (split) return split;
  const block: SourceBlock = { kind: 'paragraph', line, lines };
  if (every('emphasis')) block.allEmphasis = true;
  if (every('strong')) block.allStrong = true;
  return [block];
}

/**
 * Lines that start with labels in sequence ("a. …", "b. …" or "i. …", "ii. …") inside a
 * paragraph are a list that Markdown did not see (CommonMark knows only "1." and "-"):
 * the lines before them stay the paragraph, the labelled lines become the list.
 */
function splitLabelledLines(lines: Inline[][], line: number): SourceBlock[] | undefined {
  // Decimal labels are Markdown's own ("1."): marked has read those as lists already.
  const labelOf = (l: Inline[]) => {
    const label = l[0]?.type === 'text' ? leadingLabel(l[0].text) : undefined;
    return label && !/^\d/.test(label) ? label : undefined;
  };
  const first = lines.findIndex((l) => labelOf(l) !== undefined);
  if (first < 0) return undefined;
  const groups: Inline[][][] = [];
  for (const l of lines.slice(first)) {
    if (labelOf(l) !== undefined) groups.push([l]);
    else groups[groups.length - 1].push(l);
  }
  if (groups.length < 2) return undefined;
  const labels = groups.map((g) => labelOf(g[0])!);
  const style = listStyleFromStart(labels);
  if (!style) return undefined;
  const items: ListItem[] = groups.map((g, k) => {
    const [head, ...rest] = g;
    const text = head[0] as Extract<Inline, { type: 'text' }>;
    const firstLine = normalizeInlines([{ type: 'text', text: text.text.slice(labels[k].length) }, ...head.slice(1)]);
    const content = normalizeInlines([...firstLine, ...rest.flatMap((r) => [{ type: 'text', text: ' ' } as Inline, ...r])]);
    return { label: labels[k], content: [{ type: 'paragraph', content }] };
  });
  const out: SourceBlock[] = [];
  if (first > 0) out.push({ kind: 'paragraph', line, lines: lines.slice(0, first) });
  out.push({ kind: 'list', line: line + first, list: { type: 'list', style, items } });
  return out;
}

/** Splits inlines at "\n" into lines; a container that spans a break is split in two. */
function splitLines(inlines: Inline[]): Inline[][] {
  const lines: Inline[][] = [[]];
  for (const node of inlines) {
    if (node.type === 'text') {
      const parts = node.text.split('\n');
      parts.forEach((p, i) => {
        if (i > 0) lines.push([]);
        if (p) lines[lines.length - 1].push({ type: 'text', text: p });
      });
    } else if ('content' in node) {
      const inner = splitLines(node.content);
      inner.forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part.length) lines[lines.length - 1].push({ ...node, content: part } as Inline);
      });
    } else {
      lines[lines.length - 1].push(node);
    }
  }
  return lines;
}

/** GFM footnote references "[^1]" become footnoteRef placeholders; escaped brackets come back. */
function finishText(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  // Marked may hand "[^1]" over in pieces ("[", "^1]"): join text runs first.
  const merged: Inline[] = [];
  for (const node of inlines) {
    const last = merged[merged.length - 1];
    if (node.type === 'text' && last?.type === 'text') merged[merged.length - 1] = { type: 'text', text: last.text + node.text };
    else merged.push(node);
  }
  for (const node of merged) {
    if (node.type === 'text') {
      let last = 0;
      for (const m of node.text.matchAll(/\[\^([^\]\s]+)\]/g)) {
        if (m.index! > last) out.push({ type: 'text', text: restoreBrackets(node.text.slice(last, m.index)) });
        out.push({ type: 'footnoteRef', footnote: m[1] });
        last = m.index! + m[0].length;
      }
      if (last < node.text.length) out.push({ type: 'text', text: restoreBrackets(node.text.slice(last)) });
    } else if (node.type === 'link') {
      // Marked hands link text over with its escapes already undone, so "[^1]" there
      // may have been written "\[^1\]": inside links it stays text.
      out.push({ ...node, content: restoreAll(node.content) });
    } else if ('content' in node) {
      out.push({ ...node, content: finishText(node.content) } as Inline);
    } else {
      out.push(node);
    }
  }
  return out;
}

function restoreAll(inlines: Inline[]): Inline[] {
  return inlines.map((n) =>
    n.type === 'text' ? { type: 'text', text: restoreBrackets(n.text) } : 'content' in n ? ({ ...n, content: restoreAll(n.content) } as Inline) : n,
  );
}

function restoreBrackets(s: string): string {
  return s.includes(ESCAPED_BRACKET) ? s.split(ESCAPED_BRACKET).join('[') : s;
}

/* ---------- lists and tables ---------- */

function listFromToken(token: Tokens.List, line: number, diagnostics: Diagnostic[], depth: number): List {
  const items: ListItem[] = [];
  const rawLabels: (string | undefined)[] = [];
  for (const item of token.items) {
    let content: Block[];
    if (depth >= MAX_NESTING) {
      content = contentBlocks(flattened(item.text, line, diagnostics)[0]);
    } else {
      content = item.tokens.flatMap((t) => blockFromToken(t, line, diagnostics, depth + 1)).flatMap(contentBlocks);
    }
    const afterMarker = item.raw.replace(/^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+/, '');
    rawLabels.push(/^([ivxlcIVXLC]+|[a-zA-Z])([.)])[ \t]/.exec(afterMarker)?.slice(1, 3).join(''));
    items.push(content.length ? { content } : { content: [{ type: 'paragraph', content: [{ type: 'text', text: '–' }] }] });
  }
  if (token.ordered) {
    const delimiter = /^\s*\d{1,9}([.)])/.exec(token.items[0]?.raw ?? '')?.[1] ?? '.';
    const start = typeof token.start === 'number' ? token.start : 1;
    return { type: 'list', style: 'decimal', items: items.map((it, k) => ({ label: labelFor('decimal', k, start, delimiter)!, ...it })) };
  }
  // A declared style wins over the one the labels suggest, where the labels are there to keep.
  const declared = declaredStyles.get(token);
  const style = declared && rawLabels.every((l) => l !== undefined) ? declared : labelledStyle(rawLabels);
  if (!style) return { type: 'list', style: 'bullet', items };
  return {
    type: 'list',
    style,
    items: items.map((it, k) => ({ label: rawLabels[k]!, content: stripLabel(it.content, rawLabels[k]!) })),
  };
}

/** Removes the printed label ("i.") from the start of an item's first paragraph. */
function stripLabel(content: Block[], label: string): Block[] {
  const [first, ...rest] = content;
  if (first?.type !== 'paragraph') return content;
  const head = first.content[0];
  if (head?.type !== 'text' || !head.text.startsWith(label)) return content;
  const remaining = normalizeInlines([{ type: 'text', text: head.text.slice(label.length) }, ...first.content.slice(1)]);
  return remaining.length ? [{ type: 'paragraph', content: remaining }, ...rest] : rest;
}

function tableFromToken(token: Tokens.Table, depth: number): Table | undefined {
  const cell = (c: Tokens.TableCell) => ({ content: normalizeInlines(finishText(inlinesFromTokens(c.tokens, depth))) });
  const header = token.header.map(cell);
  const rows = token.rows.map((r) => ({ cells: r.map(cell) }));
  const table: Table = { type: 'table', rows: [] };
  if (header.some((c) => c.content.length > 0)) table.rows.push({ header: true, cells: header });
  table.rows.push(...rows.filter((r) => r.cells.some((c) => c.content.length > 0) || table.rows.length > 0));
  return table.rows.length ? table : undefined;
}

/* ---------- inlines ---------- */

type OpenTag = { type: 'emphasis' | 'strong' | 'superscript' | 'subscript'; children: Inline[] };

const HTML_INLINE_TAGS: Record<string, OpenTag['type']> = {
  em: 'emphasis', i: 'emphasis', strong: 'strong', b: 'strong', sup: 'superscript', sub: 'subscript',
};

/**
 * Marked's inline tokens as model inlines. Text keeps its line breaks ("\n") so that the
 * caller can split lines; inline HTML tags for emphasis, strong, sup and sub nest.
 */
function inlinesFromTokens(tokens: Token[], depth: number): Inline[] {
  const root: Inline[] = [];
  const stack: OpenTag[] = [];
  const target = () => (stack.length ? stack[stack.length - 1].children : root);
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
        if ((t as Tokens.Text).tokens?.length) target().push(...inlinesFromTokens((t as Tokens.Text).tokens!, depth));
        else target().push({ type: 'text', text: decodeEntities((t as Tokens.Text).text) });
        break;
      case 'escape':
        target().push({ type: 'text', text: (t as Tokens.Escape).text === '[' ? ESCAPED_BRACKET : (t as Tokens.Escape).text });
        break;
      case 'codespan':
        target().push({ type: 'text', text: decodeEntities((t as Tokens.Codespan).text) });
        break;
      case 'br':
        target().push({ type: 'text', text: '\n' });
        break;
      case 'em':
      case 'strong':
      case 'del': {
        const content = depth < MAX_NESTING ? inlinesFromTokens((t as Tokens.Em).tokens, depth + 1) : [{ type: 'text', text: (t as Tokens.Em).text } as Inline];
        if (t.type === 'del') target().push(...content);
        else target().push({ type: t.type === 'em' ? 'emphasis' : 'strong', content });
        break;
      }
      case 'link': {
        const l = t as Tokens.Link;
        const content = inlinesFromTokens(l.tokens, depth + 1);
        const href = l.href?.trim();
        target().push(href && href !== '#' ? { type: 'link', target: href, content } : { type: 'link', content });
        break;
      }
      case 'image':
        break;
      case 'html': {
        const tag = /^<(\/?)([a-zA-Z]+)[^>]*>$/.exec((t as Tokens.HTML).text.trim());
        const kind = tag ? HTML_INLINE_TAGS[tag[2].toLowerCase()] : undefined;
        if (tag && tag[2].toLowerCase() === 'br') target().push({ type: 'text', text: '\n' });
        else if (kind && !tag![1]) stack.push({ type: kind, children: [] });
        else if (kind && tag![1] && stack.length && stack[stack.length - 1].type === kind) {
          const open = stack.pop()!;
          target().push({ type: open.type, content: open.children });
        } else if (!tag) target().push({ type: 'text', text: decodeEntities((t as Tokens.HTML).text) });
        break;
      }
      default:
        target().push({ type: 'text', text: t.raw });
    }
  }
  // Unclosed tags: keep their text.
  while (stack.length) {
    const open = stack.pop()!;
    target().push(...open.children);
  }
  return root;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8}|#39);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/* ---------- HTML blocks (Word letters through pandoc) ---------- */

/** Raw HTML blocks as text: each cell or paragraph a line, empty ones separate paragraphs. */
function htmlBlocks(html: string, line: number, diagnostics: Diagnostic[]): SourceBlock[] {
  // Line breaks in HTML source are mere white space; structure comes from the tags.
  const text = html
    .replace(/\s*\n\s*/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<img\b[^>]*>/gi, '')
    .replace(/<\/(?:p|div|h[1-6]|li)>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<(?:td|th)\b[^>]*>/gi, '\n\n')
    .replace(/<\/?(?:tr|table|tbody|thead|colgroup|col)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '');
  const paragraphs = decodeEntities(text)
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) => p.split('\n').map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim()).filter(Boolean))
    .filter((p) => p.length > 0);
  if (paragraphs.length === 0) return [];
  diagnostics.push({ severity: 'info', line, message: 'HTML block read as plain text' });
  return paragraphs.flatMap((p) => paragraphBlock([{ type: 'text', text: p.join('\n') }], line));
}
