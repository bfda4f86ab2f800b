/**
 * The source letter's DOCX in a real word processor: LibreOffice converts it to PDF and to
 * text without error, the text holds every body paragraph once, page 1 shows the letterhead
 * column and later pages the running head. Generated letters convert too, and a note
 * referenced twice is printed once with its number at both references. Needs soffice (libreoffice-writer-nogui) and
 * pdftotext (poppler-utils); .ci/run installs them. Without them this suite fails, saying so.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { exportDocx } from '../../src/exporters/docx';
import type { Block, Inline, Letter } from '../../src/model/types';
import { normalizeSpace } from '../../src/model/text';
import { letterArb } from '../support/arbitrary';
import { loadSample } from '../support/samples';
import { noteReferencedTwice } from './letters';
import { tempDir } from '../support/temp';

function need(tool: string, pkg: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
  if (!found) throw new Error(`${tool} is not installed; this test needs it: apt-get install -y ${pkg} (.ci/run does this)`);
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 90_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** Text as printed: a footnote reference is Word's number of the note (in the source letter, its label). */
function printed(inlines: readonly Inline[], letter: Letter): string {
  return inlines
    .map((n) => (n.type === 'text' ? n.text : n.type === 'footnoteRef' ? letter.footnotes!.find((f) => f.id === n.footnote)!.label : printed(n.content, letter)))
    .join('');
}

/** Every paragraph of the letter's body (cover letter, questions, answers, list items), as text. */
function bodyParagraphs(letter: Letter): string[] {
  const out: string[] = [];
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === 'paragraph') out.push(normalizeSpace(printed(b.content, letter)));
      else if (b.type === 'list') b.items.forEach((i) => walk(i.content));
      else if (b.type === 'blockquote') walk(b.content);
    }
  };
  walk(letter.coverLetter ?? []);
  letter.questionsAndAnswers?.sections.forEach((s) => s.items.forEach((i) => walk(i.body)));
  return out;
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

/** Words of one PDF page with their left edge, baseline side (yMax) and height in points (pdftotext -bbox). */
function wordsOnPage(pdf: string, page: number): { word: string; x: number; yMax: number; height: number }[] {
  const html = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    word: m[4],
    x: Number(m[1]),
    yMax: Number(m[3]),
    height: Number(m[3]) - Number(m[2]),
  }));
}

describe('the source letter in LibreOffice', () => {
  const letter = loadSample();
  let dir: string;
  let pdf: string;
  let text: string;

  beforeAll(async () => {
    need('soffice', 'libreoffice-writer-nogui');
    need('pdftotext', 'poppler-utils');
    dir = tempDir('kb-lo-');
    const docx = path.join(dir, 'brief.docx');
    fs.writeFileSync(docx, await exportDocx(letter, {}));
    // A profile of its own, so that other LibreOffice runs on the machine do not interfere.
    const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
    run('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx]);
    run('soffice', [profile, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, docx]);
    pdf = path.join(dir, 'brief.pdf');
    text = normalizeSpace(fs.readFileSync(path.join(dir, 'brief.txt'), 'utf8'));
  }, 120_000);

  it('converts to PDF and text', () => {
    expect(fs.statSync(pdf).size).toBeGreaterThan(10_000);
    expect(text.length).toBeGreaterThan(10_000);
  });

  it('keeps every body paragraph, once', () => {
    const paragraphs = bodyParagraphs(letter);
    expect(paragraphs.length).toBeGreaterThan(40);
    const counts = paragraphs.map((p) => [p.slice(0, 60), occurrences(text, p)]);
    expect(counts.filter(([, n]) => n !== 1)).toEqual([]);
  });

  it('shows the letterhead column beside the recipient on page 1, with its page number below it (issue 19)', () => {
    const words = wordsOnPage(pdf, 1);
    // The column starts 153 mm (434 pt) from the left edge, the text at the 25 mm (71 pt) margin.
    const column = words.filter((w) => w.x > 430).map((w) => w.word).join(' ');
    const text = words.filter((w) => w.x < 430).map((w) => w.word).join(' ');
    expect(column).toMatch(/^Directoraat-Generaal Migratie Bureau Internationale Migratie Turfmarkt 147 2511 DP Den Haag Postbus 20301 2500 EH Den Haag www\.rijksoverheid\.nl\/jenv Onze referentie 7562802 Pagina 1 van \d+$/);
    expect(text).toMatch(/^Retouradres Postbus 20301 2500 EH Den Haag Aan de Voorzitter van de Eerste Kamer der Staten-Generaal Postbus 20017 2500 EA DEN HAAG Datum 18 juni 2026 Betreft Antwoorden vragen over de Europese strategie voor asiel- en migratiebeheer COM\(2026\)45 Hierbij bied ik u/);
    expect(text).toMatch(/De Minister van Asiel en Migratie, Bart van den Brink$/);
    expect(words.filter((w) => w.word === 'Pagina' && w.x < 430)).toEqual([]);
  });

  it('repeats date, reference and page number in the column of later pages', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))![1]);
    expect(pages).toBeGreaterThan(3);
    for (const n of [2, pages]) {
      const words = wordsOnPage(pdf, n);
      const page = words.map((w) => w.word).join(' ');
      expect(page).toContain('Datum 18 juni 2026');
      expect(page).toContain('Onze referentie 7562802');
      expect(page).toContain(`Pagina ${n} van ${pages}`);
      expect(words.find((w) => w.word === 'Pagina')!.x).toBeGreaterThan(430);
    }
  });
});

