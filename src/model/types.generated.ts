/* eslint-disable */
/**
 * GENERATED from schemas/answer-letter.schema.json by json-schema-to-typescript.
 * Do not edit: change the schema, then run `npm run gen:types`.
 * test/model/types-drift.test.ts fails when this file and the schema disagree.
 */

/**
 * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Text".
 */
export type Text = string;
/**
 * The recipient block, line by line ("Aan de Voorzitter van de Eerste Kamer", "der Staten-Generaal", "Postbus 20017", …).
 *
 * @minItems 1
 */
export type Lines = Text[];
/**
 * Units under the organisation, top down ("Directoraat-Generaal Migratie", "Bureau Internationale Migratie").
 *
 * @minItems 1
 */
export type Lines1 = Text[];
/**
 * Street address, line by line.
 *
 * @minItems 1
 */
export type Lines2 = Text[];
/**
 * Postal address (Postbus), line by line.
 *
 * @minItems 1
 */
export type Lines3 = Text[];
/**
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Block".
 */
export type Block = Paragraph | List | BlockQuote | Table;
/**
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Inline".
 */
export type Inline = TextRun | Emphasis | Strong | Superscript | Subscript | Link | FootnoteRef;
/**
 * @minItems 1
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Inlines".
 */
export type Inlines = Inline[];
/**
 * @minItems 1
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Blocks".
 */
export type Blocks = Block[];
/**
 * A question or an answer.
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "SectionItem".
 */
export type SectionItem = Question | Answer;
/**
 * A question number as printed: digits, optionally followed by one lower-case letter ("3a").
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "QuestionNumber".
 */
export type QuestionNumber = string;
/**
 * Identifier of a footnote, unique in the letter.
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "FootnoteId".
 */
export type FootnoteId = string;
/**
 * Lines as printed, top to bottom.
 *
 * @minItems 1
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Lines".
 */
export type Lines4 = Text[];
/**
 * A calendar date, ISO 8601 (YYYY-MM-DD). The printed Dutch form ("18 juni 2026") is derived from it.
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "IsoDate".
 */
export type IsoDate = string;

/**
 * A Dutch government answer letter (antwoordbrief): a minister's letter to the Eerste or Tweede Kamer answering written parliamentary questions (schriftelijke vragen). Only what a reader sees as content is here; page furniture (running heads, page numbers) is not. A field the source does not state is absent, never guessed. Optional arrays are absent rather than empty, so every letter has exactly one canonical form.
 */
export interface AnswerLetter {
  /**
   * Version of this schema the document follows.
   */
  schemaVersion: '1.0';
  /**
   * Language of the letter (ISO 639-1).
   */
  language: 'nl';
  /**
   * What the document is: an answer letter (antwoordbrief, also the Aanhangsel publication of answers), or a postponement notice (uitstelbericht, "Mededeling") saying that the answers will come later.
   */
  kind: 'answer-letter' | 'postponement-notice';
  /**
   * The chamber the letter is addressed to: Eerste Kamer or Tweede Kamer der Staten-Generaal.
   */
  chamber?: 'eerste-kamer' | 'tweede-kamer';
  letterhead?: Letterhead;
  metadata: Metadata;
  inquiry?: Inquiry;
  /**
   * Who signed the letter, in printed order.
   *
   * @minItems 1
   */
  signatories?: Signatory[];
  /**
   * The body of the letter between "Betreft" and the signature (for a postponement notice: the notice itself). Absent in an Aanhangsel publication.
   *
   * @minItems 1
   */
  coverLetter?: Block[];
  questionsAndAnswers?: QuestionsAndAnswers;
  /**
   * All footnotes of the letter, in order of their labels. Each is referenced from the text by a footnoteRef inline.
   *
   * @minItems 1
   */
  footnotes?: Footnote[];
  publication?: Publication;
}
/**
 * The printed letterhead of page 1: return address, recipient block and the side column (afzendergegevens).
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Letterhead".
 */
export interface Letterhead {
  /**
   * The return-address line above the recipient, without the word "Retouradres".
   */
  returnAddress?: string;
  recipient?: Lines;
  sender?: Sender;
  /**
   * Other labelled fields of the side column, in printed order (Contactpersoon, Uw referentie, Bijlage(n), …). Datum, Onze referentie and Betreft are in metadata, not here.
   *
   * @minItems 1
   */
  fields?: LabelledField[];
}
/**
 * The sending organisation as the side column prints it.
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Sender".
 */
export interface Sender {
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  organisation?: string;
  units?: Lines1;
  visitingAddress?: Lines2;
  postalAddress?: Lines3;
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  website?: string;
}
/**
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "LabelledField".
 */
export interface LabelledField {
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  label: string;
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  value: string;
}
/**
 * The letter's own identification.
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Metadata".
 */
