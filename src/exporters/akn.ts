/**
 * Akoma Ntoso 3.0 (OASIS LegalDocML) exporter: the archival copy of a letter. The mapping,
 * element by element, is in docs/akn.md; in short:
 *
 * - a letter with a cover letter is `<doc name="antwoordbrief">` (letterhead in `<preface>`,
 *   cover letter in `<mainBody>`, signatures in `<conclusions>`) with the questions and
 *   answers as its attachment `<debate name="antwoorden">`; a publication with only
 *   questions and answers (an Aanhangsel) is a top-level `<debate>`;
 * - questions and answers are `<question>` / `<answer>` in one `<questions>` section per
 *   theme; the printed label is in `<num>`, with each question number as data
 *   (`<inline name="vraagnummer">`) and each question an answer covers as a `<ref>` to it;
 * - footnotes are `<authorialNote>` at their first reference (`<noteRef>` after that);
 * - what has no AKN element (the chamber, the inquiry, footnote ids) is in `<proprietary>`.
 *
 * Output is indented for people, but text is never touched (see src/xml/write.ts).
 */
import { uriForAttribute } from '../akn/uri';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { Block, Footnote, Inline, Letter, List, Section } from '../model/types';
import { formatDutchDate } from '../model/dates';
import { serializeIndented } from '../xml/write';
import { AKN_ELEMENT_OF_FORMATTING, AKN_NS, INLINE_CONTAINERS, KB_NS, LETTERHEAD_CONTAINERS, frbrUris, signatoryIds, askerIds, slug, SUBJECT_CLASS } from '../akn/names';

export function exportAkn(letter: Letter): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele(AKN_NS, 'akomaNtoso');
  root.att('http://www.w3.org/2000/xmlns/', 'xmlns:kb', KB_NS);
  const ctx = new ExportContext(letter);
  const qa = letter.questionsAndAnswers;
  const standaloneDebate = !letter.coverLetter && qa !== undefined;
  if (standaloneDebate) {
    const debate = root.ele('debate', { name: 'antwoorden' });
    writeMeta(debate, letter, ctx, 'debate');
    const preface = debate.ele('preface');
    writeLetterhead(preface, letter);
    writeQaTitle(preface, qa.title);
    writeDebateBody(debate, qa.sections, ctx, '');
    writeConclusions(debate, letter);
  } else {
    const main = root.ele('doc', { name: letter.kind === 'postponement-notice' ? 'uitstelbericht' : 'antwoordbrief' });
    writeMeta(main, letter, ctx, 'doc');
    writeLetterhead(main.ele('preface'), letter);
    const body = main.ele('mainBody');
    if (letter.coverLetter) writeBlocks(body, letter.coverLetter, ctx, 'body');
    // mainBody must not be empty; a letter without cover letter or answers says so.
    else body.ele('p', { class: 'leeg' });
    writeConclusions(main, letter);
    if (qa) {
      const debate = main.ele('attachments').ele('attachment', { eId: 'att_1' }).ele('debate', { name: 'antwoorden' });
      writeIdentification(debate.ele('meta'), letter, 'attachment');
      if (qa.title) writeQaTitle(debate.ele('preface'), qa.title);
      writeDebateBody(debate, qa.sections, ctx, 'att_1__');
    }
  }
  finishMeta(ctx);
  return serializeIndented(doc, INLINE_CONTAINERS);
}

/** Ids given out while writing, and the footnotes already placed. */
class ExportContext {
  private readonly used = new Set<string>();
  private readonly counters = new Map<string, number>();
  /** Footnote id -> eId of its authorialNote, once written. */
  readonly noteEIds = new Map<string, string>();
  readonly footnotes: Map<string, Footnote>;
  /** The `<meta>` of the outermost document, finished last. */
  meta?: XMLBuilder;

  constructor(readonly letter: Letter) {
    this.footnotes = new Map((letter.footnotes ?? []).map((f) => [f.id, f]));
  }

  /** `<prefix>__<name>_<n>` with n counting per prefix and name, unique in the file. */
  next(prefix: string, name: string, preferred?: string): string {
    const base = prefix ? `${prefix}__${name}_` : `${name}_`;
    if (preferred !== undefined && preferred !== '' && !this.used.has(base + preferred)) {
      this.used.add(base + preferred);
      return base + preferred;
    }
    const key = base;
    let n = this.counters.get(key) ?? 0;
    let id: string;
    do id = base + String(++n);
    while (this.used.has(id));
    this.counters.set(key, n);
    this.used.add(id);
    return id;
  }

