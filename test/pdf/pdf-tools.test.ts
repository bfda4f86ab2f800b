/**
 * The source letter's PDF (and a short letter's) as other tools see it: qpdf, pdfinfo, pdffonts and pdftotext
 * (poppler). CI installs them (.ci/run); a missing tool fails with the package to install.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPdfUa } from '../../src/check/pdfua';
import { exportPdf, markText } from '../../src/exporters/pdf';
import { importPdf } from '../../src/importers/pdf';
import type { Block, Inline, Letter } from '../../src/model/types';
import { answerLabel, questionLabel } from '../../src/model/labels';
import { allInlineSequences, blockArrays, sectionItems } from '../../src/model/walk';
import { importMarkdown } from '../../src/importers/markdown';
import { importText } from '../../src/importers/text';
import { defaultHouseStyle } from '../../src/templates/default';
import { letterText } from '../ocr/character-error-rate';
import { loadSample, ROOT, SOURCE_LETTER } from '../support/samples';
import { tempDir } from '../support/temp';

function tool(name: string, args: string[]): { status: number | null; stdout: string } {
  const r = spawnSync(name, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${name} is needed for this test and was not found (Debian: apt-get install poppler-utils qpdf)`);
  return { status: r.status, stdout: r.stdout };
}

describe('the source letter as PDF, read by other tools', () => {
  let dir: string;
  let file: string;
  const letter = loadSample(SOURCE_LETTER);

  beforeAll(async () => {
    dir = tempDir('kb-pdf-');
    file = path.join(dir, 'brief.pdf');
    fs.writeFileSync(file, await exportPdf(letter));
  });

  it('qpdf --check finds no error', () => {
    const r = tool('qpdf', ['--check', file]);
    expect(r.stdout).toContain('No syntax or stream encoding errors found');
    expect(r.status).toBe(0);
  });

  it('pdfinfo: tagged, PDF 1.7, the subject as title, A4', () => {
    const info = tool('pdfinfo', [file]).stdout;
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    expect(info).toMatch(/^Title:\s+Antwoorden vragen over de Europese strategie voor asiel- en migratiebeheer COM\(2026\)45$/m);
    expect(info).toMatch(/^Page size:\s+595\.27\d x 841\.8\d pts \(A4\)$/m);
  });

  it('pdffonts: every font embedded, subset, with a Unicode map', () => {
    const rows = tool('pdffonts', [file]).stdout.split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row).toMatch(/NotoSans-\w+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('pdftotext holds every body paragraph once, whole: no running head or page number inside one', () => {
    const text = tool('pdftotext', [file, '-']).stdout;
    // pdftotext breaks lines where the page does; compare with all whitespace made single spaces.
    const flat = text.replace(/\u2011/g, '-').replace(/\s+/g, ' ');
    const labels = new Map((letter.footnotes ?? []).map((f) => [f.id, f.label]));
    // The text as printed: footnote marks as the superscripts the PDF shows.
    const printed = (inlines: Inline[]): string =>
      inlines.map((n) => (n.type === 'text' ? n.text : n.type === 'footnoteRef' ? markText(labels.get(n.footnote)!) : printed(n.content))).join('');
    const paragraphs = [...allInlineSequences(letter)].filter((v) => v.isBlock).map((v) => printed(v.inlines).replace(/\s+/g, ' '));
    const long = paragraphs.filter((p) => p.length > 60);
    expect(long.length).toBeGreaterThan(40);
    for (const p of long) {
      const count = flat.split(p).length - 1;
      expect({ p, count }).toEqual({ p, count: 1 });
    }
    expect((text.match(/Pagina \d+ van \d+/g) ?? []).length).toBeGreaterThan(5);
  });

  it('no page ends on a heading: a question label or theme heading stands on the page of its first paragraph', () => {
    const headings = new Set<string>([
      ...(letter.questionsAndAnswers?.sections ?? []).flatMap((s) => (s.heading ? [s.heading] : [])),
      ...[...sectionItems(letter)].map(({ item }) => (item.type === 'question' ? questionLabel(item.numbers) : answerLabel(item.questions))),
    ]);
    expect(headings.size).toBeGreaterThan(20);
    const pages = tool('pdftotext', [file, '-']).stdout.replace(/\u2011/g, '-').split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((page, i) => {
      const lines = page.split('\n').map((l) => l.trim()).filter(Boolean);
      expect({ page: i + 1, last: lines[lines.length - 1], heading: headings.has(lines[lines.length - 1]) }).toEqual({ page: i + 1, last: lines[lines.length - 1], heading: false });
    });
  });

  it('pdftotext: a paragraph that text follows ends on a short line, so its end survives without the layout', () => {
    // Plain pdftotext prints no blank line between paragraphs; the exporter keeps the last
    // line of such a paragraph short (lastLineBreak). Among them the source letter's
    // "… voor de komende vijf jaar uitzet.", whose last line would otherwise fill the measure.
    const lines = tool('pdftotext', [file, '-']).stdout.replace(/\u2011/g, '-').split('\n').map((l) => l.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, '').trim());
    const measure = Math.max(...lines.map((l) => l.length));
    const words = (inlines: Inline[]): string => inlines.map((n) => (n.type === 'text' ? n.text : 'content' in n ? words(n.content) : '')).join('');
    const followed: string[] = [];
    const visit = (blocks: Block[]) =>
      blocks.forEach((b, i) => {
        const next = blocks[i + 1];
        if (b.type === 'paragraph' && next && next.type !== 'table') followed.push(words(b.content).replace(/\s+/g, ' ').trim());
        if (b.type === 'list') b.items.forEach((it) => visit(it.content));
        if (b.type === 'blockquote') visit(b.content);
      });
    for (const { blocks } of blockArrays(letter)) visit(blocks);
    expect(followed.length).toBeGreaterThan(15);
    expect(followed.some((p) => p.endsWith('voor de komende vijf jaar uitzet.'))).toBe(true);
    for (const paragraph of followed) {
      // The paragraph's last line: the longest printed line its text ends with.
      const last = lines.filter((l) => l.length > 0 && paragraph.endsWith(l)).sort((a, b) => b.length - a.length)[0];
      expect({ paragraph, last }).toEqual({ paragraph, last: expect.any(String) });
      expect({ last, longerThanFourFifths: last.length > measure * 0.8 }).toEqual({ last, longerThanFourFifths: false });
    }
  });
});

describe('the parts of a short letter, apart in plain pdftotext', () => {
  // A letter of a few short lines: no line is "short" next to the others, so only a blank
  // line tells where the subject ends and where the signature starts. The exporter sets the
  // parts of a letter further apart than pdftotext's block spacing (SECTION_GAP).
  const source = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'markdown', 'gecombineerde-vraag.md'), 'utf8');
  const letter = importMarkdown(source).letter!;
  let text: string;

  beforeAll(async () => {
    const dir = tempDir('kb-pdf-');
    const file = path.join(dir, 'kort.pdf');
    fs.writeFileSync(file, await exportPdf(letter));
    text = tool('pdftotext', ['-enc', 'UTF-8', file, '-']).stdout;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a blank line follows the subject and comes before the signature', () => {
    expect(text).toContain(`Betreft ${letter.metadata.subject}\n\nHierbij bied ik u de antwoorden aan`);
    // The role is printed with the closing's comma (the house style, as in DOCX).
    expect(text).toContain(`(BBB).\n\n${letter.signatories![0].role},\n${letter.signatories![0].name}`);
  });

  it('the text importer reads subject, cover letter and signatory back as they were', () => {
    const back = importText(text).letter!;
    expect(back.metadata.subject).toBe(letter.metadata.subject);
    expect(back.coverLetter).toEqual(letter.coverLetter);
    expect(back.signatories).toEqual(letter.signatories);
  });
});

const NOTES_FIXTURE = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'markdown', 'voetnoten-gfm.md'), 'utf8');
const words = 'het kabinet heeft besloten dat het beleid verder wordt onderzocht met gemeenten en provincies over de uitvoering van de regeling'.split(' ');
const noteWords = 'zie ook de brief aan de Tweede Kamer over de voortgang van het programma en de bijlagen daarbij'.split(' ');
const sentence = (n: number, vocabulary = words) => Array.from({ length: n }, (_, i) => vocabulary[i % vocabulary.length]).join(' ');
/**
 * The fixture letter with these paragraphs as the whole answer to question 2 (its note mark
 * after the first) and, if given, these texts for its notes 1 and 2 (Markdown: a block other
 * than a paragraph on indented lines under the definition).
 */
