import * as fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { runCli } from '../support/cli';
import * as path from 'node:path';
import { importAkn, importAknBytes } from '../../src/importers/akn';
import { requireReference } from '../support/reference';
import { tempDir } from '../support/temp';

describe('AKN written by another tool: the reference example', () => {
  const file = path.join(requireReference('akn'), 'example-answer-letter.akn.xml');
  const result = importAkn(fs.readFileSync(file, 'utf8'));
  const letter = result.letter!;

  it('reads the letterhead, the metadata and the signature', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(letter.metadata).toEqual({
      date: '2026-06-18',
      reference: '4975504',
      subject: 'Beantwoording Kamervragen over de drinkwatervoorziening',
    });
    expect(letter.chamber).toBe('tweede-kamer');
    expect(letter.letterhead?.sender?.organisation).toBe('Ministerie van Infrastructuur en Waterstaat');
    expect(letter.letterhead?.sender?.website).toBe('www.rijksoverheid.nl/ienw');
    expect(letter.letterhead?.returnAddress).toBe('Retouradres Postbus 20901 2500 EX Den Haag');
    expect(letter.letterhead?.recipient).toEqual(['De Voorzitter van de Tweede Kamer der Staten-Generaal', 'Postbus 20018', '2500 EA Den Haag']);
    expect(letter.letterhead?.fields).toEqual([{ label: 'Uw referentie', value: '2026Z01234' }]);
    expect(letter.signatories).toEqual([{ role: 'De Minister van Infrastructuur en Waterstaat,', name: 'J. Jansen' }]);
    expect(letter.inquiry).toEqual({ reference: '2026Z01234', submitted: '2026-05-06' });
  });

  it('reads the cover letter and the questions and answers with what each answer covers', () => {
    expect(letter.coverLetter).toHaveLength(1);
    const qa = letter.questionsAndAnswers!;
    expect(qa.title).toBe('Antwoorden van de Minister van Infrastructuur en Waterstaat op vragen van de leden De Vries (Volt) en Bakker (PvdD) over de drinkwatervoorziening');
    expect(qa.sections.map((s) => s.heading)).toEqual(['Kwaliteit van het drinkwater', 'Toezicht en handhaving']);
    const items = qa.sections.flatMap((s) => s.items);
    expect(items.map((i) => (i.type === 'question' ? `Q${i.numbers.join('+')}` : `A${i.questions.join('+')}`))).toEqual(['Q1', 'A1', 'Q2', 'Q3', 'A2+3']);
  });

  it('reads the footnote at its reference, the list with its labels and the emphasis', () => {
    expect(letter.footnotes).toEqual([
      {
        id: 'fn1',
        label: '1',
        content: [{ type: 'paragraph', content: [
          { type: 'text', text: 'Zie ' },
          { type: 'link', target: 'https://www.example.org/rapport-drinkwater-2025', content: [{ type: 'text', text: 'het rapport over 2025' }] },
          { type: 'text', text: '.' },
        ] }],
      },
    ]);
    const answer = letter.questionsAndAnswers!.sections[0].items[1];
    expect(answer.body[0]).toEqual({ type: 'paragraph', content: [
      { type: 'text', text: 'Ja. Het rapport' },
      { type: 'footnoteRef', footnote: 'fn1' },
      { type: 'text', text: ' noemt drie aandachtspunten:' },
    ] });
    expect(answer.body[1]).toMatchObject({ type: 'list', style: 'lower-roman', items: [{ label: 'i.' }, { label: 'ii.' }, { label: 'iii.' }] });
    expect(JSON.stringify(answer.body[1])).toContain('{"type":"emphasis","content":[{"type":"text","text":"monitoring"}]}');
  });
});