  claim(id: string): string {
    let unique = id;
    for (let k = 2; this.used.has(unique); k++) unique = `${id}-${k}`;
    this.used.add(unique);
    return unique;
  }
}

// ---- meta -----------------------------------------------------------------------------------

function writeMeta(parent: XMLBuilder, letter: Letter, ctx: ExportContext, kind: 'doc' | 'debate'): void {
  const meta = parent.ele('meta');
  writeIdentification(meta, letter, kind);
  writeReferences(meta, letter);
  // notes and proprietary follow once the body is written (finishMeta): only then is it
  // known which footnotes nobody references.
  ctx.meta = meta;
}

/** meta's last children: notes nobody references, then the model data AKN has no element for. */
function finishMeta(ctx: ExportContext): void {
  const letter = ctx.letter;
  const meta = ctx.meta!;
  const unplaced = (letter.footnotes ?? []).filter((fn) => !ctx.noteEIds.has(fn.id));
  if (unplaced.length > 0) {
    const notes = meta.ele('notes', { source: '#kamerbrief' });
    // A note may reference another unplaced note, which is then placed inside it.
    for (const fn of unplaced) {
      if (ctx.noteEIds.has(fn.id)) continue;
      const eId = ctx.next('', 'note');
      ctx.noteEIds.set(fn.id, eId);
      writeBlocks(notes.ele('note', { eId, marker: fn.label }), fn.content, ctx, eId);
    }
  }
  const prop = meta.ele('proprietary', { source: '#kamerbrief' }).ele(KB_NS, 'kb:letter', {
    schemaVersion: letter.schemaVersion,
    kind: letter.kind,
    ...(letter.chamber ? { chamber: letter.chamber } : {}),
  });
  const inquiry = letter.inquiry;
  if (inquiry) {
    const el = prop.ele(KB_NS, 'kb:inquiry', {
      ...(inquiry.reference ? { reference: inquiry.reference } : {}),
      ...(inquiry.submitted ? { submitted: inquiry.submitted } : {}),
      ...(inquiry.addressee ? { addressee: inquiry.addressee } : {}),
    });
    (inquiry.askers ?? []).forEach((a, i) => {
      const ids = askerIds(i);
      el.ele(KB_NS, 'kb:asker', {
        ...(a.name ? { name: a.name, person: `#${ids.person}` } : {}),
        ...(a.faction ? { faction: a.faction, organization: `#${ids.faction}` } : {}),
      });
    });
  }
  if (letter.publication) prop.ele(KB_NS, 'kb:publication', { ...letter.publication });
  if ((letter.footnotes ?? []).length > 0) {
    // The model's footnote ids and order; AKN notes carry only the printed marker.
    const list = prop.ele(KB_NS, 'kb:footnotes');
    for (const fn of letter.footnotes ?? []) {
      list.ele(KB_NS, 'kb:footnote', { id: fn.id, label: fn.label, note: `#${ctx.noteEIds.get(fn.id)}` });
    }
  }
}

function writeIdentification(meta: XMLBuilder, letter: Letter, part: 'doc' | 'debate' | 'attachment'): void {
  const uris = frbrUris(letter, part === 'debate' ? 'debate' : 'doc');
  const component = part === 'attachment' ? '!antwoorden' : '!main';
  const author = `#${authorId(letter)}`;
  const id = meta.ele('identification', { source: '#kamerbrief' });
  const work = id.ele('FRBRWork');
  work.ele('FRBRthis', { value: `${uris.work}/${component}` });
  work.ele('FRBRuri', { value: uris.work });
  work.ele('FRBRdate', { date: letter.metadata.date, name: 'datum' });
  work.ele('FRBRauthor', { href: author });
  work.ele('FRBRcountry', { value: 'nl' });
  if (part !== 'attachment') {
    work.ele('FRBRsubtype', { value: uris.subtype });
    if (uris.number) work.ele('FRBRnumber', { value: uris.number });
  }
  const expr = id.ele('FRBRExpression');
  expr.ele('FRBRthis', { value: `${uris.expression}/${component}` });
  expr.ele('FRBRuri', { value: uris.expression });
  expr.ele('FRBRdate', { date: letter.metadata.date, name: 'datum' });
  expr.ele('FRBRauthor', { href: author });
  expr.ele('FRBRlanguage', { language: 'nld' });
  const man = id.ele('FRBRManifestation');
  man.ele('FRBRthis', { value: `${uris.expression}/${component}.xml` });
  man.ele('FRBRuri', { value: `${uris.expression}.akn` });
  // The letter's own date, not the conversion date: the same letter gives the same file.
  man.ele('FRBRdate', { date: letter.metadata.date, name: 'manifestatie' });
  man.ele('FRBRauthor', { href: '#kamerbrief' });
}

