/**
 * Stage 1, lines and pages. In: the source text. Out: its lines (TextLine) with 'page' at each
 * form feed; ligatures written as letters, soft hyphens and odd spaces normalised, footers
 * glued to the text cut onto lines of their own, and the side column of -layout text split
 * off as lines of its own (columns.ts).
 */
import type { Diagnostic } from '../../model/diagnostics';
import { splitColumns } from './columns';
import { splitGluedFooters } from './furniture';
import type { TextLine } from './navigate';

const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

export function readLines(source: string, diagnostics: Diagnostic[]): (TextLine | 'page')[] {
  const out: (TextLine | 'page')[] = [];
  let page = 1;
  let ligatures = 0;
  source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((raw, i) => {
      const parts = raw.split('\f');
      parts.forEach((part, k) => {
        if (k > 0) {
          page++;
          out.push('page');
        }
        const columns = splitColumns(part);
        const clean = (t: string) =>
          t
            .replace(/[ﬀﬁﬂﬃﬄﬅﬆ]/g, (c) => {
              ligatures++;
              return LIGATURES[c];
            })
            .replace(/\u00AD/g, '')
            // Hyphen and non-breaking hyphen (kamerbrief's own PDFs draw one inside words).
            .replace(/[\u2010\u2011]/g, '-')
            .replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ')
            .trim();
        const text = clean(columns.body);
        const pieces = splitGluedFooters(text);
        if (pieces.length > 1) diagnostics.push({ severity: 'info', line: i + 1, message: `footer glued to the text cut out: "${pieces.join('" | "')}"` });
        for (const piece of pieces.length ? pieces : ['']) out.push({ text: piece, line: i + 1, page });
        if (columns.side !== undefined) {
          diagnostics.push({ severity: 'info', line: i + 1, message: `side column "${clean(columns.side)}" set apart from the text beside it` });
          out.push({ text: clean(columns.side), line: i + 1, page, side: true });
        }
      });
    });
  if (ligatures) diagnostics.push({ severity: 'info', line: 1, message: `${ligatures} ligature${ligatures === 1 ? '' : 's'} (ﬁ, ﬂ, …) written as letters` });
  return out;
}