export interface Metadata {
  /**
   * "Datum": the date of the letter.
   */
  date: string;
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  reference?: string;
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  subject?: string;
}
/**
 * The written questions this letter answers.
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Inquiry".
 */
export interface Inquiry {
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  reference?: string;
  /**
   * Date the questions were submitted (ingezonden).
   */
  submitted?: string;
  /**
   * Who asked: members (Kamerleden) by name, and/or parties (fracties).
   *
   * @minItems 1
   */
  askers?: Asker[];
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  addressee?: string;
}
/**
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Asker".
 */
export interface Asker {
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  name?: string;
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  faction?: string;
}
/**
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Signatory".
 */
export interface Signatory {
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  role?: string;
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  name?: string;
}
/**
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Paragraph".
 */
export interface Paragraph {
  type: 'paragraph';
  content: Inlines;
}
/**
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "TextRun".
 */
export interface TextRun {
  type: 'text';
  /**
   * Text with single ordinary spaces; it may begin or end with a space where it meets another inline.
   */
  text: string;
}
/**
 * Emphasised (italic) text.
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Emphasis".
 */
export interface Emphasis {
  type: 'emphasis';
  content: Inlines;
}
/**
 * Strong (bold) text.
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Strong".
 */
export interface Strong {
  type: 'strong';
  content: Inlines;
}
/**
 * Superscript where it carries meaning ("m²"); footnote marks are footnoteRef, not superscript.
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Superscript".
 */
export interface Superscript {
  type: 'superscript';
  content: Inlines;
}
/**
 * Subscript where it carries meaning ("CO₂" written with a subscript).
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Subscript".
 */
export interface Subscript {
  type: 'subscript';
  content: Inlines;
}
/**
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Link".
 */
export interface Link {
  type: 'link';
  /**
   * Where the link points; absent where the source lost it (PDF extractions often print "#").
   */
  target?: string;
  content: Inlines;
}
/**
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "FootnoteRef".
 */
export interface FootnoteRef {
  type: 'footnoteRef';
  /**
   * The id of the footnote referred to.
   */
  footnote: string;
}
/**
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "List".
 */
export interface List {
  type: 'list';
  /**
   * How the items are numbered.
   */
  style: 'bullet' | 'decimal' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman';
  /**
   * @minItems 1
   */
  items: ListItem[];
}
/**
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "ListItem".
 */
export interface ListItem {
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  label?: string;
  content: Blocks;
}
/**
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "BlockQuote".
 */
export interface BlockQuote {
  type: 'blockquote';
  content: Blocks;
}
/**
 * A simple table: rows of cells, no merged cells.
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Table".
 */
export interface Table {
  type: 'table';
  /**
   * @minItems 1
   */
  rows: TableRow[];
}
/**
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "TableRow".
 */
export interface TableRow {
  /**
   * Present (true) on a header row.
   */
  header?: true;
  /**
   * @minItems 1
   */
  cells: TableCell[];
}
/**
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "TableCell".
 */
export interface TableCell {
  /**
   * The cell's text; empty for an empty cell.
   */
  content: Inline[];
}
/**
 * The questions and answers, in sections.
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "QuestionsAndAnswers".
 */
export interface QuestionsAndAnswers {
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  title?: string;
  /**
   * @minItems 1
   */
  sections: Section[];
}
/**
 * A run of questions and answers, with an optional theme heading.
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Section".
 */
export interface Section {
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  heading?: string;
  /**
   * Questions and answers in document order.
   *
   * @minItems 1
   */
  items: SectionItem[];
}
/**
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Question".
 */
export interface Question {
  type: 'question';
  /**
   * The number of the question; more than one where the letter states questions together ("Vraag 5 en 6").
   *
   * @minItems 1
   */
  numbers: QuestionNumber[];
  body: Blocks;
}
/**
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Answer".
 */
export interface Answer {
  type: 'answer';
  /**
   * The question numbers this answer covers: one, or several ("Antwoord op vragen 5 en 6").
   *
   * @minItems 1
   */
  questions: QuestionNumber[];
  body: Blocks;
}
/**
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Footnote".
 */
export interface Footnote {
  id: FootnoteId;
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  label: string;
  content: Blocks;
}
/**
 * The official publication the letter was read from or is published as (officielebekendmakingen.nl): present only where a source states it.
 *
 * This interface was referenced by `AnswerLetter`'s JSON-Schema
 * via the `definition` "Publication".
 */
export interface Publication {
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  identifier?: string;
  /**
   * Whitespace-normalised text: no leading or trailing space, words separated by single ordinary spaces, no tabs, line breaks or non-breaking spaces.
   */
  number?: string;
  /**
   * The parliamentary year ("2020-2021"), where it is not the one the letter's date falls in.
   */
  vergaderjaar?: string;
}