describe('generated letters, and a note referenced twice, in LibreOffice', () => {
  let dir: string;
  /** The PDF of each DOCX, by the DOCX's path. */
  const pdfs = new Map<string, string>();
  // A fixed seed: the same eight letters every run, so a failure can be looked at.
  const generated = fc.sample(letterArb, { numRuns: 8, seed: 20260618 });

  beforeAll(async () => {
    need('soffice', 'libreoffice-writer-nogui');
    need('pdfinfo', 'poppler-utils');
    need('pdftotext', 'poppler-utils');
    dir = tempDir('kb-lo-gen-');
    const files: string[] = [];
    for (const [name, letter] of [...generated.map((l, i) => [`brief-${i}`, l] as const), ['twee-verwijzingen', noteReferencedTwice] as const]) {
      const file = path.join(dir, `${name}.docx`);
      fs.writeFileSync(file, await exportDocx(letter, {}));
      files.push(file);
      pdfs.set(name, file.replace(/\.docx$/, '.pdf'));
    }
    // One LibreOffice run for all of them: starting it is most of the time.
    run('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files]);
  }, 120_000);

  it('convert to PDF, every one of them, with lists, tables, links and footnotes of every kind', () => {
    for (const [i] of generated.entries()) {
      const info = run('pdfinfo', [pdfs.get(`brief-${i}`)!]);
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(0);
    }
  });

  it('shows a note once, and its number as a note mark at every reference (the second one a NOTEREF field)', () => {
    const pdf = pdfs.get('twee-verwijzingen')!;
    const text = normalizeSpace(run('pdftotext', [pdf, '-']));
    expect(text).toContain('Zie de verordening.1');
    expect(text).toContain('Wat zegt de richtlijn?2');
    expect(text).toContain('Hetzelfde als de verordening.1 En verder:');
    expect(text).toMatch(/artikel 3 ?2/);
    expect(occurrences(text, 'Verordening (EU) 2024/1348.')).toBe(1);
    expect(occurrences(text, 'Richtlijn (EU) 2024/1346.')).toBe(1);
    // Both marks of note 1 are set alike: smaller than the text and raised (superscript).
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))![1]);
    const words = Array.from({ length: pages }, (_, i) => wordsOnPage(pdf, i + 1)).flat();
    const marks = words.filter((w, i) => w.word === '1' && words[i - 1]?.word === 'verordening.');
    expect(marks).toHaveLength(2);
    for (const mark of marks) {
      const word = words[words.indexOf(mark) - 1];
      expect(mark.height).toBeCloseTo(marks[0].height, 1);
      expect(mark.height).toBeLessThan(word.height * 0.8);
      expect(mark.yMax).toBeLessThan(word.yMax - 1);
    }
  });
});
