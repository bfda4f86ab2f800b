/**
 * A house style: the page layout shared by the DOCX and PDF exporters (page size and
 * margins, fonts, the letterhead column, running heads, page numbers). Defined by
 * `schemas/house-style.schema.json`; the files live in `templates/`.
 *
 * Units: every length is in millimetres, measured from the top-left corner of the page;
 * every font size is in points.
 */
export interface HouseStyle {
  /** Short name, as `--template` takes it ("rijksoverheid", "plain"). */
  name: string;
  description?: string;
  page: {
    width: number;
    height: number;
    /** The text area's margins, the same on every page. */
    margins: { top: number; right: number; bottom: number; left: number };
  };
  fonts: {
    family: string;
    /** Body text. */
    size: number;
    /** Side column, running head, return address, footnotes. */
    small: number;
    title: number;
    heading1: number;
    heading2: number;
    /** Line height as a multiple of the font size. */
    lineHeight: number;
  };
  /** Where the return address and recipient start on page 1; absent: at the top margin. */
  addressBlock?: Box;
  /** Printed before the return address ("Retouradres"); empty or absent for none. */
  returnAddressLabel?: string;
  /** The letterhead column of page 1, in the margin beside the text. */
  sideColumn?: Column;
  /** Fields in the text under the recipient, before the letter (Datum, Betreft). */
  metaBlock: FieldPlacement[];
  /** The column repeated on later pages; absent: none. */
  runningHead?: Column;
  pageNumbers: {
    /** With {page} and optionally {pages}: "Pagina {page} van {pages}". */
    format: string;
    placement: 'running-head' | 'footer';
    firstPage: boolean;
  };
}

export interface Box {
  x: number;
  y: number;
  width: number;
}

export interface Column extends Box {
  fields: FieldPlacement[];
}

/** The model fields a house style places (see the schema for what each means). */
export type LetterField =
  | 'sender.organisation'
  | 'sender.units'
  | 'sender.visitingAddress'
  | 'sender.postalAddress'
  | 'sender.website'
  | 'letterhead.fields'
  | 'metadata.date'
  | 'metadata.reference'
  | 'metadata.subject';

export const LETTER_FIELDS: readonly LetterField[] = [
  'sender.organisation',
  'sender.units',
  'sender.visitingAddress',
  'sender.postalAddress',
  'sender.website',
  'letterhead.fields',
  'metadata.date',
  'metadata.reference',
  'metadata.subject',
];

export interface FieldPlacement {
  field: LetterField;
  label?: string;
  /** Label above the value (default) or before it on the same line. */
  labelPlacement?: 'above' | 'inline';
  bold?: boolean;
  /** Space above the field, mm. */
  spaceBefore?: number;
}
