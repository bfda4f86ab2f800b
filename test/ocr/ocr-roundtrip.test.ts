/**
 * OCR round trip: each sample letter rendered to PDF by kamerbrief's own exporter and read
 * back by `pdftotext`, `pdftotext -layout` and tesseract (300 dpi, Dutch). The texts are
 * committed under samples/ocr/ (made by samples/ocr/regenerate.sh, which says how to remake
 * them), so this test needs none of those tools. Each is imported with the text importer and
 * compared with the golden model: its structure exactly, its text by the character error rate
 * (see character-error-rate.ts for what text is compared), which is printed.
 *
 * The pdftotext texts must give back the letter's text exactly. Plain `pdftotext` prints no
 * blank line between paragraphs, so the importer sees a paragraph end only where a sentence
 * ends on a short line; the exporter therefore never lets the last line of a paragraph that
 * text follows fill the measure (src/exporters/pdf/index.ts, lastLineBreak).
 * Every footnote mark must stand where the model has it; none may be lost (the exporter draws
 * marks larger than the text so that tesseract reads them, if only as "'", "?", "®", "“", "°").
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importText } from '../../src/importers/text';
import type { Block, Inline, Letter } from '../../src/model/types';
import { loadSample, sampleNames, SAMPLES_DIR } from '../support/samples';
import { characterErrorRate, letterText } from './character-error-rate';

const OCR_DIR = path.join(SAMPLES_DIR, 'ocr');

/** Per tool: the highest character error rate (issue 7: 0 for pdftotext, 1 % for OCR). */
const TOOLS = [
  { tool: 'pdftotext', maxCer: 0 },
  { tool: 'pdftotext-layout', maxCer: 0 },
  { tool: 'tesseract', maxCer: 0.01 },
] as const;

/** Footnote ids referenced in inlines, in order. */
function refs(inlines: Inline[]): string[] {
  return inlines.flatMap((n) => (n.type === 'footnoteRef' ? [n.footnote] : 'content' in n ? refs(n.content) : []));
}

function blockRefs(b: Block): string[] {
  switch (b.type) {
    case 'paragraph':
      return refs(b.content);
    case 'list':
      return b.items.flatMap((it) => it.content.flatMap(blockRefs));
    case 'blockquote':
      return b.content.flatMap(blockRefs);
    case 'table':
      return b.rows.flatMap((r) => r.cells.flatMap((c) => refs(c.content)));
  }
}

/**
 * What must survive exactly: metadata, letterhead (return address, recipient, sender column),
 * the inquiry read from the text, signatories, the sections with their headings, each
 * question's numbers and what each answer covers, the footnotes by label; and apart, the place
 * of each footnote mark (the cover letter or the question or answer it stands in).
 */
function structure(letter: Letter) {
  const labelOf = (id: string) => letter.footnotes?.find((f) => f.id === id)?.label ?? `unknown ${id}`;
  const marks: string[] = [];
  for (const b of letter.coverLetter ?? []) marks.push(...blockRefs(b).map((id) => `${labelOf(id)} in the cover letter`));
  const sections = (letter.questionsAndAnswers?.sections ?? []).map((s) => ({
    heading: s.heading ?? null,
    items: s.items.map((item) => {
      const name = item.type === 'question' ? `question ${item.numbers.join(', ')}` : `answer to ${item.questions.join(', ')}`;
      marks.push(...item.body.flatMap(blockRefs).map((id) => `${labelOf(id)} in ${name}`));
      return name;
    }),
  }));
  return {
    structure: {
      kind: letter.kind,
      chamber: letter.chamber,
      date: letter.metadata.date,
      reference: letter.metadata.reference,
      subject: letter.metadata.subject,
      letterhead: letter.letterhead,
      inquiry: letter.inquiry,
      signatories: letter.signatories,
      sections,
      footnotes: (letter.footnotes ?? []).map((f) => f.label),
    },
    marks,
  };
}

const cases = sampleNames().flatMap((name) => TOOLS.map((t) => ({ name, ...t, file: `${name}.${t.tool}.txt` })));

describe('OCR round trip of the sample letters through the PDF exporter', () => {
  it.each(cases)('$file: exact structure, character error rate ≤ $maxCer', ({ name, tool, file, maxCer }) => {
    const fixture = path.join(OCR_DIR, file);
    expect(fs.existsSync(fixture) ? fixture : `${fixture} is missing: run samples/ocr/regenerate.sh`).toBe(fixture);
    const golden = loadSample(name);
    const result = importText(fs.readFileSync(fixture, 'utf8'));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const letter = result.letter!;
    const [text, goldenText] = [letterText(letter), letterText(golden)];
    const cer = characterErrorRate(text, goldenText);
    // The same with every paragraph break read as a space: the words alone.
    const wordsCer = characterErrorRate(text.replace(/\n/g, ' '), goldenText.replace(/\n/g, ' '));
    const got = structure(letter);
    const want = structure(golden);
    process.stderr.write(
      `OCR round trip ${name} ${tool}: character error rate ${(cer * 100).toFixed(3)} % (${Math.round(cer * goldenText.length)} of ${goldenText.length} characters; ` +
        `${Math.round(wordsCer * goldenText.length)} with paragraph breaks left out); footnote marks placed ${got.marks.length} of ${want.marks.length}\n`,
    );
    expect(got.structure).toEqual(want.structure);
    // Every mark stands where the model has it, in order, and none is lost.
    expect(got.marks).toEqual(want.marks);
    if (maxCer === 0) {
      expect(text).toEqual(goldenText);
    } else {
      // Show where the texts part, to make a failure readable.
      if (cer > maxCer) expect(text).toEqual(goldenText);
      expect(cer).toBeLessThanOrEqual(maxCer);
    }
  });
});
