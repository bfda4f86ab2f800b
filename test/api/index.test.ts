/** The library API of src/index.ts, in-process: the same reading, checks and writing as the CLI. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportLetter, FORMATS, importLetter, inspectLetter, INPUT_FORMATS, LetterError, OUTPUT_FORMATS, validateLetter } from '../../src/index';
import { runCli } from '../support/cli';
import { loadSample, SAMPLES_DIR, SOURCE_LETTER } from '../support/samples';

const seedMd = () => fs.readFileSync(path.join(SAMPLES_DIR, `${SOURCE_LETTER}.md`));

describe('library API', () => {
  it('lists every format of the registry with what it can do', () => {
    expect(FORMATS.map((f) => `${f.name}${f.extension}:${f.canImport ? 'r' : ''}${f.canExport ? 'w' : ''}`)).toEqual([
      'json.json:rw', 'md.md:rw', 'text.txt:rw', 'akn.akn.xml:rw', 'op.op.xml:rw', 'diwoo.diwoo.xml:w', 'docx.docx:rw', 'pdf.pdf:rw',
    ]);
    expect(INPUT_FORMATS).not.toContain('diwoo');
    expect(OUTPUT_FORMATS).toHaveLength(8);
  });

  it('imports as the CLI does: the same letter and the same findings, and inspects as `inspect --json` does', async () => {
    const read = await importLetter(seedMd(), { fileName: 'brief.md' });
    expect(read.format).toBe('md');
    const cli = runCli(['inspect', path.join(SAMPLES_DIR, `${SOURCE_LETTER}.md`), '--json']);
    expect(cli.status).toBe(0);
    expect(inspectLetter(read.letter!, read.diagnostics)).toEqual(JSON.parse(cli.stdout));
    expect(read.letter).toEqual(loadSample());
  });

  it('tells an .xml input by its root element, and takes a string as UTF-8', async () => {
    const akn = await exportLetter(loadSample(), 'akn');
    const read = await importLetter(akn.data as string, { fileName: 'brief.xml' });
    expect(read.format).toBe('akn');
    expect(read.letter?.metadata.subject).toBe(loadSample().metadata.subject);
  });

  it('gives bad input back as diagnostics, and a wrong call as a TypeError that says what was expected', async () => {
    const broken = await importLetter(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), { format: 'md' });
    expect(broken.letter).toBeUndefined();
    expect(broken.diagnostics[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/binary file/) });
    await expect(importLetter(42 as never, { format: 'md' })).rejects.toThrow(/expected the input as a Uint8Array or a string/);
    await expect(importLetter('x', {})).rejects.toThrow(new TypeError("importLetter: give the input's format (one of json, md, text, akn, op, docx, pdf) or its file name"));
    await expect(importLetter('x', { fileName: 'brief.rtf' })).rejects.toThrow(/brief\.rtf: cannot tell a format kamerbrief reads/);
    await expect(importLetter('x', { format: 'diwoo' })).rejects.toThrow(/unknown input format "diwoo"; expected one of json, md/);
    await expect(exportLetter(loadSample(), 'rtf' as never)).rejects.toThrow(/unknown output format "rtf"/);
  });

  it('refuses to export a letter with errors, naming the first', async () => {
    const letter = loadSample();
    letter.metadata.date = '18 juni';
    expect(validateLetter(letter).some((d) => d.severity === 'error' && d.pointer === '/metadata/date')).toBe(true);
    const attempt = exportLetter(letter, 'md');
    await expect(attempt).rejects.toBeInstanceOf(LetterError);
    await expect(attempt).rejects.toThrow(/^the letter has 1 error; the first: at \/metadata\/date: error: /);
  });
});
