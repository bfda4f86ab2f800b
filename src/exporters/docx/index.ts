/**
 * DOCX exporter on the docx package: a letter in the house style (templates/), with real
 * Word styles, numbering, footnotes and hyperlinks, that the DOCX importer reads back to
 * the same model. How the model is carried is in ./carrier.ts and docs/docx.md.
 *
 * The output is byte-identical for the same letter and house style: docx stamps the
 * current time into docProps/core.xml and draws random relationship ids, so the parts are
 * rewritten before they are zipped (see `makeDeterministic`), with a fixed time (./zip.ts).
 *
 * Half of the package is the same for every letter of a house style (styles, theme, font
 * table, settings, footers, content types): those parts are compiled and deflated once per
 * house style, found by its content, and reused (see `staticMembersOf`).
 */
import { ExportError } from '../errors';
import {
  AlignmentType,
  BookmarkEnd,
  BookmarkStart,
  BuilderElement,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  FrameAnchorType,
  FrameWrap,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  XmlComponent,
  type ILevelsOptions,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { ExportOptions } from '../../formats';
import { answerLabel, labelFor, questionLabel } from '../../model/labels';
import type { Block, Inline, Letter, List, Table as ModelTable } from '../../model/types';
import { allInlineSequences } from '../../model/walk';
import { defaultHouseStyle } from '../../templates/default';
import { firstPageTextFields, placedLines } from '../../templates/fields';
import type { Column, FieldPlacement, HouseStyle, LetterField } from '../../templates/types';
import { LIST_STYLE_CODE, MARK, PROPERTY, STYLE, type MarkKind } from './carrier';
import { houseStyleKey, precompiledMembers } from './precompiled';
import { deflateMember, zipMembers, type ZipMember } from './zip';

/** Word's deepest list level; deeper lists are numbered on it (each list has its own numbering, so labels stay right). */
const DEEPEST_WORD_LEVEL = 8;
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (v: number): number => Math.round(v * TWIPS_PER_MM);
const halfPoints = (pt: number): number => Math.round(pt * 2);

export class DocxExportError extends ExportError {}

export async function exportDocx(letter: Letter, options: ExportOptions = {}): Promise<Uint8Array> {
  refuseUnwritableText(letter);
  const style = options.houseStyle ?? defaultHouseStyle();
  // By content, every letter: a house style may have been changed in place since the last one.
  const styleKey = houseStyleKey(style);
  const cached = staticMembersOf(styleKey);
  // With the house style's parts at hand, its styles and footers need not be built: they are not written.
  const doc = new Writer(letter, style).document(cached === undefined);
  if (cached) return packageOf(doc, letter.metadata.date, { cached });
  const made = new Map<string, ZipMember>();
  const bytes = packageOf(doc, letter.metadata.date, { made });
  keepStaticMembers(styleKey, made);
  return bytes;
}

/* ---------- the package ---------- */

/**
 * Parts the exporter makes from the house style alone, never from the letter: the Word
 * styles, docx's theme, font table and settings, the endnote separators, the page-number
 * footers, the application properties, the content types and the package relationships
 * (two headers, two footers, footnotes and no media, whatever the letter). Each is
 * compiled and deflated for the first letter of a house style and reused for the next.
 */
const STATIC_PARTS = new Set([
  '[Content_Types].xml',
  '_rels/.rels',
  'docProps/app.xml',
  'word/styles.xml',
  'word/theme/theme1.xml',
  'word/fontTable.xml',
  'word/_rels/fontTable.xml.rels',
  'word/settings.xml',
  'word/endnotes.xml',
  'word/_rels/endnotes.xml.rels',
  'word/footer1.xml',
  'word/_rels/footer1.xml.rels',
  'word/footer2.xml',
  'word/_rels/footer2.xml.rels',
]);

/** The docx components that STATIC_PARTS are written from; the compiler leaves them out once their parts are cached. */
function staticComponents(doc: Document): Set<object> {
  return new Set<object>([
    doc.ContentTypes,
    doc.FileRelationships,
    doc.AppProperties,
    doc.Styles,
    doc.Theme,
    doc.FontTable.View,
    doc.FontTable.Relationships,
    doc.Settings,
    doc.Endnotes.View,
    ...doc.Footers.map((f) => f.View),
  ]);
}

/**
 * Deflated STATIC_PARTS by house style content (`houseStyleKey`), least recently used first:
 * a style changed in place after a letter is another style, an equal one (the same template
 * loaded again) the same.
 */
const staticMembers = new Map<string, Map<string, ZipMember>>();
/** A process uses one or two house styles; the parts of more than this many are not all kept. */
const KEPT_HOUSE_STYLES = 8;

/**
 * The house style's deflated STATIC_PARTS: made for an earlier letter, or by `npm run build`
 * for the house styles in templates/ (./precompiled.ts), or undefined when neither.
 */
function staticMembersOf(styleKey: string): Map<string, ZipMember> | undefined {
  const members = staticMembers.get(styleKey) ?? precompiledMembers(styleKey);
  if (members) keepStaticMembers(styleKey, members);
  return members;
}

function keepStaticMembers(styleKey: string, members: Map<string, ZipMember>): void {
  staticMembers.delete(styleKey);
  staticMembers.set(styleKey, members);
  if (staticMembers.size > KEPT_HOUSE_STYLES) staticMembers.delete(staticMembers.keys().next().value!);
}

/** Drops the house styles' parts made so far, so that the next letter of each makes them anew (tests compare the two). */
export function forgetStaticMembers(): void {
  staticMembers.clear();
}

/** The deflated STATIC_PARTS of a house style, made now (for `npm run build` to keep; see ./precompiled.ts). */
export async function makeStaticMembers(style: HouseStyle): Promise<ZipMember[]> {
  const probe: Letter = { schemaVersion: '1.0', language: 'nl', kind: 'answer-letter', metadata: { date: '2000-01-01' } };
  const made = new Map<string, ZipMember>();
  packageOf(new Writer(probe, style).document(true), probe.metadata.date, { made });
  return [...made.values()];
}

/**
 * The zipped package: the letter's own parts compiled and deflated now; the house style's
 * STATIC_PARTS taken from `cached`, or else compiled and deflated now and put into `made`.
 */
function packageOf(doc: Document, isoDate: string, houseStyleParts: { cached: Map<string, ZipMember> } | { made: Map<string, ZipMember> }): Uint8Array {
  const cached = 'cached' in houseStyleParts ? houseStyleParts.cached : undefined;
  const parts = compileParts(doc, cached ? staticComponents(doc) : new Set());
  const names = [...parts.keys()].sort(contentTypesFirst);
  if (cached && (names.filter((n) => STATIC_PARTS.has(n)).length !== cached.size || !names.every((n) => !STATIC_PARTS.has(n) || cached.has(n)))) {
    throw new Error('docx wrote other package parts than for the first letter of this house style: the DOCX exporter needs updating for this docx version');
  }
  const texts = makeDeterministic(parts, isoDate);
  const encoder = new TextEncoder();
  const members = names.map((name) => {
    const hit = cached?.get(name);
    if (hit) return hit;
    const data = texts.get(name)!;
    const member = deflateMember(name, typeof data === 'string' ? encoder.encode(data) : data);
    if ('made' in houseStyleParts && STATIC_PARTS.has(name)) houseStyleParts.made.set(name, member);
    return member;
  });
  return zipMembers(members);
}

/** What the compiler writes for a component left out: one empty element, replaced by the cached part. */
const LEFT_OUT = Object.freeze({ 'kb:cached': {} });

interface DocxCompiler {
  formatter: { format(input: object, context: unknown): object };
  compile(file: Document, prettify: undefined, overrides: never[]): Map<string, string | Uint8Array>;
}

interface CompilerState {
  instance: DocxCompiler;
  /** Components whose parts come from the cache. */
  leaveOut: Set<object>;
  /** Components formatted once per compile (docx formats each header twice, once to find its images). */
  formatOnce: Set<object>;
  formatted: Map<object, object>;
}

let compiler: CompilerState | undefined;

/**
 * The package's parts, as docx's compiler writes them (without zipping: Packer.pack would
 * deflate them only for us to inflate and deflate them again), leaving out the components
 * given. A compiler of our own, so that docx's shared one is left as it is.
 */
function compileParts(doc: Document, leaveOut: Set<object>): Map<string, string | Uint8Array> {
  if (!compiler) {
    const shared = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
    if (typeof shared?.compile !== 'function' || typeof shared.formatter?.format !== 'function') {
      throw new Error('docx has no Packer.compiler with a formatter: the package writer needs updating for this docx version');
    }
    const instance = new (shared.constructor as new () => DocxCompiler)();
    const state = { instance, leaveOut: new Set<object>(), formatOnce: new Set<object>(), formatted: new Map<object, object>() };
    const formatter = instance.formatter;
    instance.formatter = {
      format: (input, context) => {
        if (state.leaveOut.has(input)) return LEFT_OUT;
        if (state.formatOnce.has(input)) {
          const done = state.formatted.get(input) ?? formatter.format(input, context);
          state.formatted.set(input, done);
          return done;
        }
        return formatter.format(input, context);
      },
    };
    compiler = state;
  }
  compiler.leaveOut = leaveOut;
  compiler.formatOnce = new Set(doc.Headers.map((h) => h.View));
  try {
    return compiler.instance.compile(doc, undefined, []);
  } finally {
    compiler.leaveOut = new Set();
    compiler.formatOnce = new Set();
    compiler.formatted.clear();
  }
}

type RunFormat = Pick<IRunOptions, 'italics' | 'bold' | 'superScript' | 'subScript' | 'style'>;

/** Holds the counters of one export (bookmarks, lists), so that the output depends on the letter alone. */
class Writer {
  private bookmarkId = 0;
  private markCount = 0;
  private listCount = 0;
  private readonly numbering: { reference: string; levels: ILevelsOptions[] }[] = [];
  /** Each footnote's id in word/footnotes.xml, by the model's id. */
  private readonly wordNoteIds = new Map<string, number>();
  /** Footnotes referenced more than once (see `noteReference`). */
  private readonly notesReferencedAgain: Set<string>;
  /**
   * Each note referenced so far: the number Word prints for it (it numbers notes in order of
   * their first reference) and the name of the bookmark around that reference (written for a
   * note referenced again only).
   */
  private readonly referencedNotes = new Map<string, { number: number; bookmark: string }>();

  constructor(
    private readonly letter: Letter,
    private readonly style: HouseStyle,
  ) {
    letter.footnotes?.forEach((f, i) => this.wordNoteIds.set(f.id, i + 1));
    this.notesReferencedAgain = notesReferencedAgain(letter);
  }

  /** The document; without `houseStyleParts`, the styles and footers are left empty (their parts come from the cache). */
  document(houseStyleParts = true): Document {
    const { letter, style } = this;
    const body: Node[] = [...this.addressBlock(), ...this.metaBlock()];
    for (const b of letter.coverLetter ?? []) body.push(...this.block(b, 0, {}));
    letter.signatories?.forEach((s) => body.push(...this.signatory(s)));
    body.push(...this.questionsAndAnswers());
    const footnotes: Record<string, { children: Paragraph[] }> = {};
    letter.footnotes?.forEach((f, i) => {
      const nodes = f.content.flatMap((b) => this.block(b, 0, {}));
      // docx puts the note's mark into its first child, which must then be a paragraph;
      // a note that opens with a table gets a paragraph of its own for the mark.
      if (nodes[0]?.kind === 't') nodes.unshift(para({ children: [] }));
      // Word footnotes hold tables too; docx types them as paragraphs only.
      footnotes[String(i + 1)] = { children: nodes.map((n) => toDocx(n) as Paragraph) };
    });
    const { page } = style;
    const pageNumberOnHead = style.pageNumbers.placement === 'running-head';
    // The side column is a frame at the start of the text (LibreOffice places frames in
    // the body, not in headers); the running head is the header of later pages, moved
    // into the margin by its indents.
    const sideColumn = style.sideColumn ? this.column(style.sideColumn, pageNumberOnHead && style.pageNumbers.firstPage) : [];
    const laterHeader = style.runningHead ? this.column(style.runningHead, pageNumberOnHead) : [];
    body.unshift(...sideColumn);
    const footer = (show: boolean) => (houseStyleParts && show && !pageNumberOnHead ? [new Paragraph(this.pageNumberParagraph().options)] : []);
    return new Document({
      title: letter.metadata.subject ?? letter.questionsAndAnswers?.title ?? '',
      subject: letter.metadata.subject ?? '',
      creator: creatorOf(letter),
      description: 'Antwoordbrief, geschreven door kamerbrief',
      customProperties: this.customProperties(),
      styles: houseStyleParts ? this.styles() : undefined,
      numbering: { config: this.numbering },
      footnotes,
      features: { updateFields: false },
      sections: [
        {
          properties: {
            titlePage: true,
            page: {
              size: { width: mm(page.width), height: mm(page.height) },
              margin: { top: mm(page.margins.top), right: mm(page.margins.right), bottom: mm(page.margins.bottom), left: mm(page.margins.left), header: mm(style.runningHead?.y ?? 10), footer: mm(10) },
            },
          },
          headers: { first: new Header({ children: [] }), default: new Header({ children: laterHeader.map((p) => new Paragraph(p.options)) }) },
          footers: { first: new Footer({ children: footer(style.pageNumbers.firstPage) }), default: new Footer({ children: footer(true) }) },
          children: body.map((n) => toDocx(n)),
        },
      ],
    });
  }

  /* ---------- styles ---------- */

  private styles() {
    const { fonts } = this.style;
    const small = { size: halfPoints(fonts.small) };
    const line = Math.round(240 * fonts.lineHeight);
    const para = (id: string, name: string, run: IRunOptions = small, spacingAfter = 0) => ({
      id,
      name,
      basedOn: 'Normal',
      quickFormat: false,
      run,
      paragraph: { spacing: { after: spacingAfter } },
    });
    const heading = (id: string, name: string, size: number, level: number, before: number) => ({
      id,
      name,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: halfPoints(size), bold: true },
      // Outline levels make LibreOffice and Word treat these as headings (navigation, PDF tags).
      paragraph: { spacing: { before: mm(before), after: mm(2) }, keepNext: true, outlineLevel: level },
    });
    return {
      default: {
        document: {
          run: { font: fonts.family, size: halfPoints(fonts.size), language: { value: 'nl-NL' } },
          paragraph: { spacing: { line, after: mm(3) } },
        },
      },
      paragraphStyles: [
        { id: 'Normal', name: 'Normal', run: { font: fonts.family, size: halfPoints(fonts.size) }, paragraph: { spacing: { line, after: mm(3) } } },
        { id: STYLE.title, name: 'Title', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: halfPoints(fonts.title), bold: true }, paragraph: { spacing: { after: mm(5) }, keepNext: true } },
        heading(STYLE.heading1, 'heading 1', fonts.heading1, 0, 6),
        heading(STYLE.heading2, 'heading 2', fonts.heading2, 1, 4),
        { id: STYLE.quote, name: 'Quote', basedOn: 'Normal', quickFormat: true, run: { italics: true }, paragraph: { indent: { left: mm(10), right: mm(5) } } },
        { id: STYLE.listParagraph, name: 'List Paragraph', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: mm(1) } } },
        para(STYLE.returnAddress, 'Retouradres', { size: halfPoints(Math.max(4, fonts.small - 1)) }, mm(3)),
        para(STYLE.recipient, 'Geadresseerde', { size: halfPoints(fonts.size) }),
        para(STYLE.organisation, 'Afzender'),
        para(STYLE.unit, 'Afzender onderdeel'),
        para(STYLE.visitingAddress, 'Bezoekadres'),
        para(STYLE.postalAddress, 'Postadres'),
        para(STYLE.website, 'Website'),
        para(STYLE.field, 'Briefveld'),
        para(STYLE.date, 'Datum', { size: halfPoints(fonts.size) }),
        para(STYLE.reference, 'Referentie', { size: halfPoints(fonts.size) }),
        para(STYLE.subject, 'Betreft', { size: halfPoints(fonts.size) }, mm(8)),
        { id: STYLE.signatory, name: 'Ondertekening', basedOn: 'Normal', paragraph: { spacing: { before: mm(6), after: mm(2) }, keepLines: true } },
        para(STYLE.pageNumber, 'Paginanummer'),
        para(STYLE.runningHead, 'Kopregel'),
      ],
      characterStyles: [
        { id: STYLE.label, name: 'Label', run: {} },
        { id: STYLE.fieldName, name: 'Veldnaam', run: { bold: true } },
        { id: STYLE.role, name: 'Functie', run: {} },
        { id: STYLE.listLabel, name: 'Lijstlabel', run: {} },
        { id: STYLE.hyperlink, name: 'Hyperlink', run: { color: '0563C1', underline: {} } },
      ],
    };
  }

  private customProperties() {
    const { letter } = this;
    const props: { name: string; value: string }[] = [
      { name: PROPERTY.schemaVersion, value: letter.schemaVersion },
      { name: PROPERTY.kind, value: letter.kind },
    ];
    if (letter.chamber) props.push({ name: PROPERTY.chamber, value: letter.chamber });
    if (letter.inquiry) props.push({ name: PROPERTY.inquiry, value: JSON.stringify(letter.inquiry) });
    if (letter.publication) props.push({ name: PROPERTY.publication, value: JSON.stringify(letter.publication) });
    if (letter.footnotes) props.push({ name: PROPERTY.footnotes, value: JSON.stringify(letter.footnotes.map((f) => ({ id: f.id, label: f.label }))) });
    return props;
  }

  /* ---------- letterhead ---------- */

  private addressBlock(): Para[] {
    const head = this.letter.letterhead;
    const out: Para[] = [];
    const top = this.style.addressBlock ? Math.max(0, this.style.addressBlock.y - this.style.page.margins.top) : 0;
    if (head?.returnAddress) {
      const label = this.style.returnAddressLabel;
      out.push(
        para({
          style: STYLE.returnAddress,
          children: [...(label ? [new TextRun({ text: `${label} `, style: STYLE.label })] : []), new TextRun(head.returnAddress)],
        }),
      );
    }
    for (const line of head?.recipient ?? []) out.push(para({ style: STYLE.recipient, children: [new TextRun(line)] }));
    if (out.length > 0 && top > 0) {
      // The block's place on the page is spacing before its first line, never empty paragraphs.
      withSpacingBefore(out[0], mm(top));
    }
    return out;
  }

  /** Fields of page 1 the house style puts in the text, with any it places nowhere (so nothing is lost). */
  private metaBlock(): Para[] {
    return firstPageTextFields(this.style).flatMap((f) => this.field(f, 'text'));
  }

  private column(column: Column, withPageNumber: boolean): Para[] {
    const running = column !== this.style.sideColumn;
    const paragraphs = column.fields.flatMap((f) => this.field(f, running ? 'running' : 'column'));
    if (withPageNumber) paragraphs.push(this.pageNumberParagraph(mm(3)));
    if (running) {
      const { page } = this.style;
      const indent = { left: mm(column.x - page.margins.left), right: mm(column.x + column.width - (page.width - page.margins.right)) * -1 };
      return paragraphs.map((p) => para({ ...p.options, indent }));
    }
    const frame = {
      type: 'absolute' as const,
      position: { x: mm(column.x), y: mm(column.y) },
      width: mm(column.width),
      wrap: FrameWrap.AROUND,
      anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
    };
    // Consecutive paragraphs with the same frame form one frame in Word and LibreOffice.
    return paragraphs.map((p) => para({ ...p.options, frame }));
  }

  /**
   * Paragraphs of one field, in the text, the side column or the running head (which is
   * page furniture and carries no model field: its paragraphs have the running-head style).
   */
  private field(f: FieldPlacement, place: 'text' | 'column' | 'running'): Para[] {
    // Columns print in the small size whatever the field's style says for the text.
    const size = place === 'text' ? undefined : halfPoints(this.style.fonts.small);
    return placedLines(this.letter, f).map((line) => {
      const children: ParagraphChild[] = [];
      if (line.label !== undefined) {
        // A labelled field's own label ("Contactpersoon") is content; "Datum" is a printed label.
        const own = line.field === 'letterhead.fields';
        children.push(new TextRun({ text: line.label, style: own ? STYLE.fieldName : STYLE.label, bold: !own && line.labelPlacement !== 'inline' ? true : undefined, size }), labelBreak(line.labelPlacement));
      }
      children.push(new TextRun({ text: line.text, bold: line.bold || undefined, size }));
      return para({
        style: place === 'running' ? STYLE.runningHead : FIELD_STYLES[line.field],
        spacing: line.spaceBefore ? { before: mm(line.spaceBefore) } : undefined,
        children,
      });
    });
  }

  private pageNumberParagraph(before = 0): Para {
    const [head, rest = ''] = this.style.pageNumbers.format.split('{page}');
    const [middle, tail] = rest.includes('{pages}') ? rest.split('{pages}') : [rest, undefined];
    const children: ParagraphChild[] = [];
    if (head) children.push(new TextRun(head));
    children.push(new TextRun({ children: [PageNumber.CURRENT] }));
    if (middle) children.push(new TextRun(middle));
    if (tail !== undefined) {
      children.push(new TextRun({ children: [PageNumber.TOTAL_PAGES] }));
      if (tail) children.push(new TextRun(tail));
    }
    return para({ style: STYLE.pageNumber, spacing: before ? { before } : undefined, children });
  }

  private signatory(s: NonNullable<Letter['signatories']>[number]): Node[] {
    const children: ParagraphChild[] = [];
    if (s.role) children.push(new TextRun({ text: s.role, style: STYLE.role }), new TextRun({ text: ',', style: STYLE.label }));
    // Room for the signature is two line breaks inside the paragraph, not empty paragraphs.
    if (s.role && s.name) children.push(new TextRun({ text: '', break: 2 }));
    if (s.name) children.push(new TextRun(s.name));
    return this.marked('signatory', [para({ style: STYLE.signatory, children })]);
  }

  /* ---------- questions and answers ---------- */

  private questionsAndAnswers(): Node[] {
    const qa = this.letter.questionsAndAnswers;
    if (!qa) return [];
    const out: Node[] = [];
    // The questions and answers start on a new page, as in the source letter.
    const breakBefore = this.letter.coverLetter !== undefined || this.letter.signatories !== undefined;
    if (qa.title) out.push(para({ style: STYLE.title, pageBreakBefore: breakBefore, children: [new TextRun(qa.title)] }));
    qa.sections.forEach((section, si) => {
      const content: Node[] = [];
      if (section.heading) content.push(para({ style: STYLE.heading1, children: [new TextRun(section.heading)] }));
      for (const item of section.items) {
        const label = item.type === 'question' ? questionLabel(item.numbers) : answerLabel(item.questions);
        content.push(para({ style: STYLE.heading2, children: [new TextRun(label)] }));
        for (const b of item.body) content.push(...this.block(b, 0, {}));
      }
      if (!qa.title && si === 0 && breakBefore && content[0].kind === 'p') content[0].options = { ...content[0].options, pageBreakBefore: true };
      out.push(...this.marked('section', content));
    });
    return out;
  }

  /* ---------- blocks ---------- */

  private block(block: Block, listDepth: number, context: { quote?: boolean; indent?: number }): Node[] {
    switch (block.type) {
      case 'paragraph':
        return [
          para({
            style: context.quote ? STYLE.quote : context.indent !== undefined ? STYLE.listParagraph : undefined,
            indent: context.indent !== undefined ? { left: context.indent } : undefined,
            children: this.inlines(block.content, {}),
          }),
        ];
      case 'blockquote':
        return this.marked('quote', block.content.flatMap((b) => this.block(b, listDepth, { ...context, quote: true })));
      case 'list':
        return this.list(block, listDepth, context);
      case 'table':
        return [this.table(block)];
    }
  }

  private list(list: List, depth: number, context: { quote?: boolean; indent?: number }): Node[] {
    const level = Math.min(depth, DEEPEST_WORD_LEVEL);
    const numbering = this.numberingFor(list, level);
    const indent = mm(7) * (depth + 1);
    const items = list.items.map((item) => {
      const content = item.content.flatMap((b, i) => {
        if (i === 0 && b.type === 'paragraph') {
          const labelRun = numbering ? [] : item.label ? [new TextRun({ text: `${item.label} `, style: STYLE.listLabel })] : [];
          return [
            para({
              style: context.quote ? STYLE.quote : STYLE.listParagraph,
              numbering: numbering ? { reference: numbering, level } : undefined,
              indent: numbering ? undefined : { left: indent },
              children: [...labelRun, ...this.inlines(b.content, {})],
            }),
          ];
        }
        const rest = this.block(b, b.type === 'list' ? depth + 1 : depth, { ...context, indent });
        // An item that opens with a table or a list gets a paragraph of its own for its label.
        if (i === 0 && item.label !== undefined) {
          return [para({ style: context.quote ? STYLE.quote : STYLE.listParagraph, indent: { left: indent }, children: [new TextRun({ text: item.label, style: STYLE.listLabel })] }), ...rest];
        }
        return rest;
      });
      return this.marked('item', content);
    });
    return this.marked('list', items.flat(), `_${LIST_STYLE_CODE[list.style]}`);
  }

  /**
   * The numbering reference of a list whose labels Word's numbering prints exactly
   * ("a.", "b." from a lower-letter level starting at 1), or undefined when the labels
   * follow no such sequence: then each label is printed as text.
   */
  private numberingFor(list: List, depth: number): string | undefined {
    const reference = `kb-list-${++this.listCount}`;
    const base = { level: depth, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: mm(7) * (depth + 1), hanging: mm(7) } } } };
    if (list.style === 'bullet') {
      if (list.items.some((i) => i.label !== undefined)) return undefined;
      this.numbering.push({ reference, levels: [{ ...base, format: LevelFormat.BULLET, text: depth % 2 === 0 ? '•' : '–' }] });
      return reference;
    }
    const sequence = labelSequence(list);
    if (!sequence) return undefined;
    this.numbering.push({ reference, levels: [{ ...base, format: WORD_FORMATS[list.style], text: `%${depth + 1}${sequence.delimiter}`, start: sequence.start }] });
    return reference;
  }

  private table(table: ModelTable): Tab {
    return {
      kind: 't',
      rows: table.rows.map((row) => ({
        header: row.header === true,
        cells: row.cells.map((cell) => para({ spacing: { after: 0 }, children: this.inlines(cell.content, row.header ? { bold: true } : {}) })),
      })),
    };
  }

  /* ---------- inlines ---------- */

  private inlines(inlines: readonly Inline[], format: RunFormat): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const node of inlines) {
      switch (node.type) {
        case 'text':
          out.push(new TextRun({ text: node.text, ...format }));
          break;
        case 'footnoteRef':
          out.push(...this.noteReference(node.footnote));
          break;
        case 'emphasis':
          out.push(...this.inlineMark('emphasis', this.inlines(node.content, { ...format, italics: true })));
          break;
        case 'strong':
          out.push(...this.inlineMark('strong', this.inlines(node.content, { ...format, bold: true })));
          break;
        case 'superscript':
          out.push(...this.inlineMark('superscript', this.inlines(node.content, { ...format, superScript: true, subScript: undefined })));
          break;
        case 'subscript':
          out.push(...this.inlineMark('subscript', this.inlines(node.content, { ...format, subScript: true, superScript: undefined })));
          break;
        case 'link': {
          const children = this.inlines(node.content, { ...format, style: STYLE.hyperlink });
          out.push(node.target !== undefined ? new ExternalHyperlink({ link: node.target, children }) : (new TargetlessHyperlink(children) as unknown as ParagraphChild));
          break;
        }
      }
    }
    return out;
  }

  /**
   * A reference to a footnote. A Word note has one reference mark, so a note referenced
   * again is referred to as Word's cross-references do it: a NOTEREF field to a bookmark
   * around the first reference, which shows the note's number formatted as its mark.
   */
  private noteReference(footnote: string): ParagraphChild[] {
    const wordId = this.wordNoteIds.get(footnote);
    if (wordId === undefined) throw new DocxExportError(`footnote reference to "${footnote}", which the letter does not have`);
    const first = this.referencedNotes.get(footnote);
    if (first) return noteReferenceField(first.bookmark, first.number);
    const number = this.referencedNotes.size + 1;
    const bookmark = `${NOTE_BOOKMARK}${number}`;
    this.referencedNotes.set(footnote, { number, bookmark });
    const mark = new FootnoteReferenceRun(wordId);
    if (!this.notesReferencedAgain.has(footnote)) return [mark];
    const id = this.bookmarkId++;
    return [new BookmarkStart(bookmark, id) as unknown as ParagraphChild, mark, new BookmarkEnd(id) as unknown as ParagraphChild];
  }

  private inlineMark(kind: MarkKind, children: ParagraphChild[]): ParagraphChild[] {
    const id = this.bookmarkId++;
    const name = `${MARK[kind]}${++this.markCount}`;
    return [new BookmarkStart(name, id) as unknown as ParagraphChild, ...children, new BookmarkEnd(id) as unknown as ParagraphChild];
  }

  /**
   * Marks the extent of a block container with a hidden bookmark from the start of its
   * first paragraph to the end of its last (inside the first and last cell where the
   * container starts or ends with a table).
   */
  private marked(kind: MarkKind, content: Node[], suffix = ''): Node[] {
    if (content.length === 0) return content;
    const id = this.bookmarkId++;
    const name = `${MARK[kind]}${++this.markCount}${suffix}`;
    const first = edgeParagraph(content[0], 'start');
    first.options = { ...first.options, children: [new BookmarkStart(name, id) as unknown as ParagraphChild, ...first.options.children] };
    const last = edgeParagraph(content[content.length - 1], 'end');
    last.options = { ...last.options, children: [...last.options.children, new BookmarkEnd(id) as unknown as ParagraphChild] };
    return content;
  }
}

