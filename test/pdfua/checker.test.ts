import PDFDocument from 'pdfkit';
import { PDFArray, PDFDict, PDFNull, PDFNumber, PDFString, StandardFonts } from 'pdf-lib';
import { checkPdfUa, validatePdfFile, type PdfUaFinding } from '../../src/check/pdfua';
import { pdfUaDocumentOptions } from '../../src/exporters/pdf/tagging';
import { buildGoodPdf, GOOD_TITLE, NOTO_SANS } from './good-pdf';
import {
  addXObject,
  appendContent,
  editContent,
  editXmp,
  elementsOfType,
  embeddedFont,
  linkAnnotation,
  mutate,
  name,
  onlyElement,
  setType,
} from './mutate';

let good: Uint8Array;

beforeAll(async () => {
  good = await buildGoodPdf();
});

/** Findings of a rule whose message matches; fails with all findings shown when there is none. */
function expectFinding(findings: PdfUaFinding[], rule: string, message: RegExp): PdfUaFinding {
  const match = findings.find((f) => f.rule === rule && message.test(f.message));
  if (!match) throw new Error(`no ${rule} finding matching ${message}; the findings were:\n${JSON.stringify(findings, null, 1)}`);
  return match;
}

const rulesOf = (findings: PdfUaFinding[]) => [...new Set(findings.map((f) => f.rule))].sort();

describe('a good tagged PDF from pdfkit and the tagging helpers', () => {
  test('has no findings', async () => {
    expect(await checkPdfUa(good)).toEqual([]);
  });

  test('a ten-page document has none either', async () => {
    expect(await checkPdfUa(await buildGoodPdf(10))).toEqual([]);
  });

  test('validatePdfFile gives no diagnostics for it', async () => {
    expect(await validatePdfFile(good, {})).toEqual([]);
  });

  test('its title with "&" is escaped in the XMP; without the workaround pdfkit writes broken XML', async () => {
    const settings = { title: GOOD_TITLE, lang: 'nl-NL', font: NOTO_SANS, creationDate: new Date('2026-06-18T10:00:00Z') };
    const plain = new PDFDocument(pdfUaDocumentOptions(settings));
    const chunks: Buffer[] = [];
    plain.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => plain.on('end', resolve));
    plain.markContent('Artifact', { type: 'Pagination' }).text('kop').endMarkedContent();
    plain.end();
    await done;
    const findings = await checkPdfUa(new Uint8Array(Buffer.concat(chunks)));
    expectFinding(findings, 'UA-7.1-metadata', /not well-formed XML/);
  });
});

