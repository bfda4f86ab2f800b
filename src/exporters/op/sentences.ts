/**
 * The head of an Aanhangsel publication in OP XML, both ways: the `kamervraagkop` lines and
 * the two `kamervraagomschrijving` sentences ("Vragen van de leden … (ingezonden …)." and
 * "Antwoord van Minister … (ontvangen …).") with their marked-up parts (`naam`,
 * `kamervraagonderwerp`, `organisatie`, `datum`).
 *
 * The exporter renders a sentence from the model and the importer parses it back, with the
 * same grammar in this one module. A sentence is handled as a list of segments (plain text
 * and marked parts), so that rendering and parsing can be checked against each other
 * without writing XML: where parsing the rendered sentence does not give back what the model
 * holds, the exporter knows that the sentence cannot carry it (see `headingCarrier`).
 */
import { isDeepStrictEqual } from 'node:util';
import { compact } from '../../model/compact';
import { formatDutchDate, parseDutchDate } from '../../model/dates';
import { normalizeSpace } from '../../model/text';
import type { Asker, Inquiry, Letter, Signatory } from '../../model/types';
import { parseAskers } from '../../importers/recognise/metadata';
import { ministryByName } from '../../vocab/ministries';

/** One piece of a marked-up sentence. */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'naam'; given?: string; family: string }
  | { kind: 'kamervraagonderwerp'; text: string }
  | { kind: 'organisatie'; text: string; abbreviation?: string }
  | { kind: 'datum'; iso: string; text: string };

/** What the head of a publication says about the letter. */
export interface Heading {
  kind: Letter['kind'];
  chamber?: Letter['chamber'];
  date: string;
  title?: string;
  /** The inquiry without its reference (the kenmerk is in metadata.xml, not in a sentence). */
  inquiry?: Inquiry;
  signatories?: Signatory[];
}

/** The parts of a heading a sentence may fail to carry; the exporter writes those as data. */
export const CARRIED_AS_DATA = ['title', 'inquiry', 'signatories', 'kind'] as const;
export type HeadingCarrier = Partial<Record<(typeof CARRIED_AS_DATA)[number], unknown>>;

export const CHAMBER_NAMES: Record<NonNullable<Letter['chamber']>, { name: string; number: string }> = {
  'eerste-kamer': { name: 'Eerste Kamer der Staten-Generaal', number: '1' },
  'tweede-kamer': { name: 'Tweede Kamer der Staten-Generaal', number: '2' },
};

export function chamberFromText(text: string): Letter['chamber'] | undefined {
  const m = /\b(eerste|tweede)\s+kamer\b/i.exec(text);
  if (m) return m[1].toLowerCase() === 'eerste' ? 'eerste-kamer' : 'tweede-kamer';
  if (text.trim() === '1') return 'eerste-kamer';
  if (text.trim() === '2') return 'tweede-kamer';
  return undefined;
}

/**
 * The parliamentary year (vergaderjaar) a date falls in: it opens on Prinsjesdag, the third
 * Tuesday of September ("2021-06-21" -> "2020-2021", "2025-09-16" -> "2025-2026").
 */
export function vergaderjaar(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const firstOfSeptember = new Date(Date.UTC(y, 8, 1)).getUTCDay();
  const thirdTuesday = 1 + ((2 - firstOfSeptember + 7) % 7) + 14;
  const opened = m > 9 || (m === 9 && d >= thirdTuesday);
  return opened ? `${y}-${y + 1}` : `${y - 1}-${y}`;
}

// ---- names ---------------------------------------------------------------------------

