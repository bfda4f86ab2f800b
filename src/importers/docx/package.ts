/**
 * Opening a DOCX package from untrusted bytes: the ZIP with size limits (src/zip), its XML
 * parts with the safe reader (src/xml/read.ts), and the tables the body refers to: styles,
 * numbering, relationships, footnotes and custom properties.
 */
import { childElements, decodeXml, descendants, firstChild, parseXml, textContent, XmlError, type XmlElement } from '../../xml/read';
import { looksLikeZip, openZip, ZipError, type ZipArchive } from '../../zip/unzip';

export class DocxError extends Error {}

/** Limits for a letter: far above any real one, far below what hurts. */
export const DOCX_ZIP_LIMITS = { maxMemberBytes: 32 * 1024 * 1024, maxTotalBytes: 128 * 1024 * 1024, maxMembers: 2000 };

export interface NumberingLevel {
  format: string;
  text: string;
  start: number;
}

/** A w:num: the abstract list it uses, its levels, and the levels it restarts (w:startOverride). */
export interface NumberingInstance {
  abstractId: string;
  levels: Map<number, NumberingLevel>;
  restarts: Set<number>;
}

/** A page header or footer part, with the section references that show it. */
export interface HeaderFooterPart {
  /** Its name in the package ("word/header2.xml"). */
  name: string;
  kind: 'header' | 'footer';
  /**
   * Where it is shown: "letterhead" (the first-page header of a first section that has a
   * different first page), "running" (a header or footer Word prints on pages), or "unused"
   * (an even-page one in a document without different even pages, or one no section uses).
   */
  role: 'letterhead' | 'running' | 'unused';
  /** The references that name it ("first", "default", "even"). */
  types: string[];
  root: XmlElement;
  links: Map<string, string>;
}

export interface DocxPackage {
  body: XmlElement;
  /** Page headers and footers, in the order of their names. */
  headersFooters: HeaderFooterPart[];
  /** Endnote id -> its w:endnote element (separators left out), and the endnotes' hyperlink targets. */
  endnotes: Map<string, XmlElement>;
  endnoteLinks: Map<string, string>;
  /** Style id -> style name as Word shows it ("heading 1"). */
  styleNames: Map<string, string>;
  /** numId -> its list definition. */
  numbering: Map<string, NumberingInstance>;
  /** Relationship id -> target, for hyperlinks in the body. */
  links: Map<string, string>;
  /** The same for footnotes, which have relationships of their own. */
  footnoteLinks: Map<string, string>;
  /** Footnote id -> its w:footnote element (separators left out). */
  footnotes: Map<string, XmlElement>;
  /** The id of the footnote whose reference mark a bookmark in the body holds (what a NOTEREF field refers to), or undefined. */
  noteAtBookmark: (bookmark: string) => string | undefined;
  /** Custom document properties by name. */
  properties: Map<string, string>;
}

