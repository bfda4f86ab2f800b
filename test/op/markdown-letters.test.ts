/** The Markdown test letters (test/fixtures/markdown) through OP XML: what it carries comes back. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportOpFiles } from '../../src/exporters/op';
import { importOpBytes } from '../../src/importers/op';
import { importMarkdown } from '../../src/importers/markdown';
import { ROOT } from '../support/samples';
import { opCarried } from './support-projection';

const DIR = path.join(ROOT, 'test', 'fixtures', 'markdown');
const names = fs.readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();
const bytes = (d: string | Uint8Array) => (typeof d === 'string' ? new TextEncoder().encode(d) : d);

describe('Markdown test letters through OP XML', () => {
  it('there are letters to test', () => expect(names.length).toBeGreaterThan(10));

  it.each(names)('%s round-trips in both forms', (name) => {
    const letter = importMarkdown(fs.readFileSync(path.join(DIR, name), 'utf8')).letter!;
    for (const form of ['aanhangsel', 'kamerstuk'] as const) {
      const files = exportOpFiles(letter, { form });
      const back = importOpBytes(bytes(files.data), { companion: () => bytes(files.companions[0].data) });
      expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(back.letter).toEqual(opCarried(letter, form));
    }
  });

  it('aanhangsel-tk.md: the two heading sentences say everything, so no heading data is written', () => {
    const letter = importMarkdown(fs.readFileSync(path.join(DIR, 'aanhangsel-tk.md'), 'utf8')).letter!;
    const xml = exportOpFiles(letter, {}).data as string;
    expect(xml).not.toContain('kamerbrief.kopgegevens');
    expect(xml).toContain('<kamervraagomschrijving type="vraag">Vragen van het lid <naam><achternaam>Jansen</achternaam></naam> (GroenLinks-PvdA) aan de Minister van Financiën over <kamervraagonderwerp>de betaalbaarheid van contant geld</kamervraagonderwerp> (ingezonden <datum isodatum="2026-03-03">3 maart 2026</datum>).</kamervraagomschrijving>');
    expect(xml).toContain('<kamervraagomschrijving type="antwoord">Antwoord van Minister <naam><achternaam>De Vries</achternaam></naam> (<organisatie afkorting="Fin">Financiën</organisatie>) (ontvangen <datum isodatum="2026-03-24">24 maart 2026</datum>).</kamervraagomschrijving>');
  });
});

describe('a postponement notice as an Aanhangsel', () => {
  it('uitstelbericht.md is a Mededeling with its text in kamervraagopmerking', () => {
    const letter = importMarkdown(fs.readFileSync(path.join(DIR, 'uitstelbericht.md'), 'utf8')).letter!;
    expect(letter.kind).toBe('postponement-notice');
    const xml = exportOpFiles(letter, {}).data as string;
    expect(xml).toContain('<kamervraagomschrijving type="mededeling">Mededeling van Minister <naam><voornaam>R. </voornaam><achternaam>Bos</achternaam></naam> (<organisatie afkorting="BZ">Buitenlandse Zaken</organisatie>) (ontvangen <datum isodatum="2026-05-27">27 mei 2026</datum>).</kamervraagomschrijving>');
    expect(xml).toContain('<kamervraagopmerking>\n<al>Hierbij deel ik u mee dat de vragen van het lid Hermans (NSC) over de evacuatie uit Soedan (ingezonden 6 mei 2026, kenmerk 2026Z04567) niet binnen de gebruikelijke termijn van drie weken kunnen worden beantwoord.</al>');
  });
});
