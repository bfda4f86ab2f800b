/**
 * OP XML importer: an Aanhangsel publication (`<officiele-publicatie><kamervragen>`) or our
 * letter form (`<kamerstuk>`), with its metadata.xml when there is one, into the model. The
 * inverse of src/exporters/op; docs/op-xml.md has the mapping.
 *
 * Untrusted input is read with src/xml/read.ts only (no DTD, no entities, bounded size,
 * depth and element count); every XmlError becomes a diagnostic with line and column.
 */
import type { ImportContext } from '../../formats';
import { pointer, type Diagnostic } from '../../model/diagnostics';
import { isIsoDate } from '../../model/dates';
import { normalizeSpace } from '../../model/text';
import type { Answer, Inquiry, Letter, List, Question, QuestionsAndAnswers, Section, Signatory } from '../../model/types';
import { validateSchema } from '../../model/validate';
import { childElements, decodeXml, descendants, firstChild, parseXml, textContent, XmlError, type XmlElement } from '../../xml/read';
import { parseLabel } from '../recognise/labels';
import type { ImportResult } from '../result';
import { derivedPublicationTitle, storedPublication, type OpForm, type OpPublication } from '../../exporters/op';
import {
  CARRIED_AS_DATA,
  chamberFromText,
  compact,
  parseAnswerSentence,
  parseQuestionsSentence,
  type HeadingCarrier,
  type Segment,
} from '../../exporters/op/sentences';
import { HEADING_DATA_META, LIST_STYLES_META, METADATA_NAMES } from '../../exporters/op/vocabulary';
import { LIST_STYLES } from '../../model/types';
import { BlockReader } from './blocks';

export interface OpImportResult extends ImportResult {
  /** The publication's number, vergaderjaar and identifier, which the model has no place for. */
  publication?: OpPublication;
}

/** Largest OP XML file read, in bytes; real Aanhangsels are tens of kilobytes. */
export const MAX_OP_BYTES = 16 * 1024 * 1024;

export function importOpBytes(bytes: Uint8Array, context: ImportContext = {}): OpImportResult {
  const metadata = context.companion?.('.metadata.xml');
  for (const [what, b] of [['the file', bytes], ['its metadata.xml', metadata]] as const) {
    if (b && b.length > MAX_OP_BYTES) {
      return { diagnostics: [{ severity: 'error', message: `${what} is too large for OP XML (${b.length} bytes; at most ${MAX_OP_BYTES})` }] };
    }
  }
  let xml: string;
  let metadataXml: string | undefined;
  try {
    xml = decodeXml(bytes);
    metadataXml = metadata ? decodeXml(metadata) : undefined;
  } catch (e) {
    if (e instanceof XmlError) return { diagnostics: [xmlDiagnostic(e, 'OP XML')] };
    throw e;
  }
  return importOp(xml, metadataXml);
}

export function importOp(xml: string, metadataXml?: string): OpImportResult {
  let root: XmlElement;
  try {
    root = parseXml(xml, { maxChars: MAX_OP_BYTES });
  } catch (e) {
    if (e instanceof XmlError) return { diagnostics: [xmlDiagnostic(e, 'OP XML')] };
    throw e;
  }
  const diagnostics: Diagnostic[] = [];
  const body = bodyOf(root);
  if (!body) {
    return {
      diagnostics: [{
        severity: 'error', line: root.line, column: root.column,
        message: `expected <officiele-publicatie> holding <kamervragen> (an Aanhangsel) or <kamerstuk>; found <${root.name}>${root.local === 'officiele-publicatie' ? ' without either' : ''}`,
      }],
    };
  }
  const reader = new LetterReader(diagnostics);
  reader.readMetadata(firstChild(root, 'metadata'), root);
  if (body.local === 'kamerstuk') reader.readKamerstuk(body);
  else {
    reader.readKamervragen(body);
    diagnostics.push({ severity: 'info', line: body.line, message: 'an Aanhangsel publication carries no cover letter (nor letterhead or "Onze referentie"); the letter has none' });
  }
  if (metadataXml !== undefined) reader.readMetadataFile(metadataXml);
  else diagnostics.push({ severity: 'info', message: 'no metadata.xml beside the file: the subject (DC.title) and the kenmerk of the questions (OVERHEIDop.vraagnummer) are not known' });
  return reader.result(body.local === 'kamerstuk' ? 'kamerstuk' : 'aanhangsel');
}

