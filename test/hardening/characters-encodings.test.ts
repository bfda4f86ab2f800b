/**
 * Issue 18, points 1 and 5: characters XML cannot hold never reach an exporter, and text
 * inputs in UTF-16 or with invalid UTF-8 are read with a word about it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportLetter, importLetter } from '../../src/formats';
import { parseXml } from '../../src/xml/read';
import { loadSample, ROOT, SOURCE_LETTER } from '../support/samples';
import { plainText } from '../../src/model/text';
import type { Letter } from '../../src/model/types';

const sampleMd = fs.readFileSync(path.join(ROOT, 'samples', `${SOURCE_LETTER}.md`), 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);

async function xmlOutputsOf(letter: Letter): Promise<string[]> {
  const texts: string[] = [];
  for (const format of ['akn', 'op', 'diwoo'] as const) {
    const out = await exportLetter(format, letter);
    for (const data of [out.data, ...out.companions.map((c) => c.data)]) texts.push(typeof data === 'string' ? data : new TextDecoder().decode(data));
  }
  return texts;
}

describe('characters XML cannot hold (issue 18, point 1)', () => {
  it('a NUL after the first 8 KB of Markdown is taken out, with a warning at its line, and every XML output is well-formed', async () => {
    const at = sampleMd.indexOf('Antwoord', 9000);
    const damaged = sampleMd.slice(0, at) + 'An\u0000t\bwo\uFFFF' + sampleMd.slice(at + 'Antwoord'.length);
    expect(at).toBeGreaterThan(8192);
    const result = await importLetter('md', utf8(damaged));
    expect(result.letter).toBeDefined();
    const warning = result.diagnostics.find((d) => d.message.includes('XML cannot hold'));
    expect(warning).toMatchObject({ severity: 'warning', message: expect.stringContaining('U+0000, U+0008, U+FFFF') });
    expect(warning!.line).toBe(damaged.slice(0, at).split('\n').length);
    expect(JSON.stringify(result.letter)).not.toMatch(/[\u0000\b\uFFFF]/);
    for (const xml of await xmlOutputsOf(result.letter!)) expect(() => parseXml(xml)).not.toThrow();
  });

  it('"\\u0000", "\\b" and lone surrogates in JSON strings are cleaned, each place named by its pointer', async () => {
    const letter = loadSample() as Letter;
    const para = letter.coverLetter![0] as Extract<Letter['coverLetter'] extends (infer B)[] | undefined ? B : never, { type: 'paragraph' }>;
    para.content = [{ type: 'text', text: 'Hier\u0000bij bied ik \ud800u aan\u0007' }];
    letter.metadata.subject = 'Betreft\b';
    const result = await importLetter('json', utf8(JSON.stringify(letter)));
    const cleaned = result.letter!;
    expect(plainText((cleaned.coverLetter![0] as typeof para).content)).toBe('Hierbij bied ik \uFFFDu aan');
    expect(cleaned.metadata.subject).toBe('Betreft');
    const pointers = result.diagnostics.filter((d) => d.message.includes('XML cannot hold')).map((d) => d.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/coverLetter/0/content/0/text', '/metadata/subject']));
    for (const xml of await xmlOutputsOf(cleaned)) expect(() => parseXml(xml)).not.toThrow();
  });
});

describe('encodings of text inputs (issue 18, point 5)', () => {
  it('UTF-16 with a byte order mark, little- and big-endian, reads as the same letter as UTF-8', async () => {
    const expected = (await importLetter('md', utf8(sampleMd))).letter;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sampleMd, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be]) {
      const result = await importLetter('md', bytes);
      expect(result.letter).toEqual(expected);
      expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', message: expect.stringContaining('read as UTF-16') }));
    }
  });

  it('UTF-16 without a byte order mark is told by its zero bytes, with a warning', async () => {
    const result = await importLetter('md', Buffer.from(sampleMd, 'utf16le'));
    expect(result.letter).toBeDefined();
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', message: expect.stringContaining('read as UTF-16 (little-endian)') }));
  });

  it('invalid UTF-8 is replaced by U+FFFD with a warning that names the lines', async () => {
    const lines = sampleMd.split('\n');
    const bytes = Buffer.concat(lines.map((l, k) => Buffer.concat([Buffer.from(l), k === 20 || k === 30 ? Buffer.from([0xe9, 0x20]) : Buffer.alloc(0), Buffer.from(k < lines.length - 1 ? '\n' : '')])));
    const result = await importLetter('md', bytes);
    expect(result.letter).toBeDefined();
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', line: 21, message: expect.stringContaining('not valid UTF-8 were replaced by U+FFFD (lines 21, 31)') }));
  });

  it('valid UTF-8 gets no such warning', async () => {
    const result = await importLetter('md', utf8(sampleMd));
    expect(result.diagnostics.filter((d) => /UTF/.test(d.message))).toEqual([]);
  });
});

describe('a text that cleaning leaves empty', () => {
  it('is an error on the JSON letter, not an empty text handed to the writers (found by the fuzz harness)', async () => {
    const letter = loadSample() as Letter;
    letter.metadata.subject = '\uFFFF';
    const result = await importLetter('json', utf8(JSON.stringify(letter)));
    expect(result.letter).toBeUndefined();
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', pointer: '/metadata/subject', message: expect.stringContaining('U+FFFF') }));
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', pointer: '/metadata/subject' }));
  });
});
