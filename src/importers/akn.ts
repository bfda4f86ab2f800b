/**
 * Akoma Ntoso 3.0 importer. Reads kamerbrief's own AKN back exactly (docs/akn.md has the
 * mapping) and AKN written by other tools as far as the model allows: a `<doc>` or
 * `<debate>` with the letter in its preface, body and conclusions and the questions and
 * answers in `<question>` / `<answer>`. Whatever it cannot place gets a warning with its
 * line, never silence.
 */
import type { Diagnostic } from '../model/diagnostics';
import type { Asker, Block, Footnote, Inline, Letter, List, ListItem, Question, Answer, Section, Signatory, TableRow } from '../model/types';
import { LIST_STYLES } from '../model/types';
import { normalizeInlines, normalizeSpace } from '../model/text';
import { parseDutchDate } from '../model/dates';
import { childElements, decodeXml, firstChild, isElement, parseXml, textContent, XmlError, type XmlElement, type XmlNode } from '../xml/read';
import { AKN_NS, FORMATTING_OF_AKN_ELEMENT, KB_NS, LETTERHEAD_CONTAINERS, SUBJECT_CLASS } from '../akn/names';
import { labelledStyle } from './recognise/lists';
import { compact } from '../model/compact';
import type { ImportResult } from './result';

/** AKN files larger than this are refused before parsing (a letter is well below 1 MB). */
export const MAX_AKN_CHARS = 16 * 1024 * 1024;

export function importAknBytes(bytes: Uint8Array): ImportResult {
  try {
    return importAkn(decodeXml(bytes));
  } catch (err) {
    return failure(err);
  }
}

export function importAkn(xml: string): ImportResult {
  let root: XmlElement;
  try {
    root = parseXml(xml, { maxChars: MAX_AKN_CHARS });
  } catch (err) {
    return failure(err);
  }
  if (root.local !== 'akomaNtoso' || root.uri !== AKN_NS) {
    return fail(`expected an Akoma Ntoso 3.0 document (<akomaNtoso xmlns="${AKN_NS}">), found <${root.name}>${root.uri ? ` in namespace ${root.uri}` : ''}`, root);
  }
  const top = childElements(root).find((e) => e.uri === AKN_NS);
  if (!top) return fail('the <akomaNtoso> element holds no document', root);
  if (!['doc', 'debate', 'statement'].includes(top.local)) {
    return fail(`an AKN <${top.local}> is not a letter; kamerbrief reads <doc>, <statement> and <debate> documents`, top);
  }
  return new AknReader().read(top);
}

function failure(err: unknown): ImportResult {
  if (err instanceof XmlError) {
    return { diagnostics: [{ severity: 'error', message: `not readable as XML: ${err.message}`, line: err.line, column: err.column }] };
  }
  throw err;
}

function fail(message: string, at: XmlElement): ImportResult {
  return { diagnostics: [{ severity: 'error', message, line: at.line, column: at.column }] };
}

/** Marks a footnote reference whose note is not read yet (a character no id can hold). */
const PENDING = '\u0000';

/** Elements that only mark up their text (a date, a person): their text is kept as it is. */
const TRANSPARENT_INLINES = new Set([
  'span', 'inline', 'docDate', 'docNumber', 'docTitle', 'docAuthority', 'docType', 'docProponent', 'docStatus',
  'docPurpose', 'docCommittee', 'docIntroducer', 'docStage', 'docJurisdiction', 'docketNumber', 'date', 'time',
  'person', 'organization', 'role', 'location', 'term', 'concept', 'entity', 'def', 'quantity', 'abbr',
  'shortTitle', 'legislature', 'session', 'courtType', 'neutralCitation', 'party', 'judge', 'lawyer',
  'signature', 'mref', 'rref', 'mod', 'mmod', 'ins', 'del', 'omissis', 'placeholder', 'fillIn', 'decoration',
  'outcome', 'affectedDocument', 'relatedDocument', 'change', 'vote', 'recordedTime', 'narrative', 'summary',
  'tocItem', 'argument', 'process', 'remark', 'u',
]);

interface NoteInfo {
  id: string;
  label: string;
}