function bodyOf(root: XmlElement): XmlElement | undefined {
  if (root.local === 'kamervragen' || root.local === 'kamerstuk') return root;
  if (root.local !== 'officiele-publicatie') return undefined;
  return firstChild(root, 'kamervragen') ?? firstChild(root, 'kamerstuk');
}

function xmlDiagnostic(e: XmlError, what: string): Diagnostic {
  return { severity: 'error', message: `not well-formed ${what}: ${e.message}`, ...(e.line !== undefined ? { line: e.line } : {}), ...(e.column !== undefined ? { column: e.column } : {}) };
}

/** Collects the parts of the letter while walking the document. */
class LetterReader {
  private readonly blocks: BlockReader;
  private readonly publication: OpPublication = {};
  private readonly lines: Record<string, number> = {};
  private kind: Letter['kind'] = 'answer-letter';
  private chamber?: Letter['chamber'];
  private date?: string;
  private subject?: string;
  private title?: string;
  private inquiry?: Inquiry;
  private signatories?: Signatory[];
  private coverLetter?: Letter['coverLetter'];
  private sections: Section[] = [];
  private carrier?: HeadingCarrier;
  /** Numbers of the questions read since the last answer. */
  private unanswered: string[] = [];

  constructor(private readonly diagnostics: Diagnostic[]) {
    this.blocks = new BlockReader(diagnostics);
  }

  readMetadata(metadata: XmlElement | undefined, root: XmlElement): void {
    for (const meta of metadata ? childElements(metadata, 'meta') : []) {
      const { name, content } = meta.attrs;
      if (name === LIST_STYLES_META) this.readListStyles(meta, content ?? '', root);
      if (name === 'OVERHEIDop.externMetadataRecord' && content) {
        const id = /\/([^/]+)\/metadata\.xml$/.exec(content)?.[1];
        if (id) this.publication.identifier = id;
      } else if (name === HEADING_DATA_META) {
        this.carrier = this.readCarrier(meta, content ?? '');
      }
    }
  }

  /** The styles the writer declared for lists whose labels do not tell them, by the lists' order. */
  private readListStyles(meta: XmlElement, content: string, root: XmlElement): void {
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch {
      value = undefined;
    }
    const lists = descendants(root, 'lijst');
    const valid = Array.isArray(value) && value.every((e) => Array.isArray(e) && e.length === 2 && Number.isInteger(e[0]) && e[0] >= 0 && e[0] < lists.length && (LIST_STYLES as readonly unknown[]).includes(e[1]));
    if (!valid) {
      this.error(meta, `<meta name="${LIST_STYLES_META}"> must be JSON [[n, style], …]: n a <lijst> of the document (from 0, of ${lists.length}), style one of ${LIST_STYLES.join(', ')}`);
      return;
    }
    for (const [n, style] of value as [number, List['style']][]) this.blocks.declaredListStyles.set(lists[n], style);
  }

