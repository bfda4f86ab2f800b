/**
 * Layout table or data table, decided from the table's shape alone. Ministry templates place
 * the letterhead fields, the intro and the signature in borderless tables (cells of one
 * column, label and value side by side, empty spacer cells, tables inside cells); a table of
 * data is a grid: every row spans the same columns, most cells hold something, and either a
 * header row says what the columns are or there are rows enough to compare.
 */
import { childElements, descendants, firstChild, type XmlElement } from '../../xml/read';
import { attr, isOn } from './package';

/** True when the table is a table of data (kept as a table); false for a layout table. */
export function isDataTable(tbl: XmlElement): boolean {
  const rows = childElements(tbl, 'tr');
  if (rows.length < 2) return false;
  const cells = rows.map((tr) => childElements(tr, 'tc'));
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
  const runs = childElements(tr, 'tc').flatMap((tc) => childElements(tc, 'p')).flatMap((p) => childElements(p, 'r')).filter((r) => firstChild(r, 't'));
  return runs.length > 0 && runs.every((r) => {
    const rPr = firstChild(r, 'rPr');
    return isOn(rPr && firstChild(rPr, 'b'));
  });
}
