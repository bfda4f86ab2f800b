/** DiWoo records: valid against diwoo-metadata.xsd for every sample, and broken ones refused. */
import fc from 'fast-check';
import { DiwooExportError, exportDiwoo, responsibleMinistry } from '../../src/exporters/diwoo';
import { validateDiwooFile, validateDiwooRecords } from '../../src/check/diwoo';
import { loadXsd } from '../../src/cli/references';
import type { Letter } from '../../src/model/types';
import { parseXml, childElements, textContent, type XmlElement } from '../../src/xml/read';
import { letterArb } from '../support/arbitrary';
import { loadSample, sampleNames } from '../support/samples';
import { importOp } from '../../src/importers/op';
import { referenceFile } from './support';

const RUNS = Number(process.env.KAMERBRIEF_PROPERTY_RUNS ?? 200);

function schema() {
  referenceFile('diwoo', 'diwoo-metadata.xsd');
  return loadXsd('diwoo');
}

/** The text of the element at a path of local names below diwoo:DiWoo. */
function at(xml: string, ...path: string[]): XmlElement {
  let el = childElements(parseXml(xml), 'DiWoo')[0];
  for (const name of path) el = childElements(el, name)[0];
  return el;
}

describe('DiWoo record of a letter', () => {
  it('of the sample letter says who published it, what it is and when it was signed', () => {
    const xml = exportDiwoo(loadSample());
    const publisher = at(xml, 'publisher');
    expect(publisher.attrs.resource).toBe('https://identifier.overheid.nl/tooi/id/ministerie/mnre1162');
    expect(textContent(publisher)).toBe('ministerie van Asiel en Migratie');
    expect(textContent(at(xml, 'titelcollectie', 'officieleTitel'))).toBe('Antwoorden vragen over de Europese strategie voor asiel- en migratiebeheer COM(2026)45');
    expect(at(xml, 'classificatiecollectie', 'informatiecategorieen', 'informatiecategorie').attrs.resource).toBe('https://identifier.overheid.nl/tooi/def/thes/kern/c_8c840238');
    expect(textContent(at(xml, 'classificatiecollectie', 'documentsoorten', 'documentsoort'))).toBe('Kamerbrief');
    expect(textContent(at(xml, 'documenthandelingen', 'documenthandeling', 'soortHandeling'))).toBe('ondertekening');
    expect(textContent(at(xml, 'documenthandelingen', 'documenthandeling', 'atTime'))).toBe('2026-06-18T00:00:00');
    expect(textContent(at(xml, 'identifiers', 'identifier'))).toBe('7562802');
  });

  it('finds the ministry in the role of a Staatssecretaris, the Minister-President, or the sender organisation', () => {
    const base = loadSample();
    const withRole = (role: string): Letter => ({ ...base, signatories: [{ role, name: 'X' }] });
    expect(responsibleMinistry(withRole('De Staatssecretaris van Financiën'))?.uri).toMatch(/mnre1090$/);
    expect(responsibleMinistry(withRole('De Minister-President'))?.uri).toMatch(/mnre1010$/);
    expect(responsibleMinistry(withRole('Minister van Sociale Zaken en Werkgelegenheid'))?.abbreviation).toBe('SZW');
    const bySender: Letter = { ...base, signatories: undefined, letterhead: { sender: { organisation: 'Ministerie van Justitie en Veiligheid' } } };
    expect(responsibleMinistry(bySender)?.uri).toMatch(/mnre1058$/);
  });

  it('of a letter that names no ministry is refused with a clear message', () => {
    const letter: Letter = { ...loadSample(), signatories: [{ role: 'De Minister voor Ontwikkelingshulp' }] };
    expect(() => exportDiwoo(letter)).toThrow(DiwooExportError);
    expect(() => exportDiwoo(letter)).toThrow(/"De Minister voor Ontwikkelingshulp".*names a ministry of the TOOI list/);
  });
});

