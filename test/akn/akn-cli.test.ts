import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { ROOT, SOURCE_LETTER } from '../support/samples';
import { requireReference } from '../support/reference';
import { tempDir } from '../support/temp';

describe('kamerbrief with Akoma Ntoso', () => {
  let dir: string;
  beforeAll(() => {
    requireReference('akn');
    dir = tempDir('kb-akn-');
  });

  it('converts the sample to AKN, validates it against the XSD, and reads it back to the golden JSON', () => {
    const md = path.join(ROOT, 'samples', `${SOURCE_LETTER}.md`);
    const toAkn = runCli(['convert', md, '--to', 'akn', '--out', dir]);
    expect(toAkn.stderr).toBe('');
    const akn = path.join(dir, `${SOURCE_LETTER}.akn.xml`);
    expect(toAkn.stdout).toBe(`${md} -> ${akn}\n`);
    const valid = runCli(['validate', akn]);
    expect(valid.stdout).toBe(`${akn}: valid\n`);
    expect(valid.status).toBe(0);
    const back = path.join(dir, 'back');
    expect(runCli(['convert', akn, '--to', 'json', '--out', back]).status).toBe(0);
    expect(fs.readFileSync(path.join(back, `${SOURCE_LETTER}.json`), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'samples', `${SOURCE_LETTER}.json`), 'utf8'));
  });

  it('tells a plain .xml file by its root element', () => {
    const akn = path.join(dir, `${SOURCE_LETTER}.akn.xml`);
    const plain = path.join(dir, 'brief.xml');
    fs.copyFileSync(akn, plain);
    const r = runCli(['inspect', plain, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).metadata.reference).toBe('7562802');
  });

  it('reports a schema error with its line, and exits 1', () => {
    const akn = fs.readFileSync(path.join(dir, `${SOURCE_LETTER}.akn.xml`), 'utf8');
    const lines = akn.split('\n');
    const at = lines.findIndex((l) => l.includes('<heading>Migratiediplomatie'));
    lines[at] = lines[at].replace('<heading>', '<kop>').replace('</heading>', '</kop>');
    const bad = path.join(dir, 'kop.akn.xml');
    fs.writeFileSync(bad, lines.join('\n'));
    const r = runCli(['validate', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${bad}:${at + 1}: error: not valid against akomantoso30.xsd: Schemas validity error : Element '{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}kop': This element is not expected.`);
    expect(r.stdout).toContain(`${bad}:${at + 1}:`);
    expect(r.stdout).toMatch(/could not place <kop>/);
    expect(r.stdout).toMatch(/invalid \(1 error, \d+ warnings?\)\n$/);
  });
});