describe('AKN from other tools: what cannot be placed is reported', () => {
  const AKN = 'xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"';

  it('warns with the line of an element it leaves out, and numbers an unnumbered answer by place', () => {
    const xml = `<akomaNtoso ${AKN}><debate name="x"><meta/>
<preface><p><docDate date="2025-01-02">2 januari 2025</docDate></p></preface>
<debateBody>
<question by="#a"><num>Vraag 1</num><p>Waarom?</p></question>
<answer by="#b"><p>Daarom.</p></answer>
<speech by="#c"><p>Iets anders.</p></speech>
</debateBody></debate></akomaNtoso>`;
    const r = importAkn(xml);
    const items = r.letter!.questionsAndAnswers!.sections[0].items;
    expect(items).toEqual([
      { type: 'question', numbers: ['1'], body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Waarom?' }] }] },
      { type: 'answer', questions: ['1'], body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Daarom.' }] }] },
    ]);
    expect(r.diagnostics).toEqual(expect.arrayContaining([
      expect.objectContaining({ severity: 'warning', line: 5, message: expect.stringContaining('taken to answer 1') }),
      expect.objectContaining({ severity: 'warning', line: 6, message: expect.stringContaining('could not place <speech>') }),
    ]));
  });

  it('refuses a document that is not AKN, or an AKN act, by name', () => {
    expect(importAkn('<html><body/></html>').diagnostics[0].message).toMatch(/expected an Akoma Ntoso 3.0 document .* found <html>/);
    expect(importAkn(`<akomaNtoso ${AKN}><act/></akomaNtoso>`).diagnostics[0].message).toBe('an AKN <act> is not a letter; kamerbrief reads <doc>, <statement> and <debate> documents');
  });

  it('says which date is missing', () => {
    const r = importAkn(`<akomaNtoso ${AKN}><doc name="brief"><meta/><mainBody><p>Tekst.</p></mainBody></doc></akomaNtoso>`);
    expect(r.letter).toBeUndefined();
    expect(r.diagnostics.at(-1)!.message).toMatch(/the letter has no date: expected a <docDate/);
  });
});

describe('hostile and broken XML', () => {
  const started = () => process.hrtime.bigint();
  const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;

  it('never reads an external entity and says why the file is refused', () => {
    const dir = tempDir('kb-xxe-');
    const secret = path.join(dir, 'secret.txt');
    fs.writeFileSync(secret, 'GEHEIM-12345');
    try {
      const xml = `<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "file://${secret}">]>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="x"><mainBody><p>&xxe;</p></mainBody></doc></akomaNtoso>`;
      const r = importAknBytes(new TextEncoder().encode(xml));
      expect(r.letter).toBeUndefined();
      expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', line: 2, message: expect.stringContaining('a DOCTYPE (DTD) is not accepted') })]);
      expect(JSON.stringify(r)).not.toContain('GEHEIM');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never opens the target of an external entity, even through the CLI (a FIFO target would block any reader)', () => {
    const dir = tempDir('kb-xxe-');
    try {
      const fifo = path.join(dir, 'fifo');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const input = path.join(dir, 'brief.akn.xml');
      fs.writeFileSync(input, `<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "file://${fifo}">]>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="x"><mainBody><p>&xxe;</p></mainBody></doc></akomaNtoso>`);
      const r = runCli(['validate', input], undefined, undefined, 20_000);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain(`${input}:2:`);
      expect(r.stdout).toContain('a DOCTYPE (DTD) is not accepted');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a billion-laughs file at once', () => {
    const levels = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "ha">${levels}]><akomaNtoso>&l10;</akomaNtoso>`;
    const t0 = started();
    const r = importAkn(xml);
    expect(seconds(t0)).toBeLessThan(1);
    expect(r.diagnostics[0].message).toContain('a DOCTYPE (DTD) is not accepted');
  });

  it('refuses a 50 MB file by its size before parsing it', () => {
    const xml = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="x"><mainBody>${'<p>tekst</p>'.repeat(50 * 1024 * 1024 / 11)}</mainBody></doc></akomaNtoso>`;
    const t0 = started();
    const r = importAkn(xml);
    expect(seconds(t0)).toBeLessThan(1);
    expect(r.diagnostics[0].message).toMatch(/^not readable as XML: XML too large \(\d+ characters; at most 16777216\)$/);
  });

  it('refuses 10,000 nested elements quickly, naming the depth and the place', () => {
    const xml = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">${'<b>'.repeat(10000)}${'</b>'.repeat(10000)}</akomaNtoso>`;
    const t0 = started();
    const r = importAkn(xml);
    expect(seconds(t0)).toBeLessThan(1);
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', line: 1, message: 'not readable as XML: elements nested too deep (more than 256 levels)' })]);
  });

  it('gives line and column for malformed XML', () => {
    const r = importAkn('<akomaNtoso>\n  <doc>\n  </dok>\n</akomaNtoso>');
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', line: 3, message: 'not readable as XML: unexpected close tag.' })]);
    expect(r.diagnostics[0].column).toBeGreaterThan(0);
  });

  it('refuses XML that is not UTF-8 and a file that is not XML', () => {
    expect(importAknBytes(new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a/>')).diagnostics[0].message).toBe('not readable as XML: encoding ISO-8859-1 is not supported; expected UTF-8');
    expect(importAknBytes(new TextEncoder().encode('%PDF-1.7 binary')).diagnostics[0].message).toMatch(/^not readable as XML: /);
  });
});
