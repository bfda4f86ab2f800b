/**
 * OP XML exporter: a letter as officielebekendmakingen.nl publishes answers to written
 * questions, an Aanhangsel van de Handelingen (`<officiele-publicatie><kamervragen>`), with
 * its `metadata.xml` beside it. The element-by-element mapping and the choices made where
 * the model and the format differ are in docs/op-xml.md; in short:
 *
 * - `kamervraagkop` lines are derived: the vergaderjaar from the date, the chamber's name
 *   and number from `chamber`;
 * - the two `kamervraagomschrijving` sentences print the title (with the askers' names, the
 *   subject and the date marked up) and the answering minister(s) with the date received;
 *   what they cannot carry goes into a `meta` of the content's `metadata` as JSON;
 * - `vraag` / `antwoord` with `nr status="officieel"` ("Vraag 5 en 6", "Antwoord 5 en 6": a
 *   combined answer is one `antwoord` naming every question it covers);
 * - a theme heading is a `tussenkop`; a section without one after the first is an empty one;
 * - the cover letter is not part of an Aanhangsel and is not written (the letter form,
 *   `form: 'kamerstuk'`, writes it); a postponement notice's text is, as `kamervraagopmerking`.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { ExportFiles, ExportOptions } from '../../formats';
import type { Letter, Section, Signatory } from '../../model/types';
import type { Diagnostic } from '../../model/diagnostics';
import { joinNumbers } from '../../model/labels';
import { formatDutchDate } from '../../model/dates';
import { BlockWriter, newline, serialize } from './blocks';
import {
  CHAMBER_NAMES,
  headingCarrier,
  headingOf,
  renderAnswerSentence,
  renderQuestionsSentence,
  splitName,
  vergaderjaar,
  type Segment,
} from './sentences';
import {
  AANHANGSEL_DOCUMENTTYPE,
  AANHANGSEL_OVERIG,
  HEADING_DATA_META,
  LIST_STYLES_META,
  KAMERSTUK_DOCUMENTTYPE,
  METADATA_NAMES,
  METADATA_RECORD_URL,
  OP_SCHEMA_LOCATION,
  XSI_NS,
} from './vocabulary';

/**
 * The identity of a publication, which the model does not hold (docs/op-xml.md proposes a
 * place for it): the importer returns it beside the letter, and the exporter writes it back.
 */
export interface OpPublication {
  /** The Aanhangsel number ("3235"): `kamervraagnummer`, OVERHEIDop.aanhangselNummer. */
  number?: string;
  /** "2020-2021"; derived from the date when absent. */
  vergaderjaar?: string;
  /** "ah-tk-20202021-3235"; derived from chamber, vergaderjaar and number when absent. */
  identifier?: string;
}

/** `aanhangsel`: questions and answers as published in the Handelingen; `kamerstuk`: the letter itself. */
export type OpForm = 'aanhangsel' | 'kamerstuk';

export interface OpExportOptions extends ExportOptions {
  publication?: OpPublication;
  form?: OpForm;
}

export function exportOpFiles(letter: Letter, options: OpExportOptions = {}): ExportFiles {
  return {
    data: exportOp(letter, options),
    companions: [{ extension: '.metadata.xml', data: exportOpMetadata(letter, options) }],
    diagnostics: leftOutOfAanhangsel(letter, options),
  };
}

/**
 * An Aanhangsel publication prints the questions and answers, not the minister's letter
 * around them (docs/op-xml.md): a cover letter, the letterhead and "Onze referentie" are
 * not in it. The user is told, with the form that keeps them.
 */
function leftOutOfAanhangsel(letter: Letter, options: OpExportOptions): Diagnostic[] {
  if (isKamerstuk(options)) return [];
  const out: Diagnostic[] = [];
  const hint = 'use --op-form kamerstuk to publish the letter form, which keeps it';
  const paragraphs = letter.kind === 'postponement-notice' ? 0 : (letter.coverLetter ?? []).length;
  if (paragraphs > 0) {
    out.push({ severity: 'warning', pointer: '/coverLetter', message: `OP XML (Aanhangsel): the cover letter (${paragraphs} block${paragraphs === 1 ? '' : 's'}) is not written; an Aanhangsel carries none (${hint})` });
  }
  const left = [letter.letterhead ? 'the letterhead' : undefined, letter.metadata.reference ? '"Onze referentie"' : undefined].filter((x): x is string => x !== undefined);
  if (left.length > 0) out.push({ severity: 'info', message: `OP XML (Aanhangsel): ${left.join(' and ')} not written; an Aanhangsel carries neither` });
  return out;
}