/** Footnote ids with more than one reference in the letter. */
function notesReferencedAgain(letter: Letter): Set<string> {
  const seen = new Set<string>();
  const again = new Set<string>();
  for (const { inlines } of allInlineSequences(letter)) {
    for (const node of inlines) if (node.type === 'footnoteRef') (seen.has(node.footnote) ? again : seen).add(node.footnote);
  }
  return again;
}

/** Bookmark names at the first reference of a note referenced again ("_RefKbNote2"): hidden like Word's own "_Ref…" bookmarks. */
const NOTE_BOOKMARK = '_RefKbNote';

/**
 * Word's cross-reference to a note: a NOTEREF field to the bookmark at its first reference,
 * formatted as a note mark (\f) and linked to the note (\h). Its result is written as Word
 * would work it out, so that it shows without updating fields (they are not updated on opening).
 */
function noteReferenceField(bookmark: string, number: number): ParagraphChild[] {
  const fieldRun = (child: XmlComponent) => new TextRun({ children: [child] });
  return [
    fieldRun(fieldChar('begin')),
    fieldRun(new FieldCode(` NOTEREF ${bookmark} \\f \\h `)),
    fieldRun(fieldChar('separate')),
    new TextRun({ text: String(number), style: FOOTNOTE_REFERENCE_STYLE }),
    fieldRun(fieldChar('end')),
  ];
}