describe('files that are not PDFs', () => {
  test('text bytes give one finding: not a PDF', async () => {
    const findings = await checkPdfUa(new TextEncoder().encode('Geachte voorzitter,\nHierbij ...\n'));
    expect(findings).toEqual([{ rule: 'UA-file', message: 'this is not a PDF file: it does not start with "%PDF-"' }]);
  });

  test('a truncated PDF gives one finding: truncated', async () => {
    const findings = await checkPdfUa(good.subarray(0, Math.floor(good.length / 2)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'UA-file', message: expect.stringMatching(/truncated or damaged/) });
  });

  test('a header and an end with nothing between give one finding: no catalog', async () => {
    const findings = await checkPdfUa(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Foo >>\nendobj\n%%EOF\n'));
    expect(findings).toHaveLength(1);
    expect(findings[0].rule).toBe('UA-file');
    expect(findings[0].message).toMatch(/catalog|damaged/);
  });

  test('validatePdfFile turns the finding into one error diagnostic led by the rule', async () => {
    const diagnostics = await validatePdfFile(new TextEncoder().encode('not a pdf'), {});
    expect(diagnostics).toEqual([{ severity: 'error', message: 'UA-file: this is not a PDF file: it does not start with "%PDF-"' }]);
  });
});

describe('(a) catalog and metadata', () => {
  test('no /Lang', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => doc.catalog.delete(name('Lang'))));
    expect(rulesOf(findings)).toEqual(['UA-7.2-lang']);
    expectFinding(findings, 'UA-7.2-lang', /catalog has no \/Lang/);
  });

  test('an empty /Lang, and one that is no language tag', async () => {
    const empty = await checkPdfUa(await mutate(good, (doc) => doc.catalog.set(name('Lang'), PDFString.of(''))));
    expectFinding(empty, 'UA-7.2-lang', /no \/Lang/);
    const wrong = await checkPdfUa(await mutate(good, (doc) => doc.catalog.set(name('Lang'), PDFString.of('Nederlands!'))));
    expectFinding(wrong, 'UA-7.2-lang', /"Nederlands!" is not a language tag/);
  });

  test('/MarkInfo /Marked false', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => doc.catalog.lookup(name('MarkInfo'), PDFDict).set(name('Marked'), doc.context.obj(false))));
    expect(rulesOf(findings)).toEqual(['UA-7.1-marked']);
    expectFinding(findings, 'UA-7.1-marked', /\/Marked must be true/);
  });

  test('no XMP metadata stream', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => doc.catalog.delete(name('Metadata'))));
    expect(rulesOf(findings)).toEqual(['UA-7.1-metadata']);
    expectFinding(findings, 'UA-7.1-metadata', /no \/Metadata stream/);
  });

  test('XMP without pdfuaid:part', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => editXmp(doc, (xmp) => xmp.replace(/<pdfuaid:part>1<\/pdfuaid:part>/, ''))));
    expect(rulesOf(findings)).toEqual(['UA-7.1-metadata']);
    expectFinding(findings, 'UA-7.1-metadata', /no pdfuaid:part/);
  });

  test('pdfuaid:part 2, written as an attribute', async () => {
    const edit = (xmp: string) => xmp.replace(/<pdfuaid:part>1<\/pdfuaid:part>/, '').replace('rdf:about="">', 'rdf:about="" pdfuaid:part="2">');
    const findings = await checkPdfUa(await mutate(good, (doc) => editXmp(doc, edit)));
    expectFinding(findings, 'UA-7.1-metadata', /pdfuaid:part is "2", not "1"/);
  });

  test('malformed XMP', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => editXmp(doc, (xmp) => xmp.replace('&amp;', '&'))));
    expectFinding(findings, 'UA-7.1-metadata', /not well-formed XML/);
  });

  test('no dc:title', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => editXmp(doc, (xmp) => xmp.replace(/<dc:title>[\s\S]*<\/dc:title>/, ''))));
    expect(rulesOf(findings)).toEqual(['UA-7.1-title']);
    expectFinding(findings, 'UA-7.1-title', /no dc:title/);
  });

  test('Info /Title differs from dc:title', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => doc.setTitle('Een andere titel')));
    expectFinding(findings, 'UA-7.1-title', /Info \/Title "Een andere titel" differs from the XMP dc:title "Antwoord op vragen over asiel & migratie"/);
  });

  test('an optional-content configuration without /Name, and one with /AS', async () => {
    const findings = await checkPdfUa(
      await mutate(good, (doc) => {
        const config = (fields: Record<string, unknown>) => doc.context.obj({ Order: [], ...fields } as never);
        doc.catalog.set(name('OCProperties'), doc.context.obj({ OCGs: [], D: config({}), Configs: [config({ Name: PDFString.of('Print'), AS: [] })] }));
      }),
    );
    expect(rulesOf(findings)).toEqual(['UA-7.10-optional-content']);
    expectFinding(findings, 'UA-7.10-optional-content', /the default optional-content configuration \(\/D\) has no \/Name/);
    expectFinding(findings, 'UA-7.10-optional-content', /optional-content configuration 1 \(\/Configs\) has an \/AS entry/);
  });

  test('an embedded file without /UF', async () => {
    const findings = await checkPdfUa(
      await mutate(good, (doc) => {
        const spec = doc.context.register(doc.context.obj({ Type: 'Filespec', F: PDFString.of('bijlage.txt') }));
        doc.catalog.set(name('Names'), doc.context.obj({ EmbeddedFiles: { Names: [PDFString.of('bijlage.txt'), spec] } }));
      }),
    );
    expect(rulesOf(findings)).toEqual(['UA-7.11-embedded-files']);
    expectFinding(findings, 'UA-7.11-embedded-files', /embedded file specification \d+ 0 R has no \/UF/);
  });

  test('no /DisplayDocTitle', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => doc.catalog.delete(name('ViewerPreferences'))));
    expect(rulesOf(findings)).toEqual(['UA-7.1-title']);
    expectFinding(findings, 'UA-7.1-title', /DisplayDocTitle is not true/);
  });
});

