/**
 * The nine corpus text letters in the shapes other extractors give them: form feeds removed,
 * blank lines removed, both, and the whole letter on one line. Each variant must give the
 * questions, answers (with what each covers), notes and date of the letter itself.
 *
 * VARIANTS_PASSING lists the variants the importer gets right today; each must stay right (a
 * ratchet). The others are reported in the score line until they pass too.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importMarkdown } from '../../src/importers/markdown';
import { importText } from '../../src/importers/text';
import { summarize } from '../../src/model/summary';
import { plainText } from '../../src/model/text';
import { ROOT } from '../support/samples';

const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');

const VARIANTS: Record<string, (text: string) => string> = {
  'no form feeds': (t) => t.replace(/\f/g, '\n'),
  'no blank lines': (t) =>
    t
      .split('\n')
      .filter((l) => l.trim() !== '')
      .join('\n'),
  'neither': (t) =>
    t
      .replace(/\f/g, '\n')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .join('\n'),
  'one line': (t) => t.replace(/\s+/g, ' ').trim(),
};

const ALL = ['no form feeds', 'no blank lines', 'neither', 'one line'];
const VARIANTS_PASSING: Record<string, string[]> = {
  '01-tk-ah-2367-fin-rekeninggluren.txt': ['no form feeds', 'no blank lines', 'neither'],
  '03-tk-ah-1999-bzk-mededeling.txt': ['no form feeds', 'no blank lines', 'neither'],
  '04-tk-ah-3649-lnv-stalvloer.txt': ['no form feeds', 'no blank lines', 'neither'],
  '08-tk-ah-3235-szw-tozo.txt': ALL,
  '09-tk-brief-jenv-sammy-baker.txt': ['no form feeds'],
  '12-tk-brief-jenv-niet-noodnummer.txt': ['no form feeds'],
  '14-tk-nnav-36450-ezk-atr.txt': ['no form feeds'],
  '15-ek-ah-19891990-6-bz-boekarest.txt': ['no form feeds', 'no blank lines', 'neither'],
  '17-ek-ah-19681969-23-venw-spoorwegen.txt': ALL,
};

/** The corpus letters that are not text but Markdown (pandoc output of a Word letter): read as such. */
const MARKDOWN = new Set(
  (JSON.parse(fs.readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as { file: string; format: string }[]).filter((e) => e.format.startsWith('markdown')).map((e) => e.file),
);

/** What a variant must keep: the questions, what each answer covers, the notes' texts, the date. */
function structure(text: string, file: string) {
  const result = (MARKDOWN.has(file) ? importMarkdown : importText)(text);
  if (!result.letter) return { errors: result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message) };
  const s = summarize(result.letter, []);
  return {
    questions: s.questions,
    answers: s.answers,
    notes: (result.letter.footnotes ?? []).map((f) => f.content.map((b) => (b.type === 'paragraph' ? plainText(b.content) : b.type)).join(' ').replace(/\s+/g, ' ')),
    date: s.metadata.date,
  };
}

const letters = Object.keys(VARIANTS_PASSING);
const results = new Map<string, boolean>();

describe('corpus text letters in the shapes other extractors give them', () => {
  const originals = new Map(letters.map((f) => [f, fs.readFileSync(path.join(CORPUS, f), 'utf8')]));
  const expected = new Map(letters.map((f) => [f, structure(originals.get(f)!, f)]));

  afterAll(() => {
    const passed = [...results.values()].filter(Boolean).length;
    const failing = [...results].filter(([, ok]) => !ok).map(([k]) => `  FAIL ${k}`);
    process.stderr.write(`\nvariants score: ${passed}/${results.size} variants give the letter's structure\n${failing.join('\n')}\n`);
  });

  it('each letter itself imports with questions and answers', () => {
    for (const f of letters) expect(expected.get(f)).toEqual(expect.objectContaining({ questions: expect.any(Array) }));
  });

  const cases = letters.flatMap((f) => ALL.map((v) => [f, v] as const));
  it.each(cases)('%s, %s', (file, variant) => {
    const got = structure(VARIANTS[variant](originals.get(file)!), file);
    const ok = JSON.stringify(got) === JSON.stringify(expected.get(file));
    results.set(`${file}, ${variant}`, ok);
    if (VARIANTS_PASSING[file].includes(variant)) expect(got).toEqual(expected.get(file));
  });
});