/** Word's character style of note marks, which docx defines (superscript). */
const FOOTNOTE_REFERENCE_STYLE = 'FootnoteReference';

/** A complex field's begin, separator (between instruction and result) or end. */
function fieldChar(type: 'begin' | 'separate' | 'end'): XmlComponent {
  return new BuilderElement<{ type: string }>({ name: 'w:fldChar', attributes: { type: { key: 'w:fldCharType', value: type } } });
}

/** A complex field's instruction text. */
class FieldCode extends BuilderElement<{ space: string }> {
  constructor(code: string) {
    super({ name: 'w:instrText', attributes: { space: { key: 'xml:space', value: 'preserve' } } });
    this.root.push(code);
  }
}

/** Characters XML 1.0, and so a Word document, cannot hold (control characters, unpaired surrogates, U+FFFE/F). */
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refuses, with its JSON pointer, text that would make the package unreadable rather than write it. */
function refuseUnwritableText(value: unknown, path: (string | number)[] = []): void {
  if (typeof value === 'string') {
    const bad = NOT_IN_XML.exec(value);
    if (bad) {
      const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      throw new DocxExportError(`at ${path.map((p) => `/${p}`).join('') || '/'}: the character U+${code} cannot be written in a Word document`);
    }
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      refuseUnwritableText(value[i], path);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      refuseUnwritableText((value as Record<string, unknown>)[key], path);
      path.pop();
    }
  }
}