function withAnswer(paragraphs: string[], notes: string[] = []): Letter {
  expect(NOTES_FIXTURE).toContain('Dat wordt nader onderzocht.[^1]');
  const [first, ...rest] = paragraphs;
  let source = NOTES_FIXTURE.replace('Dat wordt nader onderzocht.[^1]', [`${first}[^1]`, ...rest].join('\n\n'));
  notes.forEach((text, i) => {
    const definition = new RegExp(`^\\[\\^${i + 1}\\]: .*$`, 'm');
    expect(source).toMatch(definition);
    source = source.replace(definition, `[^${i + 1}]: ${text}`);
  });
  return importMarkdown(source).letter!;
}

/** pdftotext's output for the letter's PDF, with these options before the file (plain text without). */
async function pdftotext(letter: Letter, ...options: string[]): Promise<string> {
  const dir = tempDir('kb-pdf-');
  try {
    const file = path.join(dir, 'brief.pdf');
    fs.writeFileSync(file, await exportPdf(letter));
    return tool('pdftotext', [...options, '-enc', 'UTF-8', file, '-']).stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A word on a page and its box, in points from the page's top left corner. */
interface PlacedWord {
  text: string;
  x: number;
  top: number;
  bottom: number;
}

/** The words of the letter's PDF, page by page, where pdftotext -bbox finds them. */
async function pageWords(letter: Letter): Promise<PlacedWord[][]> {
  const html = await pdftotext(letter, '-bbox');
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        text: m[4],
        x: Number(m[1]),
        top: Number(m[2]),
        bottom: Number(m[3]),
      })),
    );
}

