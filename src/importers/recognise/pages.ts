/** Page structure: where the letterhead ends, running heads and page numbers, text cut by a page break. */
import { parseDutchDate } from '../../model/dates';
import type { Diagnostic } from '../../model/diagnostics';
import { normalizeSpace } from '../../model/text';
import type { ParagraphBlock, SourceBlock } from './blocks';
import { lineText } from './inlines';
import { parseLabel } from './labels';
import { parseLetterhead, POSTBUS, POSTCODE, STREET } from './letterhead';
import { PAGE_FURNITURE, SENTENCE_END, SIDE_COLUMN_LABELS, SIGNATURE_ROLE } from './patterns';
import { isName, isQaTitle } from './structure';
import { paragraphText, type Item } from './source';


/**
 * Index of the first block after the letterhead: the first block that reads as body text
 * (a long line, a sentence, a salutation), a label, the questions' title or a list.
 */
export function letterheadEnd(blocks: SourceBlock[]): number {
  let dated = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading' || b.kind === 'list') return i;
    if (b.kind !== 'paragraph') continue;
    const first = normalizeSpace(lineText(b.lines[0]));
    if (parseLabel(first) || isQaTitle(b)) return i;
    // After the date, a role with a name under it and no address is the signature of a letter
    // with no text before it ("Minister van Financiën" / "De Vries"), not a recipient.
    if (dated && isSignatureBlock(b, blocks[i + 1])) return i;
    if (/^datum\b/i.test(first)) dated = true;
    const isSide = SIDE_COLUMN_LABELS.some((e) => e.label.test(first)) || /^(?:datum|betreft|onderwerp|onze referentie|ons kenmerk|retouradres)\s/i.test(first);
    if (isSide || /^>?\s*retouradres/i.test(first)) continue;
    const text = normalizeSpace(paragraphText(b));
    const long = b.lines.some((l) => lineText(l).trim().split(/\s+/).length > 12);
    if (long || SENTENCE_END.test(text) || /,$/.test(text)) return i;
  }
  return blocks.length;
}

/** A role line ("De Minister van …") with a name under it, in the block or the next, and no address. */
function isSignatureBlock(b: ParagraphBlock, next: SourceBlock | undefined): boolean {
  const lines = b.lines.map((l) => normalizeSpace(lineText(l))).filter(Boolean);
  if (lines.length === 0 || lines.length > 3 || !SIGNATURE_ROLE.test(lines[0])) return false;
  if (lines.some((l) => POSTCODE.test(l) || POSTBUS.test(l) || STREET.test(l))) return false;
  const name = lines[1] ?? (next?.kind === 'paragraph' ? normalizeSpace(paragraphText(next)) : '');
  return name !== '' && isName(name);
}

/* ---------- 3. furniture ---------- */

export function dropFurniture(
  blocks: Item[],
  head: ReturnType<typeof parseLetterhead> | undefined,
  diagnostics: Diagnostic[],
): Item[] {
  const counts = new Map<string, number>();
  for (const b of blocks) if (b.kind === 'paragraph') counts.set(paragraphText(b), (counts.get(paragraphText(b)) ?? 0) + 1);
  // Without page breaks a repeat alone proves nothing ("Zie de bijlage" under three answers):
  // there a running head must stand beside a page number, as where an extractor flattened the pages.
  const paged = blocks.some((b) => b.kind === 'break');
  const besidePageNumber = (k: number) => [blocks[k - 1], blocks[k + 1]].some((n) => n?.kind === 'paragraph' && PAGE_FURNITURE.some((re) => re.test(normalizeSpace(paragraphText(n)))));
  const senderLines = new Set(head?.senderLines ?? []);
  const known = new Set([head?.printedDate, head?.date, head?.reference].filter((x): x is string => !!x));
  const out: Item[] = [];
  let pendingBreak = false;
  for (const [k, b] of blocks.entries()) {
    if (b.kind === 'break') {
      pendingBreak = true;
      continue;
    }
    if (b.kind === 'paragraph') {
      const repeatsCount = paged || (counts.get(paragraphText(b)) ?? 0) < 2 || besidePageNumber(k);
      const reason = furnitureReason(b, repeatsCount ? counts : NO_COUNTS, senderLines, known);
      if (reason) {
        diagnostics.push({ severity: 'info', line: b.line, message: `running head "${paragraphText(b).replace(/\n/g, ' / ')}" dropped (${reason})` });
        pendingBreak = true;
        continue;
      }
    }
    out.push(pendingBreak ? { ...b, breakBefore: true } : b);
    pendingBreak = false;
  }
  return out;
}

const NO_COUNTS = new Map<string, number>();