export function openDocx(bytes: Uint8Array): DocxPackage {
  if (!looksLikeZip(bytes)) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
    if (head.startsWith('%PDF')) throw new DocxError('this is a PDF file, not a DOCX; read it with --from pdf (or name it .pdf)');
    if (bytes.length === 0) throw new DocxError('the file is empty; expected a DOCX (a ZIP package)');
    throw new DocxError('this is not a DOCX file: a DOCX is a ZIP package, and these bytes do not start like one');
  }
  let zip: ZipArchive;
  try {
    zip = openZip(bytes, DOCX_ZIP_LIMITS);
  } catch (err) {
    if (err instanceof ZipError) throw new DocxError(`not a readable DOCX: ${err.message}`);
    throw err;
  }
  if (!zip.has('word/document.xml')) {
    throw new DocxError('this ZIP archive has no word/document.xml, so it is not a Word document (DOCX)');
  }
  const part = (name: string): XmlElement | undefined => {
    let data: Uint8Array | undefined;
    try {
      data = zip.read(name);
    } catch (err) {
      if (err instanceof ZipError) throw new DocxError(`not a readable DOCX: ${err.message}`);
      throw err;
    }
    if (data === undefined) return undefined;
    try {
      return parseXml(decodeXml(data));
    } catch (err) {
      if (err instanceof XmlError) {
        const where = err.line !== undefined ? ` (line ${err.line}, column ${err.column})` : '';
        throw new DocxError(`${name} is not well-formed XML${where}: ${err.message}`);
      }
      throw err;
    }
  };
  const document = part('word/document.xml')!;
  const body = firstChild(document, 'body');
  if (document.local !== 'document' || !body) throw new DocxError('word/document.xml has no <w:document><w:body>; expected a Word document');
  // Read when a NOTEREF field asks, which few documents have.
  let notesAtBookmarks: Map<string, string> | undefined;
  const evenAndOdd = isOn(firstChildOf(part('word/settings.xml'), 'evenAndOddHeaders'));
  return {
    body,
    headersFooters: readHeadersFooters(body, part, evenAndOdd),
    endnotes: readFootnotes(part('word/endnotes.xml'), 'endnote'),
    endnoteLinks: readLinks(part('word/_rels/endnotes.xml.rels')),
    styleNames: readStyles(part('word/styles.xml')),
    numbering: readNumbering(part('word/numbering.xml')),
    links: readLinks(part('word/_rels/document.xml.rels')),
    footnoteLinks: readLinks(part('word/_rels/footnotes.xml.rels')),
    footnotes: readFootnotes(part('word/footnotes.xml')),
    noteAtBookmark: (bookmark) => (notesAtBookmarks ??= readNotesAtBookmarks(body)).get(bookmark),
    properties: readProperties(part('docProps/custom.xml')),
  };
}

/** The value of a w: attribute ("w:val") whatever the prefix. */
export function attr(el: XmlElement | undefined, local: string): string | undefined {
  if (!el) return undefined;
  for (const [name, value] of Object.entries(el.attrs)) if (name === local || name.endsWith(`:${local}`)) return value;
  return undefined;
}

/** An on/off property (<w:b/>, <w:tblHeader w:val="0"/>): present and not switched off. */
export function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const v = attr(el, 'val');
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v);
}

function readStyles(root: XmlElement | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const style of root ? childElements(root, 'style') : []) {
    const id = attr(style, 'styleId');
    if (id !== undefined) out.set(id, (attr(firstChild(style, 'name'), 'val') ?? id).toLowerCase());
  }
  return out;
}

function readNumbering(root: XmlElement | undefined): Map<string, NumberingInstance> {
  const out = new Map<string, NumberingInstance>();
  if (!root) return out;
  const abstracts = new Map<string, Map<number, NumberingLevel>>();
  for (const a of childElements(root, 'abstractNum')) {
    const levels = new Map<number, NumberingLevel>();
    for (const lvl of childElements(a, 'lvl')) {
      levels.set(Number(attr(lvl, 'ilvl') ?? 0), {
        format: attr(firstChild(lvl, 'numFmt'), 'val') ?? 'decimal',
        text: attr(firstChild(lvl, 'lvlText'), 'val') ?? '',
        start: Number(attr(firstChild(lvl, 'start'), 'val') ?? 1),
      });
    }
    abstracts.set(attr(a, 'abstractNumId') ?? '', levels);
  }
  for (const num of childElements(root, 'num')) {
    const abstractId = attr(firstChild(num, 'abstractNumId'), 'val') ?? '';
    const levels = new Map(abstracts.get(abstractId) ?? []);
    const restarts = new Set<number>();
    for (const o of childElements(num, 'lvlOverride')) {
      const level = Number(attr(o, 'ilvl') ?? 0);
      const start = attr(firstChild(o, 'startOverride'), 'val');
      const base = levels.get(level);
      if (base && start !== undefined) {
        levels.set(level, { ...base, start: Number(start) });
        restarts.add(level);
      }
    }
    out.set(attr(num, 'numId') ?? '', { abstractId, levels, restarts });
  }
  return out;
}

function readLinks(root: XmlElement | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of root ? childElements(root, 'Relationship') : []) {
    if ((rel.attrs.Type ?? '').endsWith('/hyperlink') && rel.attrs.Id) out.set(rel.attrs.Id, rel.attrs.Target ?? '');
  }
  return out;
}

function firstChildOf(root: XmlElement | undefined, local: string): XmlElement | undefined {
  return root && firstChild(root, local);
}