/** The paragraph style that tells the importer which field a letterhead paragraph is. */
const FIELD_STYLES: Record<LetterField, string> = {
  'sender.organisation': STYLE.organisation,
  'sender.units': STYLE.unit,
  'sender.visitingAddress': STYLE.visitingAddress,
  'sender.postalAddress': STYLE.postalAddress,
  'sender.website': STYLE.website,
  'letterhead.fields': STYLE.field,
  'metadata.date': STYLE.date,
  'metadata.reference': STYLE.reference,
  'metadata.subject': STYLE.subject,
};

const WORD_FORMATS: Record<Exclude<List['style'], 'bullet'>, (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  decimal: LevelFormat.DECIMAL,
  'lower-alpha': LevelFormat.LOWER_LETTER,
  'upper-alpha': LevelFormat.UPPER_LETTER,
  'lower-roman': LevelFormat.LOWER_ROMAN,
  'upper-roman': LevelFormat.UPPER_ROMAN,
};

/** Start and delimiter when every item's label is the style's label for its place ("c.", "d." from 3), else undefined. */
export function labelSequence(list: List): { start: number; delimiter: '.' | ')' } | undefined {
  const first = list.items[0]?.label;
  if (list.style === 'bullet' || first === undefined) return undefined;
  if (list.items.some((item) => item.content[0]?.type !== 'paragraph')) return undefined;
  const delimiter = first.endsWith(')') ? ')' : '.';
  for (let start = 1; start <= 100; start++) {
    if (labelFor(list.style, 0, start, delimiter) !== first) continue;
    return list.items.every((item, k) => item.label === labelFor(list.style, k, start, delimiter)) ? { start, delimiter } : undefined;
  }
  return undefined;
}