  private readCarrier(meta: XmlElement, content: string): HeadingCarrier | undefined {
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch {
      this.error(meta, `<meta name="${HEADING_DATA_META}"> holds no valid JSON; expected an object with title, inquiry and/or signatories`);
      return undefined;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).some((k) => !(CARRIED_AS_DATA as readonly string[]).includes(k))) {
      this.error(meta, `<meta name="${HEADING_DATA_META}"> must be a JSON object with only ${CARRIED_AS_DATA.join(', ')}`);
      return undefined;
    }
    return value as HeadingCarrier;
  }

  readKamervragen(kv: XmlElement): void {
    for (const child of childElements(kv)) {
      switch (child.local) {
        case 'kamervraagkop':
          this.readKop(child);
          break;
        case 'kamervraagnummer':
          this.publication.number = normalizeSpace(textContent(child));
          break;
        case 'kamervraagomschrijving':
          this.readOmschrijving(child);
          break;
        case 'tussenkop': {
          const heading = normalizeSpace(textContent(child));
          this.sections.push(heading ? { heading, items: [] } : { items: [] });
          break;
        }
        case 'vraag':
        case 'antwoord':
          this.readItem(child);
          break;
        case 'kamervraagopmerking':
          this.readRemark(child);
          break;
        default:
          this.readStray(child);
      }
    }
  }

  readKamerstuk(ks: XmlElement): void {
    for (const child of childElements(ks)) {
      if (child.local === 'kamerstukkop') this.readKop(child);
      else if (child.local === 'stuk') this.readStuk(child);
      else if (child.local !== 'dossier') this.readStray(child);
    }
  }

  private readStuk(stuk: XmlElement): void {
    const titel = firstChild(stuk, 'titel');
    if (titel) this.subject = normalizeSpace(textContent(titel)) || undefined;
    const datum = findPath(stuk, ['datumtekst', 'datum']);
    if (datum) this.date = this.isoDate(datum);
    const tekst = findPath(stuk, ['algemeen', 'vrije-tekst', 'tekst']);
    const cover = tekst ? this.blocks.flow(tekst, (c) => c.local === 'ondertekening') : [];
    if (cover.length > 0) this.coverLetter = cover;
    // The signature closes the text (`tekst-sluiting`); some Kamerstukken have it in the text.
    const signatures = [...childElements(firstChild(stuk, 'tekst-sluiting') ?? stuk, 'ondertekening'), ...(tekst ? childElements(tekst, 'ondertekening') : [])];
    const signatories = signatures
      .map((o) => {
        const functie = firstChild(o, 'functie');
        const naam = firstChild(o, 'naam');
        return compact({ role: functie ? normalizeSpace(textContent(functie)) || undefined : undefined, name: naam ? normalizeSpace(textContent(naam)) || undefined : undefined });
      })
      .filter((s) => Object.keys(s).length > 0);
    if (signatories.length > 0) this.signatories = signatories;
    for (const bijlage of childElements(stuk, 'bijlage')) this.readKamervragen(bijlage);
  }

  private readKop(kop: XmlElement): void {
    for (const line of childElements(kop, 'tekstregel')) {
      const value = normalizeSpace(textContent(line));
      if (line.attrs.inhoud === 'vergaderjaar') {
        const year = /(\d{4})\s*[-–]\s*(\d{4})/.exec(value);
        if (year) this.publication.vergaderjaar = `${year[1]}-${year[2]}`;
      } else if (line.attrs.inhoud === 'kameraanduiding' || (line.attrs.inhoud === 'kamernummer' && !this.chamber)) {
        this.chamber = chamberFromText(value) ?? this.chamber;
      }
    }
  }

  private readOmschrijving(el: XmlElement): void {
    const segments = this.segments(el);
    if (el.attrs.type === 'vraag') {
      const { title, inquiry } = parseQuestionsSentence(segments);
      this.title = title;
      this.inquiry = inquiry;
      return;
    }
    const answer = parseAnswerSentence(segments);
    if (!answer) {
      this.warn(el, `the ${el.attrs.type ?? 'answer'} heading does not read as "Antwoord van … (ontvangen <datum>)."; who answered is not known`);
      return;
    }
    this.kind = el.attrs.type === 'mededeling' ? 'postponement-notice' : answer.kind;
    if (answer.signatories) this.signatories = answer.signatories;
    if (answer.date) this.date = answer.date;
  }

  private segments(el: XmlElement): Segment[] {
    const out: Segment[] = [];
    for (const child of el.children) {
      if (typeof child === 'string') out.push({ kind: 'text', text: child });
      else if (child.local === 'naam') {
        const given = firstChild(child, 'voornaam');
        const family = firstChild(child, 'achternaam');
        out.push(family ? { kind: 'naam', family: textContent(family), ...(given ? { given: textContent(given) } : {}) } : { kind: 'naam', family: textContent(child) });
      } else if (child.local === 'organisatie') out.push({ kind: 'organisatie', text: textContent(child) });
      else if (child.local === 'datum') {
        const iso = this.isoDate(child);
        out.push(iso ? { kind: 'datum', iso, text: textContent(child) } : { kind: 'text', text: textContent(child) });
      } else out.push({ kind: 'text', text: textContent(child) });
    }
    return out;
  }

  private isoDate(el: XmlElement): string | undefined {
    const iso = el.attrs.isodatum;
    if (iso && isIsoDate(iso)) return iso;
    this.warn(el, `<datum isodatum="${iso ?? ''}"> is not a calendar date (YYYY-MM-DD); the date is not used`);
    return undefined;
  }

  private readItem(el: XmlElement): void {
    const isQuestion = el.local === 'vraag';
    const kind = isQuestion ? 'question' : 'answer';
    let labelEl = firstChild(el, 'nr');
    if (!labelEl) {
      // Older publications print the label as the first paragraph: <vraag><al>Vraag 1</al>…
      const first = childElements(el)[0];
      if (first?.local === 'al' && parseLabel(normalizeSpace(textContent(first)))?.kind === kind) labelEl = first;
    }
    const labelText = labelEl ? normalizeSpace(textContent(labelEl)) : '';
    const label = labelText ? parseLabel(labelText) : undefined;
    let numbers = label?.kind === kind ? label.numbers : undefined;
    if (numbers?.length === 0 && !isQuestion && this.unanswered.length > 0) {
      numbers = this.unanswered;
      this.warn(labelEl!, `"${labelText}" names no question; it is taken as the answer to question ${numbers.join(', ')} before it`);
    }
    if (!numbers || numbers.length === 0) {
      this.error(labelEl ?? el, `a <${el.local}> needs <nr>${isQuestion ? 'Vraag 1' : 'Antwoord 1'}</nr> with its number(s)${labelEl ? `; found "${labelText}"` : ''}`);
      return;
    }
    const body = this.blocks.flow(el, (c) => c === labelEl);
    if (body.length === 0) {
      this.error(el, `${labelText} has no text`);
      return;
    }
    this.unanswered = isQuestion ? [...this.unanswered, ...numbers] : [];
    if (this.sections.length === 0) this.sections.push({ items: [] });
    const section = this.sections[this.sections.length - 1];
    const item: Question | Answer = isQuestion ? { type: 'question', numbers, body } : { type: 'answer', questions: numbers, body };
    this.lines[pointer('questionsAndAnswers', 'sections', this.sections.length - 1, 'items', section.items.length)] = el.line;
    section.items.push(item);
  }

  /**
   * The text of a Mededeling (a postponement notice) is the letter's own text. In an answer
   * a remark has no other place in the model either, so it is kept there too, and reported.
   */
  private readRemark(el: XmlElement): void {
    const blocks = this.blocks.flow(el);
    if (blocks.length === 0) return;
    this.coverLetter = [...(this.coverLetter ?? []), ...blocks];
    if (this.kind !== 'postponement-notice') {
      this.warn(el, 'a <kamervraagopmerking> in an answer is kept as the text of the letter before the questions (the cover letter)');
    }
  }

  /** Content the format does not place here is added to the answer before it, never dropped. */
  private readStray(el: XmlElement): void {
    const blocks = this.blocks.flow({ ...el, children: [el] });
    const last = this.sections[this.sections.length - 1]?.items.at(-1);
    if (blocks.length > 0 && last) {
      last.body.push(...blocks);
      this.warn(el, `<${el.name}> is not part of questions and answers; its text is added to ${last.type === 'question' ? 'the question' : 'the answer'} before it`);
    } else if (blocks.length > 0) {
      this.error(el, `<${el.name}> stands before any question and the model has no place for its text`);
    }
  }

  readMetadataFile(xml: string): void {
    let root: XmlElement;
    try {
      root = parseXml(xml, { maxChars: MAX_OP_BYTES });
    } catch (e) {
      if (e instanceof XmlError) {
        this.diagnostics.push({ ...xmlDiagnostic(e, 'metadata.xml'), message: `metadata.xml: ${xmlDiagnostic(e, 'XML').message}` });
        return;
      }
      throw e;
    }
    if (root.local !== 'metadata_gegevens') {
      this.diagnostics.push({ severity: 'error', line: root.line, column: root.column, message: `metadata.xml: expected <metadata_gegevens>; found <${root.name}>` });
      return;
    }
    const values = new Map<string, string[]>();
    for (const m of childElements(root, 'metadata')) {
      const { name, content } = m.attrs;
      if (name && content) values.set(name, [...(values.get(name) ?? []), normalizeSpace(content)]);
    }
    const first = (name: string) => values.get(name)?.[0];
    this.subject ??= first(METADATA_NAMES.title);
    this.publication.number ??= first(METADATA_NAMES.aanhangselNummer);
    this.publication.identifier ??= first(METADATA_NAMES.identifier);
    this.publication.vergaderjaar ??= first(METADATA_NAMES.vergaderjaar);
    const reference = first(METADATA_NAMES.vraagnummer);
    if (reference) this.inquiry = { reference, ...(this.inquiry ?? {}) };
    const chamber = chamberFromText(first(METADATA_NAMES.creator) ?? '');
    const date = first(METADATA_NAMES.datumOntvangst) ?? first(METADATA_NAMES.issued);
    // The content is what was printed; metadata.xml fills in, and a disagreement is reported.
    if (chamber && this.chamber && chamber !== this.chamber) {
      this.diagnostics.push({ severity: 'warning', message: `metadata.xml names the ${chamber} (DC.creator) but the publication the ${this.chamber}; the publication's is kept` });
    }
    if (date && isIsoDate(date) && this.date && date !== this.date) {
      this.diagnostics.push({ severity: 'warning', message: `metadata.xml dates the publication ${date} but its text ${this.date}; the text's date is kept` });
    }
    this.chamber ??= chamber;
    if (!this.date && date && isIsoDate(date)) this.date = date;
  }

  result(form: OpForm): OpImportResult {
    const { diagnostics } = this;
    this.applyCarrier();
    if (!this.date) {
      diagnostics.push({ severity: 'error', message: 'no date: expected "(ontvangen <datum isodatum="YYYY-MM-DD">…</datum>)" in the answer heading or OVERHEIDop.datumOntvangst in metadata.xml' });
      return { diagnostics };
    }
    const sections = this.sections.filter((s) => s.items.length > 0);
    const questionsAndAnswers: QuestionsAndAnswers | undefined = sections.length > 0 ? compact({ title: this.title, sections }) : undefined;
    if (!questionsAndAnswers && this.title) {
      diagnostics.push({ severity: 'warning', message: 'the publication has a heading for questions but no questions; the model keeps a title only with its questions, so the heading is not kept' });
    }
    const letter: Letter = compact({
      schemaVersion: '1.0' as const,
      language: 'nl' as const,
      kind: this.kind,
      chamber: this.chamber,
      metadata: compact({ date: this.date, subject: this.subject !== undefined && this.subject !== derivedPublicationTitle({ kind: this.kind, questionsAndAnswers }) ? this.subject : undefined }),
      inquiry: this.inquiry && Object.keys(this.inquiry).length > 0 ? orderedInquiry(this.inquiry) : undefined,
      signatories: this.signatories,
      coverLetter: this.coverLetter,
      questionsAndAnswers,
      footnotes: this.blocks.footnotes.length > 0 ? this.blocks.footnotes : undefined,
    });
    const stored = storedPublication(letter, this.publication, form);
    if (stored) letter.publication = stored;
    // The schema only: a letter that breaks it is not handed on. The semantic checks (an
    // unanswered question) are the caller's, as for every importer.
    const problems = validateSchema(letter);
    diagnostics.push(...problems);
    const publication = Object.keys(this.publication).length > 0 ? this.publication : undefined;
    if (problems.some((d) => d.severity === 'error')) return { diagnostics, lines: this.lines, ...(publication ? { publication } : {}) };
    return { letter, diagnostics, lines: this.lines, ...(publication ? { publication } : {}) };
  }

  /** Heading facts the exporter wrote as data replace what the sentences gave (null: absent). */
  private applyCarrier(): void {
    const c = this.carrier;
    if (!c) return;
    const reference = this.inquiry?.reference;
    if ('title' in c) this.title = (c.title as string | null) ?? undefined;
    if ('inquiry' in c) this.inquiry = (c.inquiry as Inquiry | null) ?? undefined;
    if (reference) this.inquiry = { ...(this.inquiry ?? {}), reference };
    if ('signatories' in c) this.signatories = (c.signatories as Signatory[] | null) ?? undefined;
    if (c.kind === 'answer-letter' || c.kind === 'postponement-notice') this.kind = c.kind;
  }

  private warn(el: XmlElement, message: string): void {
    this.diagnostics.push({ severity: 'warning', line: el.line, column: el.column, message });
  }

  private error(el: XmlElement, message: string): void {
    this.diagnostics.push({ severity: 'error', line: el.line, column: el.column, message });
  }
}

function findPath(el: XmlElement, path: string[]): XmlElement | undefined {
  let at: XmlElement | undefined = el;
  for (const name of path) at = at && firstChild(at, name);
  return at;
}

/** The inquiry's fields in schema order, so that its JSON reads the same whatever filled it. */
function orderedInquiry(i: Inquiry): Inquiry {
  return compact({ reference: i.reference, submitted: i.submitted, askers: i.askers, addressee: i.addressee });
}
