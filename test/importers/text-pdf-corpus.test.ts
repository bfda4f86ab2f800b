/**
 * The real PDFs of ../shared/corpus/pdf/ through pdftotext (default and -layout) and the text
 * importer, against the counts a person read off each letter (its manifest.json): questions,
 * answers, combined answers, footnotes and date, and no error. The PDFs are read from there,
 * never copied into the project.
 *
 * Needs pdftotext (Debian: apt-get install poppler-utils, as .ci/run does); a missing tool
 * fails the test.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importText } from '../../src/importers/text';
import { summarize } from '../../src/model/summary';
import type { ManifestEntry } from '../support/manifest';
import { ROOT } from '../support/samples';

const PDFS = path.join(ROOT, '..', 'shared', 'corpus', 'pdf');


function pdftotext(file: string, mode: 'default' | 'layout'): string {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', ...(mode === 'layout' ? ['-layout'] : []), file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error('pdftotext is needed for this test and was not found (Debian: apt-get install poppler-utils)');
  if (r.status !== 0) throw new Error(`pdftotext failed on ${file}: ${r.stderr}`);
  return r.stdout;
}

if (!fs.existsSync(path.join(PDFS, 'manifest.json'))) {
  throw new Error(`the shared corpus is missing: expected ${PDFS}/manifest.json (tests read it from ../shared beside the project)`);
}
const manifest = JSON.parse(fs.readFileSync(path.join(PDFS, 'manifest.json'), 'utf8')) as ManifestEntry[];
const cases = manifest.flatMap((e) => (['default', 'layout'] as const).map((mode) => [e.file, mode, e] as const));

describe('pdftotext renderings of the corpus PDFs', () => {
  it('the corpus holds its 17 PDFs', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(17);
  });

  it.each(cases)('%s (%s) imports with the manifest counts', (file, mode, entry) => {
    const result = importText(pdftotext(path.join(PDFS, file), mode));
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
    const s = summarize(result.letter!, []);
    expect({
      questions: new Set(s.questions).size,
      answers: s.answers.length,
      combined: s.answers.filter((a) => a.length > 1),
      footnotes: s.footnotes,
      date: s.metadata.date,
    }).toEqual({
      questions: entry.questionCount,
      answers: entry.answerCount,
      combined: entry.combinedAnswers.map((c) => c.map(String)),
      footnotes: entry.footnoteCount,
      date: entry.date,
    });
    // Every note has its mark in the text: none is left over unpaired.
    expect(result.diagnostics.filter((d) => /has no mark in the text/.test(d.message)).map((d) => d.message)).toEqual([]);
  });
});
