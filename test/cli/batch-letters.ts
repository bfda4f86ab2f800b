/**
 * Generated letters on disk for the batch tests: `letterArb` sampled with a fixed seed and
 * written as Markdown, spread over sub-directories, plus broken files of every kind the
 * CLI must report and go past.
 */
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportMarkdown } from '../../src/exporters/markdown';
import type { Letter } from '../../src/model/types';
import { letterArb } from '../support/arbitrary';

const MINISTER = { role: 'De Minister van Asiel en Migratie', name: 'Bart van den Brink' };

export interface WrittenLetter {
  /** Path relative to the input directory, e.g. "2025/brief-007.md". */
  relative: string;
  letter: Letter;
}

/**
 * Writes `count` letters under `dir` (three sub-directories, and one level deeper). Each is
 * signed by a minister, as DiWoo needs a ministry to name as publisher.
 */
export function writeLetters(dir: string, count: number, seed = 20260618): WrittenLetter[] {
  const letters = fc.sample(letterArb, { numRuns: count, seed }).map((l): Letter => ({ ...l, signatories: [MINISTER, ...(l.signatories ?? [])] }));
  return letters.map((letter, k) => {
    const relative = path.join(['2024', '2025', path.join('2026', 'juni')][k % 3], `brief-${String(k).padStart(3, '0')}.md`);
    fs.mkdirSync(path.join(dir, path.dirname(relative)), { recursive: true });
    fs.writeFileSync(path.join(dir, relative), exportMarkdown(letter));
    return { relative, letter };
  });
}

/** Ten inputs that are no letter, each for another reason, and the reason the CLI gives. */
export const BROKEN: { relative: string; content: string | Buffer; reason: RegExp }[] = [
  { relative: 'kapot/boodschappen.md', content: '# Boodschappen\n\n- melk\n', reason: /not an answer letter/ },
  { relative: 'kapot/leeg.txt', content: '', reason: /no date found|empty/ },
  { relative: 'kapot/binair.md', content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), reason: /binary file/ },
  { relative: 'kapot/half.json', content: '{"schemaVersion": "1.0", "kind": ', reason: /JSON/i },
  { relative: 'kapot/zonder-datum.json', content: '{"schemaVersion": "1.0", "language": "nl", "kind": "answer-letter", "metadata": {}}', reason: /date|datum/i },
  { relative: 'kapot/geen-zip.docx', content: 'dit is geen Word-bestand', reason: /./ },
  { relative: 'kapot/geen.pdf', content: '%PDF-1.7\nkapot', reason: /./ },
  { relative: 'kapot/onbekend.xml', content: '<?xml version="1.0"?><rss version="2.0"/>', reason: /XML file kamerbrief does not know/ },
  { relative: 'kapot/kapot.akn.xml', content: '<akomaNtoso><doc', reason: /./ },
  { relative: 'kapot/antwoord-zonder-vraag.md', content: '---\nkind: answer-letter\ndate: 2026-06-18\n---\n\n## Antwoorden\n\n### Antwoord op vraag 4\n\nJa.\n', reason: /./ },
];

export function writeBroken(dir: string): void {
  for (const b of BROKEN) {
    fs.mkdirSync(path.join(dir, path.dirname(b.relative)), { recursive: true });
    fs.writeFileSync(path.join(dir, b.relative), b.content);
  }
}

/** Every file below `dir`, relative to it, sorted. */
export function filesBelow(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)))
    .sort();
}
