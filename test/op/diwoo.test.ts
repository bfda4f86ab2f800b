/** DiWoo records: valid against diwoo-metadata.xsd for every sample, and broken ones refused. */
import fc from 'fast-check';
import { DiwooExportError, exportDiwoo, exportDiwooFiles, responsibleMinistry } from '../../src/exporters/diwoo';
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

  it('finds the ministry when more follows its name ("mede namens …"), and not in a longer word', () => {
    const base = loadSample();
    const withRole = (role: string): Letter => ({ ...base, signatories: [{ role, name: 'X' }] });
    expect(responsibleMinistry(withRole('minister van Buitenlandse Zaken mede namens de heer Ritzen, minister van Onderwijs en Wetenschappen'))?.uri).toMatch(/mnre1013$/);
    expect(responsibleMinistry(withRole('De Staatssecretaris van Financiën – Fiscaliteit en Belastingdienst'))?.uri).toMatch(/mnre1090$/);
    expect(responsibleMinistry(withRole('De Minister van Financiënwetgeving'))).toBeUndefined();
    // Who is named after "mede namens" is someone else: a role of its own comes first.
    expect(responsibleMinistry(withRole('De Minister van Financiën, mede namens de Minister van Justitie en Veiligheid'))?.uri).toMatch(/mnre1090$/);
    // A minister without portfolio names no ministry of its own: the one signed for is taken, and said.
    const withoutPortfolio = withRole('minister Weerwind (Rechtsbescherming), mede namens de minister van Justitie en Veiligheid');
    expect(responsibleMinistry(withoutPortfolio)?.uri).toMatch(/mnre1058$/);
    expect(exportDiwooFiles(withoutPortfolio).diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', pointer: '/signatories/0/role', message: expect.stringContaining('names no ministry of its own (a minister without portfolio)') }),
    ]);
    expect(responsibleMinistry(withRole('Staatssecretaris van Verkeer en Water-staat'))?.uri).toMatch(/mnre1130$/);
  });

  it('of a letter of a ministry since renamed or merged names its successor in the TOOI register, and leaves the author out', async () => {
    const base = loadSample();
    const withRole = (role: string): Letter => ({ ...base, signatories: [{ role, name: 'X' }] });
    // Successions read off tooi-rwc_ministeries_compleet_1.json (historic versions and the 2010 mergers).
    const successors: [string, string, string][] = [
      ['Staatssecretaris van Verkeer en Waterstaat', 'mnre1130', 'Verkeer en Waterstaat'],
      ['De Minister van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer', 'mnre1130', 'Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer'],
      ['De Minister van Justitie', 'mnre1058', 'Justitie'],
      ['De Staatssecretaris van Veiligheid en Justitie', 'mnre1058', 'Veiligheid en Justitie'],
      ['De Minister van Infrastructuur en Milieu', 'mnre1130', 'Infrastructuur en Milieu'],
      ['De Minister van Economische Zaken, Landbouw en Innovatie', 'mnre1045', 'Economische Zaken, Landbouw en Innovatie'],
      ['De Minister van Economische Zaken en Klimaat', 'mnre1045', 'Economische Zaken en Klimaat'],
    ];
    for (const [role, code, formerName] of successors) expect({ role, ...responsibleMinistry(withRole(role)) }).toMatchObject({ role, uri: expect.stringMatching(new RegExp(`${code}$`)), formerName });
    // Today's name is no former one.
    expect(responsibleMinistry(withRole('De Minister van Justitie en Veiligheid'))?.formerName).toBeUndefined();
    const old = withRole('Staatssecretaris van Verkeer en Waterstaat');
    const files = exportDiwooFiles(old);
    const xml = String(files.data);
    expect(textContent(at(xml, 'publisher'))).toBe('ministerie van Infrastructuur en Waterstaat');
    expect(textContent(at(xml, 'verantwoordelijke'))).toBe('ministerie van Infrastructuur en Waterstaat');
    expect(at(xml, 'opsteller')).toBeUndefined();
    expect(files.diagnostics).toEqual([expect.objectContaining({ severity: 'info', pointer: '/signatories/0/role', message: expect.stringContaining('ministry of Verkeer en Waterstaat is now the ministerie van Infrastructuur en Waterstaat') })]);
    expect(await validateDiwooRecords([{ name: 'oud.diwoo.xml', xml }], schema())).toEqual(new Map([['oud.diwoo.xml', []]]));
    // A ministry of today is the author too, and nothing is said.
    expect(exportDiwooFiles(loadSample()).diagnostics).toEqual([]);
    expect(textContent(at(exportDiwoo(loadSample()), 'opsteller'))).toBe('ministerie van Asiel en Migratie');
  });

  it('describes the letter by its questions\' title only where that is not already its official title', () => {
    const base = loadSample();
    const titleOnly: Letter = { ...base, metadata: { ...base.metadata, subject: undefined } };
    const xml = exportDiwoo(titleOnly);
    expect(textContent(at(xml, 'titelcollectie', 'officieleTitel'))).toBe(base.questionsAndAnswers!.title);
    expect(at(xml, 'omschrijvingen')).toBeUndefined();
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