/** Who wrote the letter: the sending organisation, else the first signatory's role. */
function authorId(letter: Letter): string {
  if (letter.letterhead?.sender?.organisation) return 'afzender';
  const first = letter.signatories?.[0];
  if (first?.role) return signatoryIds(0).role;
  if (first?.name) return signatoryIds(0).person;
  return 'onbekendeAfzender';
}

function writeReferences(meta: XMLBuilder, letter: Letter): void {
  const refs = meta.ele('references', { source: '#kamerbrief' });
  const tlc = (kind: 'TLCOrganization' | 'TLCPerson' | 'TLCRole', eId: string, showAs: string) => {
    const ontology = kind === 'TLCOrganization' ? 'organization' : kind === 'TLCPerson' ? 'person' : 'role';
    refs.ele(kind, { eId, href: `/akn/ontology/${ontology}/nl.${slug(showAs)}`, showAs });
  };
  refs.ele('TLCOrganization', { eId: 'kamerbrief', href: '/akn/ontology/organization/unreg.kamerbrief', showAs: 'kamerbrief' });
  if (letter.chamber === 'eerste-kamer') tlc('TLCOrganization', 'eersteKamer', 'Eerste Kamer der Staten-Generaal');
  if (letter.chamber === 'tweede-kamer') tlc('TLCOrganization', 'tweedeKamer', 'Tweede Kamer der Staten-Generaal');
  const organisation = letter.letterhead?.sender?.organisation;
  if (organisation) tlc('TLCOrganization', 'afzender', organisation);
  if (authorId(letter) === 'onbekendeAfzender') {
    refs.ele('TLCOrganization', { eId: 'onbekendeAfzender', href: '/akn/ontology/organization/unreg.onbekend', showAs: 'afzender onbekend' });
  }
  (letter.inquiry?.askers ?? []).forEach((a, i) => {
    const ids = askerIds(i);
    if (a.name) tlc('TLCPerson', ids.person, a.name);
    if (a.faction) tlc('TLCOrganization', ids.faction, a.faction);
  });
  (letter.signatories ?? []).forEach((s, i) => {
    const ids = signatoryIds(i);
    if (s.name) tlc('TLCPerson', ids.person, s.name);
    if (s.role) tlc('TLCRole', ids.role, s.role);
  });
  if (letter.inquiry?.addressee) tlc('TLCRole', 'geadresseerde', letter.inquiry.addressee);
  if (letter.letterhead?.recipient) tlc('TLCRole', 'ontvanger', letter.letterhead.recipient[0]);
  // Askers of questions without named askers: the members of the chamber.
  tlc('TLCRole', 'kamerlid', 'lid van de Staten-Generaal');
}

// ---- letterhead, signature ------------------------------------------------------------------

