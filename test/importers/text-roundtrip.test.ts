/**
 * The text flavour is stable: a letter written as text and read back gives a model that,
 * written and read again, stays the same. Plain text carries no links, emphasis or table
 * header marks, so the first pass may lose those; nothing else.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportText, exportTextFiles } from '../../src/exporters/text';
import { importMarkdown } from '../../src/importers/markdown';
import { importText } from '../../src/importers/text';
import type { Inline, Letter } from '../../src/model/types';
import { mapBlock } from '../../src/importers/recognise/recognise';
import { summarize } from '../../src/model/summary';
import { loadSample, sampleNames } from '../support/samples';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'markdown');

function throughText(letter: Letter): Letter {
  const r = importText(exportText(letter));
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.letter!;
}

/** What plain text can carry of inlines: the words and the footnote marks. */
function plain(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const n of inlines) {
    if (n.type === 'text' || n.type === 'footnoteRef') out.push(n);
    else out.push(...plain(n.content));
  }
  return out.reduce<Inline[]>((acc, n) => {
    const last = acc[acc.length - 1];
    if (n.type === 'text' && last?.type === 'text') acc[acc.length - 1] = { type: 'text', text: last.text + n.text };
    else acc.push(n);
    return acc;
  }, []);
}

describe('text round trip', () => {
  it.each(sampleNames())('sample %s: text keeps everything but link targets and formatting', (name) => {
    const golden = loadSample(name);
    const once = throughText(golden);
    const flatten = (l: Letter): Letter => {
      const copy: Letter = JSON.parse(JSON.stringify(l));
      for (const s of copy.questionsAndAnswers?.sections ?? []) for (const it of s.items) it.body = it.body.map((b) => mapBlock(b, plain));
      if (copy.coverLetter) copy.coverLetter = copy.coverLetter.map((b) => mapBlock(b, plain));
      for (const f of copy.footnotes ?? []) f.content = f.content.map((b) => mapBlock(b, plain));
      return copy;
    };
    expect(once).toEqual(flatten(golden));
  });

  const fixtures = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.md'));
  it.each(fixtures)('%s: import(text(import(text(m)))) equals import(text(m))', (file) => {
    const letter = importMarkdown(fs.readFileSync(path.join(FIXTURES, file), 'utf8')).letter!;
    const once = throughText(letter);
    expect(throughText(once)).toEqual(once);
    // And the first pass kept the letter's structure, and the inquiry (its own line).
    const pick = (l: Letter) => {
      const s = summarize(l, []);
      return { kind: s.kind, date: s.metadata.date, chamber: s.metadata.chamber, title: s.title, questions: s.questions, answers: s.answers, sections: s.sections, footnotes: s.footnotes, signatories: s.signatories, inquiry: s.inquiry };
    };
    expect(pick(once)).toEqual(pick(letter));
  });
});

describe('what the text exporter cannot carry, it says', () => {
  const letter = importMarkdown(
    '---\nkind: answer-letter\ndate: 2026-03-01\nsubject: Koppelingen\npublication:\n  number: "1234"\n---\n\nZie [de brief](https://www.rijksoverheid.nl/brief) en *deze* **nota**.\n\n### Vraag 1\n\nWaar staat [het rapport](https://example.org/rapport)?\n\n### Antwoord op vraag 1\n\nOp de website.\n',
  ).letter!;

  it('link targets as a warning, formatting and publication data as infos', () => {
    const { data, diagnostics } = exportTextFiles(letter);
    expect(data).toContain('Zie de brief en deze nota.');
    expect(data).not.toContain('https://');
    expect(diagnostics).toEqual([
      { severity: 'warning', message: 'plain text: 2 link targets are not written (the link text is); JSON, Markdown and the XML formats keep them' },
      { severity: 'info', message: 'plain text: 2 runs of emphasis, bold, superscript or subscript written as plain words' },
      { severity: 'info', pointer: '/publication', message: 'plain text: the publication data (identifier, number, vergaderjaar) is not written' },
    ]);
  });

  it('nothing for a letter plain text holds whole', () => {
    expect(exportTextFiles(importText(exportText(letter)).letter!).diagnostics).toEqual([]);
  });
});