export function exportOp(letter: Letter, options: OpExportOptions = {}): string {
  const first = buildOp(letter, options, []);
  // The styles of lists their labels do not tell are known once the body is written; they
  // go in the metadata before it, so such a letter is written twice.
  return first.untoldListStyles.length === 0 ? first.xml : buildOp(letter, options, first.untoldListStyles).xml;
}

function buildOp(letter: Letter, options: OpExportOptions, listStyles: [number, string][]): { xml: string; untoldListStyles: [number, string][] } {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele('officiele-publicatie');
  root.att(XSI_NS, 'xsi:noNamespaceSchemaLocation', OP_SCHEMA_LOCATION);
  const publication = publicationOf(letter, options);
  const heading = headingOf(letter);
  // A kenmerk alone is no reason for a sentence: it is in metadata.xml.
  const questions = heading.title !== undefined || heading.inquiry !== undefined ? renderQuestionsSentence(heading.title, heading.inquiry) : undefined;
  // A Kamerstuk is dated and signed in its own elements; an Aanhangsel says both in a sentence.
  const answer = isKamerstuk(options) ? undefined : renderAnswerSentence(letter.kind, letter.signatories, letter.metadata.date);
  const carrier = headingCarrier(heading, questions, answer);

  const metas: Record<string, string>[] = [];
  if (publication.identifier) metas.push({ name: 'OVERHEIDop.externMetadataRecord', scheme: '', content: METADATA_RECORD_URL(publication.identifier) });
  if (Object.keys(carrier).length > 0) metas.push({ name: HEADING_DATA_META, scheme: 'application/json', content: JSON.stringify(carrier) });
  if (listStyles.length > 0) metas.push({ name: LIST_STYLES_META, scheme: 'application/json', content: JSON.stringify(listStyles) });
  newline(root);
  if (metas.length > 0) {
    const metadata = root.ele('metadata');
    for (const meta of metas) {
      newline(metadata);
      metadata.ele('meta', meta);
    }
    newline(metadata);
    newline(root);
  }
  const writer = new BlockWriter(letter.footnotes);
  if (answer) writeKamervragen(root, letter, publication, questions, answer, writer);
  else writeKamerstuk(root, letter, publication, questions, writer);
  newline(root);
  return { xml: serialize(doc), untoldListStyles: writer.untoldListStyles };
}

function writeKamervragen(root: XMLBuilder, letter: Letter, publication: OpPublication, questions: Segment[] | undefined, answer: Segment[], writer: BlockWriter): void {
  const kv = root.ele('kamervragen');
  newline(kv);
  writeKop(kv.ele('kamervraagkop'), letter, publication, AANHANGSEL_DOCUMENTTYPE, AANHANGSEL_OVERIG);
  if (publication.number) {
    newline(kv);
    kv.ele('kamervraagnummer').txt(publication.number);
  }
  writeQuestionsAndAnswers(kv, letter, questions, answer, writer);
}

/** The two heading sentences, then the questions and answers by section. */
function writeQuestionsAndAnswers(kv: XMLBuilder, letter: Letter, questions: Segment[] | undefined, answer: Segment[] | undefined, writer: BlockWriter): void {
  if (questions) {
    newline(kv);
    writeSegments(kv.ele('kamervraagomschrijving', { type: 'vraag' }), questions);
  }
  if (answer) {
    newline(kv);
    writeSegments(kv.ele('kamervraagomschrijving', { type: letter.kind === 'postponement-notice' ? 'mededeling' : 'antwoord' }), answer);
    // A postponement notice is published with its text (KOOP's HTML: div.kamervraagopmerking).
    if (letter.kind === 'postponement-notice' && letter.coverLetter) {
      newline(kv);
      writer.blocks(kv.ele('kamervraagopmerking'), letter.coverLetter);
    }
  }
  writeSections(kv, letter.questionsAndAnswers?.sections ?? [], writer);
  newline(kv);
}

/**
 * The letter form, a Kamerstuk. No real content XML of a letter is at hand, so the element
 * set follows the motie in the reference files (`kamerstukkop`, `stuk`, `titel`,
 * `datumtekst`, `algemeen/vrije-tekst/tekst`) and, for what a motie lacks, the shape KOOP
 * gives other Kamerstukken: `tekst-sluiting/ondertekening` (`functie`, `naam`) for the
 * signature, and the questions and answers as a `bijlage`. See docs/op-xml.md.
 */
