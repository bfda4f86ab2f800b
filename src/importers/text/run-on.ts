/**
 * Text without its line structure: a whole letter on one line, as scrapers keep it, or a page
 * per line. In: the source's lines. Out (splitRunOn): one line's text cut into the lines the
 * later stages read: labels ("Vraag 3, 4 en 5", "Antwoord 1") and the headers of questions
 * and answers ("Vragen van …", "Antwoord van …") on lines of their own, numbered paragraphs
 * ("1. Is het …", "2 en 3. …") at a line start, a note's number before the footers or address
 * under it, and a line break after each sentence end.
 * Footers glued into the text are cut out afterwards by the lines stage, as for any line.
 */

/** Lines this long, on the median, are no lines of a page: the text lost its line breaks. */
const RUN_ON_LINE = 400;

/** True when the text's lines are pages or the whole letter rather than lines. */
export function isRunOn(rawLines: string[]): boolean {
  // The median is that long when at least half the lines with text are (no sort needed).
  let text = 0;
  let long = 0;
  for (const l of rawLines) {
    if (l.length >= RUN_ON_LINE && l.trim().length >= RUN_ON_LINE) long++;
    if (l.trim() !== '') text++;
  }
  return text > 0 && long >= Math.ceil(text / 2);
}

/** Where a label starts: after a sentence end, a bracket, a quote or a number (a note mark, a publication number). */
const AFTER = String.raw`(?<=^|[.?!:;)»”"'’\d]\s)`;
/** "Vraag 1", "Vragen 3, 4 en 5", "Antwoord op vraag 2", "Antwoord 7, 8 t/m 11"; then the text, in capitals. */
const LABEL = new RegExp(
  `${AFTER}((?:Vraag|Vragen|Antwoord(?:en)?(?: op vra(?:ag|gen))?)(?:\\s+\\d{1,3}(?:(?:\\s*,\\s*|\\s+en\\s+|\\s+t\\/m\\s+|\\s+)\\d{1,3})*)?)\\s+(?=\\p{Lu})`,
  'gu',
);
/** "Vragen van het lid …", "ANTWOORD van de heer …", "Mededeling van …". */
const HEADER = new RegExp(`${AFTER}(?=(?:Vragen|VRAGEN|Antwoord|ANTWOORD|Mededeling|MEDEDELING) van\\s)`, 'gu');
/** Letterhead fields with their value: "Datum 7 november 2023", "Ons kenmerk 4975504", "Onderwerp …" (to the next cut). */
const FIELD = new RegExp(`\\s(?=(?:Datum\\s+\\d{1,2}\\s+\\p{Ll}+\\s+\\d{4}|Ons kenmerk\\s|Onze referentie\\s|Onderwerp\\s|Betreft\\s))`, 'gu');
const DATED = /(Datum\s+\d{1,2}\s+\p{Ll}+\s+\d{4})\s+/gu;

/** "1. Is het …", "2 en 3. Het …": a numbered paragraph of an old Handelingen item. */
const NUMBERED = /(?<=[.?!:;)]\s)(?=\d{1,2}(?: en \d{1,2})?\.\s+\p{Lu})/gu;
/**
 * A note's number at a page foot, before the footers or an address that follow it ("…
 * medewerkers? 1 ah-tk-20232024-2367 ISSN …", "… DNB 2 https://…"): a line of its own.
 */
const NOTE_NUMBER = /\s(\d{1,3})\s+(?=https?:\/\/|www\.|ah-[te]k-\d|ISSN\b|(?:Tweede|Eerste) Kamer, vergaderjaar)/gu;

/** A sentence end and the next sentence, in capitals or opening with a quote. */
const SENTENCE = /(\S+?[.?!]["'”’»)]*)\s+(?=[\p{Lu}"'“‘«])/gu;

/** The text of one run-on line as lines. */
export function splitRunOn(text: string): string[] {
  const cut = text
    .replace(LABEL, '\n$1\n')
    .replace(HEADER, '\n')
    .replace(FIELD, '\n')
    .replace(DATED, '$1\n')
    .replace(NUMBERED, '\n')
    .replace(NOTE_NUMBER, '\n$1\n')
    // An initial ("D. Yeşilgöz"), a short abbreviation ("N.V.") or a paragraph's number ("1.") ends no sentence.
    .replace(SENTENCE, (m: string, end: string) => (/^\(?(?:[\p{L}\d]{1,2}\.)+$/u.test(end) ? m : `${end}\n`));
  return cut
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
