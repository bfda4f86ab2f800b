/**
 * A link target or website holding characters no URI may hold (a damaged source left
 * "https://www.rijksoverheid.nl[^/vro") is written percent-encoded, so the Akoma Ntoso
 * still validates against its XSD (found by the fuzz harness: text case 1507).
 */
import { exportAkn } from '../../src/exporters/akn';
import type { Letter } from '../../src/model/types';
import { validateAkn } from '../support/akn-schema';
import { loadSample } from '../support/samples';

describe('URIs in Akoma Ntoso', () => {
  it('percent-encodes what a URI cannot hold, in a website and a link target, and validates', async () => {
    const sample = loadSample();
    const letter: Letter = {
      ...sample,
      letterhead: { ...sample.letterhead, sender: { ...sample.letterhead?.sender, website: 'www.rijksoverheid.nl[^/vro' } },
      coverLetter: [{ type: 'paragraph', content: [{ type: 'link', target: 'https://example.nl/a b{c}|d^', content: [{ type: 'text', text: 'een bron' }] }] }],
    };
    const xml = exportAkn(letter);
    expect(xml).toContain('href="https://www.rijksoverheid.nl%5B%5E/vro"');
    expect(xml).toContain('href="https://example.nl/a%20b%7Bc%7D%7Cd%5E"');
    const validity = await validateAkn([{ name: 'uris', xml }]);
    expect(validity.get('uris')).toEqual([]);
  });
});
