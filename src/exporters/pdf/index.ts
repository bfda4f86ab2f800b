/**
 * Tagged, accessible PDF (PDF/UA-1) with pdfkit, laid out by the house style (the same
 * template as DOCX): page 1 with the letterhead column, the address block and the letter's
 * data; later pages with the running head; page numbers "Pagina x van y". Every running
 * head, page number and rule is an Artifact; everything else is in the structure tree in
 * reading order. docs/pdf.md describes the structure, element by element; the PDF importer
 * reads it back.
 *
 * Footnotes are set as notes at the end of the letter, each a Note with the model's id as
 * its /ID and a Reference at its mark (docs/pdf.md says why).
 */
import PDFDocument from 'pdfkit';
import type { Block, Footnote, Inline, Letter, List, Section, Table, TableRow } from '../../model/types';
import { questionLabel, answerLabel, labelFor } from '../../model/labels';
import { plainText } from '../../model/text';
import type { ExportOptions } from '../../formats';
import { defaultHouseStyle } from '../../templates/default';
import { firstPageTextFields, placedLines, type PlacedLine } from '../../templates/fields';
import type { Column, HouseStyle } from '../../templates/types';
import { FALLBACK_FONTS, fontRuns, openedFallbackFonts, openedFonts, type FontFace } from './fonts';
import { checkGlyphs } from './glyphs';
import { markText } from './marks';
export { markText };
import { shareShapingCache, withLetterLineBreaking } from './layout-control';
import { declarePdfUa, embedLetter, PDF_A_SUBSET } from './archival';
import { drawArtifact, escapeXmpInfo, pdfText, pdfUaDocumentOptions, setStructureId } from './tagging';
import { CUSTOM_ROLES, FIELD_ROLES, LIST_NUMBERING, PDF_DATA_KEY, DERIVED_LABEL_TITLE, type PdfLetterData } from './structure';

type Doc = InstanceType<typeof PDFDocument>;
type El = PDFKit.PDFStructureElement;

const MM = 72 / 25.4;
const mm = (v: number) => v * MM;

export async function exportPdf(letter: Letter, options: ExportOptions = {}): Promise<Uint8Array> {
  const style = (options.houseStyle as HouseStyle | undefined) ?? defaultHouseStyle();
  checkGlyphs(letter, style);
  const writer = new PdfWriter(letter, style);
  return writer.write();
}

/** How a run of text is drawn. */
interface Format {
  bold: boolean;
  italic: boolean;
  size: number;
  /** Link target of the run. */
  link?: string;
  /** A run larger than its line (a footnote mark) keeps the line's height and baseline of this size. */
  lineSize?: number;
}

/** Where a block is laid out: its left edge and width, points. */
interface Frame {
  x: number;
  width: number;
}

class PdfWriter {
  private readonly doc: Doc;
  private readonly root: El;
  private readonly frame: Frame;
  private readonly lineGap: number;
  private readonly footnotes: Map<string, Footnote>;
  /** The Link element being drawn, so that pdfkit's link annotations are tagged under it. */
  private currentLink?: { element: El; description: string };
  /** Atoms still to draw in the current paragraph; the last one ends pdfkit's continued text. */
  private atomsLeft = 0;
  /** The first atom of a paragraph is placed at this point. */
  private startAt?: { x: number; y: number };
  /** Where the current paragraph's last line is made to start (see `lastLineBreak`). */
  private lastLineAt?: { atom: number; offset: number };
  /** Set by a heading whose first paragraph cannot stand on one page with it: that paragraph may break. */
  private mayBreakNextParagraph = false;
  /** Where page 1's side column ends: its page number stands below it, as on later pages. */
  private sideColumnEnd?: number;
  /** Printed after the paragraph's last atom, not part of its text (the comma after a signatory's role). */
  private drawnAfterLastAtom = '';
  /** Atoms of the current paragraph drawn so far. */
  private atomsDrawn = 0;
  private readonly bytes: Promise<Uint8Array>;

