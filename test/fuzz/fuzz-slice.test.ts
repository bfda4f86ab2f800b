/**
 * A short seeded slice of the fuzz harness (bench/fuzz, `npm run fuzz` runs it at 2,000 a
 * format): 200 mutants of every input format, each imported, and each letter that comes
 * out written to every format, its XML checked against the XSDs and read back. None may
 * end in an internal error, a hang or an invalid output. Runs the built code (dist/), as
 * `npm test` builds before jest. KAMERBRIEF_FUZZ_CASES sets another number of cases.
 *
 * The slice writes every format but PDF: a PDF costs more than all the others together (on
 * the shared 2-core machine, under load, 0.3–0.8 s a letter), which would take the slice
 * past a minute; `npm run fuzz` writes PDF for every accepted mutant.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OUTPUT_FORMATS } = require('../../dist/formats');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runFuzz, formatTable } = require('../../bench/fuzz/harness');

const PER_FORMAT = Number(process.env.KAMERBRIEF_FUZZ_CASES ?? 200);

interface Counts {
  rejected: number;
  accepted: number;
  internal: number;
  hang: number;
  invalid: number;
}

describe('fuzz slice', () => {
  it(`${PER_FORMAT} mutants of every input format: rejected cleanly or accepted and written validly, never an internal error or a hang (every output but PDF)`, async () => {
    const { counts, failures } = (await runFuzz({ perFormat: PER_FORMAT, seed: 1, threads: 2, outputs: OUTPUT_FORMATS.filter((f: string) => f !== 'pdf') })) as { counts: Record<string, Counts>; failures: unknown[] };
    const table = formatTable(counts);
    expect({ failures, table }).toEqual({ failures: [], table });
    expect(Object.keys(counts).sort()).toEqual(['akn', 'docx', 'json', 'md', 'op', 'pdf', 'text']);
    for (const c of Object.values(counts)) {
      expect(c.rejected + c.accepted).toBe(PER_FORMAT);
      expect(c.internal + c.hang + c.invalid).toBe(0);
    }
    // The mutants do reach both outcomes: the slice exercises the importers, not only their first checks.
    const total = (k: keyof Counts) => Object.values(counts).reduce((n, c) => n + c[k], 0);
    expect(total('accepted')).toBeGreaterThan(0);
    expect(total('rejected')).toBeGreaterThan(0);
  }, 600000);
});