/**
 * The headers and footers the document's relationships name, each with where it is shown:
 * sections (w:sectPr, in a paragraph's properties or at the end of the body) refer to them
 * by type; the first section's "first" header is page 1's (when it has w:titlePg), "even"
 * ones are shown only with w:evenAndOddHeaders in the settings.
 */
function readHeadersFooters(body: XmlElement, part: (name: string) => XmlElement | undefined, evenAndOdd: boolean): HeaderFooterPart[] {
  const rels = part('word/_rels/document.xml.rels');
  const targets = new Map<string, { name: string; kind: 'header' | 'footer' }>();
  for (const rel of rels ? childElements(rels, 'Relationship') : []) {
    const kind = /\/(header|footer)$/.exec(rel.attrs.Type ?? '')?.[1] as 'header' | 'footer' | undefined;
    if (kind && rel.attrs.Id && rel.attrs.Target && rel.attrs.TargetMode !== 'External') {
      targets.set(rel.attrs.Id, { name: `word/${rel.attrs.Target.replace(/^\/?word\//, '').replace(/^\//, '')}`, kind });
    }
  }
  const sections = [...descendants(body, 'sectPr')];
  const roles = new Map<string, { role: HeaderFooterPart['role']; types: Set<string> }>();
  sections.forEach((sectPr, index) => {
    const titlePage = isOn(firstChild(sectPr, 'titlePg'));
    for (const ref of childElements(sectPr).filter((c) => c.local === 'headerReference' || c.local === 'footerReference')) {
      const target = targets.get(attr(ref, 'id') ?? '');
      if (!target) continue;
      const type = attr(ref, 'type') ?? 'default';
      const shown = type === 'first' ? titlePage : type === 'even' ? evenAndOdd : true;
      const role: HeaderFooterPart['role'] = !shown ? 'unused' : type === 'first' && index === 0 && target.kind === 'header' ? 'letterhead' : 'running';
      const entry = roles.get(target.name) ?? { role: 'unused', types: new Set<string>() };
      entry.types.add(type);
      if (entry.role !== 'letterhead' && role !== 'unused') entry.role = role;
      roles.set(target.name, entry);
    }
  });
  const out: HeaderFooterPart[] = [];
  const seen = new Set<string>();
  for (const { name, kind } of targets.values()) {
    if (seen.has(name)) continue;
    seen.add(name);
    const root = part(name);
    if (!root) continue;
    const entry = roles.get(name);
    const relsName = name.replace(/([^/]+)$/, '_rels/$1.rels');
    out.push({ name, kind, role: entry?.role ?? 'unused', types: [...(entry?.types ?? [])], root, links: readLinks(part(relsName)) });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}


function readFootnotes(root: XmlElement | undefined, local = 'footnote'): Map<string, XmlElement> {
  const out = new Map<string, XmlElement>();
  for (const note of root ? childElements(root, local) : []) {
    const type = attr(note, 'type');
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    out.set(attr(note, 'id') ?? '', note);
  }
  return out;
}

/** Bookmark name -> the id of the first footnote reference inside the bookmark, for every bookmark of the body that holds one. */
function readNotesAtBookmarks(body: XmlElement): Map<string, string> {
  const out = new Map<string, string>();
  /** Bookmarks started and not yet ended, by id, that hold no note reference so far. */
  const open = new Map<string, string>();
  const walk = (el: XmlElement): void => {
    for (const c of childElements(el)) {
      if (c.local === 'bookmarkStart') {
        const [id, name] = [attr(c, 'id'), attr(c, 'name')];
        if (id !== undefined && name !== undefined) open.set(id, name);
      } else if (c.local === 'bookmarkEnd') {
        open.delete(attr(c, 'id') ?? '');
      } else if (c.local === 'footnoteReference') {
        const note = attr(c, 'id');
        if (note === undefined) continue;
        for (const name of open.values()) out.set(name, note);
        open.clear();
      } else {
        walk(c);
      }
    }
  };
  walk(body);
  return out;
}

function readProperties(root: XmlElement | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of root ? childElements(root, 'property') : []) {
    const name = p.attrs.name;
    if (name !== undefined) out.set(name, descendants(p, 'lpwstr').map(textContent).join(''));
  }
  return out;
}