function writeLetterhead(preface: XMLBuilder, letter: Letter): void {
  const lh = letter.letterhead;
  const sender = lh?.sender;
  if (sender) {
    const c = preface.ele('container', { eId: 'preface__container_afzender', name: LETTERHEAD_CONTAINERS.sender });
    if (sender.organisation) c.ele('p', { class: 'organisatie' }).ele('organization', { refersTo: '#afzender' }).txt(sender.organisation);
    for (const line of sender.units ?? []) c.ele('p', { class: 'eenheid' }).txt(line);
    for (const line of sender.visitingAddress ?? []) c.ele('p', { class: 'bezoekadres' }).txt(line);
    for (const line of sender.postalAddress ?? []) c.ele('p', { class: 'postadres' }).txt(line);
    if (sender.website) c.ele('p', { class: 'website' }).ele('a', { href: uriForAttribute(websiteHref(sender.website)) }).txt(sender.website);
  }
  if (lh?.returnAddress) {
    preface.ele('container', { eId: 'preface__container_retouradres', name: LETTERHEAD_CONTAINERS.returnAddress }).ele('p').txt(lh.returnAddress);
  }
  if (lh?.recipient) {
    const c = preface.ele('container', { eId: 'preface__container_geadresseerde', name: LETTERHEAD_CONTAINERS.recipient });
    lh.recipient.forEach((line, i) => {
      const p = c.ele('p');
      if (i === 0) p.ele('docAuthority', { refersTo: '#ontvanger' }).txt(line);
      else p.txt(line);
    });
  }
  const k = preface.ele('container', { eId: 'preface__container_kenmerken', name: LETTERHEAD_CONTAINERS.fields });
  const labelled = (label: string) => {
    const p = k.ele('p');
    p.ele('inline', { name: 'label' }).txt(label);
    p.txt(' ');
    return p;
  };
  const { date, reference, subject } = letter.metadata;
  labelled('Datum').ele('docDate', { date }).txt(formatDutchDate(date));
  if (reference) labelled('Onze referentie').ele('docNumber').txt(reference);
  if (subject) labelled('Betreft').ele('docTitle', { class: SUBJECT_CLASS }).txt(subject);
  for (const field of lh?.fields ?? []) {
    const p = k.ele('p', { class: 'veld' });
    p.ele('inline', { name: 'label' }).txt(field.label);
    p.txt(' ');
    p.ele('inline', { name: 'value' }).txt(field.value);
  }
}

/** A website as printed ("www.rijksoverheid.nl/jenv") made into a link target. */
function websiteHref(site: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(site) ? site : `https://${site}`;
}

function writeQaTitle(preface: XMLBuilder, title: string | undefined): void {
  if (title) preface.ele('p', { class: 'titel' }).ele('docTitle').txt(title);
}

function writeConclusions(parent: XMLBuilder, letter: Letter): void {
  const signatories = letter.signatories ?? [];
  if (signatories.length === 0) return;
  const c = parent.ele('conclusions').ele('container', { eId: 'conclusions__container_ondertekening', name: 'ondertekening' });
  signatories.forEach((s, i) => {
    const ids = signatoryIds(i);
    const sig = c.ele('p').ele('signature');
    if (s.role) sig.ele('role', { refersTo: `#${ids.role}` }).txt(s.role);
    if (s.role && s.name) sig.ele('br');
    if (s.name) sig.ele('person', { refersTo: `#${ids.person}`, ...(s.role ? { as: `#${ids.role}` } : {}) }).txt(s.name);
  });
}

// ---- questions and answers ------------------------------------------------------------------

function writeDebateBody(debate: XMLBuilder, sections: Section[], ctx: ExportContext, prefix: string): void {
  const body = debate.ele('debateBody');
  const letter = ctx.letter;
  const askerRef = firstAskerRef(letter);
  const answererRef = `#${authorId(letter)}`;
  const questionEIds = new Map<string, string>();
  sections.forEach((section, s) => {
    const sectionId = ctx.claim(`${prefix}questions_${s + 1}`);
    const el = body.ele('questions', { eId: sectionId });
    if (section.heading) el.ele('heading').txt(section.heading);
    for (const item of section.items) {
      if (item.type === 'question') {
        const eId = ctx.claim(`${sectionId}__question_${item.numbers.join('-')}`);
        for (const n of item.numbers) if (!questionEIds.has(n)) questionEIds.set(n, eId);
        const q = el.ele('question', { eId, by: askerRef, as: '#kamerlid', to: answererRef });
        const num = q.ele('num');
        num.txt('Vraag ');
        writeNumberList(num, item.numbers, (n, parent) => parent.ele('inline', { name: 'vraagnummer' }).txt(n));
        writeBlocks(q, item.body, ctx, eId);
      } else {
        const eId = ctx.claim(`${sectionId}__answer_${item.questions.join('-')}`);
        const a = el.ele('answer', { eId, by: answererRef });
        const num = a.ele('num');
        num.txt(item.questions.length > 1 ? 'Antwoord op vragen ' : 'Antwoord op vraag ');
        writeNumberList(num, item.questions, (n, parent) => {
          const target = questionEIds.get(n);
          // An answer to a question the letter does not print still keeps its number.
          if (target) parent.ele('ref', { href: `#${target}` }).txt(n);
          else parent.ele('inline', { name: 'vraagnummer' }).txt(n);
        });
        writeBlocks(a, item.body, ctx, eId);
      }
    }
  });
}

