/**
 * Layout table or data table, decided from the table's shape alone. Ministry templates place
 * the letterhead fields, the intro and the signature in borderless tables (cells of one
 * column, label and value side by side, empty spacer cells, tables inside cells); a table of
 * data is a grid: every row spans the same columns, most cells hold something, and either a
 * header row says what the columns are or there are rows enough to compare.
 */
import { childElements, descendants, firstChild, type XmlElement } from '../../xml/read';
import { attr, isOn } from './package';
import { alternative } from './pieces';

/** True when the table is a table of data (kept as a table); false for a layout table. */
export function isDataTable(tbl: XmlElement): boolean {
  const rows = rowsOf(tbl);
  if (rows.length < 2) return false;
  const cells = rows.map(cellsOf);
  // A table in a cell, or a text box in one, is page layout.
  if (cells.flat().some((tc) => descendants(tc, 'tbl').length > 0 || descendants(tc, 'txbxContent').length > 0)) return false;
  const spans = cells.map((row) => row.reduce((n, tc) => n + span(tc), 0));
  if (spans[0] < 2 || spans.some((s) => s !== spans[0])) return false;
  const empty = cells.flat().filter((tc) => cellText(tc) === '').length;
  if (empty * 4 > cells.flat().length) return false;
  return hasHeaderRow(rows[0]) || rows.length >= 3;
}

function span(tc: XmlElement): number {
  const tcPr = firstChild(tc, 'tcPr');
  return Number(attr(tcPr && firstChild(tcPr, 'gridSpan'), 'val') ?? 1) || 1;
}

function cellText(tc: XmlElement): string {
  return descendants(tc, 't')
    .map((t) => t.children.filter((x): x is string => typeof x === 'string').join(''))
    .join('')
    .trim();
}

/** A row marked as the header row (w:tblHeader), or a first row that is bold throughout. */
export function hasHeaderRow(tr: XmlElement): boolean {
  const trPr = firstChild(tr, 'trPr');
  if (isOn(trPr && firstChild(trPr, 'tblHeader'))) return true;
  const runs = cellsOf(tr).flatMap((tc) => openedUp(tc).filter((c) => c.local === 'p')).flatMap((p) => childElements(p, 'r')).filter((r) => firstChild(r, 't'));
  return runs.length > 0 && runs.every((r) => {
    const rPr = firstChild(r, 'rPr');
    return isOn(rPr && firstChild(rPr, 'b'));
  });
}

/**
 * The children of a body, cell, row or table with the wrappers Word puts around them opened
 * up: content controls (w:sdt), custom XML, and mc:AlternateContent (its Choice, or its
 * Fallback where there is none; the other copies go to `skipped`).
 */
export function openedUp(container: XmlElement, skipped: (copy: XmlElement) => void = () => {}): XmlElement[] {
  const out: XmlElement[] = [];
  for (const el of childElements(container)) {
    if (el.local === 'sdt') {
      const content = firstChild(el, 'sdtContent');
      if (content) out.push(...openedUp(content, skipped));
    } else if (el.local === 'customXml') {
      out.push(...openedUp(el, skipped));
    } else if (el.local === 'AlternateContent') {
      const { chosen, skipped: copies } = alternative(el);
      if (chosen) out.push(...openedUp(chosen, skipped));
      copies.forEach(skipped);
    } else out.push(el);
  }
  return out;
}

/** A table's rows, also those inside content controls. */
export function rowsOf(tbl: XmlElement): XmlElement[] {
  return openedUp(tbl).filter((c) => c.local === 'tr');
}

/** A row's cells, also those inside content controls. */
export function cellsOf(tr: XmlElement): XmlElement[] {
  return openedUp(tr).filter((c) => c.local === 'tc');
}