function writeKamerstuk(root: XMLBuilder, letter: Letter, publication: OpPublication, questions: Segment[] | undefined, writer: BlockWriter): void {
  const ks = root.ele('kamerstuk');
  newline(ks);
  writeKop(ks.ele('kamerstukkop'), letter, publication, KAMERSTUK_DOCUMENTTYPE);
  newline(ks);
  const stuk = ks.ele('stuk');
  newline(stuk);
  if (letter.metadata.subject) {
    stuk.ele('titel').txt(letter.metadata.subject);
    newline(stuk);
  }
  stuk.ele('datumtekst').txt('Den Haag, ').ele('datum', { isodatum: letter.metadata.date }).txt(formatDutchDate(letter.metadata.date));
  if (letter.coverLetter) {
    newline(stuk);
    writer.blocks(stuk.ele('algemeen').ele('vrije-tekst').ele('tekst', { status: 'goed' }), letter.coverLetter);
  }
  if (letter.signatories) {
    newline(stuk);
    const closing = stuk.ele('tekst-sluiting');
    for (const s of letter.signatories) writeSignature(closing, s);
    newline(closing);
  }
  if (questions || letter.questionsAndAnswers) {
    newline(stuk);
    writeQuestionsAndAnswers(stuk.ele('bijlage', { status: 'goed' }), letter, questions, undefined, writer);
  }
  newline(stuk);
  newline(ks);
}

function writeSignature(parent: XMLBuilder, signatory: Signatory): void {
  newline(parent);
  const el = parent.ele('ondertekening');
  if (signatory.role) el.ele('functie').txt(signatory.role);
  if (signatory.name) writeSegments(el, [{ kind: 'naam', ...splitName(signatory.name) }]);
}

function writeKop(kop: XMLBuilder, letter: Letter, publication: OpPublication, documenttype: string, overig?: string): void {
  const line = (inhoud: string, value: string) => {
    newline(kop);
    kop.ele('tekstregel', { inhoud }).txt(value);
  };
  line('vergaderjaar', `Vergaderjaar ${publication.vergaderjaar}`);
  if (letter.chamber) {
    line('kameraanduiding', CHAMBER_NAMES[letter.chamber].name);
    line('kamernummer', CHAMBER_NAMES[letter.chamber].number);
  }
  line('documenttype', documenttype);
  if (overig) line('overig', overig);
  newline(kop);
}

function writeSegments(parent: XMLBuilder, segments: Segment[]): void {
  for (const s of segments) {
    switch (s.kind) {
      case 'text':
        parent.txt(s.text);
        break;
      case 'naam': {
        const naam = parent.ele('naam');
        if (s.given) naam.ele('voornaam').txt(s.given);
        naam.ele('achternaam').txt(s.family);
        break;
      }
      case 'kamervraagonderwerp':
        parent.ele('kamervraagonderwerp').txt(s.text);
        break;
      case 'organisatie':
        parent.ele('organisatie', s.abbreviation ? { afkorting: s.abbreviation } : {}).txt(s.text);
        break;
      case 'datum':
        parent.ele('datum', { isodatum: s.iso }).txt(s.text);
        break;
    }
  }
}

function writeSections(parent: XMLBuilder, sections: Section[], writer: BlockWriter): void {
  sections.forEach((section, i) => {
    if (section.heading !== undefined || i > 0) {
      newline(parent);
      const kop = parent.ele('tussenkop');
      if (section.heading !== undefined) kop.txt(section.heading);
    }
    for (const item of section.items) {
      newline(parent);
      const isQuestion = item.type === 'question';
      const el = parent.ele(isQuestion ? 'vraag' : 'antwoord');
      newline(el);
      const numbers = isQuestion ? item.numbers : item.questions;
      el.ele('nr', { status: 'officieel' }).txt(`${isQuestion ? 'Vraag' : 'Antwoord'} ${joinNumbers(numbers)}`);
      writer.blocks(el, item.body);
    }
  });
}

const isKamerstuk = (options: OpExportOptions) => (options.form ?? options.opForm) === 'kamerstuk';

/** The publication's identity: as given, else derived where the model allows. */
function publicationOf(letter: Letter, options: OpExportOptions): Required<Pick<OpPublication, 'vergaderjaar'>> & OpPublication {
  const given = options.publication ?? letter.publication ?? {};
  const year = given.vergaderjaar ?? vergaderjaar(letter.metadata.date);
  const prefix = isKamerstuk(options) ? undefined : 'ah';
  const chamber = letter.chamber === 'eerste-kamer' ? 'ek' : letter.chamber === 'tweede-kamer' ? 'tk' : undefined;
  const identifier = given.identifier ?? (prefix && chamber && given.number ? `${prefix}-${chamber}-${year.replace('-', '')}-${given.number}` : undefined);
  return { ...given, vergaderjaar: year, ...(identifier ? { identifier } : {}) };
}

