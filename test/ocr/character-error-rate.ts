/**
 * Character error rate of a letter read back from text: how many characters an OCR or
 * extraction run got wrong, against the golden model.
 *
 * The letter's text is its cover letter, the title of the questions, every question's and
 * answer's body and every footnote's content, in that order: one line per paragraph and per
 * list item (the item's printed label, a space, its text), table cells separated by a space.
 * Each line is the plain text of its inlines (`plainText`: links and emphasis are not text,
 * footnote marks are not text), whitespace-normalised. Labels ("Vraag 1"), theme headings,
 * letterhead and metadata are structure, compared exactly elsewhere.
 *
 * CER = Levenshtein distance (insertions, deletions, substitutions of UTF-16 code units)
 * between the imported letter's text and the golden one's, divided by the golden length.
 */
import { normalizeSpace, plainText } from '../../src/model/text';
import type { Block, Letter } from '../../src/model/types';

function blockLines(b: Block): string[] {
  switch (b.type) {
    case 'paragraph':
      return [normalizeSpace(plainText(b.content))];
    case 'list':
      return b.items.flatMap((item) => {
        const lines = item.content.flatMap(blockLines);
        if (item.label && lines.length > 0) lines[0] = `${item.label} ${lines[0]}`;
        return lines;
      });
    case 'blockquote':
      return b.content.flatMap(blockLines);
    case 'table':
      return b.rows.map((r) => normalizeSpace(r.cells.map((c) => plainText(c.content)).join(' ')));
  }
}

export function letterText(letter: Letter): string {
  const blocks: Block[] = [...(letter.coverLetter ?? [])];
  const lines = blocks.flatMap(blockLines);
  if (letter.questionsAndAnswers?.title) lines.push(normalizeSpace(letter.questionsAndAnswers.title));
  for (const section of letter.questionsAndAnswers?.sections ?? []) {
    for (const item of section.items) lines.push(...item.body.flatMap(blockLines));
  }
  for (const f of letter.footnotes ?? []) lines.push(...f.content.flatMap(blockLines));
  return lines.join('\n');
}

/**
 * Levenshtein distance in memory linear in the shorter string: Ukkonen's band. Only cells
 * within `band` of the diagonal are computed; when the result is at most `band` it is exact,
 * otherwise the band is doubled. Time O(distance × length), which for texts of ~30 000
 * characters that differ by under a few percent is far below the full O(n × m) table.
 */
export function levenshtein(a: string, b: string): number {
  // Common prefix and suffix cost nothing.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  let s = a.slice(start, endA);
  let t = b.slice(start, endB);
  if (s.length > t.length) [s, t] = [t, s];
  if (s.length === 0) return t.length;
  for (let band = Math.max(16, t.length - s.length); ; band *= 2) {
    const d = bandedDistance(s, t, band);
    if (d <= band) return d;
    if (band >= t.length) return d; // the band covers the whole table: exact
  }
}

/** Distance computed within |i - j| ≤ band (s no longer than t); > band when the band is too narrow. */
function bandedDistance(s: string, t: string, band: number): number {
  const n = s.length;
  const m = t.length;
  const outside = n + m + 1;
  let prev = new Int32Array(m + 1).fill(outside);
  let curr = new Int32Array(m + 1).fill(outside);
  for (let j = 0; j <= Math.min(m, band); j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(m, i + band);
    curr.fill(outside, Math.max(0, from - 1), Math.min(m, to + 1) + 1);
    if (from === 1) curr[0] = i <= band ? i : outside;
    const si = s.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const substitution = prev[j - 1] + (si === t.charCodeAt(j - 1) ? 0 : 1);
      const deletion = prev[j] + 1;
      const insertion = curr[j - 1] + 1;
      curr[j] = Math.min(substitution, deletion, insertion);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[m];
}

export function characterErrorRate(imported: string, golden: string): number {
  return golden.length === 0 ? (imported.length === 0 ? 0 : 1) : levenshtein(imported, golden) / golden.length;
}
