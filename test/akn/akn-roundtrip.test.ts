import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { exportAkn } from '../../src/exporters/akn';
import { importAkn } from '../../src/importers/akn';
import { importMarkdown } from '../../src/importers/markdown';
import type { Letter } from '../../src/model/types';
import { letterArb } from '../support/arbitrary';
import { loadSample, ROOT, sampleNames, SOURCE_LETTER } from '../support/samples';
import { validateAkn } from '../support/akn-schema';

const RUNS = Number(process.env.KAMERBRIEF_PROPERTY_RUNS ?? 200);
/** Schema validation compiles the 250 kB XSD in WebAssembly; on a busy 2-core machine that takes a while. */
const XSD_TIMEOUT = 120_000;
const FIXTURE_DIRS = ['markdown', 'letters'].map((d) => path.join(ROOT, 'test', 'fixtures', d));

/** The Markdown test letters of both authors, as models. */
function fixtureLetters(): [string, Letter][] {
  return FIXTURE_DIRS.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .sort()
      .map((f): [string, Letter] => [`${path.basename(dir)}-${f}`, importMarkdown(fs.readFileSync(path.join(dir, f), 'utf8')).letter!]),
  );
}

function roundTrip(letter: Letter): { xml: string; back: Letter | undefined; errors: string[] } {
  const xml = exportAkn(letter);
  const result = importAkn(xml);
  const errors = result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line}: ${d.message}`);
  return { xml, back: result.letter, errors };
}

describe('Akoma Ntoso round trip', () => {
  it.each(sampleNames())('importAkn(exportAkn(m)) equals m for sample %s, and the AKN is schema-valid', async (name) => {
    const letter = loadSample(name);
    const { xml, back, errors } = roundTrip(letter);
    expect(errors).toEqual([]);
    expect(back).toEqual(letter);
    const validity = await validateAkn([{ name, xml }]);
    expect(validity.get(name)).toEqual([]);
  }, XSD_TIMEOUT);

  it('holds for the Markdown test letters, each schema-valid', async () => {
    const docs = [];
    for (const [name, letter] of fixtureLetters()) {
      const { xml, back, errors } = roundTrip(letter);
      expect({ name, errors }).toEqual({ name, errors: [] });
      expect(back).toEqual(letter);
      docs.push({ name, xml });
    }
    expect(docs.length).toBe(27);
    const validity = await validateAkn(docs);
    for (const d of docs) expect({ name: d.name, errors: validity.get(d.name) }).toEqual({ name: d.name, errors: [] });
  }, XSD_TIMEOUT);

  it(`holds for ${RUNS} generated letters, and every one is schema-valid`, async () => {
    const docs: { name: string; xml: string }[] = [];
    fc.assert(
      fc.property(letterArb, (letter) => {
        const { xml, back, errors } = roundTrip(letter);
        expect(errors).toEqual([]);
        expect(back).toEqual(letter);
        docs.push({ name: `letter-${docs.length + 1}.xml`, xml });
      }),
      { numRuns: RUNS },
    );
    // One schema compilation for all of them (xmllint-wasm compiles per call).
    const validity = await validateAkn(docs);
    const invalid = docs.filter((d) => validity.get(d.name)!.length > 0).map((d) => ({ errors: validity.get(d.name), xml: d.xml }));
    expect(invalid.slice(0, 1)).toEqual([]);
  }, XSD_TIMEOUT);
});

describe('Akoma Ntoso export of the source letter', () => {
  const xml = exportAkn(loadSample(SOURCE_LETTER));

  it('is indented for people, one element a line, text untouched', () => {
    const lines = xml.split('\n');
    expect(lines[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(lines[1]).toMatch(/^<akomaNtoso xmlns="http:\/\/docs.oasis-open.org\/legaldocml\/ns\/akn\/3.0"/);
    expect(lines).toContain('              <heading>Migratiediplomatie en inzet van drukmiddelen</heading>');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(3000);
  });

  it('identifies the letter with FRBR URIs from chamber, date and reference, language nld', () => {
    expect(xml).toContain('<FRBRuri value="/akn/nl/doc/antwoordbrief/ek/2026-06-18/7562802"/>');
    expect(xml).toContain('<FRBRthis value="/akn/nl/doc/antwoordbrief/ek/2026-06-18/7562802/nld@/!main"/>');
    expect(xml).toContain('<FRBRthis value="/akn/nl/doc/antwoordbrief/ek/2026-06-18/7562802/!antwoorden"/>');
    expect(xml).toContain('<FRBRlanguage language="nld"/>');
  });

  it('gives eIds after the AKN naming convention, unique in the file', () => {
    const eIds = [...xml.matchAll(/ eId="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(eIds).size).toBe(eIds.length);
    for (const id of eIds) expect(id).toMatch(/^[a-z][A-Za-z0-9]*(_[A-Za-z0-9-]+)?(__[a-z][A-Za-z]*(_[A-Za-z0-9-]+)?)*$/);
    expect(eIds).toEqual(expect.arrayContaining([
      'att_1',
      'att_1__questions_2__question_5',
      'att_1__questions_2__answer_5-6',
      'att_1__questions_2__answer_5-6__list_1__item_i',
    ]));
  });

  it('keeps the questions an answer covers as references to the questions', () => {
    expect(xml).toContain('<num>Antwoord op vragen <ref href="#att_1__questions_2__question_5">5</ref> en <ref href="#att_1__questions_2__question_6">6</ref></num>');
    expect(xml).toContain('<num>Vraag <inline name="vraagnummer">14</inline></num>');
  });

  it('places footnotes at their reference, with the printed mark', () => {
    expect(xml).toMatch(/<authorialNote eId="att_1__questions_2__answer_5-6__authorialNote_1" marker="1" placement="bottom"><p>/);
    expect((xml.match(/<authorialNote /g) ?? []).length).toBe(5);
  });

  it('writes the letterhead, the signature and the lists with their printed labels', () => {
    expect(xml).toContain('<p><inline name="label">Datum</inline> <docDate date="2026-06-18">18 juni 2026</docDate></p>');
    expect(xml).toContain('<p><signature><role refersTo="#rolOndertekenaar1">De Minister van Asiel en Migratie</role><br/><person refersTo="#ondertekenaar1" as="#rolOndertekenaar1">Bart van den Brink</person></signature></p>');
    expect(xml).toMatch(/<blockList eId="[^"]+" class="lower-roman">/);
    expect(xml).toContain('<num>iii.</num>');
    expect(xml).toContain('<TLCRole eId="rolOndertekenaar1" href="/akn/ontology/role/nl.de.minister.van.asiel.en.migratie" showAs="De Minister van Asiel en Migratie"/>');
  });
});