class AknReader {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly lines: Record<string, number> = {};
  /** Footnotes by the eId of their note, from kb:footnotes (our own files). */
  private readonly noteIds = new Map<string, NoteInfo>();
  /** Footnotes found, by model id, in order of first appearance. */
  private readonly footnotes = new Map<string, Footnote>();
  /** eId of each note found -> model id. */
  private readonly noteEIdToId = new Map<string, string>();
  private generatedNotes = 0;
  private readonly usedIds = new Set<string>();
  /** Pending noteRefs whose note comes later in the file. */
  private readonly pendingRefs: { href: string; at: XmlElement }[] = [];
  private unplacedWarned = new Set<string>();
  private top?: XmlElement;
  private inquiryFromPreface: { reference?: string; submitted?: string } = {};

  read(top: XmlElement): ImportResult {
    this.top = top;
    const meta = firstChild(top, 'meta');
    const kb = meta && firstChild(firstChild(meta, 'proprietary') ?? meta, 'letter');
    const kbLetter = kb && kb.uri === KB_NS ? kb : undefined;
    this.readNoteIds(kbLetter);

    const preface = firstChild(top, 'preface');
    const head = this.readPreface(preface, top.local === 'debate');
    const letter: Partial<Letter> & { metadata?: Letter['metadata'] } = {};

    let coverLetter: Block[] | undefined;
    let qaRoot: XmlElement | undefined;
    if (top.local === 'debate') {
      qaRoot = top;
    } else {
      const body = firstChild(top, 'mainBody');
      if (body) {
        const isEmptyMarker = (c: XmlNode) => isElement(c) && c.local === 'p' && c.attrs.class === 'leeg';
        const blocks = this.readBlocks(body.children.filter((c) => !isEmptyMarker(c)), '/coverLetter');
        if (blocks.length > 0) coverLetter = blocks;
      }
      const attachment = firstChild(top, 'attachments');
      for (const att of attachment ? childElements(attachment) : []) {
        const inner = childElements(att).find((e) => e.local === 'debate');
        if (inner && !qaRoot) qaRoot = inner;
        else this.unplaced(att, 'an attachment that is not the questions and answers');
      }
    }
    const qa = qaRoot ? this.readQuestionsAndAnswers(qaRoot) : undefined;
    const signatories = this.readSignatures(top);
    this.readMetaNotes(meta);

    const date = head.date ?? this.frbrDate(meta);
    if (!date) {
      return { diagnostics: [...this.diagnostics, { severity: 'error', message: 'the letter has no date: expected a <docDate date="YYYY-MM-DD"> in the preface or an FRBRdate in the identification', line: top.line }] };
    }
    letter.schemaVersion = '1.0';
    letter.language = 'nl';
    const kbKind = kbLetter?.attrs.kind;
    letter.kind = kbKind === 'postponement-notice' || (kbKind === undefined && top.attrs.name === 'uitstelbericht') ? 'postponement-notice' : 'answer-letter';
    const chamber = kbLetter?.attrs.chamber ?? this.chamberFromReferences(meta);
    if (chamber === 'eerste-kamer' || chamber === 'tweede-kamer') letter.chamber = chamber;
    if (head.letterhead) letter.letterhead = head.letterhead;
    letter.metadata = compact({ date, reference: head.reference, subject: head.subject });
    const inquiry = this.readInquiry(kbLetter) ?? (Object.keys(this.inquiryFromPreface).length > 0 ? this.inquiryFromPreface : undefined);
    if (inquiry) letter.inquiry = inquiry;
    if (signatories.length > 0) letter.signatories = signatories;
    if (coverLetter) letter.coverLetter = coverLetter;
    if (qa) letter.questionsAndAnswers = qa;
    const footnotes = this.orderedFootnotes();
    if (footnotes.length > 0) letter.footnotes = footnotes;
    const publication = kbLetter && firstChild(kbLetter, 'publication');
    if (publication) {
      const p = compact({ identifier: clean(publication.attrs.identifier), number: clean(publication.attrs.number), vergaderjaar: publication.attrs.vergaderjaar || undefined });
      if (Object.keys(p).length > 0) letter.publication = p;
    }
    this.resolvePendingRefs(letter);
    return { letter: letter as Letter, diagnostics: this.diagnostics, lines: this.lines };
  }