  constructor(
    private readonly letter: Letter,
    private readonly style: HouseStyle,
  ) {
    // Fonts opened once per process: parsing their tables again for every letter was most
    // of the time a PDF took (bench/). pdfkit takes an opened fontkit font as it is.
    const faces = openedFonts();
    const { page } = style;
    const settings = {
      title: documentTitle(letter),
      lang: 'nl-NL',
      font: faces.regular as unknown as Buffer,
      // A fixed date: the same letter gives the same bytes.
      creationDate: new Date(`${letter.metadata.date}T00:00:00Z`),
      author: letter.signatories?.[0]?.name ?? letter.letterhead?.sender?.organisation,
      subject: letter.metadata.subject,
      margins: { top: mm(page.margins.top), bottom: mm(page.margins.bottom), left: mm(page.margins.left), right: mm(page.margins.right) },
    };
    // PDF/A-3a (archival, with the letter inside) and PDF/UA-1 (accessible) at once.
    this.doc = new PDFDocument({ ...pdfUaDocumentOptions(settings), subset: PDF_A_SUBSET, size: [mm(page.width), mm(page.height)], bufferPages: true });
    escapeXmpInfo(this.doc);
    declarePdfUa(this.doc);
    embedLetter(this.doc, letter, settings.creationDate);
    const doc = this.doc;
    const chunks: Buffer[] = [];
    this.bytes = new Promise((resolve, reject) => {
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      doc.on('error', reject);
    });
    (['regular', 'bold', 'italic', 'boldItalic'] as FontFace[]).forEach((f) => doc.registerFont(f, faces[f] as unknown as Buffer));
    const fallbacks = openedFallbackFonts();
    for (const f of FALLBACK_FONTS) doc.registerFont(f, fallbacks[f] as unknown as Buffer);
    // The document's default font is the regular face: pdfkit finds it by name only after
    // opening the face again and comparing their tables, for every doc.font('regular').
    const internals = doc as unknown as { _font: unknown; _fontFamilies: Record<string, unknown> };
    internals._fontFamilies.regular = internals._font;
    shareShapingCache(doc);
    // Every face made current shapes with the process-wide cache of shaped words.
    const setFont = doc.font.bind(doc) as (...args: unknown[]) => Doc;
    (doc as unknown as { font: (...args: unknown[]) => Doc }).font = (...args: unknown[]) => {
      setFont(...args);
      shareShapingCache(doc);
      return doc;
    };
    (doc.info as unknown as Record<string, unknown>)[PDF_DATA_KEY] = pdfText(JSON.stringify(pdfLetterData(letter)));
    const treeRoot = doc.getStructTreeRoot() as unknown as { data: Record<string, unknown> };
    treeRoot.data.RoleMap = { ...CUSTOM_ROLES };
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
    this.frame = { x: mm(page.margins.left), width: mm(page.width - page.margins.left - page.margins.right) };
    this.lineGap = (style.fonts.lineHeight - 1) * style.fonts.size;
    this.footnotes = new Map((letter.footnotes ?? []).map((f) => [f.id, f]));
    this.tagLinkAnnotations();
  }

  async write(): Promise<Uint8Array> {
    withLetterLineBreaking(() => this.layOut());
    return this.bytes;
  }

  private layOut(): void {
    this.firstPageHead();
    if (this.letter.coverLetter) {
      const sect = this.open(this.root, 'Brieftekst');
      this.blocks(sect, this.letter.coverLetter, this.frame, this.bodyFormat());
      sect.end();
    }
    this.signatures();
    this.questionsAndAnswers();
    this.notes();
    this.pageFurniture();
    this.root.end();
    this.doc.end();
  }

  // ---- structure helpers -----------------------------------------------------------------------

  /** A new structure element under an attached parent: content added to it is drawn at once. */
  private open(parent: El, type: string, options: PDFKit.Mixins.StructureElementOptions = {}): El {
    const el = this.doc.struct(type, options);
    parent.add(el);
    return el;
  }

  /** Every link annotation pdfkit makes while a Link element is drawn belongs to it and says where it goes. */
  private tagLinkAnnotations(): void {
    type LinkFunction = (x: number, y: number, w: number, h: number, url: string, opts?: Record<string, unknown>) => Doc;
    const doc = this.doc as unknown as { link: LinkFunction };
    const original = doc.link.bind(doc);
    doc.link = (x, y, w, h, url, opts = {}) => {
      const link = this.currentLink;
      if (!link) return original(x, y, w, h, url, opts);
      return original(x, y, w, h, url, { ...opts, structParent: link.element, Contents: pdfText(link.description) });
    };
  }

  // ---- page 1: letterhead, address, the letter's data ---------------------------------------------

  private firstPageHead(): void {
    const { doc, style, letter } = this;
    const head = this.open(this.root, 'Briefhoofd');
    const small = style.fonts.small;
    if (style.sideColumn) this.column(head, style.sideColumn, small);
    const box = style.addressBlock ?? { x: style.page.margins.left, y: style.page.margins.top, width: style.page.width - style.page.margins.left - style.page.margins.right };
    doc.x = mm(box.x);
    doc.y = mm(box.y);
    const boxFrame = { x: mm(box.x), width: mm(box.width) };
    const lh = letter.letterhead;
    if (lh?.returnAddress) {
      const label = style.returnAddressLabel ? `${style.returnAddressLabel} ` : '';
      const p = this.open(head, 'Retouradres', label ? { title: style.returnAddressLabel } : {});
      this.textLine(p, label + lh.returnAddress, boxFrame, { bold: false, italic: false, size: small });
      p.end();
      doc.y += small * 0.8;
    }
    for (const line of lh?.recipient ?? []) {
      const p = this.open(head, 'Geadresseerde');
      this.textLine(p, line, boxFrame, this.bodyFormat());
      p.end();
    }
    const fields = firstPageTextFields(style).flatMap((f) => placedLines(letter, f));
    for (const line of fields) this.fieldLine(head, line, this.frame, style.fonts.size);
    head.end();
    doc.y = Math.max(doc.y + style.fonts.size * SECTION_GAP, mm(style.page.margins.top));
  }

  /** A column of fields (the side column of page 1) as content. */
  private column(parent: El, column: Column, size: number): void {
    const { doc } = this;
    const frame = { x: mm(column.x), width: mm(column.width) };
    doc.y = mm(column.y);
    for (const f of column.fields) for (const line of placedLines(this.letter, f)) this.fieldLine(parent, line, frame, size);
    this.sideColumnEnd = doc.y;
  }