describe('DiWoo record of the real Aanhangsel ah-tk-20202021-3235', () => {
  const { letter } = importOp(referenceFile('op-xml', 'ah-tk-20202021-3235.xml'), referenceFile('op-xml', 'ah-tk-20202021-3235.metadata.xml'));
  const xml = exportDiwoo(letter!);

  it('is published by the ministry of the answering minister, received by the Tweede Kamer', () => {
    expect(at(xml, 'publisher').attrs.resource).toBe('https://identifier.overheid.nl/tooi/id/ministerie/mnre1073');
    expect(textContent(at(xml, 'publisher'))).toBe('ministerie van Sociale Zaken en Werkgelegenheid');
    expect(textContent(at(xml, 'titelcollectie', 'officieleTitel'))).toBe('Antwoord op vragen van de leden Van Weyenberg, Romke de Jong en Kat over de Tozo');
    expect(textContent(at(xml, 'classificatiecollectie', 'documentsoorten', 'documentsoort'))).toBe('Kamervraag met antwoord');
    const act = at(xml, 'documenthandelingen', 'documenthandeling');
    expect(textContent(childElements(act, 'soortHandeling')[0])).toBe('ontvangst');
    expect(textContent(childElements(act, 'atTime')[0])).toBe('2021-06-21T00:00:00');
    expect(childElements(act, 'wasAssociatedWith')[0].attrs.resource).toBe('https://identifier.overheid.nl/tooi/id/oorg/oorg10002');
  });

  it('validates', async () => {
    const result = await validateDiwooRecords([{ name: 'ah.xml', xml }], schema());
    expect(result.get('ah.xml')).toEqual([]);
  });
});

describe('DiWoo records against diwoo-metadata.xsd', () => {
  it('every sample validates, and so do generated letters with a ministry', async () => {
    const samples = sampleNames().map((name) => ({ name: `${name}.diwoo.xml`, xml: exportDiwoo(loadSample(name)) }));
    const generated = fc
      .sample(letterArb, Math.min(RUNS, 50))
      .filter((l) => responsibleMinistry(l))
      .map((l, i) => ({ name: `generated-${i}.diwoo.xml`, xml: exportDiwoo(l) }));
    expect(generated.length).toBeGreaterThan(5);
    const result = await validateDiwooRecords([...samples, ...generated], schema());
    for (const { name } of [...samples, ...generated]) expect([name, result.get(name)]).toEqual([name, []]);
  });

  it('a record without publisher and one with a date without time fail, naming what is wrong', async () => {
    const good = exportDiwoo(loadSample());
    const noPublisher = good.replace(/<diwoo:publisher[^>]*>[^<]*<\/diwoo:publisher>/, '');
    const dateOnly = good.replace('<diwoo:atTime>2026-06-18T00:00:00</diwoo:atTime>', '<diwoo:atTime>2026-06-18</diwoo:atTime>');
    expect(noPublisher).not.toBe(good);
    expect(dateOnly).not.toBe(good);
    const result = await validateDiwooRecords(
      [{ name: 'good.xml', xml: good }, { name: 'no-publisher.xml', xml: noPublisher }, { name: 'date-only.xml', xml: dateOnly }],
      schema(),
    );
    expect(result.get('good.xml')).toEqual([]);
    expect(result.get('no-publisher.xml')!.map((d) => d.message).join('\n')).toMatch(/publisher/);
    expect(result.get('date-only.xml')!.map((d) => d.message).join('\n')).toMatch(/atTime.*'2026-06-18' is not a valid value of the atomic type 'xs:dateTime'/);
  });

  it('the reference example validates too (the schema is used as published)', async () => {
    const example = referenceFile('diwoo', 'example-answer-letter.diwoo.xml');
    const result = await validateDiwooRecords([{ name: 'example.xml', xml: example }], schema());
    expect(result.get('example.xml')).toEqual([]);
  });

  it('validateDiwooFile (kamerbrief validate) reports a broken record and refuses a DTD before libxml2 sees it', async () => {
    const ctx = { xsd: () => schema() };
    const good = new TextEncoder().encode(exportDiwoo(loadSample()));
    expect(await validateDiwooFile(good, ctx)).toEqual([]);
    const broken = new TextEncoder().encode(exportDiwoo(loadSample()).replace('T00:00:00', ''));
    const errors = await validateDiwooFile(broken, ctx);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity: 'error', line: expect.any(Number) });
    const dtd = new TextEncoder().encode('<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<d>&x;</d>');
    const refused = await validateDiwooFile(dtd, ctx);
    expect(refused).toEqual([expect.objectContaining({ severity: 'error', line: 2, message: expect.stringMatching(/DOCTYPE/) })]);
  });
});
