/**
 * The recognition rules in one place: question and answer labels, side-column labels,
 * page furniture and footnote marks. Both front ends (Markdown and plain text) use this
 * table, so a new style is one row here, not a new branch in the recogniser.
 *
 * Every regular expression here is anchored and free of nested quantifiers, so matching
 * stays linear in the length of the line.
 */

/** Question labels: "Vraag 1", "Vraag 5 en 6", "Vragen 7 t/m 9", OCR "Vraag l", "VRAAG 1". */
export const QUESTION_LABEL = /^(?:vraag|vragen)(?:\s*(?:nr\.?|nummer))?\s*([0-9lIO][0-9a-zA-Z,&/\-–. ]*)?\s*[.:]?$/i;

/**
 * Answer labels: "Antwoord op vraag 1", "Antwoord op vragen 2, 3 en 4", "Antwoord 1",
 * "Antwoord", "ANTWOORD", OCR "Antwoordop vraag 1O", "Antwoord vraag 3".
 */
export const ANSWER_LABEL =
  /^(?:antwoord|antwoorden)(?:\s*op)?(?:\s*(?:vraag|vragen))?\s*([0-9lIO][0-9a-zA-Z,&/\-–. ]*)?\s*[.:]?$/i;

/** An answer label followed by its text on the same line: "Antwoord: De regering …". */
export const ANSWER_LABEL_WITH_TEXT = /^(antwoord(?:\s*op\s*(?:vraag|vragen)\s*[0-9][0-9a-z, ]*)?)\s*[:.]\s+(\S.*)$/i;

/** Separators in a number list: "2, 3 en 4", "7 t/m 9", "7 tot en met 9", "5 & 6". */
export const RANGE_SEPARATOR = /^(?:t\/m|tm|tot en met|-|–)$/i;

/** Labels of the side column (afzendergegevens) that carry letter metadata. */
export const SIDE_COLUMN_LABELS: readonly { label: RegExp; field: 'date' | 'reference' | 'subject' | 'other' }[] = [
  { label: /^datum$/i, field: 'date' },
  { label: /^(?:onze referentie|ons kenmerk|kenmerk|referentie|ons nummer)$/i, field: 'reference' },
  { label: /^(?:betreft|onderwerp)$/i, field: 'subject' },
  {
    label:
      /^(?:uw referentie|uw kenmerk|uw brief(?: van)?|contactpersoon|bijlage\(n\)|bijlagen?|kopie aan|projectnaam|inlichtingen|doorkiesnummer|telefoon|t|f|e|e-mail|fax|behandeld door)$/i,
    field: 'other',
  },
];

/** Page furniture that is furniture wherever it stands: page numbers in their forms. */
export const PAGE_FURNITURE: readonly RegExp[] = [
  /^(?:pagina|blad|page)\s*\d+\s*(?:van|of|\/)\s*\d+$/i,
  /^[-–]\s*\d{1,3}\s*[-–]$/,
  /^\d{1,3}$/,
];

/** Superscript digits used as footnote marks ("¹²³"). */
export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A page-bottom footnote definition: "¹ Verordening (EU) 2024/1348". */
export const SUPERSCRIPT_FOOTNOTE_DEF = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/;

/** A note under the text whose mark is "1)": "1) Geen spoed wel brandweer", "1. Argos, …". */
export const PAREN_FOOTNOTE_DEF = /^(\d{1,3})[.)]\s+(\S.*)$/;

/** The line above a signature role that says for whom else it signs: "Mede namens de Minister van …,". */
export const ON_BEHALF = /^(?:mede\s+)?namens\s+(?:de|het)\s+\S.*,$/i;

/** Signature role lines: "De Minister van Asiel en Migratie,". */
export const SIGNATURE_ROLE =
  /^(?:(?:de|het)\s+)?(?:minister|staatssecretaris|minister-president|minister president|directeur|secretaris-generaal)\b[^.?!]*,?$/i;

/** The heading above the questions: "Vragen van de leden …", "Antwoorden van de minister … op Kamervragen …". */
export const QA_TITLE = /^(?:vragen|kamervragen|antwoorden|antwoord|beantwoording)\s+(?:van|op|inzake)\s/i;

/** Aanhangsel publication header lines: furniture of the publication, not of the letter. */
export const PUBLICATION_HEADER: readonly RegExp[] = [
  /^(?:tweede|eerste) kamer der staten-generaal\s*\d{0,3}$/i,
  /^(?:vergaderjaar|zitting) \d{4}(?:\s*[–-]\s*\d{4})?(?:\s+aanhangsel(?: van de handelingen)?)?$/i,
  /^aanhangsel (?:van de handelingen|tot het verslag van de handelingen der (?:eerste|tweede) kamer)$/i,
  /^vragen (?:gesteld )?door de leden der kamer\b/i,
  /^regering (?:schriftelijk )?gegeven antwoorden\.?$/i,
  /^(?:eerste|tweede) kamer$/i,
];

/** "Antwoord van minister De Vries (Financiën) (ontvangen 24 maart 2026)". */
export const AANHANGSEL_ANSWER_HEADER =
  /^(?:antwoord|mededeling)\s+van\s+(?:de\s+)?(.+?)\s*\((?:ontvangen\s*\()?(?:ontvangen|ingezonden)\s+([^)]+?)\.?\)\.?(?:\s+(\S.*))?$/i;

/**
 * Phrases that make a letter without answers a postponement notice (uitstelbericht, an
 * Aanhangsel "Mededeling"): the answers come later, or came in another letter.
 */
export const POSTPONEMENT =
  /(?:niet|nog niet)\s+binnen\s+de\s+(?:gebruikelijke\s+|gestelde\s+)?termijn|\buitstel\b|\b(?:zijn|worden|is|wordt)\s+beantwoord\s+(?:middels|bij|in|met)\s+(?:een|de)\s+(?:brief|kamerbrief)\b/i;

/** Sentence-final characters: a block ending otherwise may continue after a page break. */
export const SENTENCE_END = /[.?!:;…]["'”’)]*$/;

/**
 * Where a plain-digit note mark stands in running text. `n` is the mark's number, or a
 * capturing group for any ("(\\d{1,3})"); the text importer asks for one number, the
 * footnote pairing finds them all, from the same patterns.
 */
export const PLAIN_NOTE_MARK = {
  /** Glued to a word or closing punctuation: "gevraagd.2"; not the "2" of "paragraaf 2.2" or "3,5". */
  glued: (n: string, flags = '') => new RegExp(`(?<=[\\p{L}.,;?!»”"')])(?<!\\d[.,])${n}(?=[\\s.,;:?!»”")]|$)`, `u${flags}`),
  /** Glued to a year: "Instellingsbesluit Actal 201112" (2011, note 12); not a PO box number ("Postbus 20301"). */
  year: (n: string, flags = '') => new RegExp(`(?<!(?:postbus|antwoordnummer)\\s+)\\b(?:19|20)\\d\\d${n}(?=[\\s.,;:?!»”")]|$)`, `iu${flags}`),
  /**
   * After the full stop of a sentence that ends on a year, before the next sentence: "tot 1
   * december 2024.1 Om …" (Dutch writes decimals with a comma; "2024.1" before a capital is none).
   */
  yearStop: (n: string, flags = '') => new RegExp(`\\b(?:19|20)\\d\\d\\.${n}(?= \\p{Lu})`, `u${flags}`),
};