  /** One printed field line as a P of the field's type, with its label. */
  private fieldLine(parent: El, line: PlacedLine, frame: Frame, size: number): void {
    const { doc } = this;
    doc.y += mm(line.spaceBefore);
    const type = FIELD_ROLES[line.field];
    const p = this.open(parent, type, line.label ? { title: line.label } : {});
    const format = { bold: line.bold, italic: false, size };
    if (line.label && line.labelPlacement === 'above') {
      this.textLine(p, line.label, frame, { ...format, bold: true });
      this.textLine(p, line.text, frame, format);
    } else if (line.label) {
      // As in DOCX: a printed label beside its value ("Datum", "Betreft") is plain, a
      // letterhead field's own label is bold.
      const label: Inline = { type: 'text', text: line.label };
      this.inlineRuns(p, [line.field === 'letterhead.fields' ? { type: 'strong', content: [label] } : label, { type: 'text', text: ` ${line.text}` }], frame, format, true);
    } else {
      this.textLine(p, line.text, frame, format);
    }
    p.end();
  }

  /** A plain line of text in `frame`, drawn under `el`. */
  private textLine(el: El, text: string, frame: Frame, format: Format): void {
    const { doc } = this;
    const y = doc.y;
    this.span(el, text, () => {
      doc.font(faceOf(format)).fontSize(format.size).fillColor('black');
      this.drawText(text, faceOf(format), { width: frame.width, lineGap: this.lineGap }, { x: frame.x, y });
    });
  }

  /**
   * Every piece of text is a Span whose /ActualText is the text exactly as in the letter:
   * the page may break a line after a hyphen or drop a space at a line end, the structure
   * tree never does, so the PDF importer (and a screen reader) gets the words as written.
   */
  private span(el: El, text: string, draw: () => void): void {
    const span = this.open(el, 'Span', { actual: text });
    span.add(draw);
    span.end();
  }

  // ---- signature ------------------------------------------------------------------------------------

  private signatures(): void {
    const signatories = this.letter.signatories ?? [];
    if (signatories.length === 0) return;
    const sect = this.open(this.root, 'Ondertekening');
    // With the space after the last paragraph, the same section gap as after the head.
    this.doc.y += this.style.fonts.size * (SECTION_GAP - 0.5);
    for (const s of signatories) {
      const div = this.open(sect, 'Ondertekenaar');
      if (s.role) {
        // The role is printed with the comma of the letter's closing, as in DOCX; its Span's
        // /ActualText is the role as the letter has it.
        this.drawnAfterLastAtom = s.role.endsWith(',') ? '' : ',';
        this.blockParagraph(div, 'Functie', [{ type: 'text', text: s.role }], this.frame, this.bodyFormat());
        this.drawnAfterLastAtom = '';
      }
      if (s.name) this.blockParagraph(div, 'Naam', [{ type: 'text', text: s.name }], this.frame, this.bodyFormat());
      div.end();
    }
    sect.end();
  }

  // ---- questions and answers ---------------------------------------------------------------------------

  private questionsAndAnswers(): void {
    const qa = this.letter.questionsAndAnswers;
    if (!qa) return;
    const { doc, style } = this;
    // The questions and answers start on a new page after a cover letter or signature, as in
    // DOCX and the ministries' letters (the answers are an annex of the letter).
    if (this.letter.coverLetter !== undefined || this.letter.signatories !== undefined) doc.addPage();
    else doc.y += style.fonts.size;
    const sect = this.open(this.root, 'VragenEnAntwoorden');
    let base = 0;
    let outlineParent = doc.outline;
    if (qa.title) {
      base = 1;
      this.heading(sect, 1, qa.title, style.fonts.title);
      outlineParent = doc.outline.addItem(qa.title);
    }
    for (const section of qa.sections) this.section(sect, section, base, outlineParent);
    sect.end();
  }

  private section(parent: El, section: Section, base: number, outline: PDFKit.PDFOutline): void {
    const { style } = this;
    const body = this.bodyFormat();
    const sect = this.open(parent, 'Onderdeel');
    let itemLevel = base + 1;
    let itemOutline = outline;
    if (section.heading) {
      // A theme heading stays with the first question's label and its first lines.
      const first = section.items[0];
      this.heading(sect, base + 1, section.heading, style.fonts.heading1, style.fonts.heading2 * 3 + (first ? this.firstBlockHeight(first.body, this.frame, body) : 0));
      itemOutline = outline.addItem(section.heading);
      itemLevel = base + 2;
    }
    for (const item of section.items) {
      const label = item.type === 'question' ? questionLabel(item.numbers) : answerLabel(item.questions);
      const el = this.open(sect, item.type === 'question' ? 'Vraag' : 'Antwoord');
      this.heading(el, itemLevel, label, style.fonts.heading2, this.firstBlockHeight(item.body, this.frame, body));
      itemOutline.addItem(label);
      this.blocks(el, item.body, this.frame, body);
      el.end();
    }
    sect.end();
  }

