/**
 * The structure kamerbrief's PDFs use, shared by the PDF exporter and importer: custom
 * structure types (mapped to standard ones in the RoleMap, as PDF/UA allows) that say what
 * a part of the letter is, and where the data the page does not print is kept.
 */
import type { Letter, List } from '../../model/types';
import type { LetterField } from '../../templates/types';

/** Custom structure type -> the standard type a reader (and a screen reader) sees. */
export const CUSTOM_ROLES = {
  Briefhoofd: 'Sect',
  Organisatie: 'P',
  Eenheid: 'P',
  Bezoekadres: 'P',
  Postadres: 'P',
  Website: 'P',
  Kenmerk: 'P',
  Datum: 'P',
  Referentie: 'P',
  Betreft: 'P',
  Retouradres: 'P',
  Geadresseerde: 'P',
  Brieftekst: 'Sect',
  Ondertekening: 'Sect',
  Ondertekenaar: 'Div',
  Functie: 'P',
  Naam: 'P',
  VragenEnAntwoorden: 'Sect',
  Onderdeel: 'Sect',
  Vraag: 'Sect',
  Antwoord: 'Sect',
  Voetnoten: 'Sect',
  Em: 'Span',
  Strong: 'Span',
  Sup: 'Span',
  Sub: 'Span',
  LinkZonderDoel: 'Span',
} as const;

export type CustomRole = keyof typeof CUSTOM_ROLES;

/** The structure type of each letterhead field's lines. */
export const FIELD_ROLES: Record<LetterField, CustomRole> = {
  'sender.organisation': 'Organisatie',
  'sender.units': 'Eenheid',
  'sender.visitingAddress': 'Bezoekadres',
  'sender.postalAddress': 'Postadres',
  'sender.website': 'Website',
  'letterhead.fields': 'Kenmerk',
  'metadata.date': 'Datum',
  'metadata.reference': 'Referentie',
  'metadata.subject': 'Betreft',
};

/** PDF's standard list attribute ListNumbering for each list style. */
export const LIST_NUMBERING: Record<List['style'], string> = {
  bullet: 'Disc',
  decimal: 'Decimal',
  'lower-alpha': 'LowerAlpha',
  'upper-alpha': 'UpperAlpha',
  'lower-roman': 'LowerRoman',
  'upper-roman': 'UpperRoman',
};

/** /T of a list item whose label the letter does not print (the PDF shows a derived one). */
export const DERIVED_LABEL_TITLE = 'afgeleid label';

/** Key in the document information dictionary holding PdfLetterData as JSON. */
export const PDF_DATA_KEY = 'KamerbriefData';

/** The letter's data that no page shows. */
export interface PdfLetterData {
  schemaVersion: Letter['schemaVersion'];
  kind: Letter['kind'];
  chamber?: Letter['chamber'];
  inquiry?: Letter['inquiry'];
  publication?: Letter['publication'];
}
