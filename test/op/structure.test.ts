/**
 * No OP XSD is at hand, so the structure of what the exporter writes is checked against the
 * real example: every parent/child pair of elements must occur in ah-tk-20202021-3235.xml,
 * or be one of the additions docs/op-xml.md lists (with the real publications they follow).
 */
import fc from 'fast-check';
import { exportOp, exportOpMetadata } from '../../src/exporters/op';
import { isElement, parseXml, type XmlElement } from '../../src/xml/read';
import { letterArb } from '../support/arbitrary';
import { loadSample } from '../support/samples';
import { referenceFile } from './support';

const RUNS = Number(process.env.KAMERBRIEF_PROPERTY_RUNS ?? 200);

function pairs(xml: string, out = new Set<string>()): Set<string> {
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      out.add(`${el.name}>${c.name}`);
      walk(c);
    }
  };
  walk(parseXml(xml));
  return out;
}

const INLINE_PARENTS = ['al', 'noot.al', 'entry', 'nadruk', 'sup', 'inf', 'extref'];
const INLINE = ['nadruk', 'sup', 'inf', 'extref', 'noot', 'noot.ref'];
const BLOCK_PARENTS = ['vraag', 'antwoord', 'li', 'citaat', 'noot', 'kamervraagopmerking'];
const BLOCKS = ['al', 'lijst', 'citaat', 'table'];
/** Pairs the real example does not show, each as docs/op-xml.md explains. */
const ADDITIONS = new Set<string>([
  'kamervragen>tussenkop',
  'kamervragen>kamervraagopmerking', // the text of a Mededeling, as KOOP's HTML has div.kamervraagopmerking
  ...INLINE_PARENTS.flatMap((p) => INLINE.map((c) => `${p}>${c}`)),
  ...BLOCK_PARENTS.flatMap((p) => BLOCKS.map((c) => `${p}>${c}`)),
  'noot>noot.nr', 'noot>noot.al',
  'lijst>li', 'li>li.nr',
  'table>tgroup', 'tgroup>colspec', 'tgroup>thead', 'tgroup>tbody', 'thead>row', 'tbody>row', 'row>entry',
  'kamervraagomschrijving>naam', 'naam>voornaam', 'naam>achternaam',
]);

/** Pairs of the Kamerstuk letter form that the motie kst-32545-143 does not show (docs/op-xml.md). */
const KAMERSTUK_ADDITIONS = new Set<string>([
  'stuk>tekst-sluiting', 'tekst-sluiting>ondertekening', 'ondertekening>functie', 'ondertekening>naam',
  'stuk>bijlage', 'bijlage>kamervraagomschrijving', 'bijlage>tussenkop', 'bijlage>vraag', 'bijlage>antwoord',
  ...BLOCKS.map((c) => `tekst>${c}`),
]);

describe('OP XML structure', () => {
  const real = pairs(referenceFile('op-xml', 'ah-tk-20202021-3235.xml'));

  it('the real example has the pairs the exporter relies on', () => {
    for (const p of ['officiele-publicatie>metadata', 'metadata>meta', 'officiele-publicatie>kamervragen', 'kamervragen>kamervraagkop', 'kamervraagkop>tekstregel', 'kamervragen>kamervraagnummer', 'kamervragen>kamervraagomschrijving', 'kamervraagomschrijving>naam', 'kamervraagomschrijving>kamervraagonderwerp', 'kamervraagomschrijving>datum', 'kamervraagomschrijving>organisatie', 'kamervragen>vraag', 'kamervragen>antwoord', 'vraag>nr', 'vraag>al', 'antwoord>nr', 'antwoord>al', 'al>extref']) {
      expect([p, real.has(p)]).toEqual([p, true]);
    }
  });

  it(`the Aanhangsel of the sample and of ${RUNS} generated letters is well-formed and uses only known element pairs`, () => {
    const allowed = new Set([...real, ...ADDITIONS]);
    const seen = pairs(exportOp(loadSample()));
    fc.assert(
      fc.property(letterArb, (letter) => {
        pairs(exportOp(letter), seen);
        parseXml(exportOpMetadata(letter));
      }),
      { numRuns: RUNS },
    );
    expect([...seen].filter((p) => !allowed.has(p))).toEqual([]);
    // The generated letters reach every kind of element.
    for (const p of ['kamervragen>tussenkop', 'al>noot', 'lijst>li', 'row>entry', 'al>extref', 'vraag>citaat']) expect([p, seen.has(p)]).toEqual([p, true]);
  });
});

describe('OP XML structure, Kamerstuk letter form', () => {
  it(`of the sample and of ${RUNS} generated letters uses only pairs of the real examples and the documented additions`, () => {
    const real = pairs(referenceFile('op-xml', 'kst-32545-143.xml'), pairs(referenceFile('op-xml', 'ah-tk-20202021-3235.xml')));
    const allowed = new Set([...real, ...ADDITIONS, ...KAMERSTUK_ADDITIONS]);
    const seen = pairs(exportOp(loadSample(), { form: 'kamerstuk' }));
    fc.assert(
      fc.property(letterArb, (letter) => {
        pairs(exportOp(letter, { form: 'kamerstuk' }), seen);
      }),
      { numRuns: RUNS },
    );
    expect([...seen].filter((p) => !allowed.has(p))).toEqual([]);
    for (const p of ['officiele-publicatie>kamerstuk', 'kamerstuk>stuk', 'stuk>titel', 'datumtekst>datum', 'vrije-tekst>tekst', 'tekst-sluiting>ondertekening', 'bijlage>vraag']) expect([p, seen.has(p)]).toEqual([p, true]);
  });
});