describe('page breaks and moved last lines, in plain pdftotext', () => {
  it('a label whose paragraph fits a page but not under it takes the first lines with it, and no page ends on it', async () => {
    // About 440 words: alone it fits a page, under its label it does not.
    const letter = withAnswer([sentence(440) + '.', 'Tweede alinea.']);
    const pages = (await pdftotext(letter)).split('\f').filter((p) => p.trim());
    const lines = pages.map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean));
    for (const page of lines) expect(page[page.length - 1]).not.toMatch(/^(?:Vraag|Antwoord op vra)/);
    // The label and the paragraph's first line stand on one page.
    const labelled = lines.find((page) => page.includes('Antwoord op vraag 2'))!;
    expect(labelled[labelled.indexOf('Antwoord op vraag 2') + 1]).toMatch(/^het kabinet heeft besloten/);
  });

  it('a paragraph ending "… per 1 januari." comes back whole, whatever line "1 januari." starts (not note 1)', async () => {
    // The exporter never moves words to a last line that starts like a note ("1 januari.");
    // where the text wraps there by itself, the importer reads a date, not a note.
    const wrong: string[] = [];
    for (let n = 8; n < 40; n++) {
      const letter = withAnswer([`Dit ${sentence(n)} gaat in per 1 januari.`, 'Dit is de laatste alinea.']);
      const back = importText(await pdftotext(letter)).letter!;
      // letterText holds the notes' texts too; emphasis, which plain text cannot show, is left out.
      if (letterText(back) !== letterText(letter) || back.footnotes?.length !== letter.footnotes?.length) wrong.push(`${n} words`);
    }
    expect(wrong).toEqual([]);
  }, 60000);

  const noteForms = [
    { opening: 'a paragraph', markdown: (text: string) => text, printed: (text: string) => text },
    { opening: 'a list', markdown: (text: string) => `\n    - ${text}`, printed: (text: string) => `• ${text}` },
  ];
  it.each(noteForms)("a note's label stands on the page of its text, and a note that fits a page is not split, wherever the notes fall (notes opening with $opening)", async ({ markdown, printed }) => {
    // Notes of four and three lines after an answer that ends ever lower on its page: at some
    // lengths only a line or two is left for a note, room for its label but not its text.
    const notes = [`Toelichting ${sentence(60, noteWords)}.`, `Bron ${sentence(40, noteWords)}.`];
    const letterOf = (n: number) => withAnswer([`${sentence(n)}.`], notes.map(markdown));
    const apart: string[] = [];
    const notesOverleaf: number[] = [];
    for (let n = 80; n <= 620; n += 4) {
      const text = (await pdftotext(letterOf(n))).replace(/\u2011/g, '-');
      const pages = text.split('\f').map((page) => page.replace(/\s+/g, ' '));
      // pdftotext reads a note's label first, then the note's text.
      notes.forEach((note, i) => {
        if (!pages.some((page) => page.includes(`${i + 1} ${printed(note)}`))) apart.push(`${n} words: note ${i + 1}`);
      });
      const answerEnd = pages.findIndex((page) => page.includes(`${sentence(n).split(' ').slice(-3).join(' ')}.`));
      const firstNote = pages.findIndex((page) => page.includes(notes[0].slice(0, 30)));
      expect({ n, found: answerEnd >= 0 && firstNote >= 0 }).toEqual({ n, found: true });
      if (firstNote > answerEnd) notesOverleaf.push(n);
    }
    expect(apart).toEqual([]);
    // The sweep did reach page feet: at some lengths the first note starts a page.
    expect(notesOverleaf.length).toBeGreaterThan(0);
    // Such a letter, too, passes the PDF/UA checker, reads back whole and gives the same bytes every time.
    const moved = letterOf(notesOverleaf[0]);
    const bytes = await exportPdf(moved);
    expect(await checkPdfUa(bytes)).toEqual([]);
    expect((await importPdf(bytes, { embedded: false })).letter).toEqual(moved);
    expect(Buffer.from(await exportPdf(moved)).equals(Buffer.from(bytes))).toBe(true);
  }, 60000);
});