/** "5", "5 en 6", "2, 3 en 4" with each number written by `write`. */
function writeNumberList(parent: XMLBuilder, numbers: string[], write: (n: string, parent: XMLBuilder) => void): void {
  numbers.forEach((n, i) => {
    if (i > 0) parent.txt(i === numbers.length - 1 ? ' en ' : ', ');
    write(n, parent);
  });
}

function firstAskerRef(letter: Letter): string {
  const first = letter.inquiry?.askers?.[0];
  if (first?.name) return `#${askerIds(0).person}`;
  if (first?.faction) return `#${askerIds(0).faction}`;
  if (letter.chamber === 'eerste-kamer') return '#eersteKamer';
  if (letter.chamber === 'tweede-kamer') return '#tweedeKamer';
  return '#kamerlid';
}

// ---- blocks and inlines ---------------------------------------------------------------------

function writeBlocks(parent: XMLBuilder, blocks: Block[], ctx: ExportContext, scope: string): void {
  for (const block of blocks) writeBlock(parent, block, ctx, scope);
}

function writeBlock(parent: XMLBuilder, block: Block, ctx: ExportContext, scope: string): void {
  switch (block.type) {
    case 'paragraph':
      writeInlines(parent.ele('p'), block.content, ctx, scope);
      return;
    case 'list':
      writeList(parent, block, ctx, scope);
      return;
    case 'blockquote': {
      const eId = ctx.next(scope, 'blockContainer');
      writeBlocks(parent.ele('blockContainer', { eId, class: 'blockquote' }), block.content, ctx, eId);
      return;
    }
    case 'table': {
      const eId = ctx.next(scope, 'table');
      const table = parent.ele('table', { eId });
      for (const row of block.rows) {
        const tr = table.ele('tr');
        for (const cell of row.cells) {
          const c = tr.ele(row.header ? 'th' : 'td');
          if (cell.content.length > 0) writeInlines(c.ele('p'), cell.content, ctx, eId);
        }
      }
      return;
    }
  }
}

function writeList(parent: XMLBuilder, list: List, ctx: ExportContext, scope: string): void {
  const eId = ctx.next(scope, 'list');
  const el = parent.ele('blockList', { eId, class: list.style });
  for (const item of list.items) {
    const itemId = ctx.next(eId, 'item', item.label?.replace(/[^A-Za-z0-9]/g, ''));
    const li = el.ele('item', { eId: itemId });
    if (item.label) li.ele('num').txt(item.label);
    writeBlocks(li, item.content, ctx, itemId);
  }
}

function writeInlines(parent: XMLBuilder, inlines: Inline[], ctx: ExportContext, scope: string): void {
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
        parent.txt(node.text);
        break;
      case 'emphasis':
      case 'strong':
      case 'superscript':
      case 'subscript':
        writeInlines(parent.ele(AKN_ELEMENT_OF_FORMATTING[node.type]), node.content, ctx, scope);
        break;
      case 'link':
        // A link whose target the source lost keeps AKN's required href as "#".
        writeInlines(parent.ele('a', { href: node.target === undefined ? '#' : uriForAttribute(node.target) }), node.content, ctx, scope);
        break;
      case 'footnoteRef':
        writeFootnoteRef(parent, node.footnote, ctx, scope);
        break;
    }
  }
}

function writeFootnoteRef(parent: XMLBuilder, id: string, ctx: ExportContext, scope: string): void {
  const fn = ctx.footnotes.get(id);
  const placed = ctx.noteEIds.get(id);
  if (!fn) {
    parent.ele('noteRef', { href: `#${id}`, marker: id, class: 'onbekend' });
  } else if (placed) {
    parent.ele('noteRef', { href: `#${placed}`, marker: fn.label });
  } else {
    const eId = ctx.next(scope, 'authorialNote');
    ctx.noteEIds.set(id, eId);
    writeBlocks(parent.ele('authorialNote', { eId, marker: fn.label, placement: 'bottom' }), fn.content, ctx, eId);
  }
}
