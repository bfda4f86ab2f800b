/**
 * Stage 3 of the layout reader. In: every page's segments and the body column. Out: each
 * segment sorted into what it is on the page:
 * - furniture: a segment printed at the same place on several pages, equal up to its
 *   numbers ("Pagina 3 van 7", a footer with the page number), standing outside the body
 *   text (no body-size text between it and the page edge), and numbers alone at a page edge
 *   that count up with the pages; the running side column of later pages is furniture too
 *   (page 1's side column is the letterhead's, and is not repeated at its place);
 * - notes: the page foot's smaller type under the body text, split into notes at their
 *   raised labels, a note without a label at the top of a page's foot going on from the
 *   note before it;
 * - body: everything else, with raised marks already written as superscript digits.
 */
import { UNREAD_LABEL, type BodyColumn, type Segment } from './lines';

export interface Furniture {
  segment: Segment;
  why: string;
}

export interface FootNoteText {
  label: string;
  page: number;
  lines: string[];
}

export interface Zones {
  body: Segment[];
  furniture: Furniture[];
  notes: FootNoteText[];
}

const key = (s: Segment) => s.text.replace(/[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '#').replace(/\s+/g, '').toLowerCase();
/** Same place on the page, within this many points (left, right or centre alignment). */
const SAME_PLACE = 3;

export function sortZones(pages: Segment[][], body: BodyColumn, options: { notes?: boolean } = {}): Zones {
  const furniture = new Map<Segment, string>();
  repeatedAtSamePlace(pages, body, furniture);
  marginAtFoot(pages, body, furniture);
  pageNumbers(pages, furniture);
  const notes: FootNoteText[] = [];
  const inNotes = new Set<Segment>();
  let open: FootNoteText | undefined;
  let last = 0;
  for (const segs of options.notes === false ? [] : pages) {
    const found = footNotes(segs, body, furniture, open, last);
    if (!found) continue;
    for (const s of found.used) inNotes.add(s);
    for (const n of found.notes) {
      notes.push(n);
      last = Number(n.label);
    }
    open = notes[notes.length - 1];
  }
  return {
    body: pages.flat().filter((s) => !furniture.has(s) && !inNotes.has(s)),
    furniture: pages.flat().filter((s) => furniture.has(s)).map((segment) => ({ segment, why: furniture.get(segment)! })),
    notes,
  };
}

/**
 * True when no body-size text of the body column stands between the segment and the top or
 * bottom edge, and the body text keeps more than a line's room from it: a running head or
 * footer stands in the margin, while the first line of a page's text (a label that happens
 * to stand at the same height on two pages) is set at the body's own pitch.
 */
function outsideBodyText(segs: Segment[], s: Segment, body: BodyColumn): boolean {
  const bodyText = segs.filter((o) => o !== s && o.column !== 'side' && o.text.length > 3 && Math.abs(o.size - body.size) < 0.6);
  const above = bodyText.filter((o) => o.y > s.y);
  const below = bodyText.filter((o) => o.y < s.y);
  const room = 2 * body.size * 1.2;
  if (above.length === 0) return below.length === 0 || s.y - Math.max(...below.map((o) => o.y)) > room;
  if (below.length === 0) return Math.min(...above.map((o) => o.y)) - s.y > room;
  return false;
}

/** The numbers in a segment's text. */
const numbersOf = (s: Segment) => s.text.match(/\d+/g) ?? [];

/** True when some number differs between the occurrences (a page number). */
function numbersVary(list: Segment[]): boolean {
  const numbers = list.map(numbersOf);
  return numbers[0].some((_, k) => new Set(numbers.map((n) => n[k])).size > 1);
}

/**
 * Occurrences that differ in their numbers are one running head only where a number counts
 * with the pages ("Pagina 3 van 7", a footer's page number): "Antwoord op vraag 6" and
 * "Antwoord op vraag 10" on two pages' first lines are not.
 */
function numbersCountWithPages(list: Segment[]): boolean {
  const numbers = list.map(numbersOf);
  const width = numbers[0].length;
  if (numbers.some((n) => n.length !== width)) return false;
  for (let k = 0; k < width; k++) {
    const values = numbers.map((n) => n[k]);
    if (new Set(values).size === 1) continue;
    const offsets = new Set(list.map((s, i) => Number(values[i]) - s.page));
    if (offsets.size !== 1) return false;
  }
  return true;
}

function samePlace(a: Segment, b: Segment): boolean {
  if (Math.abs(a.y - b.y) > SAME_PLACE) return false;
  return Math.abs(a.x - b.x) <= SAME_PLACE || Math.abs(a.right - b.right) <= SAME_PLACE || Math.abs(a.x + a.right - b.x - b.right) <= 2 * SAME_PLACE;
}

function repeatedAtSamePlace(pages: Segment[][], body: BodyColumn, furniture: Map<Segment, string>): void {
  if (pages.length < 2) return;
  const byKey = new Map<string, Segment[]>();
  for (const segs of pages) for (const s of segs) {
    const k = key(s);
    if (!k) continue;
    const list = byKey.get(k);
    if (list) list.push(s);
    else byKey.set(k, [s]);
  }
  for (const list of byKey.values()) {
    const pagesSeen = new Set(list.map((s) => s.page));
    if (pagesSeen.size < 2) continue;
    // Each occurrence with another on another page at the same place.
    const repeats = list.filter((s) => list.some((o) => o.page !== s.page && samePlace(s, o)));
    if (new Set(repeats.map((s) => s.page)).size < 2 || !numbersCountWithPages(repeats)) continue;
    // A page number printed so at another place on one page ("Pagina 1 van 13" under page 1's
    // side column) is the same furniture, where its number counts with the pages as theirs do.
    if (numbersVary(repeats)) {
      for (const s of list) if (!repeats.includes(s) && !repeats.some((o) => o.page === s.page) && numbersCountWithPages([...repeats, s])) repeats.push(s);
    }
    const first = Math.min(...repeats.map((s) => s.page));
    for (const s of repeats) {
      if (s.column === 'side') {
        furniture.set(s, `running side column "${s.text}" (repeated at the same place on ${pagesSeen.size} pages, first on page ${first})`);
        continue;
      }
      if (!outsideBodyText(pages[s.page - 1] ?? [], s, body)) continue;
      furniture.set(s, `${s.y > body.size * 40 ? 'running head or footer' : 'footer'} "${s.text}" (repeated at the same place on ${pagesSeen.size} pages)`);
    }
  }
}

/**
 * Text in the left margin beside the page foot, under the last line of body text: a
 * publication's id and ISSN block, printed once, beside the footer.
 */
function marginAtFoot(pages: Segment[][], body: BodyColumn, furniture: Map<Segment, string>): void {
  for (const segs of pages) {
    const bodyText = segs.filter((s) => s.column === 'body' && !furniture.has(s) && Math.abs(s.size - body.size) < 0.6 && s.text.length > 3);
    if (bodyText.length === 0) continue;
    const lowest = Math.min(...bodyText.map((s) => s.y));
    for (const s of segs) if (s.column === 'left' && s.y < lowest && !furniture.has(s)) furniture.set(s, `margin text at the page foot "${s.text}"`);
  }
}

/** A number alone at the top or bottom of pages, counting up with them: page numbers. */
function pageNumbers(pages: Segment[][], furniture: Map<Segment, string>): void {
  const candidates: Segment[] = [];
  for (const segs of pages) {
    const rest = segs.filter((s) => !furniture.has(s));
    if (rest.length === 0) continue;
    const top = rest.reduce((a, b) => (b.y > a.y ? b : a));
    const bottom = rest.reduce((a, b) => (b.y < a.y ? b : a));
    for (const s of new Set([top, bottom])) if (/^\d{1,4}$/.test(s.text) && s.leadingMark === undefined) candidates.push(s);
  }
  // Counting up with the pages: the same offset between number and page on most pages.
  const offsets = new Map<number, number>();
  for (const s of candidates) offsets.set(Number(s.text) - s.page, (offsets.get(Number(s.text) - s.page) ?? 0) + 1);
  for (const s of candidates) {
    const offset = Number(s.text) - s.page;
    if ((offsets.get(offset) ?? 0) >= Math.min(2, pages.length) || (pages.length === 1 && offset === 0)) furniture.set(s, `page number "${s.text}"`);
  }
}

/**
 * The notes at the foot of one page: the segments of the body column under the last line
 * of body-size text, in smaller type, from the first labelled one on (a note that goes on
 * from the page before may come first).
 */
function footNotes(segs: Segment[], body: BodyColumn, furniture: Map<Segment, string>, open: FootNoteText | undefined, last: number): { notes: FootNoteText[]; used: Segment[] } | undefined {
  const column = segs.filter((s) => s.column === 'body' && !furniture.has(s)).sort((a, b) => b.y - a.y);
  const foot: Segment[] = [];
  for (let i = column.length - 1; i >= 0; i--) {
    const s = column[i];
    if (s.size >= 0.9 * body.size) break;
    foot.unshift(s);
  }
  if (foot.length === 0) return undefined;
  const notes: FootNoteText[] = [];
  const used: Segment[] = [];
  let current: FootNoteText | undefined;
  let expected = last + 1;
  for (const s of foot) {
    const label = s.leadingMark === UNREAD_LABEL ? String(expected) : s.leadingMark ?? plainLabel(s, expected);
    if (label !== undefined && (Number(label) === expected || Number(label) > last || Number(label) === 1)) {
      current = { label, page: s.page, lines: [s.leadingMark !== undefined ? s.afterMark ?? '' : s.text.replace(/^\d+\s*/, '')] };
      notes.push(current);
      expected = Number(label) + 1;
      used.push(s);
    } else if (current) {
      current.lines.push(s.text);
      used.push(s);
    } else if (open && notes.length === 0 && used.length === 0 && s === foot[0]) {
      // The note of the page before goes on at this page's foot.
      open.lines.push(s.text);
      used.push(s);
      current = open;
    }
    // Otherwise: small type above the first note that goes on no note stays body (a caption, a source line).
  }
  if (used.length === 0) return undefined;
  return { notes, used };
}

/** "3 Kamerstuk …": a note's number printed in the note's own size, where it is the next number. */
function plainLabel(s: Segment, expected: number): string | undefined {
  const m = /^(\d{1,3})\s+\S/.exec(s.text);
  return m && Number(m[1]) === expected ? m[1] : undefined;
}
