/** metadata.xml: written from the model, compared with the real one beside ah-tk-20202021-3235.xml. */
import { exportOpFiles, exportOpMetadata } from '../../src/exporters/op';
import { importOp } from '../../src/importers/op';
import type { Letter } from '../../src/model/types';
import { childElements, parseXml } from '../../src/xml/read';
import { loadSample } from '../support/samples';
import { referenceFile } from './support';

/** The records of a metadata.xml as "name | scheme | content" lines. */
function records(xml: string): string[] {
  const root = parseXml(xml);
  expect(root.name).toBe('metadata_gegevens');
  return childElements(root, 'metadata').map((m) => `${m.attrs.name} | ${m.attrs.scheme} | ${m.attrs.content}`);
}

describe('metadata.xml', () => {
  it('of the real Aanhangsel, written from its model, has the records the model holds, as KOOP wrote them', () => {
    const real = referenceFile('op-xml', 'ah-tk-20202021-3235.metadata.xml');
    const { letter, publication } = importOp(referenceFile('op-xml', 'ah-tk-20202021-3235.xml'), real);
    const ours = records(exportOpMetadata(letter!, { publication }));
    const theirs = records(real);
    const same = ours.filter((r) => theirs.includes(r));
    expect(same).toEqual([
      'DC.title |  | Antwoord op vragen van de leden Van Weyenberg, Romke de Jong en Kat over de Tozo',
      'OVERHEIDop.aanhangselNummer |  | 3235',
      'OVERHEIDop.doctype |  | Officiële Publicaties, versie 1.1',
      'OVERHEIDop.publicationName |  | Kamervragen (Aanhangsel)',
      'OVERHEIDop.vergaderjaar |  | 2020-2021',
      'OVERHEIDop.vraagnummer |  | 2021Z09739',
      'DCTERMS.language | DCTERMS.RFC4646 | nl',
      'DCTERMS.available | DCTERMS.W3CDTF | 2021-06-21',
      'DCTERMS.issued | DCTERMS.W3CDTF | 2021-06-21',
      'OVERHEIDop.datumOntvangst | DCTERMS.W3CDTF | 2021-06-21',
      'DC.type | OVERHEID.Informatietype | officiële publicatie',
      'OVERHEID.organisationType | OVERHEID.Organisatietype | staten generaal',
      'DC.creator | OVERHEID.StatenGeneraal | Tweede Kamer der Staten-Generaal',
      'DC.type | OVERHEIDop.AanhangselTypen | Antwoord',
      'DC.type | OVERHEIDop.Parlementair | Aanhangsel van de Handelingen',
      'DC.identifier | OVERHEIDop.ParlID | ah-tk-20202021-3235',
    ]);
    // What differs: the model has the names as printed in the text, not the full names of the
    // register, and no document status or policy categories.
    expect(ours.filter((r) => !theirs.includes(r))).toEqual([
      'OVERHEIDop.indiener |  | Van Weyenberg',
      'OVERHEIDop.indiener |  | Romke de Jong',
      'OVERHEIDop.indiener |  | Kat',
      'OVERHEIDop.ontvanger |  | Koolmees',
    ]);
    expect(theirs.filter((r) => !ours.includes(r))).toEqual([
      'OVERHEIDop.documentStatus |  | Opgemaakt na onopgemaakt',
      'OVERHEIDop.indiener |  | S.P.R.A. van Weyenberg',
      'OVERHEIDop.indiener |  | R.H. (Romke) de Jong',
      'OVERHEIDop.indiener |  | H. Kat',
      'OVERHEIDop.ontvanger |  | W. Koolmees',
      'OVERHEID.category | OVERHEID.TaxonomieBeleidsagenda | Economie | Ondernemen',
      'OVERHEID.category | OVERHEID.TaxonomieBeleidsagenda | Sociale zekerheid | Organisatie en beleid',
    ]);
  });

  it('of the sample letter carries its subject, kenmerk, date and chamber; a Kamerstuk says so', () => {
    const letter = loadSample();
    const lines = records(exportOpMetadata(letter));
    expect(lines).toContain('DC.title |  | Antwoorden vragen over de Europese strategie voor asiel- en migratiebeheer COM(2026)45');
    expect(lines).toContain('OVERHEIDop.vraagnummer |  | 180760');
    expect(lines).toContain('OVERHEIDop.vergaderjaar |  | 2025-2026');
    expect(lines).toContain('OVERHEIDop.datumOntvangst | DCTERMS.W3CDTF | 2026-06-18');
    expect(lines).toContain('DC.creator | OVERHEID.StatenGeneraal | Eerste Kamer der Staten-Generaal');
    expect(lines).toContain('OVERHEIDop.ontvanger |  | Bart van den Brink');
    // Without a publication number there is no identifier to give.
    expect(lines.some((l) => l.startsWith('DC.identifier'))).toBe(false);
    const kamerstuk = records(exportOpMetadata(letter, { form: 'kamerstuk' }));
    expect(kamerstuk).toContain('DC.type | OVERHEIDop.Parlementair | Kamerstuk');
    expect(kamerstuk).toContain('DC.type | OVERHEIDop.KamerstukTypen | Brief');
  });

  it('exportOpFiles gives the content and metadata.xml as its companion', () => {
    const files = exportOpFiles(loadSample(), {});
    expect(parseXml(files.data as string).name).toBe('officiele-publicatie');
    expect(files.companions.map((c) => c.extension)).toEqual(['.metadata.xml']);
    expect(parseXml(files.companions[0].data as string).name).toBe('metadata_gegevens');
  });

  it('a letter without subject gets a derived DC.title, which reads back as no subject', () => {
    const letter: Letter = loadSample();
    delete letter.metadata.subject;
    const lines = records(exportOpMetadata(letter));
    expect(lines).toContain('DC.title |  | Antwoord op vragen van de leden van de fracties van Volt en PvdD over de Europese strategie voor asiel- en migratiebeheer COM(2026)45.');
    const files = exportOpFiles(letter, {});
    expect(importOp(files.data as string, files.companions[0].data as string).letter!.metadata).toEqual({ date: '2026-06-18' });
  });

  it('vergaderjaar turns on Prinsjesdag, the third Tuesday of September', () => {
    const year = (date: string) => records(exportOpMetadata({ ...loadSample(), metadata: { date } })).find((l) => l.startsWith('OVERHEIDop.vergaderjaar'));
    expect(year('2025-09-15')).toBe('OVERHEIDop.vergaderjaar |  | 2024-2025');
    expect(year('2025-09-16')).toBe('OVERHEIDop.vergaderjaar |  | 2025-2026');
    expect(year('2026-09-14')).toBe('OVERHEIDop.vergaderjaar |  | 2025-2026');
    expect(year('2026-09-15')).toBe('OVERHEIDop.vergaderjaar |  | 2026-2027');
  });
});
