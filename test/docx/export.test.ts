import { strFromU8, unzipSync } from 'fflate';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportDocx } from '../../src/exporters/docx';
import type { Letter } from '../../src/model/types';
import { parseHouseStyle } from '../../src/templates/parse';
import { childElements, descendants, firstChild, parseXml, textContent, type XmlElement } from '../../src/xml/read';
import { loadSample, ROOT } from '../support/samples';
import { noteReferencedTwice } from './letters';

const plain = parseHouseStyle(fs.readFileSync(path.join(ROOT, 'templates', 'plain.json'), 'utf8'), 'plain.json');

async function parts(letter: Letter, options = {}): Promise<Record<string, string>> {
  const files = unzipSync(await exportDocx(letter, options));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

const xml = (text: string) => parseXml(text);
const attr = (el: XmlElement | undefined, name: string) => el?.attrs[`w:${name}`];
const styleOf = (p: XmlElement) => attr(firstChild(firstChild(p, 'pPr') ?? p, 'pStyle'), 'val');
const bodyParagraphs = (doc: string) => childElements(firstChild(xml(doc), 'body')!, 'p');

describe('DOCX export of the source letter (rijksoverheid house style)', () => {
  let files: Record<string, string>;
  beforeAll(async () => {
    files = await parts(loadSample());
  });

  it('is byte-identical when written twice', async () => {
    const a = await exportDocx(loadSample(), {});
    const b = await exportDocx(loadSample(), {});
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  it('has core properties from the letter and its date, not the clock', () => {
    const core = files['docProps/core.xml'];
    expect(core).toContain('<dc:title>Antwoorden vragen over de Europese strategie voor asiel- en migratiebeheer COM(2026)45</dc:title>');
    expect(core).toContain('<dc:subject>Antwoorden vragen over de Europese strategie voor asiel- en migratiebeheer COM(2026)45</dc:subject>');
    expect(core).toContain('<dc:creator>Directoraat-Generaal Migratie</dc:creator>');
    expect(core).toMatch(/<dcterms:created[^>]*>2026-06-18T00:00:00Z<\/dcterms:created>/);
  });

  it('sets the document language to nl-NL', () => {
    const defaults = firstChild(xml(files['word/styles.xml']), 'docDefaults')!;
    expect(attr(descendants(defaults, 'lang')[0], 'val')).toBe('nl-NL');
  });

  it('defines Title and Heading 1/2 with outline levels', () => {
    const styles = childElements(xml(files['word/styles.xml']), 'style');
    const byId = (id: string) => styles.find((s) => s.attrs['w:styleId'] === id)!;
    expect(attr(firstChild(byId('Heading1'), 'name'), 'val')).toBe('heading 1');
    expect(attr(descendants(byId('Heading1'), 'outlineLvl')[0], 'val')).toBe('0');
    expect(attr(descendants(byId('Heading2'), 'outlineLvl')[0], 'val')).toBe('1');
    expect(byId('Title')).toBeDefined();
  });

  it('writes cover letter, signature, title, theme headings and labels in the order of the model', () => {
    const paragraphs = bodyParagraphs(files['word/document.xml']);
    const text = (p: XmlElement) => descendants(p, 't').map(textContent).join('');
    const find = (style: string) => paragraphs.filter((p) => styleOf(p) === style).map(text);
    expect(find('Title')).toEqual(['Vragen van de leden van de fracties van Volt en PvdD over de Europese strategie voor asiel- en migratiebeheer COM(2026)45.']);
    expect(find('Heading1')[0]).toBe('Migratiediplomatie en inzet van drukmiddelen');
    const labels = find('Heading2');
    expect(labels.slice(0, 4)).toEqual(['Vraag 1', 'Antwoord op vraag 1', 'Vraag 2', 'Antwoord op vraag 2']);
    // 15 questions; questions 5 and 6, and 14 and 15, are answered together.
    expect(labels.filter((l) => l.startsWith('Vraag'))).toHaveLength(15);
    expect(labels.filter((l) => l.startsWith('Antwoord'))).toHaveLength(13);
    expect(labels).toEqual(expect.arrayContaining(['Antwoord op vragen 5 en 6', 'Antwoord op vragen 14 en 15']));
    const order = paragraphs.map(text);
    const at = (s: string) => order.findIndex((t) => t.startsWith(s));
    expect(at('Hierbij bied ik u')).toBeLessThan(at('De Minister van Asiel en Migratie'));
    expect(at('De Minister van Asiel en Migratie')).toBeLessThan(at('Vragen van de leden'));
    expect(find('KbOndertekening')).toEqual(['De Minister van Asiel en Migratie,Bart van den Brink']);
  });

  it('puts the letterhead column in a frame on page 1 and the recipient and Datum/Betreft in the text', () => {
    const paragraphs = bodyParagraphs(files['word/document.xml']);
    const framed = paragraphs.filter((p) => descendants(p, 'framePr').length > 0);
    const framedText = framed.map((p) => descendants(p, 't').map(textContent).join(''));
    expect(framedText).toEqual([
      'Directoraat-Generaal Migratie',
      'Bureau Internationale Migratie',
      'Turfmarkt 147',
      '2511 DP Den Haag',
      'Postbus 20301',
      '2500 EH Den Haag',
      'www.rijksoverheid.nl/jenv',
      'Onze referentie7562802',
      // Page 1's number stands below the column, as on later pages: "Pagina {PAGE} van {NUMPAGES}".
      'Pagina  van ',
    ]);
    const frame = firstChild(firstChild(framed[0], 'pPr')!, 'framePr')!;
    expect(frame.attrs['w:hAnchor']).toBe('page');
    expect(Number(frame.attrs['w:x'])).toBe(Math.round((153 * 1440) / 25.4));
    const styles = paragraphs.map(styleOf);
    expect(styles.filter((s) => s === 'KbGeadresseerde')).toHaveLength(4);
    const meta = paragraphs.filter((p) => styleOf(p) === 'KbDatum' || styleOf(p) === 'KbBetreft').map((p) => descendants(p, 't').map(textContent).join(''));
    expect(meta).toEqual(['Datum 18 juni 2026', 'Betreft Antwoorden vragen over de Europese strategie voor asiel- en migratiebeheer COM(2026)45']);
  });

  it('repeats date, reference and page number in the header of later pages only', () => {
    const rels = files['word/_rels/document.xml.rels'];
    const sect = descendants(xml(files['word/document.xml']), 'sectPr')[0];
    expect(firstChild(sect, 'titlePg')).toBeDefined();
    const headerTarget = (type: string) => {
      const ref = childElements(sect, 'headerReference').find((h) => h.attrs['w:type'] === type)!;
      return new RegExp(`Id="${ref.attrs['r:id']}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${ref.attrs['r:id']}"`).exec(rels)?.[1];
    };
    const later = files[`word/${headerTarget('default')}`];
    const first = files[`word/${headerTarget('first')}`];
    expect(textContent(xml(later))).toContain('18 juni 2026');
    expect(textContent(xml(later))).toContain('7562802');
    expect(later).toMatch(/PAGE/);
    expect(later).toMatch(/NUMPAGES/);
    expect(textContent(xml(first)).trim()).toBe('');
  });

  it('writes real numbered lists that keep their style', () => {
    const numbering = xml(files['word/numbering.xml']);
    const formats = descendants(numbering, 'lvl').map((l) => `${attr(firstChild(l, 'numFmt'), 'val')} ${attr(firstChild(l, 'lvlText'), 'val')}`);
    expect(formats).toEqual(expect.arrayContaining(['lowerRoman %1.', 'lowerLetter %1.']));
    const numbered = bodyParagraphs(files['word/document.xml']).filter((p) => descendants(p, 'numPr').length > 0);
    expect(numbered.length).toBeGreaterThanOrEqual(5);
    expect(numbered.every((p) => styleOf(p) === 'ListParagraph')).toBe(true);
  });

  it('writes real footnotes and references them from the text', () => {
    const notes = childElements(xml(files['word/footnotes.xml']), 'footnote').filter((n) => !n.attrs['w:type']);
    expect(notes).toHaveLength(5);
    expect(textContent(notes[0])).toBe('Verordening (EU) 2024/1348');
    expect(descendants(xml(files['word/document.xml']), 'footnoteReference')).toHaveLength(5);
  });

  it('uses no empty paragraphs for spacing and no tabs for layout', () => {
    const doc = xml(files['word/document.xml']);
    const empty = bodyParagraphs(files['word/document.xml']).filter((p) => descendants(p, 't').every((t) => textContent(t).trim() === '') && descendants(p, 'footnoteReference').length === 0);
    expect(empty).toEqual([]);
    expect(descendants(doc, 'tab')).toEqual([]);
  });

  it('carries kind, chamber, inquiry and footnote ids in custom properties', () => {
    const custom = files['docProps/custom.xml'];
    expect(custom).toContain('name="Kamerbrief schemaversie"');
    expect(custom).toContain('eerste-kamer');
    expect(custom).toContain('180760');
  });
});

describe('DOCX export of inline and block structure', () => {
  const letter: Letter = {
    schemaVersion: '1.0',
    language: 'nl',
    kind: 'answer-letter',
    metadata: { date: '2026-01-02', subject: 'Proef' },
    coverLetter: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Zie ' }, { type: 'link', target: 'https://example.org/a?b=c&d=e', content: [{ type: 'text', text: 'het rapport' }] }, { type: 'text', text: ' en ' }, { type: 'emphasis', content: [{ type: 'text', text: 'dit' }] }] },
      { type: 'table', rows: [{ header: true, cells: [{ content: [{ type: 'text', text: 'Jaar' }] }] }, { cells: [{ content: [{ type: 'text', text: '2025' }] }] }] },
      { type: 'list', style: 'upper-roman', items: [{ label: 'III.', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'derde' }] }, { type: 'list', style: 'bullet', items: [{ content: [{ type: 'paragraph', content: [{ type: 'text', text: 'binnen' }] }] }] }] }] },
    ],
  };

  it('writes hyperlinks with their target, italics for emphasis, a header row and a list starting at III with a nested level', async () => {
    const files = await parts(letter);
    expect(files['word/_rels/document.xml.rels']).toContain('Target="https://example.org/a?b=c&amp;d=e" TargetMode="External"');
    const doc = xml(files['word/document.xml']);
    const italic = descendants(doc, 'r').filter((r) => descendants(r, 'i').length > 0).map(textContent);
    expect(italic).toEqual(['dit']);
    expect(descendants(doc, 'tblHeader')).toHaveLength(1);
    const levels = descendants(xml(files['word/numbering.xml']), 'lvl').map((l) => [attr(firstChild(l, 'numFmt'), 'val'), attr(firstChild(l, 'start'), 'val'), l.attrs['w:ilvl']]);
    expect(levels).toEqual(expect.arrayContaining([['upperRoman', '3', '0'], ['bullet', '1', '1']]));
  });

  it('refuses text Word cannot hold, naming where it is, rather than write a broken file', async () => {
    const bad: Letter = { ...letter, coverLetter: [{ type: 'paragraph', content: [{ type: 'text', text: 'bel\u0007' }] }] };
    await expect(exportDocx(bad, {})).rejects.toThrow('at /coverLetter/0/content/0/text: the character U+0007 cannot be written in a Word document');
  });

  it('with the plain house style: no frames, page numbers in the footer of every page', async () => {
    const files = await parts(loadSample(), { houseStyle: plain });
    expect(files['word/document.xml']).not.toContain('framePr');
    const footers = Object.keys(files).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => files[f]);
    expect(footers.filter((f) => f.includes('NUMPAGES'))).toHaveLength(2);
    expect(files['word/styles.xml']).toContain('w:ascii="Liberation Sans"');
  });
});