function labelBreak(placement: FieldPlacement['labelPlacement']): TextRun {
  return placement === 'inline' ? new TextRun({ text: ' ', style: STYLE.label }) : new TextRun({ text: '', break: 1, style: STYLE.label });
}

function creatorOf(letter: Letter): string {
  const sender = letter.letterhead?.sender;
  return sender?.organisation ?? sender?.units?.[0] ?? letter.signatories?.map((s) => s.name ?? s.role).filter(Boolean).join('; ') ?? 'kamerbrief';
}

/** A hyperlink whose target the source lost: Word's w:hyperlink with no target, so the link stays one node. */
class TargetlessHyperlink extends XmlComponent {
  constructor(children: readonly ParagraphChild[]) {
    super('w:hyperlink');
    for (const c of children) this.root.push(c as unknown as XmlComponent);
  }
}

/* ---------- paragraphs and tables before they become docx objects ---------- */

// docx objects cannot be changed once built, and a container's bookmark or a frame is
// added after its paragraphs are made; so paragraphs are plain options until the end.
type ParagraphOptions = Omit<IParagraphOptions, 'children'> & { children: ParagraphChild[] };
interface Para {
  kind: 'p';
  options: ParagraphOptions;
}
interface Tab {
  kind: 't';
  rows: { header: boolean; cells: Para[] }[];
}
type Node = Para | Tab;

