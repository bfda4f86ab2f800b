/**
 * The real PDFs in ../shared/corpus/pdf/ read by layout, against the counts a person read off
 * each one (manifest.json): questions, answers, combined answers, footnotes, date, and the
 * signatory's name. Nothing the page prints as furniture (each running head, footer, page
 * number the importer names in a diagnostic) may stand in the letter's text, nor the
 * publication furniture known to stand in these files. And the PDF route is at least as right
 * as `pdftotext -layout` plus the text importer on the same file (both scored, printed).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importPdf } from '../../src/importers/pdf';
import { importText } from '../../src/importers/text';
import type { ImportResult } from '../../src/importers/result';
import { manifestProblems, type ManifestEntry as Entry } from '../support/manifest';
import { ROOT } from '../support/samples';

const DIR = path.join(ROOT, '..', 'shared', 'corpus', 'pdf');

const FURNITURE = [/ah-tk-\d{8}-\d+/, /ISSN/, /Pagina\s*\d+\s*van\s*\d+/, /['’]s-Gravenhage 20\d\d/, /vergaderjaar \d{4}[–-]\d{4}, Aanhangsel/];

function problems(entry: Entry, result: ImportResult): string[] {
  if (!result.letter) return result.diagnostics.filter((d) => d.severity === 'error').map((d) => `error: ${d.message}`);
  return manifestProblems(entry, result.letter, result.diagnostics.filter((d) => d.severity === 'error').length);
}

/** The signatory's name as the manifest prints it: "Minister De Jonge (Binnenlandse Zaken …)" → "De Jonge". */
function signatoryName(signatory: string): string {
  return signatory.replace(/\s*\(.*$/, '').replace(/^(?:Minister|Staatssecretaris)\s+/, '');
}

/** The text of every question, answer and note: where no page furniture may stand. */
function bodyText(result: ImportResult): string {
  const letter = result.letter!;
  const items = (letter.questionsAndAnswers?.sections ?? []).flatMap((s) => s.items);
  return JSON.stringify([items, letter.footnotes ?? []]);
}

describe('real PDFs read by layout', () => {
  if (!fs.existsSync(path.join(DIR, 'manifest.json'))) throw new Error(`the shared PDF corpus is missing: expected ${DIR}/manifest.json`);
  const manifest = JSON.parse(fs.readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as Entry[];
  const results = new Map<string, ImportResult>();
  const textRoute = new Map<string, string[]>();

  beforeAll(async () => {
    for (const e of manifest) {
      const file = path.join(DIR, e.file);
      results.set(e.file, await importPdf(new Uint8Array(fs.readFileSync(file))));
      const layout = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      textRoute.set(e.file, problems(e, importText(layout)));
    }
  }, 120_000);

  afterAll(() => {
    const lines = manifest.map((e) => {
      const pdf = problems(e, results.get(e.file)!);
      const text = textRoute.get(e.file)!;
      return `  ${e.file}: pdf ${pdf.length ? pdf.join('; ') : 'ok'} | pdftotext -layout ${text.length ? text.join('; ') : 'ok'}`;
    });
    const ok = (f: (e: Entry) => string[]) => manifest.filter((e) => f(e).length === 0).length;
    process.stderr.write(
      `\nPDF corpus: layout route ${ok((e) => problems(e, results.get(e.file)!))}/${manifest.length}, ` +
        `pdftotext -layout + text importer ${ok((e) => textRoute.get(e.file)!)}/${manifest.length}\n${lines.join('\n')}\n`,
    );
  });

  it.each(manifest.map((e) => e.file))('%s imports with the manifest counts, footnotes and date', (file) => {
    const entry = manifest.find((e) => e.file === file)!;
    expect(problems(entry, results.get(file)!)).toEqual([]);
  });

  it.each(manifest.filter((e) => e.signatory).map((e) => e.file))('%s names its signatory', (file) => {
    const entry = manifest.find((e) => e.file === file)!;
    expect(JSON.stringify(results.get(file)!.letter!.signatories)).toContain(signatoryName(entry.signatory!));
  });

  it.each(manifest.map((e) => e.file))('%s keeps none of its page furniture in its questions, answers and notes', (file) => {
    const result = results.get(file)!;
    const text = bodyText(result);
    const dropped = result.diagnostics
      .filter((d) => d.severity === 'info' && / is page furniture, not letter content$/.test(d.message))
      .map((d) => /"(.*)"/.exec(d.message)![1])
      // A date or a short number also stands in the text for its own reasons.
      .filter((t) => t.length >= 12 && !/^\d{1,2} \p{L}+ \d{4}$/u.test(t));
    expect(dropped.length).toBeGreaterThan(0);
    for (const t of dropped) expect({ furniture: t, inText: text.includes(t) }).toEqual({ furniture: t, inText: false });
    for (const re of FURNITURE) expect({ furniture: re.source, found: text.match(re)?.[0] }).toEqual({ furniture: re.source, found: undefined });
  });

  it.each(manifest.map((e) => e.file))('%s: the PDF route is at least as right as pdftotext -layout and the text importer', (file) => {
    const entry = manifest.find((e) => e.file === file)!;
    expect(problems(entry, results.get(file)!).length).toBeLessThanOrEqual(textRoute.get(file)!.length);
  });

  it('says on which page each finding stands', () => {
    for (const r of results.values()) for (const d of r.diagnostics) if (d.pointer === undefined) expect(d.line).toBeUndefined();
    const pages = [...results.values()].flatMap((r) => r.diagnostics.map((d) => d.page)).filter((p) => p !== undefined);
    expect(pages.length).toBeGreaterThan(100);
  });
});