/**
 * What of a publication's identity a letter keeps: what the exporter would not derive by
 * itself (the vergaderjaar of the letter's date, the identifier from chamber, year and
 * number), so that the model has one form whatever the publication printed.
 */
export function storedPublication(letter: Letter, found: OpPublication, form: OpForm): Letter['publication'] {
  const derived = publicationOf({ ...letter, publication: undefined }, { form, publication: { number: found.number, vergaderjaar: found.vergaderjaar } });
  const stored: OpPublication = {};
  if (found.identifier !== undefined && found.identifier !== derived.identifier) stored.identifier = found.identifier;
  if (found.number !== undefined) stored.number = found.number;
  if (found.vergaderjaar !== undefined && found.vergaderjaar !== vergaderjaar(letter.metadata.date)) stored.vergaderjaar = found.vergaderjaar;
  return Object.keys(stored).length > 0 ? stored : undefined;
}

// ---- metadata.xml -------------------------------------------------------------------

/**
 * `metadata_gegevens` name/content pairs from the model, as beside every publication on
 * officielebekendmakingen.nl. DC.title is the subject ("Betreft"); where the letter has none,
 * a title is derived (`derivedPublicationTitle`) and the importer recognises it as derived.
 */
export function exportOpMetadata(letter: Letter, options: OpExportOptions = {}): string {
  const publication = publicationOf(letter, options);
  const kamerstuk = isKamerstuk(options);
  const records: [name: string, scheme: string, content: string][] = [];
  const add = (name: string, content: string | undefined, scheme = '') => {
    if (content) records.push([name, scheme, content]);
  };
  add(METADATA_NAMES.title, letter.metadata.subject ?? derivedPublicationTitle(letter));
  add(METADATA_NAMES.aanhangselNummer, publication.number);
  add('OVERHEIDop.doctype', 'Officiële Publicaties, versie 1.1');
  for (const asker of letter.inquiry?.askers ?? []) add(METADATA_NAMES.indiener, asker.name);
  for (const signatory of letter.signatories ?? []) add(METADATA_NAMES.ontvanger, signatory.name);
  add('OVERHEIDop.publicationName', kamerstuk ? 'Kamerstuk' : 'Kamervragen (Aanhangsel)');
  add(METADATA_NAMES.vergaderjaar, publication.vergaderjaar);
  add(METADATA_NAMES.vraagnummer, letter.inquiry?.reference);
  add('DCTERMS.language', 'nl', 'DCTERMS.RFC4646');
  add(METADATA_NAMES.available, letter.metadata.date, 'DCTERMS.W3CDTF');
  add(METADATA_NAMES.issued, letter.metadata.date, 'DCTERMS.W3CDTF');
  add(METADATA_NAMES.datumOntvangst, letter.metadata.date, 'DCTERMS.W3CDTF');
  add(METADATA_NAMES.type, 'officiële publicatie', 'OVERHEID.Informatietype');
  add('OVERHEID.organisationType', 'staten generaal', 'OVERHEID.Organisatietype');
  add(METADATA_NAMES.creator, letter.chamber ? CHAMBER_NAMES[letter.chamber].name : undefined, 'OVERHEID.StatenGeneraal');
  if (kamerstuk) {
    add(METADATA_NAMES.type, 'Brief', 'OVERHEIDop.KamerstukTypen');
    add(METADATA_NAMES.type, 'Kamerstuk', 'OVERHEIDop.Parlementair');
  } else {
    add(METADATA_NAMES.type, letter.kind === 'postponement-notice' ? 'Mededeling' : 'Antwoord', 'OVERHEIDop.AanhangselTypen');
    add(METADATA_NAMES.type, AANHANGSEL_DOCUMENTTYPE, 'OVERHEIDop.Parlementair');
  }
  add(METADATA_NAMES.identifier, publication.identifier, 'OVERHEIDop.ParlID');

  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele('metadata_gegevens');
  for (const [name, scheme, content] of records) {
    newline(root);
    root.ele('metadata', { name, scheme, content });
  }
  newline(root);
  return serialize(doc);
}

/** DC.title for a letter without a subject: "Antwoord op vragen" (or "Mededeling over vragen") and the title. */
export function derivedPublicationTitle(letter: Pick<Letter, 'kind' | 'questionsAndAnswers'>): string {
  const head = letter.kind === 'postponement-notice' ? 'Mededeling over' : 'Antwoord op';
  const title = letter.questionsAndAnswers?.title;
  return title ? `${head} ${title.charAt(0).toLowerCase()}${title.slice(1)}` : `${head} Kamervragen`;
}
