/**
 * Hostile OP XML: each input ends quickly with one clear error naming the place, and nothing
 * outside the input is ever read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importOp, importOpBytes } from '../../src/importers/op';
import type { Diagnostic } from '../../src/model/diagnostics';
import { tempDir } from '../support/temp';

const encode = (s: string) => new TextEncoder().encode(s);
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Runs the import and returns its errors and how long it took. */
function timed(run: () => { letter?: unknown; diagnostics: Diagnostic[] }) {
  const start = process.hrtime.bigint();
  const result = run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { result, errors: result.diagnostics.filter((d) => d.severity === 'error'), ms };
}

describe('hostile OP XML', () => {
  let dir: string;
  let secretFile: string;
  const SECRET = 'KAMERBRIEF-SECRET-7f3a9c';
  beforeAll(() => {
    dir = tempDir('kb-op-hostile-');
    secretFile = path.join(dir, 'secret.txt');
    fs.writeFileSync(secretFile, SECRET);
  });

  it('an external entity is refused at the DOCTYPE and its target file is never opened', () => {
    const xml = `${HEAD}<!DOCTYPE officiele-publicatie [\n  <!ENTITY geheim SYSTEM "file://${secretFile}">\n]>\n<officiele-publicatie><kamervragen><vraag><nr>Vraag 1</nr><al>&geheim;</al></vraag></kamervragen></officiele-publicatie>`;
    const opened: string[] = [];
    // The CommonJS module object, which every module that reads files shares.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sharedFs = require('node:fs') as typeof fs;
    const spies = (['readFileSync', 'openSync', 'createReadStream', 'readFile', 'open'] as const).map((fn) =>
      jest.spyOn(sharedFs, fn).mockImplementation(((file: fs.PathLike) => {
        opened.push(String(file));
        throw new Error(`fs.${fn} must not be called`);
      }) as never),
    );
    try {
      const { result, errors, ms } = timed(() => importOpBytes(encode(xml), {}));
      expect(result.letter).toBeUndefined();
      // The reader names the line where the DOCTYPE ends ("]>").
      expect(errors).toEqual([expect.objectContaining({ line: 4, message: expect.stringMatching(/^not well-formed OP XML: a DOCTYPE \(DTD\) is not accepted/) })]);
      expect(JSON.stringify(result)).not.toContain(SECRET);
      expect(ms).toBeLessThan(1000);
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
    expect(opened).toEqual([]);
  });

  it('billion laughs is refused at the DOCTYPE, before any entity is expanded', () => {
    const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`)];
    const xml = `${HEAD}<!DOCTYPE lolz [\n${entities.join('\n')}\n]>\n<officiele-publicatie><kamervragen><vraag><nr>Vraag 1</nr><al>&lol9;</al></vraag></kamervragen></officiele-publicatie>`;
    const { result, errors, ms } = timed(() => importOp(xml));
    expect(result.letter).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ line: 13, message: expect.stringMatching(/DOCTYPE \(DTD\) is not accepted/) })]);
    expect(ms).toBeLessThan(1000);
  });

  it('an entity no DTD declares is an error with its line and column', () => {
    const xml = `${HEAD}<officiele-publicatie><kamervragen>\n<vraag><nr>Vraag 1</nr><al>&lol9;</al></vraag></kamervragen></officiele-publicatie>`;
    const { errors } = timed(() => importOp(xml));
    expect(errors).toEqual([expect.objectContaining({ line: 3, column: expect.any(Number), message: 'not well-formed OP XML: undefined entity.' })]);
  });

  it('a 50 MB file is refused by its size without being parsed', () => {
    const big = encode(`${HEAD}<officiele-publicatie><kamervragen><vraag><nr>Vraag 1</nr><al>${'a'.repeat(50 * 1024 * 1024)}</al></vraag></kamervragen></officiele-publicatie>`);
    const { result, errors, ms } = timed(() => importOpBytes(big, {}));
    expect(result.letter).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^the file is too large for OP XML \(5\d{7} bytes; at most 16777216\)$/) })]);
    expect(ms).toBeLessThan(1000);
    const { errors: viaText, ms: textMs } = timed(() => importOp(new TextDecoder().decode(big)));
    expect(viaText).toEqual([expect.objectContaining({ message: expect.stringMatching(/XML too large \(5\d{7} characters; at most 16777216\)/) })]);
    expect(textMs).toBeLessThan(1000);
  });

  it('a 50 MB metadata.xml beside a good file is refused by its size too', () => {
    const metadata = encode(`<metadata_gegevens>${' '.repeat(50 * 1024 * 1024)}</metadata_gegevens>`);
    const { errors, ms } = timed(() => importOpBytes(encode(`${HEAD}<officiele-publicatie><kamervragen/></officiele-publicatie>`), { companion: () => metadata }));
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^its metadata\.xml is too large/) })]);
    expect(ms).toBeLessThan(1000);
  });

  it('10,000 nested elements are refused at the depth limit with line and column', () => {
    const xml = `${HEAD}<officiele-publicatie><kamervragen><vraag><nr>Vraag 1</nr>\n${'<citaat>'.repeat(10_000)}x${'</citaat>'.repeat(10_000)}</vraag></kamervragen></officiele-publicatie>`;
    const { result, errors, ms } = timed(() => importOp(xml));
    expect(result.letter).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ line: 3, column: expect.any(Number), message: expect.stringMatching(/nested too deep \(more than 256 levels\)/) })]);
    // About 0.4 s alone: src/xml/read.ts feeds saxes 64 KiB at a time, and saxes goes on to the
    // end of that slice after the refusal, resolving namespaces through every open element
    // (quadratic within the slice). 4 KiB slices take it to about 10 ms (measured).
    expect(ms).toBeLessThan(3000);
  });

  it('malformed XML names the line and column and what was wrong', () => {
    const { errors } = timed(() => importOp(`${HEAD}<officiele-publicatie>\n<kamervragen>\n<vraag></antwoord>\n</kamervragen></officiele-publicatie>`));
    expect(errors).toEqual([expect.objectContaining({ line: 4, column: expect.any(Number), message: expect.stringMatching(/^not well-formed OP XML: unexpected close tag/) })]);
  });

  it('another XML document is told what was expected', () => {
    const { errors } = timed(() => importOp(`${HEAD}<akomaNtoso><doc/></akomaNtoso>`));
    expect(errors).toEqual([{ severity: 'error', line: 2, column: expect.any(Number), message: 'expected <officiele-publicatie> holding <kamervragen> (an Aanhangsel) or <kamerstuk>; found <akomaNtoso>' }]);
  });

  it('a UTF-16 or Windows-1252 file is refused with the encoding named', () => {
    const { errors } = timed(() => importOpBytes(encode('<?xml version="1.0" encoding="windows-1252"?><officiele-publicatie/>'), {}));
    expect(errors).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/encoding windows-1252 is not supported; expected UTF-8/) })]);
  });

  it('a broken metadata.xml is reported as such, and the content is still read', () => {
    const content = `${HEAD}<officiele-publicatie><kamervragen><kamervraagomschrijving type="antwoord">Antwoord van Minister <naam><achternaam>Jansen</achternaam></naam> (ontvangen <datum isodatum="2026-03-24">24 maart 2026</datum>).</kamervraagomschrijving><vraag><nr status="officieel">Vraag 1</nr><al>Waarom?</al></vraag><antwoord><nr status="officieel">Antwoord 1</nr><al>Daarom.</al></antwoord></kamervragen></officiele-publicatie>`;
    const result = importOp(content, '<metadata_gegevens><metadata name="DC.title"</metadata_gegevens>');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/^metadata\.xml: not well-formed XML: /) })]);
    expect(result.letter?.questionsAndAnswers?.sections[0].items).toHaveLength(2);
  });
});
