import { unzipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { exportDocx, forgetStaticMembers, makeStaticMembers } from '../../src/exporters/docx';
import { houseStyleKey, precompiledMembers, writePrecompiled } from '../../src/exporters/docx/precompiled';
import * as zip from '../../src/exporters/docx/zip';
import { crc32, deflateMember, zipMembers } from '../../src/exporters/docx/zip';
import type { Letter } from '../../src/model/types';
import { defaultHouseStyle } from '../../src/templates/default';
import { parseHouseStyle } from '../../src/templates/parse';
import { openZip } from '../../src/zip/unzip';
import { loadSample, ROOT } from '../support/samples';
import { tempDir } from '../support/temp';

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
      forgetStaticMembers();
      const cold = await exportDocx(letter, { houseStyle: freshStyle(styleName) });
      const style = freshStyle(styleName);
      await exportDocx(other, { houseStyle: style });
      const warm = await exportDocx(letter, { houseStyle: style });
      expect(Buffer.compare(Buffer.from(cold), Buffer.from(warm))).toBe(0);
    },
  );

  /** The names of the STATIC_PARTS deflated while `run` exports: empty when the house style's parts were reused. */
  async function staticPartsMadeBy(run: () => Promise<unknown>): Promise<string[]> {
    const deflate = jest.spyOn(zip, 'deflateMember');
    try {
      await run();
      return deflate.mock.calls.map(([name]) => name).filter((name) => name === 'word/styles.xml' || name === 'word/footer1.xml').sort();
    } finally {
      deflate.mockRestore();
    }
  }
  const stylesXml = (bytes: Uint8Array) => Buffer.from(unzipSync(bytes)['word/styles.xml']).toString('utf8');
  const normalStyle = (bytes: Uint8Array) => /<w:style w:type="paragraph" w:styleId="Normal".*?<\/w:style>/.exec(stylesXml(bytes))![0];

  it('makes the parts anew for a house style changed in place after a letter, and reuses them for an equal one', async () => {
    const style = freshStyle('plain');
    await exportDocx(bare, { houseStyle: style });
    style.fonts.family = 'DejaVu Serif';
    let changed: Uint8Array = new Uint8Array();
    expect(await staticPartsMadeBy(async () => (changed = await exportDocx(bare, { houseStyle: style })))).toEqual(['word/footer1.xml', 'word/styles.xml']);
    expect(stylesXml(changed)).toContain('w:ascii="DejaVu Serif"');
    const equal = { ...freshStyle('plain'), fonts: { ...freshStyle('plain').fonts, family: 'DejaVu Serif' } };
    let again: Uint8Array = new Uint8Array();
    expect(await staticPartsMadeBy(async () => (again = await exportDocx(bare, { houseStyle: equal })))).toEqual([]);
    expect(Buffer.compare(Buffer.from(again), Buffer.from(changed))).toBe(0);
  });

  it('makes the parts anew when the shared default house style is changed in place', async () => {
    const shared = defaultHouseStyle();
    const size = shared.fonts.size;
    try {
      await exportDocx(bare);
      shared.fonts.size = 12;
      expect(normalStyle(await exportDocx(bare))).toContain('<w:sz w:val="24"/>');
    } finally {
      shared.fonts.size = size;
    }
    expect(normalStyle(await exportDocx(bare))).toContain(`<w:sz w:val="${size * 2}"/>`);
  });

  it('keeps the parts of a bounded number of house styles', async () => {
    const sized = (size: number) => ({ ...freshStyle('plain'), fonts: { ...freshStyle('plain').fonts, size } });
    for (let size = 8; size < 28; size++) await exportDocx(bare, { houseStyle: sized(size) });
    expect(await staticPartsMadeBy(() => exportDocx(bare, { houseStyle: sized(27) }))).toEqual([]);
    expect(await staticPartsMadeBy(() => exportDocx(bare, { houseStyle: sized(8) }))).toEqual(['word/footer1.xml', 'word/styles.xml']);
  });

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
  const file = path.join(tempDir('kb-parts-'), 'static-parts.json');
  const templates = path.join(ROOT, 'templates');

  it('are the parts made at run time, member for member', async () => {
    const made = await writePrecompiled(templates, file);
    expect(made).toEqual(expect.arrayContaining(['rijksoverheid.json', 'plain.json']));
    for (const name of ['rijksoverheid', 'plain']) {
      const kept = precompiledMembers(houseStyleKey(freshStyle(name)), file);
      expect(kept).toBeDefined();
      const now = await makeStaticMembers(freshStyle(name));
      expect([...kept!.values()].map((m) => [m.name, m.method, m.crc, m.size, Buffer.from(m.data).toString('base64')])).toEqual(now.map((m) => [m.name, m.method, m.crc, m.size, Buffer.from(m.data).toString('base64')]));
    }
  });

  it('are found by the house style\'s content, whatever the order of its keys', async () => {
    await writePrecompiled(templates, file);
    const style = freshStyle('plain');
    const reordered = Object.fromEntries(Object.entries(style).reverse()) as typeof style;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(style));
    expect(precompiledMembers(houseStyleKey(reordered), file)).toBeDefined();
  });

  it('are not used for a changed house style, nor with other docx or fflate versions, nor made by other exporter code', async () => {
    await writePrecompiled(templates, file);
    const changed = freshStyle('plain');
    changed.fonts.size += 1;
    expect(precompiledMembers(houseStyleKey(changed), file)).toBeUndefined();
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    const storedWith = (name: string, change: object) => {
      const other = file.replace(/\.json$/, `-${name}.json`);
      fs.writeFileSync(other, JSON.stringify({ ...stored, ...change }));
      return other;
    };
    expect(precompiledMembers(houseStyleKey(freshStyle('plain')), storedWith('same', {}))).toBeDefined();
    expect(precompiledMembers(houseStyleKey(freshStyle('plain')), storedWith('versions', { versions: 'docx@0.0.0 fflate@0.0.0' }))).toBeUndefined();
    expect(precompiledMembers(houseStyleKey(freshStyle('plain')), storedWith('code', { code: 'an older exporter' }))).toBeUndefined();
  });
});

