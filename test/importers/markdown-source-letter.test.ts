import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportText } from '../../src/exporters/text';
import { importMarkdown } from '../../src/importers/markdown';
import { runCli } from '../support/cli';
import { loadSample, SAMPLES_DIR, SOURCE_LETTER } from '../support/samples';
import { tempDir } from '../support/temp';

const sourceMarkdown = fs.readFileSync(path.join(SAMPLES_DIR, `${SOURCE_LETTER}.md`), 'utf8');

describe('the source letter (PDF-extracted Markdown)', () => {
  const result = importMarkdown(sourceMarkdown);

  it('imports to exactly the hand-checked golden JSON', () => {
    expect(result.letter).toEqual(loadSample());
  });

  it('reports only notes (furniture dropped, the page-break join, footnotes), no warnings or errors', () => {
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const notes = result.diagnostics.map((d) => `${d.line}: ${d.message}`);
    expect(notes).toContain('153: paragraph continued after a page break joined to the one at line 135');
    expect(notes).toContain('147: footnote 1 definition taken out of the running text');
    expect(notes.filter((n) => n.includes('running head')).length).toBe(21); // three side-column blocks on each of pages 2 to 8
  });

  it('`kamerbrief convert … --to json` writes the golden file', () => {
    const out = tempDir('kb-convert-');
    const r = runCli(['convert', `samples/${SOURCE_LETTER}.md`, '--to', 'json', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const written = JSON.parse(fs.readFileSync(path.join(out, `${SOURCE_LETTER}.json`), 'utf8'));
    expect(written).toEqual(loadSample());
    // The JSON file is byte-identical to the golden one: the same canonical key order.
    expect(fs.readFileSync(path.join(out, `${SOURCE_LETTER}.json`), 'utf8')).toBe(
      fs.readFileSync(path.join(SAMPLES_DIR, `${SOURCE_LETTER}.json`), 'utf8'),
    );
  });

  describe('text export', () => {
    const textOut = exportText(result.letter!);
    const textLines = textOut.split('\n');

    /** Body paragraphs of the source: the paragraphs between the letterhead and the end that are not furniture. */
    const furniture = new Set([
      '**Directoraat-Generaal\nMigratie**\nBureau Internationale Migratie',
      'Datum\n18 juni 2026',
      'Onze referentie\n7562802',
    ]);
    const sourceParagraphs = sourceMarkdown
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p && !furniture.has(p));

    it('has every long body paragraph of the source once, in order', () => {
      // Long prose paragraphs, compared as they stand in the source (no Markdown syntax in them).
      // The two halves of the paragraph cut by the page break are checked separately below.
      const prose = sourceParagraphs.filter(
        (p) => p.length > 200 && !/[[*¹²³⁴⁵]/.test(p) && !p.startsWith('- ') && /[.?]$/.test(p) && /^[A-Z]/.test(p),
      );
      expect(prose.length).toBeGreaterThan(20);
      let last = -1;
      for (const p of prose) {
        const at = textLines.indexOf(p);
        expect({ paragraph: p.slice(0, 60), found: at >= 0 }).toEqual({ paragraph: p.slice(0, 60), found: true });
        expect(textLines.lastIndexOf(p)).toBe(at);
        expect(at).toBeGreaterThan(last);
        last = at;
      }
    });

    it('has the sentence cut by the page break whole', () => {
      expect(textOut).toContain('Terugkeer kan dan onder meer ook plaatsvinden naar een derde land dat als veilig derde land is aangewezen in het kader van de asielprocedure');
    });

    it('shows the side column once, in the letterhead, and no running head in the questions and answers', () => {
      expect(textOut.match(/Bureau Internationale Migratie/g)).toHaveLength(1);
      expect(textOut.match(/7562802/g)).toHaveLength(1);
      expect(textOut.match(/18 juni 2026/g)).toHaveLength(1);
      const qa = textOut.slice(textOut.indexOf('Vragen van de leden'));
      expect(qa).not.toMatch(/Directoraat-Generaal|Bureau Internationale Migratie|Onze referentie|^Datum/m);
    });

    it('puts the footnotes at the end with their marks in the text', () => {
      expect(textOut).toContain('zijn vastgelegd in de Asielprocedureverordening.¹ Een derde land');
      expect(textOut).toContain('(hierna: Aanjaagteam)⁴ uit om misstanden');
      expect(textOut.trimEnd().split('\n\n').slice(-5)).toEqual([
        '¹ Verordening (EU) 2024/1348',
        '² Verordening (EU) 2024/1347',
        '³ Verordening (EU) 2024/1348',
        '⁴ Eerste aanbevelingen Aanjaagteam bescherming arbeidsmigranten | Rapport | Rijksoverheid.nl',
        '⁵ Brief Kamer - Voortgang aanbevelingen Aanjaagteam bescherming arbeidsmigranten',
      ]);
    });
  });
});