describe('(b) structure tree and ParentTree', () => {
  test('no StructTreeRoot', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => doc.catalog.delete(name('StructTreeRoot'))));
    expectFinding(findings, 'UA-7.1-structure', /no \/StructTreeRoot/);
  });

  test('a non-standard type without a role mapping, and with one', async () => {
    const unmapped = await checkPdfUa(await mutate(good, (doc) => setType(elementsOfType(doc, 'P')[0].dict, 'Alinea')));
    expect(rulesOf(unmapped)).toEqual(['UA-7.1-structure']);
    expectFinding(unmapped, 'UA-7.1-structure', /^Alinea element \d+ 0 R is not a standard structure type/);
    const mapped = await checkPdfUa(
      await mutate(good, (doc) => {
        setType(elementsOfType(doc, 'P')[0].dict, 'Alinea');
        doc.catalog.lookup(name('StructTreeRoot'), PDFDict).set(name('RoleMap'), doc.context.obj({ Alinea: 'P' }));
      }),
    );
    expect(mapped).toEqual([]);
  });

  test('a RoleMap that remaps a standard type', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => doc.catalog.lookup(name('StructTreeRoot'), PDFDict).set(name('RoleMap'), doc.context.obj({ P: 'Span' }))));
    expectFinding(findings, 'UA-7.1-structure', /RoleMap remaps the standard type \/P/);
  });

  test('an MCID whose ParentTree entry is gone', async () => {
    const broken = await mutate(good, (doc) => {
      const parentTree = doc.catalog.lookup(name('StructTreeRoot'), PDFDict).lookup(name('ParentTree'), PDFDict);
      const nums = parentTree.lookup(name('Nums'), PDFArray);
      const pageKey = doc.getPage(0).node.lookup(name('StructParents'), PDFNumber).asNumber();
      for (let i = 0; i < nums.size(); i += 2) {
        if (nums.lookup(i, PDFNumber).asNumber() === pageKey) nums.lookup(i + 1, PDFArray).set(1, PDFNull);
      }
    });
    const findings = await checkPdfUa(broken);
    expect(rulesOf(findings)).toEqual(['UA-7.1-parent-tree']);
    expect(expectFinding(findings, 'UA-7.1-parent-tree', /MCID 1 on page 1 has no ParentTree entry/).page).toBe(1);
  });

  test('content no element claims (an orphan MCID)', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => elementsOfType(doc, 'P')[0].dict.set(name('K'), doc.context.obj([]))));
    expectFinding(findings, 'UA-7.1-parent-tree', /MCID 1 on page 1 belongs to no structure element/);
    expectFinding(findings, 'UA-7.1-parent-tree', /maps MCID 1 on page 1 to P element \d+ 0 R, which does not claim it/);
  });

  test('an element claiming an MCID the page does not mark', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => editContent(doc, 0, (c) => c.replace('/P <<\n/MCID 1\n>> BDC', '/Artifact BMC'))));
    expectFinding(findings, 'UA-7.1-parent-tree', /P element \d+ 0 R claims MCID 1 on page 1, which the page content does not mark/);
    expectFinding(findings, 'UA-7.1-parent-tree', /ParentTree has an entry for MCID 1 on page 1, which the page content does not mark/);
  });

  test('a page with tagged content but no /StructParents', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => doc.getPage(1).node.delete(name('StructParents'))));
    expectFinding(findings, 'UA-7.1-parent-tree', /page 2 has tagged content but no \/StructParents/);
  });

  test('an MCID marked twice on one page', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => editContent(doc, 0, (c) => c.replace('/MCID 2\n', '/MCID 1\n'))));
    expectFinding(findings, 'UA-7.1-parent-tree', /page 1 marks MCID 1 2 times/);
  });

  test('an element whose /P is not its parent', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => elementsOfType(doc, 'H2')[0].dict.set(name('P'), elementsOfType(doc, 'Table')[0].ref)));
    expectFinding(findings, 'UA-7.1-structure', /H2 element \d+ 0 R has \/P \d+ 0 R, not its parent/);
  });
});