/** A surname particle written with a capital when no given name precedes it ("Van Weyenberg"). */
const CAPITAL_PARTICLE = /^(?:Van|De|Den|Der|Het|Ten|Ter|Te|In|Op|La|Le|Du|Da|Von|'T)$/;

/**
 * Splits a name as KOOP marks it up: a surname alone, or one that starts with a capitalised
 * particle, is all `achternaam`; otherwise the last word is the `achternaam` and what comes
 * before it (with particles and the space) the `voornaam`: "Romke de Jong" -> "Romke de " +
 * "Jong". Joining the two gives the name back unchanged.
 */
export function splitName(name: string): { given?: string; family: string } {
  const words = name.split(' ');
  if (words.length === 1 || CAPITAL_PARTICLE.test(words[0])) return { family: name };
  return { given: words.slice(0, -1).join(' ') + ' ', family: words[words.length - 1] };
}

// ---- rendering -----------------------------------------------------------------------

const text = (t: string): Segment => ({ kind: 'text', text: t });

/** "A", "A en B", "A, B en C". */
function joinDutch<T>(items: T[], each: (item: T) => Segment[]): Segment[] {
  const out: Segment[] = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(text(i === items.length - 1 ? ' en ' : ', '));
    out.push(...each(item));
  });
  return out;
}

/** A sentence for questions the model gives no title for, from the inquiry. */
function derivedQuestionsSentence(inquiry: Inquiry | undefined): string {
  const askers = inquiry?.askers ?? [];
  const named = askers.filter((a) => a.name);
  let who = '';
  if (named.length > 0) {
    const each = (a: Asker) => (a.name ?? '') + (a.faction ? ` (${a.faction})` : '');
    who = ` van ${named.length === 1 ? 'het lid' : 'de leden'} ${named.map(each).join(', ')}`;
  } else if (askers.length > 0) {
    who = ` van de ${askers.length === 1 ? 'fractie' : 'leden van de fracties'} van ${askers.map((a) => a.faction).join(', ')}`;
  }
  const to = inquiry?.addressee ? ` aan ${inquiry.addressee}` : '';
  const when = inquiry?.submitted ? ` (ingezonden ${formatDutchDate(inquiry.submitted)})` : '';
  return `Vragen${who}${to}${when}.`;
}

/**
 * The questions sentence: the title as printed, with the askers' names, the subject and the
 * date of submission marked up where the title states them.
 */
export function renderQuestionsSentence(title: string | undefined, inquiry: Inquiry | undefined): Segment[] {
  const sentence = title ?? derivedQuestionsSentence(inquiry);
  const marks: { at: number; end: number; segment: Segment }[] = [];
  let from = 0;
  for (const asker of inquiry?.askers ?? []) {
    if (!asker.name) continue;
    const at = sentence.indexOf(asker.name, from);
    if (at < 0) continue;
    marks.push({ at, end: at + asker.name.length, segment: { kind: 'naam', ...splitName(asker.name) } });
    from = at + asker.name.length;
  }
  const submitted = inquiry?.submitted ? `(ingezonden ${formatDutchDate(inquiry.submitted)})` : undefined;
  const dateAt = submitted ? sentence.lastIndexOf(submitted) : -1;
  const over = sentence.indexOf(' over ', from);
  if (over >= 0 && dateAt > over + 6) {
    const subject = sentence.slice(over + 6, dateAt).trimEnd();
    if (subject) marks.push({ at: over + 6, end: over + 6 + subject.length, segment: { kind: 'kamervraagonderwerp', text: subject } });
  }
  if (submitted && dateAt >= 0 && dateAt >= from) {
    const shown = formatDutchDate(inquiry!.submitted!);
    const at = dateAt + '(ingezonden '.length;
    marks.push({ at, end: at + shown.length, segment: { kind: 'datum', iso: inquiry!.submitted!, text: shown } });
  }
  marks.sort((a, b) => a.at - b.at);
  const out: Segment[] = [];
  let pos = 0;
  for (const mark of marks) {
    if (mark.at < pos) continue;
    if (mark.at > pos) out.push(text(sentence.slice(pos, mark.at)));
    out.push(mark.segment);
    pos = mark.end;
  }
  if (pos < sentence.length) out.push(text(sentence.slice(pos)));
  return out;
}

/** "Minister" and "Sociale Zaken en Werkgelegenheid" from "(De) Minister van Sociale Zaken en Werkgelegenheid". */
function splitRole(role: string | undefined): { title?: string; organisation?: string } {
  if (!role) return {};
  const bare = role.replace(/^de\s+/i, '');
  const m = /^(\S+) van (.+)$/.exec(bare);
  return m ? { title: m[1], organisation: m[2] } : { title: bare };
}

