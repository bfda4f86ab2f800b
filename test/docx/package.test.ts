import { unzipSync } from 'fflate';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { exportDocx, makeStaticMembers } from '../../src/exporters/docx';
import { precompiledMembers, writePrecompiled } from '../../src/exporters/docx/precompiled';
import { crc32, deflateMember, zipMembers } from '../../src/exporters/docx/zip';
import type { Letter } from '../../src/model/types';
import { parseHouseStyle } from '../../src/templates/parse';
import { openZip } from '../../src/zip/unzip';
import { loadSample, ROOT } from '../support/samples';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateLetter } = require('../../bench/letters') as { generateLetter: (questions: number, seed: number) => Letter };

/** A house style parsed anew: a distinct object, so nothing of it is cached yet. */
const freshStyle = (name: string) => parseHouseStyle(fs.readFileSync(path.join(ROOT, 'templates', `${name}.json`), 'utf8'), `${name}.json`);

const linked: Letter = {
  schemaVersion: '1.0',
  language: 'nl',
  kind: 'answer-letter',
  metadata: { date: '2026-01-02', subject: 'Proef' },
  coverLetter: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Zie ' }, { type: 'link', target: 'https://example.org/a', content: [{ type: 'text', text: 'het rapport' }] }, { type: 'footnoteRef', footnote: 'n1' }] },
  ],
  footnotes: [{ id: 'n1', label: '1', content: [{ type: 'paragraph', content: [{ type: 'link', target: 'https://example.org/b', content: [{ type: 'text', text: 'bron' }] }] }] }],
};
const bare: Letter = { schemaVersion: '1.0', language: 'nl', kind: 'answer-letter', metadata: { date: '2026-03-04' } };

const letters: [string, Letter][] = [
  ['the source letter', loadSample()],
  ['a letter with links in the text and a footnote', linked],
  ['a letter with only a date', bare],
  ['a generated letter of 30 questions', generateLetter(30, 7)],
];

describe('DOCX package: the parts of a house style are made once', () => {
  it.each(['rijksoverheid', 'plain'].flatMap((style) => letters.map(([name, letter], i) => [style, name, letter, letters[(i + 1) % letters.length][1]] as const)))(
    '%s: %s gives the same bytes whether another letter of the house style came first or not',
    async (styleName, _name, letter, other) => {
      const cold = await exportDocx(letter, { houseStyle: freshStyle(styleName) });
      const style = freshStyle(styleName);
      await exportDocx(other, { houseStyle: style });
      const warm = await exportDocx(letter, { houseStyle: style });
      expect(Buffer.compare(Buffer.from(cold), Buffer.from(warm))).toBe(0);
    },
  );

  it('renames docx random relationship ids in every part, the footnotes too', async () => {
    const files = unzipSync(await exportDocx(linked, { houseStyle: freshStyle('rijksoverheid') }));
    const text = (name: string) => Buffer.from(files[name]).toString('utf8');
    expect(text('word/_rels/document.xml.rels')).toContain('Id="rIdKb');
    expect(text('word/_rels/footnotes.xml.rels')).toContain('Id="rIdKb');
    const ids = [...text('word/document.xml').matchAll(/r:id="([^"]+)"/g), ...text('word/footnotes.xml').matchAll(/r:id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^rId(Kb)?\d+$/);
  });
});

describe('DOCX package: the ZIP container', () => {
  it('computes CRC-32 as zlib does', () => {
    const bytes = new Uint8Array(5000).map((_, i) => (i * 7919) % 251);
    for (const slice of [bytes.subarray(0, 0), bytes.subarray(0, 1), bytes.subarray(3, 77), bytes]) expect(crc32(slice)).toBe(zlib.crc32(slice));
  });

  it('writes an archive that fflate and kamerbrief\'s own reader unpack, with [Content_Types].xml first', async () => {
    const bytes = await exportDocx(loadSample(), { houseStyle: freshStyle('rijksoverheid') });
    const archive = openZip(bytes);
    expect(archive.entries[0].name).toBe('[Content_Types].xml');
    const unpacked = unzipSync(bytes);
    expect(Object.keys(unpacked).sort()).toEqual(archive.entries.map((e) => e.name).sort());
    for (const entry of archive.entries) expect(Buffer.compare(Buffer.from(archive.read(entry.name)!), Buffer.from(unpacked[entry.name]))).toBe(0);
  });

  it('stores each member with its CRC, its sizes and a fixed time', () => {
    const a = new TextEncoder().encode('<a>'.repeat(1000));
    const b = new TextEncoder().encode('');
    const c = new TextEncoder().encode('<small/>');
    const zip = zipMembers([deflateMember('a.xml', a), deflateMember('dir/b.xml', b), deflateMember('c.xml', c)]);
    const files = unzipSync(zip);
    expect(Buffer.from(files['a.xml']).equals(Buffer.from(a))).toBe(true);
    expect(files['dir/b.xml']).toHaveLength(0);
    expect(Buffer.from(files['c.xml']).toString()).toBe('<small/>');
    expect(openZip(zip).entries.map((e) => [e.name, e.method])).toEqual([['a.xml', 8], ['dir/b.xml', 0], ['c.xml', 0]]);
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(view.getUint32(14, true)).toBe(zlib.crc32(a));
    expect(view.getUint32(22, true)).toBe(a.length);
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([12 << 11, (1 << 5) | 1]);
  });
});

describe('DOCX package: the parts npm run build keeps for the house styles in templates/', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kb-parts-')), 'static-parts.json');
  const templates = path.join(ROOT, 'templates');
  afterAll(() => fs.rmSync(path.dirname(file), { recursive: true, force: true }));

  it('are the parts made at run time, member for member', async () => {
    const made = await writePrecompiled(templates, file);
    expect(made).toEqual(expect.arrayContaining(['rijksoverheid.json', 'plain.json']));
    for (const name of ['rijksoverheid', 'plain']) {
      const kept = precompiledMembers(freshStyle(name), file);
      expect(kept).toBeDefined();
      const now = await makeStaticMembers(freshStyle(name));
      expect([...kept!.values()].map((m) => [m.name, m.method, m.crc, m.size, Buffer.from(m.data).toString('base64')])).toEqual(now.map((m) => [m.name, m.method, m.crc, m.size, Buffer.from(m.data).toString('base64')]));
    }
  });

  it('are not used for a changed house style, nor with other docx or fflate versions', async () => {
    await writePrecompiled(templates, file);
    const changed = freshStyle('plain');
    changed.fonts.size += 1;
    expect(precompiledMembers(changed, file)).toBeUndefined();
    const other = file.replace(/\.json$/, '-other.json');
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(other, JSON.stringify({ ...stored, versions: 'docx@0.0.0 fflate@0.0.0' }));
    expect(precompiledMembers(freshStyle('plain'), other)).toBeUndefined();
  });
});