describe('(c) content tagged or artifact', () => {
  test('an untagged text operator', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => appendContent(doc, 1, 'BT /F1 10 Tf 72 40 Td <0014> Tj ET')));
    expect(rulesOf(findings)).toEqual(['UA-7.1-content']);
    const finding = expectFinding(findings, 'UA-7.1-content', /the content of page 2: 1 painting operator\(s\) are neither tagged content nor an artifact: Tj ×1/);
    expect(finding.page).toBe(2);
  });

  test('an untagged path, and marked content that is neither tagged nor an artifact', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => appendContent(doc, 0, '72 40 100 1 re f /Span BMC 0 0 m 10 10 l S EMC')));
    expectFinding(findings, 'UA-7.1-content', /2 painting operator\(s\).*f ×1, S ×1/);
  });

  test('an artifact inside tagged content, and marked content left open', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => appendContent(doc, 1, '/P <</MCID 7>> BDC /Artifact BMC EMC')));
    expectFinding(findings, 'UA-7.1-content', /an \/Artifact at byte \d+ is inside tagged content/);
    expectFinding(findings, 'UA-7.1-content', /1 marked-content sequence\(s\) are not closed by EMC \(\/P\)/);
    expectFinding(findings, 'UA-7.1-parent-tree', /MCID 7 on page 2 belongs to no structure element/);
  });

  test('an untagged inline image and an untagged image XObject', async () => {
    const broken = await mutate(good, (doc) => {
      const image = doc.context.stream(Uint8Array.of(0), { Type: 'XObject', Subtype: 'Image', Width: 1, Height: 1, ColorSpace: 'DeviceGray', BitsPerComponent: 8 });
      addXObject(doc, 1, 'Im1', doc.context.register(image));
      appendContent(doc, 1, 'q 10 0 0 10 72 40 cm /Im1 Do Q BI /W 1 /H 1 /CS /G /BPC 8 ID \u0000 EI');
    });
    expectFinding(await checkPdfUa(broken), 'UA-7.1-content', /the content of page 2: 2 painting operator\(s\) .*: Do \(image \/Im1\) ×1, BI ×1/);
  });

  test('a Form XObject: its content is checked where it is drawn untagged, not inside an artifact', async () => {
    const withForm = (operators: string) =>
      mutate(good, (doc) => {
        const resources = doc.getPage(1).node.Resources()!;
        const form = doc.context.stream('BT /F1 10 Tf (x) Tj ET', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 100, 100], Resources: resources });
        addXObject(doc, 1, 'Fm1', doc.context.register(form));
        appendContent(doc, 1, operators);
      });
    const untagged = await checkPdfUa(await withForm('q /Fm1 Do Q'));
    expectFinding(untagged, 'UA-7.1-content', /^Form XObject \d+ 0 R drawn on page 2: 1 painting operator\(s\) .*: Tj ×1/);
    expect(await checkPdfUa(await withForm('/Artifact BMC q /Fm1 Do Q EMC'))).toEqual([]);
  });

  test('malformed content is reported with its place', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => appendContent(doc, 1, '(unterminated Tj')));
    expectFinding(findings, 'UA-7.1-content', /the content of page 2: the content is malformed \(unterminated string at byte \d+\)/);
  });
});