/** The answer sentence: "Antwoord van Minister <naam>Koolmees</naam> (<organisatie>…</organisatie>) (ontvangen <datum>…</datum>)." */
export function renderAnswerSentence(kind: Letter['kind'], signatories: Signatory[] | undefined, date: string): Segment[] {
  const out: Segment[] = [text(kind === 'postponement-notice' ? 'Mededeling van ' : 'Antwoord van ')];
  out.push(
    ...joinDutch(signatories ?? [], (s) => {
      const { title, organisation } = splitRole(s.role);
      const parts: Segment[] = [];
      if (title) parts.push(text(s.name || organisation ? `${title} ` : title));
      if (s.name) parts.push({ kind: 'naam', ...splitName(s.name) });
      if (organisation) {
        const abbreviation = ministryByName(organisation)?.abbreviation;
        parts.push(text(s.name ? ' (' : '('), { kind: 'organisatie', text: organisation, ...(abbreviation ? { abbreviation } : {}) }, text(')'));
      }
      return parts;
    }),
  );
  if (!signatories?.length) out.push(text('de regering'));
  out.push(text(' (ontvangen '), { kind: 'datum', iso: date, text: formatDutchDate(date) }, text(').'));
  return merge(out);
}

/** Joins neighbouring text segments, so that a rendered and a parsed sentence compare equal. */
function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (s.kind === 'text' && last?.kind === 'text') last.text += s.text;
    else out.push(s.kind === 'text' ? { ...s } : s);
  }
  return out;
}

// ---- parsing -------------------------------------------------------------------------

/** Longest sentence the patterns read; real ones are a few hundred characters. */
const MAX_SENTENCE = 2000;

function segmentText(s: Segment): string {
  return s.kind === 'naam' ? (s.given ?? '') + s.family : s.text;
}

function sentenceText(segments: Segment[]): string {
  return normalizeSpace(segments.map(segmentText).join(''));
}

/** Title and inquiry from the questions sentence. */
export function parseQuestionsSentence(segments: Segment[]): { title?: string; inquiry?: Inquiry } {
  const title = sentenceText(segments);
  if (!title) return {};
  const inquiry: Inquiry = {};
  const date = segments.find((s): s is Extract<Segment, { kind: 'datum' }> => s.kind === 'datum');
  // Sentences are short; a bound keeps the patterns below linear on hostile input.
  const head = title.slice(0, MAX_SENTENCE);
  const submittedText = /\(ingezonden\s+(?:op\s+)?([^)]*)\)/i.exec(head)?.[1];
  const submitted = date?.iso ?? (submittedText ? parseDutchDate(submittedText) : undefined);
  if (submitted) inquiry.submitted = submitted;
  const askers = parseAskers(head);
  if (askers) inquiry.askers = askers;
  const to = /^vragen\b.{0,300}?\baan\s+(de\s+[^()]+?)\s+(?:over\b|\(ingezonden)/i.exec(head);
  if (to) inquiry.addressee = normalizeSpace(to[1]);
  return Object.keys(inquiry).length > 0 ? { title, inquiry } : { title };
}

