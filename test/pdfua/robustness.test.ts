import fc from 'fast-check';
import { checkPdfUa } from '../../src/check/pdfua';
import { buildGoodPdf } from './good-pdf';

let good: Uint8Array;

beforeAll(async () => {
  good = await buildGoodPdf();
});

/** Every answer is a list of findings with a rule and a message: never an exception. */
function expectWellFormed(findings: unknown): void {
  expect(Array.isArray(findings)).toBe(true);
  for (const finding of findings as { rule: unknown; message: unknown }[]) {
    expect(typeof finding.rule).toBe('string');
    expect(typeof finding.message).toBe('string');
    expect(finding.message).not.toMatch(/\n\s+at /); // no stack trace
  }
}

describe('damaged PDFs give findings, never exceptions', () => {
  test('bytes overwritten at random places: the rules themselves cope, not the last-resort catch', async () => {
    const damage = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(damage, async (changes) => {
        const bytes = good.slice();
        for (const [position, value] of changes) bytes[position % bytes.length] = value;
        const findings = await checkPdfUa(bytes);
        expectWellFormed(findings);
        expect(findings.filter((f) => f.message.startsWith('the check stopped'))).toEqual([]);
      }),
      { seed: 7, numRuns: 60 },
    );
  });

  test('cut anywhere before the catalog and given a new %%EOF: never passes', async () => {
    // pdfkit writes the catalog near the end; a cut before it loses the catalog at least.
    const catalogAt = Buffer.from(good).indexOf('/Type /Catalog');
    expect(catalogAt).toBeGreaterThan(1000);
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (cut) => {
        const head = good.subarray(0, 16 + (cut % (catalogAt - 16)));
        const bytes = new Uint8Array([...head, ...new TextEncoder().encode('\n%%EOF\n')]);
        const findings = await checkPdfUa(bytes);
        expectWellFormed(findings);
        expect(findings.length).toBeGreaterThan(0);
      }),
      { seed: 11, numRuns: 60 },
    );
  });
});