/** Each complex field of a part, in order: its instruction, its result and the result's character style. */
function fieldsOf(part: XmlElement): { instruction: string; result: string; style?: string }[] {
  const out: { instruction: string; result: string; style?: string }[] = [];
  let field: { instruction: string; result: string; style?: string; inResult: boolean } | undefined;
  for (const run of descendants(part, 'r')) {
    for (const c of childElements(run)) {
      const type = c.local === 'fldChar' ? attr(c, 'fldCharType') : undefined;
      if (type === 'begin') field = { instruction: '', result: '', inResult: false };
      else if (type === 'separate') field!.inResult = true;
      else if (type === 'end') {
        const { inResult: _inResult, ...done } = field!;
        out.push(done);
        field = undefined;
      } else if (c.local === 'instrText' && field) field.instruction += textContent(c);
      else if (c.local === 't' && field?.inResult) {
        field.result += textContent(c);
        field.style = attr(firstChild(firstChild(run, 'rPr') ?? run, 'rStyle'), 'val');
      }
    }
  }
  return out;
}

/** The ids of the note marks between a bookmark's start and end (in one paragraph). */
function marksInBookmark(part: XmlElement, name: string): string[] {
  const start = descendants(part, 'bookmarkStart').find((b) => attr(b, 'name') === name);
  const paragraph = start && descendants(part, 'p').find((p) => childElements(p).includes(start));
  if (!start || !paragraph) return [];
  const siblings = childElements(paragraph);
  const from = siblings.indexOf(start);
  const to = siblings.findIndex((e) => e.local === 'bookmarkEnd' && attr(e, 'id') === attr(start, 'id'));
  if (to < from) return [];
  return siblings.slice(from, to).flatMap((e) => descendants(e, 'footnoteReference')).map((r) => attr(r, 'id')!);
}