  /** A heading; `following` is the height of what must stand on its page with it (at least a few lines). */
  private heading(parent: El, level: number, text: string, size: number, following = 0): void {
    const { doc } = this;
    doc.y += size * 0.8;
    // A heading stays with what follows it: its first paragraph, which is never split over two
    // pages when it fits on one, or at least its first lines.
    // The heading's own lines and the space after it (as blockParagraph sets them), then what follows.
    const format = { bold: true, italic: false, size };
    const together = this.paragraphHeight([{ type: 'text', text }], this.frame, format) + size * 0.6 + Math.max(following, size * 4);
    // When heading and paragraph do not fit on one page together, the heading takes the first
    // lines with it and the paragraph goes on on the next page (else the heading would stand
    // alone on a page of its own).
    const fits = together <= this.pageHeight();
    this.keepWithNext(fits ? together : size * 6);
    this.blockParagraph(parent, `H${Math.min(level, 6)}`, [{ type: 'text', text }], this.frame, format);
    this.mayBreakNextParagraph = !fits;
  }

  /** Starts a new page when less than `height` points are left, so a heading is not alone at a page foot. */
  private keepWithNext(height: number): void {
    const { doc } = this;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  }

  /**
   * A paragraph that fits on a page is not split over two: the running head and page
   * number then never stand inside a sentence, also for tools that read the page text
   * without the structure (pdftotext). Only a paragraph longer than a page is split.
   */
  private keepTogether(height: number): void {
    this.keepWithNext(Math.min(height, this.pageHeight()));
  }

  /** The height a page has for text. */
  private pageHeight(): number {
    const { doc } = this;
    return doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  }

  private paragraphHeight(inlines: Inline[], frame: Frame, format: Format): number {
    this.doc.font(faceOf(format)).fontSize(format.size);
    return this.doc.heightOfString(plainText(inlines) || ' ', { width: frame.width, lineGap: this.lineGap });
  }

  /**
   * The last line of a paragraph followed by more text (a paragraph, a list, a quote) never
   * fills the measure. Text taken from the page without its layout (copy and paste,
   * `pdftotext`) keeps no trace of the space between paragraphs; a short last line is then the
   * only sign that a paragraph ends there, and a full one reads like a sentence that happens to
   * end at a line end inside a paragraph. (Before a heading or a question label, the label
   * itself shows where the paragraph ends.)
   *
   * Where the last line would be full, the paragraph is set a little narrower (ragged right
   * shows no difference), so that every line stays long and the last one comes out short with
   * at least two words. Only where no narrower measure does that (a one-line paragraph whose
   * words do not split well) are the last two words moved to a line of their own, the one
   * case that leaves the line above them shorter.
   *
   * Lines are measured in the paragraph's own face with pdfkit's line wrapper; runs in another
   * face or size may wrap a little differently, hence the margin (a line up to three quarters
   * of the measure counts as short).
   */
  private lastLineFit(inlines: Inline[], frame: Frame, format: Format): { width?: number; lastLineAt?: { atom: number; offset: number } } {
    const atoms = atomTexts(inlines);
    const text = atoms.map((a) => a ?? '').join('');
    const short = frame.width * LAST_LINE_SHORT;
    const lines = this.wrappedLines(text, frame.width, format);
    const widthOf = (line: string) => this.doc.widthOfString(line.trim());
    const lastWidth = widthOf(lines[lines.length - 1]);
    if (lastWidth <= short) return {};
    // No line above the last may come out shorter than the paragraph's shortest one already is
    // (a long word wrapped early) or than the line a full measure counts as long.
    const shortest = (ls: string[]) => Math.min(...ls.slice(0, -1).map(widthOf));
    const longEnough = Math.min(shortest(lines), frame.width * LONG_LINE);
    for (let k = 1; k <= NARROWER_STEPS; k++) {
      const width = frame.width * (1 - k * NARROWER_STEP);
      const narrow = this.wrappedLines(text, width, format);
      const last = narrow[narrow.length - 1].trim();
      const before = narrow[narrow.length - 2]?.trimEnd() ?? '';
      const words = last.split(' ');
      if (narrow.length < 2 || words.length < 2 || widthOf(last) > short || shortest(narrow) < longEnough) continue;
      if (SENTENCE_END_BEFORE_BREAK.test(before) || STARTS_LIKE_NOTE_OR_ITEM.test(words[0])) continue;
      return { width };
    }
    // The last resort: the paragraph's end must show, even at the price of a shorter line above.
    const lastLineAt = this.lastTwoWords(atoms, text);
    return lastLineAt ? { lastLineAt } : {};
  }