export function furnitureReason(
  b: ParagraphBlock,
  counts: Map<string, number>,
  senderLines: Set<string>,
  known: Set<string>,
): string | undefined {
  const lines = b.lines.map((l) => normalizeSpace(lineText(l))).filter(Boolean);
  if (lines.length === 0) return undefined;
  // Bullets that pdftotext set apart from a list and that no text took: no word is lost.
  if (lines.every((l) => /^[•◦▪●]$/.test(l))) return 'list bullets with no text beside them';
  // Side-column fields repeated on every page: "Datum" / "18 juni 2026", "Onze referentie" / "7562802".
  let i = 0;
  let allSide = true;
  let sawSenderOnly = true;
  while (i < lines.length) {
    const line = lines[i];
    if (PAGE_FURNITURE.some((re) => re.test(line))) {
      i++;
      sawSenderOnly = false;
      continue;
    }
    if (senderLines.has(line) || joinsSenderLine(lines, i, senderLines)) {
      i += joinsSenderLine(lines, i, senderLines) ? 2 : 1;
      continue;
    }
    const isLabel = SIDE_COLUMN_LABELS.some((e) => e.label.test(line));
    if (isLabel && lines[i + 1] !== undefined && (known.has(lines[i + 1]) || parseDutchDate(lines[i + 1]) || /^[A-Z0-9][\w./-]{2,30}$/.test(lines[i + 1]))) {
      i += 2;
      sawSenderOnly = false;
      continue;
    }
    const inline = /^(datum|onze referentie|ons kenmerk|kenmerk)\s+(.+)$/i.exec(line);
    if (inline && (known.has(inline[2]) || parseDutchDate(inline[2]))) {
      i++;
      sawSenderOnly = false;
      continue;
    }
    allSide = false;
    break;
  }
  if (allSide) return sawSenderOnly ? 'the sender column of page 1, repeated' : 'side column or page number';
  // Repetition: an identical short non-sentence block that recurs is a running head.
  const text = paragraphText(b);
  if (
    (counts.get(text) ?? 0) >= 2 &&
    lines.length <= 6 &&
    lines.every((l) => l.split(' ').length <= 8) &&
    !SENTENCE_END.test(text) &&
    !parseLabel(lines[0])
  ) {
    return `repeated ${counts.get(text)} times`;
  }
  return undefined;
}

/** "Directoraat-Generaal" + "Migratie" on two lines is the sender line "Directoraat-Generaal Migratie". */
export function joinsSenderLine(lines: string[], i: number, senderLines: Set<string>): boolean {
  return i + 1 < lines.length && senderLines.has(`${lines[i]} ${lines[i + 1]}`);
}

/* ---------- 4. page-break continuation ---------- */

export function joinAcrossBreaks(blocks: Item[], diagnostics: Diagnostic[]): Item[] {
  const out: Item[] = [];
  // Blocks made here by joining, which later joins may extend in place: copying a growing
  // paragraph (or reading all its text) at every page break was quadratic.
  const joined = new Set<Item>();
  const own = (prev: Item, copy: () => Item): Item => {
    if (joined.has(prev)) return prev;
    const made = copy();
    joined.add(made);
    out[out.length - 1] = made;
    return made;
  };
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (b.breakBefore && prev && prev.kind === 'paragraph' && b.kind === 'paragraph') {
      const before = edgeLine(prev, 'last');
      const after = edgeLine(b, 'first');
      if (goesOnAfterBreak(before, after) && !parseLabel(before)) {
        diagnostics.push({ severity: 'info', line: b.line, message: `paragraph continued after a page break joined to the one at line ${prev.line}` });
        (own(prev, () => ({ ...prev, lines: [...prev.lines] })) as ParagraphBlock).lines.push(...b.lines);
        continue;
      }
    }
    if (b.breakBefore && prev && prev.kind === 'list' && b.kind === 'list' && prev.list.style === b.list.style) {
      diagnostics.push({ severity: 'info', line: b.line, message: `list continued after a page break joined to the one at line ${prev.line}` });
      (own(prev, () => ({ ...prev, list: { ...prev.list, items: [...prev.list.items] } })) as typeof prev).list.items.push(...b.list.items);
      continue;
    }
    out.push(b);
  }
  return out;
}

/**
 * Text that goes on over a page break: the next page starts in lower case after a line that
 * ends no sentence, or after a colon (Dutch goes on in lower case after one), unless what
 * follows the colon starts like a list item ("a. …", "ii) …", OCR's "i, …", or a first line
 * ending on ";").
 */
function goesOnAfterBreak(before: string, after: string): boolean {
  if (!/^[a-zà-ÿ]/.test(after)) return false;
  if (!SENTENCE_END.test(before)) return true;
  // After a colon, a first line that ends on ";" is the first item of a list without labels.
  return /:["'”’)]*$/.test(before) && !/^(?:[a-z]|[ivx]{1,4})[.),]\s/.test(after) && !/;$/.test(after);
}

/** The first or last line of a paragraph that holds text, trimmed; '' when none does. */
function edgeLine(b: ParagraphBlock, edge: 'first' | 'last'): string {
  for (let k = 0; k < b.lines.length; k++) {
    const text = lineText(b.lines[edge === 'first' ? k : b.lines.length - 1 - k]).trim();
    if (text) return text;
  }
  return '';
}

