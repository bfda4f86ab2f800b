/**
 * The real letters in ../shared/corpus/ against the counts a person read off them
 * (manifest.json): question count, answer count, combined answers, footnotes, date. The
 * corpus is read from there, never copied into the project. A score line is printed.
 *
 * LETTERS_PASSING lists the letters the importers get right today; each must stay right
 * (a ratchet). The others are reported in the score line until they pass too.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportText } from '../../src/exporters/text';
import { importMarkdown } from '../../src/importers/markdown';
import { importText } from '../../src/importers/text';
import type { Letter } from '../../src/model/types';
import { validateLetter } from '../../src/model/validate';
import { manifestProblems, type ManifestEntry } from '../support/manifest';
import { ROOT } from '../support/samples';

const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');

const LETTERS_PASSING = [
  '01-tk-ah-2367-fin-rekeninggluren.txt',
  '03-tk-ah-1999-bzk-mededeling.txt',
  '04-tk-ah-3649-lnv-stalvloer.txt',
  '08-tk-ah-3235-szw-tozo.txt',
  '09-tk-brief-jenv-sammy-baker.txt',
  '12-tk-brief-jenv-niet-noodnummer.txt',
  '14-tk-nnav-36450-ezk-atr.txt',
  '15-ek-ah-19891990-6-bz-boekarest.txt',
  '17-ek-ah-19681969-23-venw-spoorwegen.txt',
];

/** Page furniture known to stand in the corpus files: none of it may be left in the letter's text. */
const FURNITURE = [
  /ah-tk-\d{8}-\d+/,
  /ISSN/,
  /Pagina\s*\d+\s*van\s*\d+/,
  /['’]s-Gravenhage 20\d\d/,
  /vergaderjaar \d{4}[–-]\d{4}, (?:Aanhangsel|\d[\d ]*, nr\. \d+)/,
  /kst-\d+-\d+/,
  /Ons kenmerk\s*\d+/,
  /Aanhangsel van de Handelingen/,
];


/** Each note reference inside a note's own text, as "note id -> referred id". */
function referencesInNotes(letter: Letter): string[] {
  const found: string[] = [];
  const visit = (id: string, node: unknown): void => {
    if (Array.isArray(node)) node.forEach((n) => visit(id, n));
    else if (node && typeof node === 'object') {
      const n = node as { type?: string; footnote?: string };
      if (n.type === 'footnoteRef') found.push(`${id} -> ${n.footnote}`);
      Object.values(node).forEach((v) => visit(id, v));
    }
  };
  for (const f of letter.footnotes ?? []) visit(f.id, f.content);
  return found;
}

function score(entry: ManifestEntry): { ok: boolean; problems: string[]; text?: string; letter?: Letter } {
  const source = fs.readFileSync(path.join(CORPUS, entry.file), 'utf8');
  const result = (entry.format.startsWith('markdown') ? importMarkdown : importText)(source);
  if (!result.letter) return { ok: false, problems: result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message) };
  const problems = manifestProblems(entry, result.letter, validateLetter(result.letter).filter((d) => d.severity === 'error').length);
  return { ok: problems.length === 0, problems, text: exportText(result.letter), letter: result.letter };
}

describe('the shared corpus of real letters', () => {
  if (!fs.existsSync(path.join(CORPUS, 'manifest.json'))) {
    throw new Error(`the shared corpus is missing: expected ${CORPUS}/manifest.json (tests read it from ../shared beside the project)`);
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const results = new Map(manifest.map((e) => [e.file, score(e)]));

  afterAll(() => {
    const passed = [...results.values()].filter((r) => r.ok).length;
    const lines = manifest.map((e) => `  ${results.get(e.file)!.ok ? 'ok  ' : 'FAIL'} ${e.file}${results.get(e.file)!.ok ? '' : ': ' + results.get(e.file)!.problems.join('; ')}`);
    process.stderr.write(`\ncorpus score: ${passed}/${manifest.length} letters match their manifest counts\n${lines.join('\n')}\n`);
  });

  it.each(LETTERS_PASSING)('%s matches its manifest counts', (file) => {
    expect(results.get(file)!.problems).toEqual([]);
  });

  // None of these letters refers to a note from a note: a mark read there was body text taken
  // for a note, or a page number ("p4") taken for a mark.
  it.each(manifest.map((e) => e.file))('%s holds no note reference in a note', (file) => {
    expect(referencesInNotes(results.get(file)!.letter!)).toEqual([]);
  });

  it.each(manifest.map((e) => e.file))('%s keeps no page furniture in its text', (file) => {
    const text = results.get(file)!.text!;
    for (const re of FURNITURE) expect({ furniture: re.source, found: text.match(re)?.[0] }).toEqual({ furniture: re.source, found: undefined });
  });
});