  /** Where the last two words start (a space in one of the atoms), for a line of their own. */
  private lastTwoWords(atoms: (string | undefined)[], text: string): { atom: number; offset: number } | undefined {
    // The spaces between words, last first; the last line starts after one of them.
    const spaces: { atom: number; offset: number; before: string }[] = [];
    let before = '';
    atoms.forEach((atom, index) => {
      if (atom === undefined) return;
      for (let i = 0; i < atom.length; i++) {
        if (atom[i] === ' ' && i > 0 && atom[i - 1] !== ' ') spaces.push({ atom: index, offset: i, before: before + atom.slice(0, i) });
      }
      before += atom;
    });
    // Two words where the paragraph has them (a single word on the last line looks lost),
    // and never a break right after a sentence end, which would read as a paragraph end.
    // A paragraph without a space between words has no last line to move.
    if (spaces.length === 0) return undefined;
    let pick = spaces.length - Math.min(2, spaces.length);
    // Nor a moved line that starts like a note or a list item ("1 januari." would read as
    // note 1 at a page foot, "a. …" as an item).
    const wordAfter = (k: number) => text.slice(spaces[k].before.length + 1).split(' ')[0];
    while (pick >= 0 && (SENTENCE_END_BEFORE_BREAK.test(spaces[pick].before) || STARTS_LIKE_NOTE_OR_ITEM.test(wordAfter(pick)))) pick--;
    if (pick < 0) return undefined;
    return { atom: spaces[pick].atom, offset: spaces[pick].offset };
  }

  /** The lines pdfkit would set `text` in at `width`, in the paragraph's face (which stays current). */
  private wrappedLines(text: string, width: number, format: Format): string[] {
    const doc = this.doc as unknown as PDFKit.PDFDocument & { _text(text: string, x: number, y: number, options: object, line: (line: string) => void): void };
    const { x, y } = doc;
    doc.font(faceOf(format)).fontSize(format.size);
    const lines: string[] = [];
    doc._text(text, x, y, { width, lineGap: this.lineGap, height: Infinity }, (line) => {
      lines.push(line);
    });
    doc.x = x;
    doc.y = y;
    return lines.length > 0 ? lines : [''];
  }

  /** A paragraph's height, its measure and where its last line is made to start (see `lastLineFit`). */
  private paragraphLayout(inlines: Inline[], frame: Frame, format: Format, textFollows: boolean): { height: number; frame: Frame; lastLineAt?: { atom: number; offset: number } } {
    const fit = textFollows ? this.lastLineFit(inlines, frame, format) : {};
    const set = fit.width === undefined ? frame : { x: frame.x, width: fit.width };
    // The words moved to a line of their own make the paragraph one line taller.
    const extraLine = fit.lastLineAt ? this.doc.currentLineHeight(true) + this.lineGap : 0;
    return { height: this.paragraphHeight(inlines, set, format) + extraLine, frame: set, lastLineAt: fit.lastLineAt };
  }

  /**
   * Height of what must stand on one page with a heading, or a list or note label, before
   * `blocks`: their first paragraph (whole, as it is not split where it fits a page), also when
   * it opens a list or a quote, or a table's first row. It is what the first block's own page
   * break asks for, so nothing breaks between the label and its text. It is measured in the
   * `format` the blocks are drawn in (a note's are small, all of them).
   */
  private firstBlockHeight(blocks: Block[], frame: Frame, format: Format): number {
    const [first, next] = blocks;
    switch (first?.type) {
      case 'paragraph':
        return this.paragraphLayout(first.content, frame, format, textFollows(next)).height;
      case 'list':
        return this.firstBlockHeight(first.items[0].content, indented(frame, listIndent(first)), format);
      case 'blockquote':
        return this.firstBlockHeight(first.content, indented(frame, QUOTE_INDENT), format);
      case 'table':
        return this.rowHeight(first, first.rows[0], frame, format);
      default:
        return format.size * 2;
    }
  }

  // ---- blocks -------------------------------------------------------------------------------------------

  /** Blocks in `format`, the body's or a note's, down to the items of nested lists and the cells of tables. */
  private blocks(parent: El, blocks: Block[], frame: Frame, format: Format): void {
    blocks.forEach((block, i) => this.block(parent, block, frame, format, blocks[i + 1]));
  }

  private block(parent: El, block: Block, frame: Frame, format: Format, next?: Block): void {
    switch (block.type) {
      case 'paragraph':
        this.blockParagraph(parent, 'P', block.content, frame, format, textFollows(next));
        return;
      case 'list':
        this.list(parent, block, frame, format);
        return;
      case 'blockquote': {
        const el = this.open(parent, 'BlockQuote');
        this.blocks(el, block.content, indented(frame, QUOTE_INDENT), format);
        el.end();
        return;
      }
      case 'table':
        this.table(parent, block, frame, format);
    }
  }

  /** A paragraph-like element (P, H1, a field) with its inline content, then the space after it. */
  private blockParagraph(parent: El, type: string, inlines: Inline[], frame: Frame, format: Format, textFollows = false): void {
    const { doc } = this;
    const { height, frame: set, lastLineAt } = this.paragraphLayout(inlines, frame, format, textFollows);
    if (this.mayBreakNextParagraph) this.mayBreakNextParagraph = false;
    else this.keepTogether(height);
    const el = this.open(parent, type);
    this.lastLineAt = lastLineAt;
    this.inlineRuns(el, inlines, set, format, false);
    this.lastLineAt = undefined;
    el.end();
    doc.y += format.size * 0.6;
  }

