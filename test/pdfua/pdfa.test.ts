/**
 * PDF/A-3a with PDF/UA-1 (issue 19, point 7): the seed letter's PDF declares both, carries the
 * letter's canonical JSON (Source) and Akoma Ntoso (Alternative) as associated files, and
 * passes the PDF/A rules of src/check/pdfa.ts; each rule finds the one thing broken in a
 * mutated copy. With its embedded files removed (qpdf), the PDF still reads back exactly
 * through its structure tree. qpdf and pdfdetach (poppler) are needed; a missing tool fails.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PDFString } from 'pdf-lib';
import { checkPdfA } from '../../src/check/pdfa';
import { checkPdfUa, validatePdfFile } from '../../src/check/pdfua';
import { exportAkn } from '../../src/exporters/akn';
import { exportJson } from '../../src/exporters/json';
import { exportPdf } from '../../src/exporters/pdf';
import { LETTER_AKN, LETTER_FILES, LETTER_JSON } from '../../src/exporters/pdf/embedded';
import { importPdf } from '../../src/importers/pdf';
import { loadSample } from '../support/samples';
import { tempDir } from '../support/temp';
import { findObjects, mutate, name } from './mutate';

function run(tool: string, args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${tool} is needed for this test and was not found (Debian: apt-get install qpdf poppler-utils)`);
  if (r.status !== 0 && !(tool === 'qpdf' && r.status === 3)) throw new Error(`${tool} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

const rules = (findings: { rule: string }[]) => [...new Set(findings.map((f) => f.rule))];

describe('the seed PDF is PDF/A-3a and PDF/UA-1 and carries its letter', () => {
  const letter = loadSample();
  let bytes: Uint8Array;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    bytes = await exportPdf(letter);
    dir = tempDir('kb-pdfa-');
    file = path.join(dir, 'seed.pdf');
    fs.writeFileSync(file, bytes);
  });

  it('declares PDF/A-3a and PDF/UA-1 in its XMP, with the extension schema for pdfuaid', () => {
    const xmp = run('pdfinfo', ['-meta', file]);
    expect(xmp).toMatch(/<pdfaid:part>3<\/pdfaid:part>\s*<pdfaid:conformance>A<\/pdfaid:conformance>/);
    expect(xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(xmp).toMatch(/<pdfaSchema:namespaceURI>http:\/\/www.aiim.org\/pdfua\/ns\/id\/<\/pdfaSchema:namespaceURI>/);
  });

  it('passes the PDF/A and the PDF/UA checker, and validate runs both', async () => {
    expect(await checkPdfA(bytes)).toEqual([]);
    expect(await checkPdfUa(bytes)).toEqual([]);
    expect(await validatePdfFile(bytes, {})).toEqual([]);
  });

  it('embeds the canonical JSON and the Akoma Ntoso, byte for byte, as associated files', () => {
    expect(run('pdfdetach', ['-list', file])).toContain('2 embedded files');
    for (const f of LETTER_FILES) run('pdfdetach', ['-savefile', f.name, '-o', path.join(dir, f.name), file]);
    expect(fs.readFileSync(path.join(dir, LETTER_JSON.name), 'utf8')).toBe(exportJson(letter));
    expect(JSON.parse(fs.readFileSync(path.join(dir, LETTER_JSON.name), 'utf8'))).toEqual(letter);
    expect(fs.readFileSync(path.join(dir, LETTER_AKN.name), 'utf8')).toBe(exportAkn(letter));
    const qdf = run('qpdf', ['--qdf', '--object-streams=disable', file, '-']);
    expect(qdf).toMatch(/\/AFRelationship \/Source/);
    expect(qdf).toMatch(/\/AFRelationship \/Alternative/);
    expect(qdf).toMatch(/\/Subtype \/application#2Fjson/i);
    expect(qdf).toMatch(/\/Subtype \/application#2Fakn\+xml/i);
    expect(qdf).toMatch(/\/S \/GTS_PDFA1/);
    expect(qdf).not.toMatch(/\/Encrypt|\/JavaScript/);
  });

  it('without its embedded files reads back exactly through its structure tree', async () => {
    const stripped = path.join(dir, 'stripped.pdf');
    run('qpdf', [file, '--remove-attachment=letter.json', '--remove-attachment=letter.akn.xml', '--', stripped]);
    expect(run('pdfdetach', ['-list', stripped])).toContain('0 embedded files');
    const back = await importPdf(new Uint8Array(fs.readFileSync(stripped)));
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(back.letter).toEqual(letter);
  });

  describe('each PDF/A rule finds what is broken', () => {
    it('no output intent', async () => {
      const broken = await mutate(bytes, (doc) => doc.catalog.delete(name('OutputIntents')));
      expect(rules(await checkPdfA(broken))).toEqual(['A-6.2-output-intent']);
    });

    it('no pdfaid in the XMP', async () => {
      const broken = await mutate(bytes, (doc) => {
        const [meta] = findObjects(doc, (d) => d.get(name('Type')) === name('Metadata'));
        const stream = doc.context.lookup(meta.ref) as unknown as { contents: Uint8Array };
        stream.contents = Buffer.from(Buffer.from(stream.contents).toString('utf8').replace(/<pdfaid:part>3<\/pdfaid:part>/, ''));
      });
      expect(rules(await checkPdfA(broken))).toEqual(['A-6.6-identification']);
    });

    it('an embedded file without its relationship or MIME type', async () => {
      const broken = await mutate(bytes, (doc) => {
        for (const { dict } of findObjects(doc, (d) => d.get(name('Type')) === name('Filespec'))) dict.delete(name('AFRelationship'));
        for (const { dict } of findObjects(doc, (d) => d.get(name('Type')) === name('EmbeddedFile'))) dict.delete(name('Subtype'));
      });
      const findings = await checkPdfA(broken);
      expect(rules(findings)).toEqual(['A-6.8-embedded-files']);
      expect(findings.map((f) => f.message).join('\n')).toMatch(/AFRelationship is missing[\s\S]*MIME type/);
    });

    it('an embedded file outside the catalog /AF', async () => {
      const broken = await mutate(bytes, (doc) => doc.catalog.set(name('AF'), doc.context.obj([])));
      expect((await checkPdfA(broken)).map((f) => f.message).sort()).toEqual(LETTER_FILES.map((f) => `embedded file ${f.name}: it is not listed in the /AF (associated files) of the catalog or a page`).sort());
    });

    it('a font that is not embedded', async () => {
      const broken = await mutate(bytes, (doc) => {
        for (const { dict } of findObjects(doc, (d) => d.get(name('Type')) === name('FontDescriptor'))) dict.delete(name('FontFile2'));
      });
      expect(rules(await checkPdfA(broken))).toEqual(['A-6.2-fonts']);
    });

    it('a transparency group without a colour space, JavaScript, a hidden annotation', async () => {
      const broken = await mutate(bytes, (doc) => {
        const page = doc.getPage(0).node;
        page.set(name('Group'), doc.context.obj({ S: 'Transparency' }));
        doc.catalog.set(name('OpenAction'), doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }));
        const hidden = doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], F: 6 }));
        page.addAnnot(hidden);
      });
      expect(rules(await checkPdfA(broken)).sort()).toEqual(['A-6.2-transparency', 'A-6.3-annotations', 'A-6.6-actions']);
    });

    it('encryption', async () => {
      const encrypted = path.join(dir, 'encrypted.pdf');
      run('qpdf', ['--encrypt', '', 'owner', '256', '--', file, encrypted]);
      expect(rules(await checkPdfA(new Uint8Array(fs.readFileSync(encrypted))))).toEqual(['A-6.1-encryption']);
    });
  });
});