/** The default house style, templates/rijksoverheid.json: the body at fonts.size (9 pt), notes at fonts.small (7 pt). */
const style = defaultHouseStyle();
const points = (millimetres: number) => (millimetres * 72) / 25.4;
/** The left edge of the text, where a note's label stands. */
const textLeft = points(style.page.margins.left);

describe('the blocks of a note, in the note size', () => {
  // A note holding a paragraph, a bulleted list with a nested list, a quote and a table with a header row.
  const blocksNote = [
    'Notitie met een alinea.',
    '',
    '    - lijstpunt een',
    '        - subpunt twee',
    '    - lijstpunt drie',
    '',
    '    > citaatwoord vier',
    '',
    '    | kopcel | kopveld |',
    '    | --- | --- |',
    '    | celwaarde | celinhoud |',
  ].join('\n');
  const letter = withAnswer(['Dat wordt nader onderzocht.'], [blocksNote]);

  it("sets a note's lists (their labels and nested lists too), quote and table (its header row too) in the note's size, as its paragraph", async () => {
    expect(style.fonts.small).toBeLessThan(style.fonts.size);
    const placed = (await pageWords(letter)).flat();
    // A word's box is as high as its font's ascent to descent, in proportion to its size; a
    // body word (question 1: "Kent u het rapport …") gives the height per point.
    const bodyWord = placed.find((w) => w.text === 'Kent')!;
    const heightPerPoint = (bodyWord.bottom - bodyWord.top) / style.fonts.size;
    // The note's words, each as often as it is printed: the paragraph's, three list labels (one of the nested list), the items', the quote's, the cells'.
    const printed = { Notitie: 1, '•': 3, lijstpunt: 2, subpunt: 1, citaatwoord: 1, kopcel: 1, kopveld: 1, celwaarde: 1, celinhoud: 1 };
    const sizes = Object.entries(printed).flatMap(([text, times]) => {
      const found = placed.filter((w) => w.text === text);
      expect({ text, found: found.length }).toEqual({ text, found: times });
      return found.map((w) => ({ text, size: Math.round(((w.bottom - w.top) / heightPerPoint) * 100) / 100 }));
    });
    expect(sizes).toEqual(sizes.map(({ text }) => ({ text, size: style.fonts.small })));
  });

  it('such a letter passes the PDF/UA checker, reads back whole and gives the same bytes every time', async () => {
    const bytes = await exportPdf(letter);
    expect(await checkPdfUa(bytes)).toEqual([]);
    expect((await importPdf(bytes, { embedded: false })).letter).toEqual(letter);
    expect(Buffer.from(await exportPdf(letter)).equals(Buffer.from(bytes))).toBe(true);
  });

  const openings = [
    { opening: 'a list', markdown: (text: string) => `\n    - ${text}` },
    { opening: 'a quote', markdown: (text: string) => `\n    > ${text}` },
  ];
  it.each(openings)('a note opening with $opening goes overleaf exactly when its label and first block, as drawn, do not fit under the text', async ({ markdown }) => {
    // The page break before a note's label is decided on the height of its first block; it
    // must be measured in the size the block is drawn in, or notes go overleaf that fit.
    const contentBottom = points(style.page.height - style.page.margins.bottom);
    const outcomes: { n: number; moved: boolean; answerEnd: number; labelTop: number; height: number }[] = [];
    for (let n = 80; n <= 620; n += 4) {
      const pages = await pageWords(withAnswer([`${sentence(n)} einde.`], [markdown(`Toelichting ${sentence(34, noteWords)} slotwoord.`)]));
      const find = (test: (w: PlacedWord) => boolean) => {
        const page = pages.findIndex((words) => words.some(test));
        return { page, word: pages[page].find(test)! };
      };
      const end = find((w) => w.text === 'einde.');
      const label = find((w) => w.text === '1' && w.x < textLeft + 1);
      const last = find((w) => w.text === 'slotwoord.');
      expect({ n, notePage: last.page }).toEqual({ n, notePage: label.page });
      const lineTops = [...new Set(pages[label.page].filter((w) => w.top >= label.word.top && w.top <= last.word.top).map((w) => w.top))].sort((a, b) => a - b);
      expect({ n, lines: lineTops.length >= 2 }).toEqual({ n, lines: true });
      // The block's height as pdfkit measures it: its lines, each with the gap under it.
      const height = last.word.top - label.word.top + (lineTops[1] - lineTops[0]);
      outcomes.push({ n, moved: label.page > end.page, answerEnd: end.word.top, labelTop: label.word.top, height });
    }
    // Under the answer, the label stands a fixed distance below the answer's last line (the rule between).
    const stayed = outcomes.filter((o) => !o.moved);
    const below = (o: (typeof outcomes)[number]) => Math.round((o.labelTop - o.answerEnd) * 100) / 100;
    expect(stayed.map(below)).toEqual(stayed.map(() => below(stayed[0])));
    // The sweep reached page feet: at some lengths the note goes overleaf.
    expect(outcomes.some((o) => o.moved)).toBe(true);
    // No note starts in a page's last three font sizes (docs/pdf.md).
    const fitsUnderAnswer = (o: (typeof outcomes)[number]) => o.answerEnd + below(stayed[0]) + Math.max(o.height, style.fonts.small * 3) <= contentBottom + 0.01;
    expect(outcomes.filter((o) => o.moved === fitsUnderAnswer(o)).map((o) => o.n)).toEqual([]);
  }, 60000);
});