  private list(parent: El, list: List, frame: Frame, format: Format): void {
    const { doc } = this;
    const el = this.open(parent, 'L');
    (el as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A = { O: 'List', ListNumbering: LIST_NUMBERING[list.style] };
    const indent = listIndent(list);
    const bodyFrame = indented(frame, indent);
    list.items.forEach((item, i) => {
      const printed = item.label ?? (list.style === 'bullet' ? '•' : labelFor(list.style, i) ?? `${i + 1}.`);
      const li = this.open(el, 'LI', item.label === undefined ? { title: DERIVED_LABEL_TITLE } : {});
      this.keepTogether(this.firstBlockHeight(item.content, bodyFrame, format));
      const y = doc.y;
      const lbl = this.open(li, 'Lbl');
      this.span(lbl, printed, () => {
        doc.font('regular').fontSize(format.size).fillColor('black');
        this.drawText(printed, 'regular', { width: indent, lineBreak: false }, { x: frame.x, y });
      });
      lbl.end();
      doc.y = y;
      const body = this.open(li, 'LBody');
      this.blocks(body, item.content, bodyFrame, format);
      body.end();
      li.end();
    });
    el.end();
  }

  /** A table row's height: its tallest cell and the padding around it. */
  private rowHeight(table: Table, row: TableRow, frame: Frame, format: Format): number {
    const { doc } = this;
    const width = columnWidth(table, frame) - 2 * CELL_PADDING;
    doc.font(row.header ? 'bold' : 'regular').fontSize(format.size);
    return Math.max(...row.cells.map((c) => doc.heightOfString(plainText(c.content) || ' ', { width, lineGap: this.lineGap }))) + 2 * CELL_PADDING;
  }

  private table(parent: El, table: Table, frame: Frame, format: Format): void {
    const { doc } = this;
    const el = this.open(parent, 'Table');
    const colWidth = columnWidth(table, frame);
    for (const row of table.rows) {
      const height = this.rowHeight(table, row, frame, format);
      this.keepWithNext(height);
      const y = doc.y;
      const tr = this.open(el, 'TR');
      row.cells.forEach((cell, c) => {
        const cellEl = this.open(tr, row.header ? 'TH' : 'TD', (row.header ? { scope: 'Column' } : {}) as PDFKit.Mixins.StructureElementOptions);
        if (cell.content.length > 0) {
          doc.y = y + CELL_PADDING;
          this.inlineRuns(cellEl, cell.content, { x: frame.x + c * colWidth + CELL_PADDING, width: colWidth - 2 * CELL_PADDING }, { ...format, bold: row.header === true }, true);
        }
        cellEl.end();
      });
      tr.end();
      drawArtifact(doc, 'Layout', () => {
        doc.lineWidth(0.5).strokeColor('#999999').moveTo(frame.x, y + height).lineTo(frame.x + frame.width, y + height).stroke();
      });
      doc.y = y + height;
    }
    el.end();
    doc.y += format.size * 0.6;
  }

  // ---- inline runs ---------------------------------------------------------------------------------------

  /**
   * Draws inline content as pdfkit continued text, one marked-content run per text node,
   * with Em, Strong, Sup, Sub, Link and Reference elements around their runs.
   */
  private inlineRuns(el: El, inlines: Inline[], frame: Frame, format: Format, keepY: boolean): void {
    const { doc } = this;
    this.atomsLeft = atomTexts(inlines).length;
    this.atomsDrawn = 0;
    this.startAt = { x: frame.x, y: doc.y };
    this.runs(el, inlines, frame, format);
    if (keepY) doc.x = frame.x;
  }

  private runs(el: El, inlines: Inline[], frame: Frame, format: Format): void {
    for (const node of inlines) {
      switch (node.type) {
        case 'text':
          this.atom(el, node.text, frame, format);
          break;
        case 'emphasis':
          this.wrapped(el, 'Em', node.content, frame, { ...format, italic: true });
          break;
        case 'strong':
          this.wrapped(el, 'Strong', node.content, frame, { ...format, bold: true });
          break;
        case 'superscript':
          this.wrapped(el, 'Sup', node.content, frame, { ...format, size: format.size * 0.7 });
          break;
        case 'subscript':
          this.wrapped(el, 'Sub', node.content, frame, { ...format, size: format.size * 0.7 });
          break;
        case 'link': {
          if (!node.target) {
            this.wrapped(el, 'LinkZonderDoel', node.content, frame, format);
            break;
          }
          const link = this.open(el, 'Link');
          const previous = this.currentLink;
          this.currentLink = { element: link, description: `${plainText(node.content)} (${node.target})` };
          this.runs(link, node.content, frame, { ...format, link: node.target });
          this.currentLink = previous;
          link.end();
          break;
        }
        case 'footnoteRef': {
          // /T names the footnote: labels need not be unique, ids are.
          const ref = this.open(el, 'Reference', { title: node.footnote });
          const fn = this.footnotes.get(node.footnote);
          this.atom(ref, markText(fn?.label ?? node.footnote), frame, { ...format, link: undefined, size: format.size * MARK_SCALE, lineSize: format.size });
          ref.end();
          break;
        }
      }
    }
  }

  private wrapped(el: El, type: string, content: Inline[], frame: Frame, format: Format): void {
    const child = this.open(el, type);
    this.runs(child, content, frame, format);
    child.end();
  }

  /** One text node: a marked-content run under `el`. */
  private atom(el: El, text: string, frame: Frame, format: Format): void {
    const { doc } = this;
    this.atomsLeft--;
    const index = this.atomsDrawn++;
    const continued = this.atomsLeft > 0;
    const start = this.startAt;
    this.startAt = undefined;
    this.span(el, text, () => {
      doc.font(faceOf(format)).fontSize(format.size).fillColor(format.link ? '#154273' : 'black');
      // Even line spacing: tools that read the page (pdftotext, OCR) take a taller line for a
      // paragraph break, so a larger mark gives back its extra height in the line gap, and it
      // stands on the line's baseline (pdfkit hangs text from the top of its own size).
      const extra = format.lineSize === undefined ? 0 : doc.currentLineHeight(false) * (1 - format.lineSize / format.size);
      const options: PDFKit.Mixins.TextOptions = { width: frame.width, lineGap: this.lineGap - extra, continued, underline: format.link !== undefined };
      if (format.link) options.link = format.link;
      if (format.lineSize !== undefined) {
        const ascender = (doc as unknown as { _font: { ascender: number } })._font.ascender;
        (options as { baseline?: number }).baseline = -((ascender / 1000) * format.lineSize);
      }
      const breakAt = this.lastLineAt?.atom === index ? this.lastLineAt.offset : -1;
      const drawn = (breakAt < 0 ? text : `${text.slice(0, breakAt)}\n${text.slice(breakAt + 1)}`) + (continued ? '' : this.drawnAfterLastAtom);
      this.drawText(drawn, faceOf(format), options, start);
    });
  }

  /**
   * Draws text in `face` and, for a character the face lacks, in the fallback font that has
   * it (./fonts.ts): one pdfkit text call per run, continued into the next run; the last run
   * continues as `options` says. The size and colour set before stay.
   */
  private drawText(text: string, face: FontFace, options: PDFKit.Mixins.TextOptions, at?: { x: number; y: number }): void {
    const { doc } = this;
    const runs = fontRuns(text, face);
    runs.forEach((run, r) => {
      doc.font(run.font);
      const runOptions = r < runs.length - 1 ? { ...options, continued: true } : options;
      if (r === 0 && at) doc.text(run.text, at.x, at.y, runOptions);
      else doc.text(run.text, runOptions);
    });
    doc.font(face);
  }

  // ---- notes at the end --------------------------------------------------------------------------------

  private notes(): void {
    const footnotes = this.letter.footnotes ?? [];
    if (footnotes.length === 0) return;
    const { doc, style } = this;
    const indent = mm(6);
    const frame = indented(this.frame, indent);
    // A note is smaller than the body, all of it alike: also its lists (with their labels), quotes and tables.
    const format = { bold: false, italic: false, size: style.fonts.small };
    // A label is drawn before its note's text, so the page break is decided for both first
    // (else the label could stay at a page foot, its text overleaf): the label stands with the
    // note's first block, whole where it fits a page (as every paragraph), and no note starts
    // in a page's last three font sizes.
    const heightToKeepWithLabel = (fn: Footnote) => Math.max(style.fonts.small * 3, this.firstBlockHeight(fn.content, frame, format));
    doc.y += style.fonts.size * 2;
    // The rule stands with the first note.
    this.keepTogether(style.fonts.small + heightToKeepWithLabel(footnotes[0]));
    const y = doc.y;
    drawArtifact(doc, 'Layout', () => {
      doc.lineWidth(0.5).strokeColor('black').moveTo(this.frame.x, y).lineTo(this.frame.x + mm(40), y).stroke();
    });
    doc.y += style.fonts.small;
    const sect = this.open(this.root, 'Voetnoten');
    for (const fn of footnotes) {
      this.keepTogether(heightToKeepWithLabel(fn));
      const note = this.doc.struct('Note');
      setStructureId(note, fn.id);
      sect.add(note);
      const top = doc.y;
      const lbl = this.open(note, 'Lbl');
      this.span(lbl, fn.label, () => {
        doc.font('regular').fontSize(format.size).fillColor('black');
        this.drawText(fn.label, 'regular', { width: indent, lineBreak: false }, { x: this.frame.x, y: top });
      });
      lbl.end();
      doc.y = top;
      this.blocks(note, fn.content, frame, format);
      note.end();
    }
    sect.end();
  }

  // ---- page furniture: running heads, page numbers -------------------------------------------------------

  private pageFurniture(): void {
    const { doc, style } = this;
    const range = doc.bufferedPageRange();
    const pages = range.count;
    for (let i = 0; i < pages; i++) {
      doc.switchToPage(range.start + i);
      // Furniture may stand in the margins; pdfkit must not take that for an overflow.
      const margins = { ...doc.page.margins };
      doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      const pageNumber = style.pageNumbers.format.replace('{page}', String(i + 1)).replace('{pages}', String(pages));
      const showNumber = i > 0 || style.pageNumbers.firstPage;
      drawArtifact(doc, 'Pagination', () => {
        doc.font('regular').fontSize(style.fonts.small).fillColor('black');
        if (i > 0 && style.runningHead) {
          const head = style.runningHead;
          doc.y = mm(head.y);
          for (const f of head.fields) {
            for (const line of placedLines(this.letter, f)) {
              doc.y += mm(line.spaceBefore);
              const text = line.label && line.labelPlacement === 'inline' ? `${line.label} ${line.text}` : line.text;
              if (line.label && line.labelPlacement !== 'inline') {
                doc.font('bold').text(line.label, mm(head.x), doc.y, { width: mm(head.width) });
              }
              doc.font(line.bold ? 'bold' : 'regular').text(text, mm(head.x), doc.y, { width: mm(head.width) });
            }
          }
          if (showNumber && style.pageNumbers.placement === 'running-head') {
            doc.y += mm(3);
            doc.font('regular').text(pageNumber, mm(head.x), doc.y, { width: mm(head.width) });
          }
        }
        const onSideColumn = i === 0 && style.pageNumbers.placement === 'running-head' && style.sideColumn && this.sideColumnEnd !== undefined;
        if (showNumber && onSideColumn) {
          doc.font('regular').text(pageNumber, mm(style.sideColumn!.x), this.sideColumnEnd! + mm(3), { width: mm(style.sideColumn!.width) });
        } else if (showNumber && (style.pageNumbers.placement === 'footer' || (i === 0 && style.pageNumbers.placement === 'running-head'))) {
          const y = mm(style.page.height) - margins.bottom / 2;
          doc.font('regular').text(pageNumber, margins.left, y, { width: mm(style.page.width) - margins.left - margins.right, align: 'right', lineBreak: false });
        }
      });
      doc.page.margins = margins;
    }
  }

  private bodyFormat(): Format {
    return { bold: false, italic: false, size: this.style.fonts.size };
  }
}

// ---- helpers ------------------------------------------------------------------------------------------------

function faceOf(format: Pick<Format, 'bold' | 'italic'>): FontFace {
  if (format.bold && format.italic) return 'boldItalic';
  if (format.bold) return 'bold';
  return format.italic ? 'italic' : 'regular';
}

/** The texts of a paragraph's atoms in drawing order; undefined for a footnote mark. */
function atomTexts(inlines: Inline[]): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  for (const node of inlines) {
    if (node.type === 'text') out.push(node.text);
    else if (node.type === 'footnoteRef') out.push(undefined);
    else out.push(...atomTexts(node.content));
  }
  return out;
}

