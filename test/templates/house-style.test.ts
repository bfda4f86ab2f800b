import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadHouseStyle } from '../../src/cli/template';
import { UsageError } from '../../src/cli/load';
import { defaultHouseStyle } from '../../src/templates/default';
import { HouseStyleError, parseHouseStyle } from '../../src/templates/parse';
import { ROOT } from '../support/samples';
import { tempDir } from '../support/temp';

const read = (name: string) => fs.readFileSync(path.join(ROOT, 'templates', `${name}.json`), 'utf8');
const edited = (edit: (style: Record<string, any>) => void) => {
  const style = JSON.parse(read('rijksoverheid'));
  edit(style);
  return JSON.stringify(style);
};

describe('house style files', () => {
  it('rijksoverheid: A4, the letterhead column on the right, Datum and Betreft in the text, date and reference on later pages', () => {
    const style = parseHouseStyle(read('rijksoverheid'), 'rijksoverheid.json');
    expect(style.name).toBe('rijksoverheid');
    expect([style.page.width, style.page.height]).toEqual([210, 297]);
    expect(style.sideColumn?.x).toBeGreaterThan(style.page.width - style.page.margins.right);
    expect(style.sideColumn?.fields.map((f) => f.field)).toContain('metadata.reference');
    expect(style.metaBlock.map((f) => f.label)).toEqual(['Datum', 'Betreft']);
    expect(style.runningHead?.fields.map((f) => f.label ?? f.field)).toEqual(['sender.units', 'Datum', 'Onze referentie']);
    expect(style.pageNumbers).toEqual({ format: 'Pagina {page} van {pages}', placement: 'running-head', firstPage: true });
  });

  it('plain: one column, no running head, page numbers in the footer', () => {
    const style = parseHouseStyle(read('plain'), 'plain.json');
    expect(style.sideColumn).toBeUndefined();
    expect(style.runningHead).toBeUndefined();
    expect(style.pageNumbers.placement).toBe('footer');
  });

  it('the default house style is templates/rijksoverheid.json', () => {
    expect(defaultHouseStyle()).toEqual(JSON.parse(read('rijksoverheid')));
  });
});

describe('bad house styles get an error naming the file and the place', () => {
  const cases: [string, string, string][] = [
    ['not JSON', '{ "name": ', 'bad.json: not valid JSON'],
    ['an unknown property', edited((s) => (s.page.colour = 'red')), 'bad.json: at /page: unknown property "colour"'],
    ['a missing property', edited((s) => delete s.fonts.size), 'bad.json: at /fonts: missing property "size"'],
    ['a wrong type', edited((s) => (s.page.margins.top = '5cm')), 'bad.json: at /page/margins/top: expected a number'],
    ['an unknown field', edited((s) => (s.metaBlock[0].field = 'metadata.datum')), 'bad.json: at /metaBlock/0/field: expected one of "sender.organisation"'],
    ['a page number format without {page}', edited((s) => (s.pageNumbers.format = 'Pagina')), 'bad.json: at /pageNumbers/format: must match pattern'],
    ['a field placed twice on page 1', edited((s) => s.metaBlock.push({ field: 'metadata.reference' })), 'bad.json: at /metaBlock/2/field: metadata.reference is already placed at /sideColumn/fields/6'],
  ];
  it.each(cases)('%s', (_what, text, message) => {
    expect(() => parseHouseStyle(text, 'bad.json')).toThrow(HouseStyleError);
    expect(() => parseHouseStyle(text, 'bad.json')).toThrow(message);
  });
});

describe('loadHouseStyle (--template)', () => {
  it('takes a name from templates/ or a path, and nothing for the default', () => {
    expect(loadHouseStyle(undefined)).toBeUndefined();
    expect(loadHouseStyle('plain')?.name).toBe('plain');
    expect(loadHouseStyle(path.join(ROOT, 'templates', 'rijksoverheid.json'))?.name).toBe('rijksoverheid');
  });

  it('refuses an unknown name, listing the known ones', () => {
    expect(() => loadHouseStyle('ministerie')).toThrow(new UsageError('--template ministerie: no such house style; expected one of plain, rijksoverheid or a path to a .json file'));
  });

  it('refuses a missing or bad file with a usage error naming it', () => {
    const dir = tempDir('kb-template-');
    const bad = path.join(dir, 'eigen.json');
    fs.writeFileSync(bad, edited((s) => (s.fonts.size = 200)));
    expect(() => loadHouseStyle(bad)).toThrow(UsageError);
    expect(() => loadHouseStyle(bad)).toThrow(`--template: ${bad}: at /fonts/size: must be <= 72`);
    expect(() => loadHouseStyle(path.join(dir, 'weg.json'))).toThrow(`--template ${path.join(dir, 'weg.json')}: cannot read this file`);
    fs.rmSync(dir, { recursive: true });
  });
});