describe('a note opening with a list of two items, then the next note', () => {
  // Plain pdftotext read this "• 2 tweede punt.": the next note's label before the last item's text.
  const firstItem = `eerste ${sentence(30, noteWords)}.`;
  const letter = withAnswer(['Dat wordt nader onderzocht.'], [`\n    - ${firstItem}\n    - tweede punt.`, 'Monitor Stikstof en Natuur 2025.']);

  it('is set line under line: every line of the list below the one before, the next label below the list', async () => {
    const page = (await pageWords(letter)).find((words) => words.some((w) => w.text === 'Monitor'))!;
    const label = (text: string) => page.find((w) => w.text === text && w.x < textLeft + 1)!;
    const [first, next] = [label('1'), label('2')];
    // The notes' lines from label 1 down, each with the words on it.
    const tops = [...new Set(page.filter((w) => w.top >= first.top).map((w) => w.top))].sort((a, b) => a - b);
    const lines = tops.map((top) => page.filter((w) => w.top === top));
    expect(lines[0].map((w) => w.text).slice(0, 3)).toEqual(['1', '•', 'eerste']);
    lines.slice(1).forEach((line, i) => {
      const bottomAbove = Math.max(...lines[i].map((w) => w.bottom));
      expect({ line: line.map((w) => w.text).join(' '), below: line[0].top >= bottomAbove }).toEqual({ line: line.map((w) => w.text).join(' '), below: true });
    });
    const labelLine = lines.find((line) => line.includes(next))!;
    expect(labelLine.map((w) => w.text)).toEqual(['2', 'Monitor', 'Stikstof', 'en', 'Natuur', '2025.']);
    expect(lines[lines.indexOf(labelLine) - 1].map((w) => w.text)).toEqual(['•', 'tweede', 'punt.']);
  });
});
