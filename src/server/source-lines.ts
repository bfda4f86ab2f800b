/**
 * The input's lines, each marked with what it became, for the page's source view: the part
 * of the letter it went into (by the importer's line of each question and answer), page
 * furniture that was dropped, notes taken out of the running text, paragraphs joined across
 * a page break, and the diagnostics that name the line.
 */
import { decodeText, type FormatName } from '../formats';
import type { Diagnostic } from '../model/diagnostics';
import type { Letter } from '../model/types';

export type LineRole = 'head' | 'title' | 'heading' | 'question' | 'answer' | 'note' | 'furniture' | 'blank';

export interface SourceLine {
  /** 1-based, as diagnostics count. */
  line: number;
  text: string;
  role: LineRole;
  /** The paragraph on this line was joined to one before a page break. */
  joined?: true;
  /** Indexes into the diagnostics of the same answer that name this line. */
  diagnostics?: number[];
}

/** Formats whose bytes are text a person can read line by line. */
const TEXT_FORMATS: readonly FormatName[] = ['md', 'text', 'json', 'akn', 'op'];
/** More lines than this are not sent to the page (a letter has a few hundred). */
const MAX_LINES = 20000;

export function describeSource(bytes: Uint8Array, format: FormatName, letter: Letter | undefined, lines: Record<string, number> | undefined, diagnostics: Diagnostic[]): SourceLine[] | undefined {
  if (!TEXT_FORMATS.includes(format)) return undefined;
  const text = decodeText(bytes).text;
  if (text === undefined) return undefined;
  const out: SourceLine[] = text
    .split('\n', MAX_LINES)
    .map((raw, k) => ({ line: k + 1, text: raw.replace(/\r$/, ''), role: raw.trim() === '' ? 'blank' : 'head' }));
  if (letter) markParts(out, letter, lines ?? {});
  diagnostics.forEach((d, index) => {
    const at = d.line === undefined ? undefined : out[d.line - 1];
    if (!at) return;
    (at.diagnostics ??= []).push(index);
    if (d.severity === 'info') markChange(out, at, d.message);
  });
  return out;
}

/** Each line after an item's first line belongs to that item, up to the next item. */
function markParts(out: SourceLine[], letter: Letter, lines: Record<string, number>): void {
  const sections = letter.questionsAndAnswers?.sections ?? [];
  const starts: { line: number; role: LineRole }[] = [];
  for (const [at, line] of Object.entries(lines)) {
    const m = /^\/questionsAndAnswers\/sections\/(\d+)\/items\/(\d+)$/.exec(at);
    const item = m ? sections[Number(m[1])]?.items[Number(m[2])] : undefined;
    if (item) starts.push({ line, role: item.type === 'question' ? 'question' : 'answer' });
  }
  starts.sort((a, b) => a.line - b.line);
  const headings = new Set(sections.map((s) => s.heading).filter((h): h is string => h !== undefined).map(bare));
  const title = letter.questionsAndAnswers?.title;
  let k = 0;
  let role: LineRole = 'head';
  for (const l of out) {
    while (k < starts.length && starts[k].line <= l.line) role = starts[k++].role;
    if (l.role === 'blank') continue;
    const plain = bare(l.text);
    l.role = headings.has(plain) ? 'heading' : role === 'head' && title !== undefined && plain.length >= 8 && bare(title).includes(plain) ? 'title' : role;
  }
}

/**
 * What an importer's note on a line says it did there. A dropped running head names its
 * lines joined by " / ": the lines from the note's line on that hold those parts are struck.
 */
function markChange(out: SourceLine[], at: SourceLine, message: string): void {
  if (/\bjoined\b/.test(message)) at.joined = true;
  const quoted = /"([^"]*)"/.exec(message)?.[1];
  if (/\bdropped\b|\bnot letter content\b/.test(message)) {
    const parts = quoted ? quoted.split(' / ').map(bare) : [];
    let k = at.line - 1;
    let struck = 0;
    for (const part of parts) {
      while (k < out.length && out[k].role === 'blank') k++;
      if (k >= out.length || !bare(out[k].text).includes(part)) break;
      out[k++].role = 'furniture';
      struck++;
    }
    if (struck === 0) at.role = 'furniture';
  } else if (/^footnote\b/.test(message)) {
    for (let k = at.line - 1; k < out.length && out[k].role !== 'blank' && k < at.line + 8; k++) out[k].role = 'note';
  }
}

/** A line's words without Markdown marks or extra space, to compare with model text. */
function bare(text: string): string {
  return text
    .replace(/^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+)/, '')
    .replace(/[*_`\\\f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