describe('(d) headings', () => {
  test('H1 followed by H3', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => setType(onlyElement(doc, 'H2'), 'H3')));
    expect(rulesOf(findings)).toEqual(['UA-7.4-headings']);
    expectFinding(findings, 'UA-7.4-headings', /H3 element \d+ 0 R follows an H1: heading level 2 is skipped/);
  });

  test('a first heading that is not H1', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => setType(onlyElement(doc, 'H1'), 'H2')));
    expectFinding(findings, 'UA-7.4-headings', /the first heading is H2 element \d+ 0 R, not H1/);
  });

  test('H mixed with numbered headings', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => setType(onlyElement(doc, 'H2'), 'H')));
    expectFinding(findings, 'UA-7.4-headings', /mixes H \(H element \d+ 0 R\) with numbered headings/);
  });
});

describe('(e) lists, tables, notes', () => {
  test('LI outside L', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => setType(onlyElement(doc, 'L'), 'Div')));
    expect(rulesOf(findings)).toEqual(['UA-7.6-lists']);
    expectFinding(findings, 'UA-7.6-lists', /LI element \d+ 0 R is not inside L \(its parent is Div element \d+ 0 R\)/);
  });

  test('a list holding a paragraph, and a list item with neither Lbl nor LBody', async () => {
    const findings = await checkPdfUa(
      await mutate(good, (doc) => {
        const [first, second] = elementsOfType(doc, 'LI');
        setType(first.dict, 'P');
        second.dict.set(name('K'), doc.context.obj([]));
      }),
    );
    expectFinding(findings, 'UA-7.6-lists', /L element \d+ 0 R contains P element \d+ 0 R; it may hold only LI, Caption/);
    expectFinding(findings, 'UA-7.6-lists', /LI element \d+ 0 R has neither a Lbl nor an LBody/);
  });

  test('a table without a header row is allowed (PDF/UA asks only that headers be TH; a letter\'s table may have none)', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => elementsOfType(doc, 'TH').forEach((th) => setType(th.dict, 'TD'))));
    expect(findings).toEqual([]);
  });

  test('a cell outside a row', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => setType(elementsOfType(doc, 'TR')[1].dict, 'Div')));
    expectFinding(findings, 'UA-7.5-tables', /TD element \d+ 0 R is not inside TR/);
    expectFinding(findings, 'UA-7.5-tables', /Table element \d+ 0 R contains Div element/);
  });

  test('a Note without /ID', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => onlyElement(doc, 'Note').delete(name('ID'))));
    expect(rulesOf(findings)).toEqual(['UA-7.9-notes']);
    expectFinding(findings, 'UA-7.9-notes', /Note element \d+ 0 R has no \/ID/);
  });

  test('an /ID used twice', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => onlyElement(doc, 'H1').set(name('ID'), PDFString.of('note-1'))));
    expectFinding(findings, 'UA-7.9-notes', /the \/ID "note-1" is used by 2 elements/);
  });
});

describe('alternative descriptions', () => {
  test('a Figure without /Alt, and with one', async () => {
    const figure = (alt?: string) =>
      mutate(good, (doc) => {
        const element = onlyElement(doc, 'Reference');
        setType(element, 'Figure');
        if (alt !== undefined) element.set(name('Alt'), PDFString.of(alt));
      });
    const findings = await checkPdfUa(await figure());
    expect(rulesOf(findings)).toEqual(['UA-7.3-figures']);
    expectFinding(findings, 'UA-7.3-figures', /Figure element \d+ 0 R has no alternative description/);
    expect(await checkPdfUa(await figure('Voetnootnummer 1'))).toEqual([]);
  });
});

