import * as fs from 'node:fs';
import * as path from 'node:path';
import { importDocx } from '../../src/importers/docx';
import { ROOT } from '../support/samples';
import { storyWords, unaccounted } from './ledger';

const CORPUS = path.join(ROOT, '..', 'shared', 'corpus', 'docx');
const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.docx')).sort();

describe.each(files)('the word ledger of corpus %s', (file) => {
  const bytes = fs.readFileSync(path.join(CORPUS, file));
  it('has every word of every story part in the letter or in a diagnostic', () => {
    const parts = storyWords(bytes);
    // The walk reads the page headers and footers as well as the body.
    expect([...parts.keys()].filter((p) => /header|footer/.test(p)).length).toBeGreaterThan(0);
    const { letter, diagnostics } = importDocx(bytes);
    expect(letter).toBeDefined();
    expect(Object.fromEntries(unaccounted(bytes, letter, diagnostics))).toEqual({});
  });
});

describe('the word ledger', () => {
  it('finds the words of the page headers missing when their diagnostics are left out', () => {
    const bytes = fs.readFileSync(path.join(CORPUS, files[0]));
    const { letter, diagnostics } = importDocx(bytes);
    const withoutHeaders = diagnostics.filter((d) => !/^word\/(?:header|footer)/.test(d.message));
    const missing = unaccounted(bytes, letter, withoutHeaders);
    // The running head's "Pagina … van …" and the page numbers are named only there.
    expect(missing.get('pagina')).toBeGreaterThan(0);
  });
});
