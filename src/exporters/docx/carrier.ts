/**
 * How a DOCX written by kamerbrief carries the model, shared by the exporter and the
 * importer so that the two cannot drift. See docs/docx.md.
 *
 * - Paragraph styles name what a letterhead paragraph is (recipient, sender unit, date …);
 *   Word's own Title / Heading 1 / Heading 2 / Quote / ListParagraph carry the structure a
 *   reader sees.
 * - Hidden bookmarks (names starting with "_", which Word does not list) mark the extent of
 *   every container a paragraph's runs cannot show exactly: inline emphasis, strong,
 *   superscript and subscript (run formatting alone loses their nesting order and the
 *   border between two neighbours), block quotes, lists and list items, sections and
 *   signatories.
 * - Custom document properties (docProps/custom.xml) hold what a letter never prints: the
 *   schema version (its presence marks our own output), kind, chamber, the inquiry, and the
 *   ids and printed labels of the footnotes.
 */

export const STYLE = {
  returnAddress: 'KbRetouradres',
  recipient: 'KbGeadresseerde',
  organisation: 'KbAfzender',
  unit: 'KbAfzenderOnderdeel',
  visitingAddress: 'KbBezoekadres',
  postalAddress: 'KbPostadres',
  website: 'KbWebsite',
  field: 'KbVeld',
  date: 'KbDatum',
  reference: 'KbReferentie',
  subject: 'KbBetreft',
  signatory: 'KbOndertekening',
  pageNumber: 'KbPaginanummer',
  runningHead: 'KbKopregel',
  /** Character style of printed labels ("Datum", "Retouradres"): not content. */
  label: 'KbLabel',
  /** Character style of a letterhead field's own label ("Contactpersoon"): content. */
  fieldName: 'KbVeldnaam',
  /** Character style of a signatory's role line. */
  role: 'KbFunctie',
  /** Character style of a list item label printed as text (labels no Word numbering makes). */
  listLabel: 'KbLijstlabel',
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  quote: 'Quote',
  listParagraph: 'ListParagraph',
  hyperlink: 'Hyperlink',
} as const;

/**
 * The names of our own styles, as Word and LibreOffice show them (the exporter's styles();
 * test/docx/libreoffice-resave.test.ts checks that they agree). LibreOffice saves a style
 * under an id made from its name ("Ondertekening", not "KbOndertekening"), so the importer
 * knows our styles in a file saved again by their names too.
 */
export const STYLE_NAME: Readonly<Record<string, string>> = {
  [STYLE.returnAddress]: 'Retouradres',
  [STYLE.recipient]: 'Geadresseerde',
  [STYLE.organisation]: 'Afzender',
  [STYLE.unit]: 'Afzender onderdeel',
  [STYLE.visitingAddress]: 'Bezoekadres',
  [STYLE.postalAddress]: 'Postadres',
  [STYLE.website]: 'Website',
  [STYLE.field]: 'Briefveld',
  [STYLE.date]: 'Datum',
  [STYLE.reference]: 'Referentie',
  [STYLE.subject]: 'Betreft',
  [STYLE.signatory]: 'Ondertekening',
  [STYLE.pageNumber]: 'Paginanummer',
  [STYLE.runningHead]: 'Kopregel',
  [STYLE.label]: 'Label',
  [STYLE.fieldName]: 'Veldnaam',
  [STYLE.role]: 'Functie',
  [STYLE.listLabel]: 'Lijstlabel',
  [STYLE.hyperlink]: 'Hyperlink',
};

/** Bookmark name prefixes; a counter follows ("_kbEm12"). */
export const MARK = {
  emphasis: '_kbEm',
  strong: '_kbSt',
  superscript: '_kbSup',
  subscript: '_kbSub',
  quote: '_kbQ',
  list: '_kbL',
  item: '_kbI',
  section: '_kbS',
  signatory: '_kbSig',
} as const;

export type MarkKind = keyof typeof MARK;

/** A list's style, in its bookmark's name ("_kbL3_lr"): Word numbering cannot say it for labels printed as text. */
export const LIST_STYLE_CODE = { bullet: 'b', decimal: 'd', 'lower-alpha': 'la', 'upper-alpha': 'ua', 'lower-roman': 'lr', 'upper-roman': 'ur' } as const;

/** The kind of a bookmark by its name, or undefined for a bookmark that is not ours. */
export function markKind(name: string): MarkKind | undefined {
  const m = /^(_kb[A-Za-z]+)\d+(?:_[a-z]+)?$/.exec(name);
  if (!m) return undefined;
  return (Object.keys(MARK) as MarkKind[]).find((k) => MARK[k] === m[1]);
}

export const INLINE_MARKS: readonly MarkKind[] = ['emphasis', 'strong', 'superscript', 'subscript'];

export const PROPERTY = {
  schemaVersion: 'Kamerbrief schemaversie',
  kind: 'Kamerbrief soort',
  chamber: 'Kamerbrief kamer',
  inquiry: 'Kamerbrief vragen',
  footnotes: 'Kamerbrief voetnoten',
  publication: 'Kamerbrief publicatie',
} as const;