function para(options: ParagraphOptions): Para {
  return { kind: 'p', options };
}

function withSpacingBefore(p: Para, before: number): void {
  p.options = { ...p.options, spacing: { ...p.options.spacing, before } };
}

/** The paragraph holding a node's first or last text (a table's first or last cell). */
function edgeParagraph(node: Node, edge: 'start' | 'end'): Para {
  if (node.kind === 'p') return node;
  const cells = node.rows.flatMap((r) => r.cells);
  return edge === 'start' ? cells[0] : cells[cells.length - 1];
}

function toDocx(node: Node, width = 1): Paragraph | Table {
  if (node.kind === 'p') return new Paragraph(node.options);
  const columns = Math.max(...node.rows.map((r) => r.cells.length), width);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: node.rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header ? true : undefined,
          children: row.cells.map((cell) => new TableCell({ width: { size: Math.floor(100 / columns), type: WidthType.PERCENTAGE }, children: [new Paragraph(cell.options)] })),
        }),
    ),
  });
}

/* ---------- determinism ---------- */

/**
 * Rewrites what docx makes from the clock or at random: the created/modified stamps
 * become the letter's date, and random relationship ids become numbered ones (in order of
 * appearance in the relationship parts, by name).
 */
function makeDeterministic(parts: Map<string, string | Uint8Array>, isoDate: string): Map<string, string | Uint8Array> {
  const out = new Map(parts);
  const stamp = `${isoDate}T00:00:00Z`;
  const core = parts.get('docProps/core.xml');
  if (typeof core === 'string') out.set('docProps/core.xml', core.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`));
  const renames = new Map<string, string>();
  /** Relationship parts with a renamed id, and so their source parts, the only ones that refer to it. */
  const touched = new Set<string>();
  for (const name of [...parts.keys()].filter((n) => n.endsWith('.rels')).sort()) {
    const text = parts.get(name);
    if (typeof text !== 'string') continue;
    for (const m of text.matchAll(/\bId="([^"]+)"/g)) {
      if (/^rId\d+$/.test(m[1]) || renames.has(m[1])) continue;
      renames.set(m[1], `rIdKb${renames.size + 1}`);
      touched.add(name).add(sourcePartOf(name));
    }
  }
  if (renames.size === 0) return out;
  // Only the renamed ids, as whole quoted values (an attribute that names one).
  const alternatives = [...renames.keys()].map((id) => id.replace(/[.*+?^$()|[\]{}\\]/g, '\\$&')).join('|');
  const quoted = new RegExp(`"(${alternatives})"`, 'g');
  for (const name of touched) {
    const text = out.get(name);
    if (typeof text === 'string') out.set(name, text.replace(quoted, (_whole, value: string) => `"${renames.get(value)}"`));
  }
  return out;
}

/** The part a relationship part belongs to: word/_rels/document.xml.rels → word/document.xml (the package's own, _rels/.rels, stays itself). */
function sourcePartOf(rels: string): string {
  return rels.replace(/(^|\/)_rels\/([^/]+)\.rels$/, '$1$2');
}

function contentTypesFirst(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : n.startsWith('_rels/') ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