/**
 * Space between the parts of a letter (head, cover letter, signature), in font sizes: two
 * empty lines, as in a printed letter. It is also what makes text taken from the page
 * without its layout show the parts apart: pdftotext prints a blank line between text
 * blocks more than 2.5 font sizes apart (poppler's maxBlockSpacing), and at the usual space
 * after a paragraph the subject would run on into the cover letter's first line.
 */
const SECTION_GAP = 2.5;

/** A last line longer than this part of the measure counts as full (see `lastLineBreak`). */
const LAST_LINE_SHORT = 0.75;
/** A paragraph whose last line would be full is tried at measures this much narrower, up to this many times. */
const NARROWER_STEP = 0.02;
const NARROWER_STEPS = 6;
/** A line at least this part of the measure is long: setting a paragraph must not make one above the last shorter. */
const LONG_LINE = 0.75;
/** A word a moved last line must not start with: a note number, a list label, a question or answer label. */
const STARTS_LIKE_NOTE_OR_ITEM = /^(?:\d{1,3}[.)]?|[ivxlcIVXLC]+[.)]|[a-zA-Z][.)]|[•◦▪–-]|vraag|vragen|antwoord)$/i;
/** Text that ends a sentence: a line may not end here when the paragraph goes on. */
const SENTENCE_END_BEFORE_BREAK = /[.!?:;][)"'’”]?$/;