describe('DOCX export of a note referenced twice', () => {
  it('writes each note and its reference mark once, and a later reference as Word\'s cross-reference to the mark', async () => {
    const files = await parts(noteReferencedTwice);
    const doc = xml(files['word/document.xml']);
    expect(childElements(xml(files['word/footnotes.xml']), 'footnote').filter((n) => !n.attrs['w:type'])).toHaveLength(2);
    expect(descendants(doc, 'footnoteReference').map((r) => attr(r, 'id'))).toEqual(['1', '2']);
    // NOTEREF to the bookmark at the first mark, formatted as a note mark (\f), linked (\h); the result is the number Word gives the note.
    expect(fieldsOf(doc).filter((f) => f.instruction.includes('NOTEREF'))).toEqual([
      { instruction: ' NOTEREF _RefKbNote1 \\f \\h ', result: '1', style: 'FootnoteReference' },
      { instruction: ' NOTEREF _RefKbNote2 \\f \\h ', result: '2', style: 'FootnoteReference' },
    ]);
    expect(marksInBookmark(doc, '_RefKbNote1')).toEqual(['1']);
    expect(marksInBookmark(doc, '_RefKbNote2')).toEqual(['2']);
  });

  it('shows the number Word gives the note, by the order of first references, not of the notes', async () => {
    const text = (t: string) => ({ type: 'text' as const, text: t });
    const letter: Letter = {
      ...noteReferencedTwice,
      coverLetter: [{ type: 'paragraph', content: [text('Eerst de richtlijn.'), { type: 'footnoteRef', footnote: 'fn2' }, text(' Dan de verordening.'), { type: 'footnoteRef', footnote: 'fn1' }] }],
    };
    const doc = xml((await parts(letter))['word/document.xml']);
    // The second note of the letter (Word's footnote 2) is referenced first, so Word numbers it 1.
    expect(descendants(doc, 'footnoteReference').map((r) => attr(r, 'id'))).toEqual(['2', '1']);
    expect(fieldsOf(doc).filter((f) => f.instruction.includes('NOTEREF')).map((f) => [f.instruction, f.result])).toEqual([
      [' NOTEREF _RefKbNote1 \\f \\h ', '1'],
      [' NOTEREF _RefKbNote2 \\f \\h ', '2'],
      [' NOTEREF _RefKbNote1 \\f \\h ', '1'],
    ]);
    expect(marksInBookmark(doc, '_RefKbNote1')).toEqual(['2']);
  });

  it('puts no bookmark at a note referenced once', async () => {
    const doc = xml((await parts(loadSample()))['word/document.xml']);
    expect(descendants(doc, 'bookmarkStart').filter((b) => attr(b, 'name')!.startsWith('_RefKbNote'))).toEqual([]);
    expect(fieldsOf(doc).filter((f) => f.instruction.includes('NOTEREF'))).toEqual([]);
  });
});
