/** OP XML and DiWoo as the CLI reaches them: through the format registry. */
import { exportLetter, formatFromName, importLetter, sniffXmlFormat, stemOf, validatorFor } from '../../src/formats';
import { loadXsd } from '../../src/cli/references';
import { loadSample } from '../support/samples';
import { opCarried } from './support-projection';
import { referenceFile } from './support';

const bytes = (d: string | Uint8Array) => (typeof d === 'string' ? new TextEncoder().encode(d) : d);

describe('OP XML and DiWoo in the format registry', () => {
  it('--to op writes <stem>.op.xml and <stem>.metadata.xml, which read back as the letter', async () => {
    const letter = loadSample();
    const out = await exportLetter('op', letter);
    expect(out.companions.map((c) => c.extension)).toEqual(['.metadata.xml']);
    expect(sniffXmlFormat(bytes(out.data))).toBe('op');
    expect(formatFromName('x.op.xml')).toBe('op');
    expect(stemOf('brief.op.xml')).toBe('brief');
    const back = await importLetter('op', bytes(out.data), { companion: (ext) => (ext === '.metadata.xml' ? bytes(out.companions[0].data) : undefined) });
    expect(back.letter).toEqual(opCarried(letter));
  });

  it('a real Aanhangsel named as KOOP names it is found by its root element and read with its metadata.xml', async () => {
    const xml = bytes(referenceFile('op-xml', 'ah-tk-20202021-3235.xml'));
    expect(formatFromName('ah-tk-20202021-3235.xml')).toBeUndefined();
    expect(sniffXmlFormat(xml)).toBe('op');
    const metadata = bytes(referenceFile('op-xml', 'ah-tk-20202021-3235.metadata.xml'));
    const result = await importLetter('op', xml, { companion: (ext) => (ext === '.metadata.xml' ? metadata : undefined) });
    expect(result.letter!.inquiry!.reference).toBe('2021Z09739');
  });

  it('--to diwoo writes a record that `validate` finds valid', async () => {
    const out = await exportLetter('diwoo', loadSample());
    expect(out.companions).toEqual([]);
    expect(formatFromName('brief.diwoo.xml')).toBe('diwoo');
    expect(new TextDecoder().decode(bytes(out.data))).toMatch(/^<\?xml[^>]*\?>\n<diwoo:Document xmlns:diwoo="https:\/\/standaarden\.overheid\.nl\/diwoo\/metadata\/">/);
    const validate = validatorFor('diwoo')!;
    referenceFile('diwoo', 'diwoo-metadata.xsd');
    expect(await validate(bytes(out.data), { xsd: (name) => loadXsd(name) })).toEqual([]);
  });
});