/**
 * Exports a sample letter with a copy of the built exporter (dist/ as `npm run build` made it,
 * or changed after) in a process of its own, and says whether the Word styles were made now
 * or taken from static-parts.json.
 */
function exportWithBuiltCopy(dist: string, letterFile: string, out: string): { stylesMadeNow: boolean } {
  const script = `
    const fs = require('node:fs');
    const [dist, letterFile, out] = process.argv.slice(1);
    const zip = require(dist + '/exporters/docx/zip.js');
    const deflated = [];
    const deflateMember = zip.deflateMember;
    zip.deflateMember = (name, data) => (deflated.push(name), deflateMember(name, data));
    require(dist + '/exporters/docx/index.js')
      .exportDocx(JSON.parse(fs.readFileSync(letterFile, 'utf8')))
      .then((bytes) => {
        fs.writeFileSync(out, bytes);
        process.stdout.write(JSON.stringify({ stylesMadeNow: deflated.includes('word/styles.xml') }));
      });`;
  // The copy lives outside the repository; it finds docx and fflate through NODE_PATH.
  const r = spawnSync(process.execPath, ['-e', script, dist, letterFile, out], { encoding: 'utf8', env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') } });
  if (r.status !== 0) throw new Error(`exporting with ${dist} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { stylesMadeNow: boolean };
}

describe('DOCX package: static-parts.json in a dist/ compiled again after the exporter changed', () => {
  it('is used while the exporter is the one that made it, and not once its Word styles are changed (with plain tsc, say)', () => {
    const built = path.join(ROOT, 'dist', 'exporters', 'docx', 'static-parts.json');
    if (!fs.existsSync(built)) throw new Error(`${built} is missing; this test needs dist/: npm run build (npm test does it first)`);
    const dir = tempDir('kb-dist-');
    try {
      for (const name of ['dist', 'templates', 'schemas']) fs.cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
      const dist = path.join(dir, 'dist');
      const letterFile = path.join(dir, 'brief.json');
      fs.writeFileSync(letterFile, JSON.stringify(loadSample()));
      const out = (name: string) => path.join(dir, `${name}.docx`);
      const stylesOf = (name: string) => Buffer.from(unzipSync(fs.readFileSync(out(name)))['word/styles.xml']).toString('utf8');

      expect(exportWithBuiltCopy(dist, letterFile, out('as-built'))).toEqual({ stylesMadeNow: false });

      // What `tsc` writes for a change to styles(): the same dist/, one literal of the exporter changed.
      const exporter = path.join(dist, 'exporters', 'docx', 'index.js');
      const code = fs.readFileSync(exporter, 'utf8');
      expect(code.split("name: 'Veldnaam'")).toHaveLength(2);
      fs.writeFileSync(exporter, code.replace("name: 'Veldnaam'", "name: 'Veldnaam gewijzigd'"));
      expect(exportWithBuiltCopy(dist, letterFile, out('changed'))).toEqual({ stylesMadeNow: true });
      expect(stylesOf('changed')).toContain('<w:name w:val="Veldnaam gewijzigd"/>');

      // And what it writes is what the changed exporter makes without any kept parts.
      fs.rmSync(path.join(dist, 'exporters', 'docx', 'static-parts.json'));
      exportWithBuiltCopy(dist, letterFile, out('made-now'));
      expect(Buffer.compare(fs.readFileSync(out('changed')), fs.readFileSync(out('made-now')))).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
