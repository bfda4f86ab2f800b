import { strToU8, unzipSync, zipSync } from 'fflate';
import { exportDocx } from '../../src/exporters/docx';
import { importDocx } from '../../src/importers/docx';
import { openZip, ZipError } from '../../src/zip/unzip';
import { loadSample } from '../support/samples';

/** The one error an unreadable input must give, quickly. */
function refusal(bytes: Uint8Array): { message: string; ms: number } {
  const start = Date.now();
  const result = importDocx(bytes);
  const ms = Date.now() - start;
  expect(result.letter).toBeUndefined();
  expect(result.diagnostics).toHaveLength(1);
  expect(result.diagnostics[0].severity).toBe('error');
  return { message: result.diagnostics[0].message, ms };
}

/** Patches the declared unpacked size of every member, in the local headers and the central directory. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let p = 0; p + 4 <= out.length; p++) {
    const sig = view.getUint32(p, true);
    if (sig === 0x04034b50) view.setUint32(p + 22, size, true);
    if (sig === 0x02014b50) view.setUint32(p + 24, size, true);
  }
  return out;
}

let docx: Uint8Array;
beforeAll(async () => {
  docx = await exportDocx(loadSample(), {});
});

/** A copy of the sample DOCX with one part replaced. */
function withPart(name: string, text: string): Uint8Array {
  const files = unzipSync(docx);
  files[name] = strToU8(text);
  return zipSync(files);
}

describe('hostile and broken DOCX input', () => {
  it('refuses a zip bomb from its declared size, before inflating', () => {
    // 40 MB of zeros deflate to about 40 KB; the central directory says 40 MB.
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(40 * 1024 * 1024) }, { level: 1 });
    const { message, ms } = refusal(bomb);
    expect(message).toMatch(/word\/document\.xml unpacks to 41943040 bytes; at most \d+ are accepted \(a zip bomb\?\)/);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses an archive whose members together unpack to too much', () => {
    const members: Record<string, Uint8Array> = {};
    for (let i = 0; i < 5; i++) members[`word/media/part${i}.bin`] = new Uint8Array(1024);
    // Each member says 30 MB (within the limit for one), 150 MB together.
    const { message } = refusal(declareSize(zipSync(members), 30 * 1024 * 1024));
    expect(message).toMatch(/the archive unpacks to more than \d+ bytes; refused \(a zip bomb\?\)/);
  });

  it('stops a member that inflates to more than its header declares, while inflating', () => {
    const lying = declareSize(zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 1 }), 1000);
    const { message, ms } = refusal(lying);
    expect(message).toContain('word/document.xml unpacks to more than the 1000 bytes it declares');
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a document with a DTD and an external entity without reading it', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>';
    const { message } = refusal(withPart('word/document.xml', xxe));
    expect(message).toMatch(/^word\/document\.xml is not well-formed XML \(line 1, column \d+\): a DOCTYPE \(DTD\) is not accepted/);
    expect(message).not.toContain('root:');
  });

  it('refuses XML nested deeper than the reader allows, quickly', () => {
    const open = '<w:sdt><w:sdtContent>'.repeat(5000);
    const close = '</w:sdtContent></w:sdt>'.repeat(5000);
    const deep = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${open}<w:p/>${close}</w:body></w:document>`;
    const { message, ms } = refusal(withPart('word/document.xml', deep));
    expect(message).toMatch(/^word\/document\.xml is not well-formed XML \(line 1, column \d+\): elements nested too deep \(more than 256 levels\)/);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a truncated file', () => {
    const { message } = refusal(docx.subarray(0, Math.floor(docx.length / 2)));
    expect(message).toBe('not a readable DOCX: the archive is truncated or corrupt: its end (the central directory) is missing');
  });

  it('refuses a PDF renamed to .docx, saying what it is', () => {
    const { message } = refusal(strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'));
    expect(message).toBe('this is a PDF file, not a DOCX; read it with --from pdf (or name it .pdf)');
  });

  it('refuses other files that are not DOCX, and an empty file', () => {
    expect(refusal(strToU8('Datum 18 juni 2026\nVraag 1\n')).message).toMatch(/^this is not a DOCX file: a DOCX is a ZIP package/);
    expect(refusal(new Uint8Array(0)).message).toBe('the file is empty; expected a DOCX (a ZIP package)');
    expect(refusal(zipSync({ 'content.xml': strToU8('<office/>') })).message).toBe('this ZIP archive has no word/document.xml, so it is not a Word document (DOCX)');
  });

  it('refuses malformed XML with its line and column', () => {
    const { message } = refusal(withPart('word/document.xml', '<w:document xmlns:w="x">\n<w:body><w:p></w:body></w:document>'));
    expect(message).toMatch(/^word\/document\.xml is not well-formed XML \(line 2, column \d+\)/);
  });

  it('refuses a corrupt deflate stream', () => {
    const broken = docx.slice();
    // Overwrite the middle of the compressed data of the largest member.
    const entry = openZip(docx).entries.find((e) => e.name === 'word/document.xml')!;
    for (let i = 0; i < 64; i++) broken[entry.localHeaderOffset + 60 + 40 + i] ^= 0xff;
    const result = importDocx(broken);
    expect(result.letter).toBeUndefined();
    expect(result.diagnostics[0].message).toMatch(/^(not a readable DOCX: member word\/document\.xml is corrupt|word\/document\.xml is not well-formed XML)/);
  });
});

describe('safe unzip', () => {
  it('reads members of an ordinary archive and refuses ZIP64 markers', () => {
    const zip = openZip(zipSync({ 'a.txt': strToU8('hallo'), 'b/c.txt': strToU8('wereld'.repeat(1000)) }));
    expect(zip.entries.map((e) => e.name)).toEqual(['a.txt', 'b/c.txt']);
    expect(new TextDecoder().decode(zip.read('a.txt'))).toBe('hallo');
    expect(zip.read('b/c.txt')!.length).toBe(6000);
    expect(zip.read('missing')).toBeUndefined();
    expect(() => openZip(declareSize(zipSync({ 'a.txt': strToU8('x') }), 0xffffffff))).toThrow(new ZipError('member a.txt: ZIP64 sizes are not supported'));
  });
});

describe('a kamerbrief DOCX changed in Word afterwards', () => {
  it('is read as a Word letter, with a warning, when the structure markers no longer fit', () => {
    const files = unzipSync(docx);
    // Word dropping the ends of the hidden bookmarks, say.
    files['word/document.xml'] = strToU8(new TextDecoder().decode(files['word/document.xml']).replace(/<w:bookmarkEnd [^>]*\/>/g, ''));
    const result = importDocx(zipSync(files));
    expect(result.diagnostics[0]).toEqual({
      severity: 'warning',
      message: expect.stringMatching(/^kamerbrief wrote this DOCX, but it was changed since \(a \w+ bookmark is never closed; .*\); read as a Word letter/),
    });
    const sample = loadSample();
    const numbers = (l: typeof sample) => l.questionsAndAnswers!.sections.flatMap((s) => s.items.map((i) => (i.type === 'question' ? i.numbers : i.questions).join('+')));
    expect(result.letter?.metadata.date).toBe('2026-06-18');
    expect(numbers(result.letter!)).toEqual(numbers(sample));
  });
});