/** How far a quote is set in from its frame. */
const QUOTE_INDENT = mm(8);
/** Space between a table cell's rule and its text. */
const CELL_PADDING = mm(1.5);

/** The part of `frame` right of an indent: a list item's body, a quote, a note's text. */
function indented(frame: Frame, indent: number): Frame {
  return { x: frame.x + indent, width: frame.width - indent };
}

/** Where a list item's body starts, right of its label. */
function listIndent(list: List): number {
  return mm(list.style === 'bullet' ? 5 : 8);
}

/** A table's columns are equally wide. */
function columnWidth(table: Table, frame: Frame): number {
  return frame.width / Math.max(...table.rows.map((r) => r.cells.length));
}

/** True when text follows a paragraph (a paragraph, a list, a quote): its last line must then not fill the measure. */
function textFollows(next: Block | undefined): boolean {
  return next !== undefined && next.type !== 'table';
}


/** Footnote marks are drawn larger than the text: superscript digits are small glyphs, and OCR drops them at text size. */
const MARK_SCALE = 1.3;


function documentTitle(letter: Letter): string {
  return letter.metadata.subject ?? letter.questionsAndAnswers?.title ?? `Brief van ${letter.metadata.date}`;
}

/** What the letter holds that the page does not print; kept in the document information. */
function pdfLetterData(letter: Letter): PdfLetterData {
  const data: PdfLetterData = { schemaVersion: letter.schemaVersion, kind: letter.kind };
  if (letter.chamber) data.chamber = letter.chamber;
  if (letter.inquiry) data.inquiry = letter.inquiry;
  if (letter.publication) data.publication = letter.publication;
  return data;
}