/** Kind, signatories and date from the answer sentence; undefined where it does not read as one. */
export function parseAnswerSentence(segments: Segment[]): { kind: Letter['kind']; signatories?: Signatory[]; date?: string } | undefined {
  // Marked parts become private-use characters, so that one linear pattern reads the sentence.
  const names: string[] = [];
  const organisations: string[] = [];
  let flat = '';
  let date: string | undefined;
  for (const s of segments) {
    if (s.kind === 'naam') flat += `\uE000${names.push(normalizeSpace(segmentText(s))) - 1}\uE001`;
    else if (s.kind === 'organisatie') flat += `\uE002${organisations.push(normalizeSpace(s.text)) - 1}\uE003`;
    else if (s.kind === 'datum') {
      date = s.iso;
      flat += s.text;
    } else flat += s.text;
  }
  flat = normalizeSpace(flat);
  if (flat.length > MAX_SENTENCE) return undefined;
  const m = /^(Antwoord|Mededeling) van (.*?) ?\((?:ontvangen|ingezonden) ([^()]*)\)\.?$/i.exec(flat);
  if (!m) return undefined;
  const kind: Letter['kind'] = m[1].toLowerCase() === 'mededeling' ? 'postponement-notice' : 'answer-letter';
  date ??= parseDutchDate(m[3]);
  const signatories: Signatory[] = [];
  if (m[2] !== 'de regering') {
    for (const part of splitOutsideMarks(m[2])) {
      const s = /^(?:([^\uE000-\uE003]+?) ?)?(?:\uE000(\d+)\uE001)? ?(?:\((?:\uE002(\d+)\uE003|([^()\uE000-\uE003]+))\))?$/.exec(part);
      if (!s) {
        signatories.push({ role: part.replace(/[\uE000-\uE003]/g, '') });
        continue;
      }
      const [, title, nameIndex, orgIndex, orgText] = s;
      const organisation = orgIndex !== undefined ? organisations[Number(orgIndex)] : orgText;
      let name = nameIndex !== undefined ? names[Number(nameIndex)] : undefined;
      let roleTitle = title;
      if (name === undefined && title && organisation) {
        // Unmarked "minister De Vries (Financiën)": the first word is the office.
        const w = /^(\S+) (.+)$/.exec(title);
        if (w) [roleTitle, name] = [w[1], w[2]];
      }
      const signatory: Signatory = {};
      const role = roleTitle && organisation ? `${roleTitle} van ${organisation}` : (roleTitle ?? (organisation ? `Minister van ${organisation}` : undefined));
      if (role) signatory.role = role;
      if (name) signatory.name = name;
      if (Object.keys(signatory).length > 0) signatories.push(signatory);
    }
  }
  return { kind, ...(signatories.length > 0 ? { signatories } : {}), ...(date ? { date } : {}) };
}

/** Splits "A, B en C" where the separators stand outside marked organisation names. */
function splitOutsideMarks(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && c === ',' && list[i + 1] === ' ') {
      parts.push(list.slice(start, i));
      start = i + 2;
    } else if (depth === 0 && list.startsWith(' en ', i)) {
      parts.push(list.slice(start, i));
      start = i + 4;
      i += 3;
    }
  }
  parts.push(list.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

// ---- what the sentences cannot carry -------------------------------------------------

/** The heading of a letter as the exporter sees it. */
export function headingOf(letter: Letter): Heading {
  const inquiry = letter.inquiry ? withoutReference(letter.inquiry) : undefined;
  return compact({
    kind: letter.kind,
    chamber: letter.chamber,
    date: letter.metadata.date,
    title: letter.questionsAndAnswers?.title,
    inquiry,
    signatories: letter.signatories,
  });
}

function withoutReference(inquiry: Inquiry): Inquiry | undefined {
  const { reference: _reference, ...rest } = inquiry;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/**
 * The parts of the heading that the rendered sentences do not give back when parsed, as
 * data (`null` for a part the model leaves out but the sentence would suggest). Empty when
 * the sentences say it all, as they do for a letter whose title states its inquiry.
 * Without an answer sentence (the Kamerstuk form, where `ondertekening` holds the
 * signatories as they are) the signatories and the kind are not asked of it.
 */
export function headingCarrier(heading: Heading, questions: Segment[] | undefined, answer: Segment[] | undefined): HeadingCarrier {
  const parsedQuestions = questions ? parseQuestionsSentence(questions) : {};
  const parsedAnswer = answer ? parseAnswerSentence(answer) : { kind: 'answer-letter' as const, signatories: heading.signatories };
  const parsed: Record<string, unknown> = {
    title: parsedQuestions.title,
    inquiry: parsedQuestions.inquiry,
    signatories: parsedAnswer?.signatories,
    kind: parsedAnswer?.kind,
  };
  const carrier: HeadingCarrier = {};
  for (const key of CARRIED_AS_DATA) {
    if (!isDeepStrictEqual(parsed[key], heading[key])) carrier[key] = heading[key] ?? null;
  }
  return carrier;
}

export { compact };