describe('(f) annotations', () => {
  test('a link without /Contents', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => linkAnnotation(doc).delete(name('Contents'))));
    expect(rulesOf(findings)).toEqual(['UA-7.18-links']);
    expectFinding(findings, 'UA-7.18-links', /Link annotation \d+ 0 R on page 1 has no description: its \/Contents is missing/);
  });

  test('a link with an empty /Contents, as pdfkit writes it', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => linkAnnotation(doc).set(name('Contents'), PDFString.of(''))));
    expectFinding(findings, 'UA-7.18-links', /\/Contents is empty/);
  });

  test('a link no Link element refers to by OBJR', async () => {
    const findings = await checkPdfUa(
      await mutate(good, (doc) => {
        const link = onlyElement(doc, 'Link');
        const kids = link.lookup(name('K'), PDFArray);
        link.set(name('K'), doc.context.obj(kids.asArray().filter((kid) => !(doc.context.lookup(kid) instanceof PDFDict))));
      }),
    );
    expectFinding(findings, 'UA-7.18-links', /Link annotation \d+ 0 R on page 1 is not in the structure tree: no Link element refers to it with an OBJR/);
    expectFinding(findings, 'UA-7.1-parent-tree', /annotation \d+ 0 R on page 1: the ParentTree maps it to Link element \d+ 0 R, which has no OBJR for it/);
  });

  test('a link tagged as a Span, and without /StructParent', async () => {
    const findings = await checkPdfUa(
      await mutate(good, (doc) => {
        setType(onlyElement(doc, 'Link'), 'Span');
        linkAnnotation(doc).delete(name('StructParent'));
      }),
    );
    expectFinding(findings, 'UA-7.18-links', /is referred to by Span element \d+ 0 R, not by a Link element/);
    expectFinding(findings, 'UA-7.18-links', /has no \/StructParent/);
  });

  test('a page with annotations and no /Tabs /S', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => doc.getPage(0).node.delete(name('Tabs'))));
    expect(rulesOf(findings)).toEqual(['UA-7.18-tabs']);
    expectFinding(findings, 'UA-7.18-tabs', /page 1 has annotations but no \/Tabs \/S/);
  });
});

describe('(g) fonts', () => {
  test('a font without ToUnicode', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => embeddedFont(doc).type0.delete(name('ToUnicode'))));
    expect(rulesOf(findings)).toEqual(['UA-7.21-fonts']);
    expectFinding(findings, 'UA-7.21-fonts', /font \/F1 \(\d+ 0 R, [A-Z]{6}\+NotoSans-Regular\) used on pages 1, 2 has no \/ToUnicode CMap/);
  });

  test('a font that is not embedded', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => embeddedFont(doc).descriptor.delete(name('FontFile2'))));
    expect(rulesOf(findings)).toEqual(['UA-7.21-fonts']);
    expectFinding(findings, 'UA-7.21-fonts', /font \/F1 .* is not embedded/);
  });

  test('standard Helvetica, never embedded, even inside an artifact', async () => {
    const broken = await mutate(good, (doc) => {
      const helvetica = doc.embedStandardFont(StandardFonts.Helvetica);
      const fonts = doc.getPage(1).node.Resources()!.lookup(name('Font'), PDFDict);
      fonts.set(name('FH'), helvetica.ref);
      appendContent(doc, 1, '/Artifact BMC BT /FH 10 Tf 72 20 Td (x) Tj ET EMC');
    });
    const findings = await checkPdfUa(broken);
    expect(rulesOf(findings)).toEqual(['UA-7.21-fonts']);
    expect(findings).toHaveLength(1);
    expectFinding(findings, 'UA-7.21-fonts', /font \/FH \(\d+ 0 R, Helvetica\) used on page 2 is not embedded/);
  });

  test('glyph 0 in a shown string', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => editContent(doc, 1, (c) => c.replace(/\[<([0-9a-f]{4})/, '[<0000'))));
    expect(rulesOf(findings)).toEqual(['UA-7.21-fonts']);
    const finding = expectFinding(findings, 'UA-7.21-fonts', /font \/F1 .* shows glyph 0 \(\.notdef\) 1 time on page 2/);
    expect(finding.page).toBe(2);
  });

  test('a font missing from the resources', async () => {
    const findings = await checkPdfUa(await mutate(good, (doc) => appendContent(doc, 1, '/Artifact BMC BT /F9 10 Tf 72 20 Td (x) Tj ET EMC')));
    expectFinding(findings, 'UA-7.1-content', /font \/F9 \(Tf at byte \d+\) is not in the resources/);
  });
});