  // ---- meta ------------------------------------------------------------------------------

  private readNoteIds(kbLetter: XmlElement | undefined): void {
    const list = kbLetter && firstChild(kbLetter, 'footnotes');
    for (const fn of list ? childElements(list, 'footnote') : []) {
      const eId = (fn.attrs.note ?? '').replace(/^#/, '');
      if (fn.attrs.id && fn.attrs.label && eId) this.noteIds.set(eId, { id: fn.attrs.id, label: normalizeSpace(fn.attrs.label) });
    }
  }

  private orderedFootnotes(): Footnote[] {
    const found = [...this.footnotes.values()];
    if (this.noteIds.size === 0) return found;
    // Our own files list the model's order; notes missing from the list keep theirs, after.
    const order = [...this.noteIds.values()].map((n) => n.id);
    const rank = (f: Footnote) => {
      const i = order.indexOf(f.id);
      return i < 0 ? order.length : i;
    };
    return found.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
  }

  private readInquiry(kbLetter: XmlElement | undefined): Letter['inquiry'] {
    const el = kbLetter && firstChild(kbLetter, 'inquiry');
    if (!el) return undefined;
    const askers: Asker[] = childElements(el, 'asker')
      .map((a) => compact({ name: clean(a.attrs.name), faction: clean(a.attrs.faction) }))
      .filter((a) => Object.keys(a).length > 0);
    const inquiry = compact({
      reference: clean(el.attrs.reference),
      submitted: el.attrs.submitted || undefined,
      askers: askers.length > 0 ? askers : undefined,
      addressee: clean(el.attrs.addressee),
    });
    return Object.keys(inquiry).length > 0 ? inquiry : undefined;
  }

  private frbrDate(meta: XmlElement | undefined): string | undefined {
    const id = meta && firstChild(meta, 'identification');
    const expr = id && (firstChild(id, 'FRBRExpression') ?? firstChild(id, 'FRBRWork'));
    const date = expr && firstChild(expr, 'FRBRdate')?.attrs.date;
    if (date) {
      this.diagnostics.push({ severity: 'warning', message: 'the letter prints no date (<docDate>); its date is taken from the FRBR identification', line: expr.line });
    }
    return date?.slice(0, 10);
  }

  private chamberFromReferences(meta: XmlElement | undefined): Letter['chamber'] {
    const refs = meta && firstChild(meta, 'references');
    for (const tlc of refs ? childElements(refs, 'TLCOrganization') : []) {
      const name = tlc.attrs.showAs ?? '';
      if (/^Eerste Kamer/i.test(name)) return 'eerste-kamer';
      if (/^Tweede Kamer/i.test(name)) return 'tweede-kamer';
    }
    return undefined;
  }

  private readMetaNotes(meta: XmlElement | undefined): void {
    const notes = meta && firstChild(meta, 'notes');
    for (const note of notes ? childElements(notes, 'note') : []) this.readNote(note);
  }

  // ---- preface: letterhead and metadata ------------------------------------------------------

  private readPreface(preface: XmlElement | undefined, isDebate: boolean): {
    letterhead?: Letter['letterhead'];
    date?: string;
    reference?: string;
    subject?: string;
    title?: string;
  } {
    const out: { letterhead?: Letter['letterhead']; date?: string; reference?: string; subject?: string } = {};
    if (!preface) return out;
    const sender: NonNullable<NonNullable<Letter['letterhead']>['sender']> = {};
    let returnAddress: string | undefined;
    let recipient: string[] | undefined;
    const fields: { label: string; value: string }[] = [];
    const push = (key: 'units' | 'visitingAddress' | 'postalAddress', line: string) => {
      (sender[key] ??= []).push(line);
    };
    for (const el of childElements(preface)) {
      if (el.local === 'container' && el.attrs.name === LETTERHEAD_CONTAINERS.sender) {
        for (const p of childElements(el, 'p')) {
          const line = normalizeSpace(textContent(p));
          if (!line) continue;
          const cls = p.attrs.class;
          if (cls === 'organisatie') sender.organisation = line;
          else if (cls === 'eenheid') push('units', line);
          else if (cls === 'bezoekadres') push('visitingAddress', line);
          else if (cls === 'postadres') push('postalAddress', line);
          else if (cls === 'website') sender.website = line;
          // Files of other tools: the organisation and the website are told by their markup.
          else if (!cls && findInline(p, 'organization') && !sender.organisation) sender.organisation = line;
          else if (!cls && findInline(p, 'a') && !sender.website) sender.website = line;
          else push('units', line);
        }
      } else if (el.local === 'container' && el.attrs.name === LETTERHEAD_CONTAINERS.returnAddress) {
        returnAddress = normalizeSpace(textContent(el)) || undefined;
      } else if (el.local === 'container' && el.attrs.name === LETTERHEAD_CONTAINERS.recipient) {
        recipient = childElements(el, 'p').map((p) => normalizeSpace(textContent(p))).filter(Boolean);
      } else if (el.local === 'container' || el.local === 'p' || el.local === 'block' || el.local === 'longTitle') {
        // The kenmerken container of our own files, or metadata marked up anywhere in a preface.
        const paragraphs = el.local === 'container' ? childElements(el) : [el];
        for (const p of paragraphs) this.readPrefaceLine(p, out, fields, isDebate);
      } else {
        this.unplaced(el, 'a preface element');
      }
    }
    const letterhead = compact({
      returnAddress,
      recipient: recipient && recipient.length > 0 ? recipient : undefined,
      sender: Object.keys(sender).length > 0 ? sender : undefined,
      fields: fields.length > 0 ? fields : undefined,
    });
    if (Object.keys(letterhead).length > 0) out.letterhead = letterhead;
    return out;
  }

  private readPrefaceLine(p: XmlElement, out: { date?: string; reference?: string; subject?: string }, fields: { label: string; value: string }[], isDebate: boolean): void {
    // The title of a stand-alone Q&A publication is read with the debate.
    if (isDebate && (p.attrs.class === 'titel' || isStandaloneTitle(p) || /^\(?ingezonden\b/i.test(normalizeSpace(textContent(p))))) return;
    const docDate = findInline(p, 'docDate');
    const docNumber = findInline(p, 'docNumber');
    const docTitle = findInline(p, 'docTitle');
    if (docDate && out.date === undefined) {
      const iso = docDate.attrs.date?.slice(0, 10) ?? parseDutchDate(normalizeSpace(textContent(docDate)));
      if (iso) out.date = iso;
      return;
    }
    if (docNumber && out.reference === undefined) {
      out.reference = normalizeSpace(textContent(docNumber)) || undefined;
      return;
    }
    if (docTitle && out.subject === undefined && (docTitle.attrs.class === SUBJECT_CLASS || !isDebate)) {
      out.subject = normalizeSpace(textContent(docTitle)) || undefined;
      return;
    }
    const label = childElements(p, 'inline').find((i) => i.attrs.name === 'label');
    const value = childElements(p, 'inline').find((i) => i.attrs.name === 'value');
    if (label && value) {
      const l = normalizeSpace(textContent(label));
      const v = normalizeSpace(textContent(value));
      if (l && v) fields.push({ label: l, value: v });
      return;
    }
    const text = normalizeSpace(textContent(p));
    if (text) this.unplaced(p, `preface text "${text.slice(0, 60)}"`);
  }

  // ---- conclusions: signatures -----------------------------------------------------------------

  private readSignatures(top: XmlElement): Signatory[] {
    const conclusions = firstChild(top, 'conclusions');
    if (!conclusions) return [];
    const signatures: Signatory[] = [];
    const walk = (el: XmlElement) => {
      for (const c of childElements(el)) {
        if (c.local === 'signature') {
          const role = firstChild(c, 'role');
          const person = firstChild(c, 'person');
          const sig = compact({
            role: role ? normalizeSpace(textContent(role)) || undefined : undefined,
            name: person ? normalizeSpace(textContent(person)) || undefined : undefined,
          });
          if (Object.keys(sig).length > 0) signatures.push(sig);
          else this.unplaced(c, 'a signature without role or person');
        } else {
          walk(c);
        }
      }
    };
    walk(conclusions);
    if (signatures.length === 0 && normalizeSpace(textContent(conclusions))) {
      this.unplaced(conclusions, 'conclusions without <signature>');
    }
    return signatures;
  }

  // ---- questions and answers -------------------------------------------------------------------

  private readQuestionsAndAnswers(debate: XmlElement): Letter['questionsAndAnswers'] {
    const preface = firstChild(debate, 'preface');
    let title: string | undefined;
    const inquiryFromPreface: { reference?: string; submitted?: string } = {};
    for (const p of preface ? childElements(preface, 'p') : []) {
      if (title === undefined && (p.attrs.class === 'titel' || isStandaloneTitle(p))) {
        title = normalizeSpace(textContent(p)) || undefined;
      } else if (/^\(?ingezonden\b/i.test(normalizeSpace(textContent(p)))) {
        // "(ingezonden 6 mei 2026, 2026Z01234)" in files of other tools.
        inquiryFromPreface.submitted = findInline(p, 'date')?.attrs.date?.slice(0, 10);
        inquiryFromPreface.reference = clean(findInline(p, 'docNumber') && textContent(findInline(p, 'docNumber')!));
      } else if (!(debate === this.top && p.attrs.class === undefined && (findInline(p, 'docDate') || findInline(p, 'docNumber')))) {
        this.unplaced(p, 'a line of the questions\' preface');
      }
    }
    this.inquiryFromPreface = compact(inquiryFromPreface);
    const body = firstChild(debate, 'debateBody');
    if (!body) {
      this.diagnostics.push({ severity: 'warning', message: 'the debate has no <debateBody>; no questions or answers read', line: debate.line });
      return undefined;
    }
    const sections: Section[] = [];
    const questionNumbersByEId = new Map<string, string[]>();
    let loose: Section | undefined;
    let questionCounter = 0;
    let sinceLastAnswer: string[] = [];
    const readItem = (el: XmlElement, section: Section) => {
      const s = sections.indexOf(section);
      const at = `/questionsAndAnswers/sections/${s}/items/${section.items.length}`;
      this.lines[at] = el.line;
      const num = firstChild(el, 'num');
      const bodyNodes = el.children.filter((c) => !(isElement(c) && (c.local === 'num' || c.local === 'heading' || c.local === 'from')));
      const body = this.readBlocks(bodyNodes, `${at}/body`);
      if (body.length === 0) {
        this.diagnostics.push({ severity: 'error', message: `this ${el.local} has no text; the model needs at least one paragraph`, line: el.line, column: el.column });
      }
      if (el.local === 'question') {
        let numbers = num ? childElements(num, 'inline').filter((i) => i.attrs.name === 'vraagnummer').map((i) => normalizeSpace(textContent(i))) : [];
        if (numbers.length === 0 && num) numbers = numbersIn(textContent(num));
        if (numbers.length === 0) {
          numbers = [String(questionCounter + 1)];
          this.diagnostics.push({ severity: 'warning', message: `a question without a number; numbered ${numbers[0]} by its place`, line: el.line });
        }
        questionCounter = Math.max(questionCounter, ...numbers.map((n) => parseInt(n, 10) || 0));
        if (el.attrs.eId) questionNumbersByEId.set(el.attrs.eId, numbers);
        sinceLastAnswer.push(...numbers);
        section.items.push({ type: 'question', numbers, body } satisfies Question);
      } else {
        let questions: string[] = [];
        for (const c of num ? childElements(num) : []) {
          if (c.local === 'ref') {
            const target = questionNumbersByEId.get((c.attrs.href ?? '').replace(/^#/, ''));
            const printed = normalizeSpace(textContent(c));
            questions.push(...(printed && numbersIn(printed).length === 1 ? [printed] : target ?? numbersIn(printed)));
          } else if (c.local === 'inline' && c.attrs.name === 'vraagnummer') {
            questions.push(normalizeSpace(textContent(c)));
          }
        }
        if (questions.length === 0 && num) questions = numbersIn(textContent(num));
        if (questions.length === 0) {
          questions = sinceLastAnswer.length > 0 ? [...sinceLastAnswer] : [String(questionCounter)];
          this.diagnostics.push({ severity: 'warning', message: `an answer that does not say which questions it answers; taken to answer ${questions.join(', ')}, the questions before it`, line: el.line });
        }
        sinceLastAnswer = [];
        section.items.push({ type: 'answer', questions: [...new Set(questions)], body } satisfies Answer);
      }
    };
    for (const el of childElements(body)) {
      if (el.local === 'question' || el.local === 'answer') {
        if (!loose) sections.push((loose = { items: [] }));
        readItem(el, loose);
        continue;
      }
      if (el.local === 'questions' || el.local === 'debateSection' || el.local === 'questionsAnswers') {
        loose = undefined;
        const section: Section = { items: [] };
        const heading = firstChild(el, 'heading');
        const text = heading ? normalizeSpace(textContent(heading)) : '';
        if (text) section.heading = text;
        sections.push(section);
        for (const c of childElements(el)) {
          if (c.local === 'question' || c.local === 'answer') readItem(c, section);
          else if (c.local !== 'heading' && c.local !== 'num') this.unplaced(c, 'an element among the questions and answers');
        }
        if (section.items.length === 0) {
          sections.pop();
          this.diagnostics.push({ severity: 'warning', message: `a section${text ? ` "${text}"` : ''} without questions or answers is left out`, line: el.line });
        }
        continue;
      }
      this.unplaced(el, 'an element of the debate body');
    }
    if (sections.length === 0) return undefined;
    return compact({ title, sections });
  }

  // ---- blocks ------------------------------------------------------------------------------------

  private readBlocks(nodes: XmlNode[], at: string): Block[] {
    const blocks: Block[] = [];
    for (const node of nodes) {
      if (!isElement(node)) {
        const text = normalizeSpace(node);
        if (text) {
          this.diagnostics.push({ severity: 'warning', message: `text outside a paragraph ("${text.slice(0, 60)}") is read as a paragraph`, pointer: `${at}/${blocks.length}` });
          blocks.push({ type: 'paragraph', content: [{ type: 'text', text }] });
        }
        continue;
      }
      const block = this.readBlock(node, `${at}/${blocks.length}`);
      if (Array.isArray(block)) blocks.push(...block);
      else if (block) blocks.push(block);
    }
    return blocks;
  }

  private readBlock(el: XmlElement, at: string): Block | Block[] | undefined {
    switch (el.local) {
      case 'p':
      case 'block':
      case 'tblock': {
        const content = this.readInlines(el.children);
        if (content.length === 0) return undefined;
        return { type: 'paragraph', content };
      }
      case 'blockList':
      case 'ul':
      case 'ol':
        return this.readList(el, at);
      case 'blockContainer':
      case 'embeddedStructure':
      case 'quotedStructure': {
        const content = this.readBlocks(el.children.filter((c) => !(isElement(c) && c.local === 'num')), `${at}/content`);
        if (content.length === 0) return undefined;
        if (el.attrs.class === 'blockquote' || el.local !== 'blockContainer') return { type: 'blockquote', content };
        return content;
      }
      case 'table':
        return this.readTable(el);
      case 'container':
      case 'div':
        return this.readBlocks(el.children, at);
      case 'authorialNote':
        // A note standing as a block of its own: place its reference in a paragraph.
        return { type: 'paragraph', content: this.readInlines([el]) };
      default:
        this.unplaced(el, 'a block');
        return undefined;
    }
  }

  private readList(el: XmlElement, at: string): List | undefined {
    const items: ListItem[] = [];
    for (const c of childElements(el)) {
      if (c.local !== 'item' && c.local !== 'li') {
        if (c.local !== 'listIntroduction' && c.local !== 'listWrapUp') this.unplaced(c, 'an element of a list');
        else this.unplaced(c, 'a list introduction or wrap-up');
        continue;
      }
      const num = firstChild(c, 'num');
      const label = num ? normalizeSpace(textContent(num)) || undefined : undefined;
      let content: Block[];
      if (c.local === 'li' && !childElements(c).some((x) => ['p', 'blockList', 'ul', 'ol', 'table'].includes(x.local))) {
        const inl = this.readInlines(c.children);
        content = inl.length > 0 ? [{ type: 'paragraph', content: inl }] : [];
      } else {
        content = this.readBlocks(c.children.filter((x) => !(isElement(x) && x.local === 'num')), `${at}/items/${items.length}/content`);
      }
      if (content.length === 0) {
        this.diagnostics.push({ severity: 'warning', message: `an empty list item${label ? ` "${label}"` : ''} is left out`, line: c.line });
        continue;
      }
      items.push(label ? { label, content } : { content });
    }
    if (items.length === 0) return undefined;
    const cls = el.attrs.class;
    const style = (LIST_STYLES as readonly string[]).includes(cls ?? '')
      ? (cls as List['style'])
      : labelledStyle(items.map((i) => i.label)) ?? (el.local === 'ol' ? 'decimal' : 'bullet');
    return { type: 'list', style, items };
  }

  private readTable(el: XmlElement): Block | undefined {
    const rows: TableRow[] = [];
    const collect = (parent: XmlElement) => {
      for (const tr of childElements(parent)) {
        if (tr.local === 'tr') {
          const cells = childElements(tr).filter((c) => c.local === 'th' || c.local === 'td');
          if (cells.length === 0) continue;
          const row: TableRow = { cells: cells.map((c) => ({ content: this.readCellInlines(c) })) };
          if (cells.every((c) => c.local === 'th')) row.header = true;
          rows.push(row);
        } else if (['thead', 'tbody', 'tfoot'].includes(tr.local)) {
          collect(tr);
        } else if (tr.local !== 'caption') {
          this.unplaced(tr, 'an element of a table');
        }
      }
    };
    collect(el);
    return rows.length > 0 ? { type: 'table', rows } : undefined;
  }

  /** A cell holds blocks in AKN but a line of text in the model: its paragraphs are joined. */
  private readCellInlines(cell: XmlElement): Inline[] {
    const parts: Inline[] = [];
    for (const c of cell.children) {
      if (isElement(c) && (c.local === 'p' || c.local === 'block')) {
        if (parts.length > 0) parts.push({ type: 'text', text: ' ' });
        parts.push(...this.readInlines(c.children));
      } else if (isElement(c) && c.local !== 'p') {
        if (['blockList', 'table', 'ul', 'ol'].includes(c.local)) this.unplaced(c, 'a block inside a table cell (its text is kept)');
        parts.push({ type: 'text', text: ' ' + textContent(c) + ' ' });
      } else if (!isElement(c)) {
        parts.push({ type: 'text', text: c });
      }
    }
    return normalizeInlines(parts);
  }

  // ---- inlines -------------------------------------------------------------------------------------

  private readInlines(nodes: XmlNode[]): Inline[] {
    return normalizeInlines(this.inlinesRaw(nodes));
  }

  private inlinesRaw(nodes: XmlNode[]): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) {
      if (!isElement(node)) {
        out.push({ type: 'text', text: node });
        continue;
      }
      const formatting = FORMATTING_OF_AKN_ELEMENT[node.local];
      if (formatting) {
        out.push({ type: formatting, content: this.inlinesRaw(node.children) });
        continue;
      }
      switch (node.local) {
        case 'a':
        case 'ref': {
          const href = node.attrs.href;
          const content = this.inlinesRaw(node.children);
          out.push(href && href !== '#' ? { type: 'link', target: href, content } : { type: 'link', content });
          break;
        }
        case 'authorialNote': {
          const id = this.readNote(node);
          out.push({ type: 'footnoteRef', footnote: id });
          break;
        }
        case 'noteRef': {
          const href = (node.attrs.href ?? '').replace(/^#/, '');
          const known = this.noteEIdToId.get(href);
          // A note written after its first reference is resolved once the whole file is read.
          if (!known) this.pendingRefs.push({ href, at: node });
          out.push({ type: 'footnoteRef', footnote: known ?? PENDING + href });
          break;
        }
        case 'br':
        case 'eol':
        case 'eop':
          out.push({ type: 'text', text: ' ' });
          break;
        default:
          if (node.uri !== AKN_NS || !TRANSPARENT_INLINES.has(node.local)) {
            this.unplaced(node, 'inline markup (its text is kept)');
          }
          out.push(...this.inlinesRaw(node.children));
      }
    }
    return out;
  }

  /** Reads an authorialNote or meta note as a footnote; returns its model id. */
  private readNote(note: XmlElement): string {
    const eId = note.attrs.eId ?? '';
    const known = eId ? this.noteIds.get(eId) : undefined;
    let id = known?.id;
    if (!id || this.usedIds.has(id)) {
      do id = `fn${++this.generatedNotes}`;
      while (this.usedIds.has(id) || [...this.noteIds.values()].some((n) => n.id === id));
    }
    this.usedIds.add(id);
    if (eId) this.noteEIdToId.set(eId, id);
    const label = known?.label ?? (normalizeSpace(note.attrs.marker ?? '') || String(this.footnotes.size + 1));
    // Reserve the place first: a note may reference another note inside it.
    const footnote: Footnote = { id, label, content: [] };
    this.footnotes.set(id, footnote);
    const hasBlocks = note.children.some((c) => isElement(c) && ['p', 'blockList', 'table', 'blockContainer', 'ul', 'ol', 'block'].includes(c.local));
    footnote.content = hasBlocks ? this.readBlocks(note.children, `/footnotes`) : wrapParagraph(this.readInlines(note.children));
    if (footnote.content.length === 0) {
      this.diagnostics.push({ severity: 'error', message: `footnote ${label} has no text`, line: note.line, column: note.column });
    }
    return id;
  }

  /** Gives noteRefs read before their note the note's id; reports those that point nowhere. */
  private resolvePendingRefs(letter: Partial<Letter>): void {
    if (this.pendingRefs.length === 0) return;
    const resolved = new Map<string, string>();
    for (const p of this.pendingRefs) {
      const id = this.noteEIdToId.get(p.href);
      if (id) {
        resolved.set(p.href, id);
        continue;
      }
      const fallback = /^[A-Za-z][A-Za-z0-9_-]*$/.test(p.href) ? p.href : 'onbekend';
      resolved.set(p.href, fallback);
      this.diagnostics.push({ severity: 'error', message: `a <noteRef> points to "#${p.href}", which is no note in this document`, line: p.at.line, column: p.at.column });
    }
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') {
        const node = value as { type?: string; footnote?: string };
        if (node.type === 'footnoteRef' && node.footnote?.startsWith(PENDING)) node.footnote = resolved.get(node.footnote.slice(PENDING.length));
        else Object.values(value).forEach(visit);
      }
    };
    visit(letter);
  }

  private unplaced(el: XmlElement, what: string): void {
    const key = `${el.local}:${what}`;
    const message = `could not place <${el.name}> (${what}) in the letter; left out`;
    if (what.includes('its text is kept')) {
      if (this.unplacedWarned.has(key)) return;
      this.unplacedWarned.add(key);
      this.diagnostics.push({ severity: 'info', message: `<${el.name}>: ${what}`, line: el.line });
      return;
    }
    this.diagnostics.push({ severity: 'warning', message, line: el.line, column: el.column });
  }
}

// ---- small helpers ---------------------------------------------------------------------------------

function findInline(el: XmlElement, local: string): XmlElement | undefined {
  for (const c of childElements(el)) {
    if (c.local === local) return c;
    const inner = findInline(c, local);
    if (inner) return inner;
  }
  return undefined;
}

/** A debate preface's title line in a file of another tool: a lone docTitle paragraph. */
function isStandaloneTitle(p: XmlElement): boolean {
  const elements = childElements(p);
  return elements.length === 1 && elements[0].local === 'docTitle';
}

/** Question numbers in a printed label: "Vraag 5 en 6" -> ["5", "6"]. */
function numbersIn(text: string): string[] {
  return [...text.matchAll(/\b([1-9][0-9]{0,3}[a-z]?)\b/g)].map((m) => m[1]);
}

function wrapParagraph(content: Inline[]): Block[] {
  return content.length > 0 ? [{ type: 'paragraph', content }] : [];
}

function clean(value: string | undefined): string | undefined {
  const v = value === undefined ? '' : normalizeSpace(value);
  return v || undefined;
}

