/**
 * importTextLines, the text importer's stages from lines on, as a front end that read its own
 * lines (the PDF importer) calls them: importText is readLines then these stages, and the two
 * options leave out the furniture and footnote stages.
 */
import { importText, importTextLines, type TextLine } from '../../src/importers/text';
import type { SourceBlock } from '../../src/importers/recognise/blocks';
import { plainText } from '../../src/model/text';
import type { Letter } from '../../src/model/types';

const TEXT = [
  'Datum 12 maart 2026',
  'Ons kenmerk 99123',
  'Betreft Antwoorden op vragen over de veerdienst',
  '',
  'Hierbij bied ik u de antwoorden aan op de vragen van het lid Dijk (SP) over de',
  'veerdienst naar Ameland.',
  '',
  'De Minister van Infrastructuur en Waterstaat,',
  '',
  'L. Meijer',
  '',
  'Vraag 1',
  'Hoe vaak viel de veerdienst in 2025 uit?',
  '',
  'Antwoord op vraag 1',
  'In 2025 viel de veerdienst op 14 dagen uit, vooral door laag water en storm.1',
  '',
  '1 Rijkswaterstaat, Vaarwegmonitor 2025.',
  '',
  'Pagina 1 van 2',
  'page',
  'Vraag 2',
  'Komt er een tweede vaargeul?',
  '',
  'Antwoord op vraag 2',
  'Dat wordt onderzocht.',
  '',
  'Pagina 2 van 2',
];

/** The lines as a front end would give them: one page number per form feed. */
function asLines(texts: string[]): (TextLine | 'page')[] {
  let page = 1;
  return texts.map((text, i) => (text === 'page' ? (page++, 'page') : { text, line: i + 1, page }));
}

function answers(letter: Letter): string[] {
  return letter.questionsAndAnswers!.sections.flatMap((s) => s.items.filter((i) => i.type === 'answer').flatMap((i) => i.body.map((b) => (b.type === 'paragraph' ? plainText(b.content) : b.type))));
}

describe('importTextLines', () => {
  it('gives what importText gives for the same lines', () => {
    const source = TEXT.map((t) => (t === 'page' ? '\f' : `${t}\n`)).join('').replace(/\n\f/g, '\f');
    const viaLines = importTextLines(asLines(TEXT));
    const whole = importText(source);
    expect(whole.letter!.footnotes).toHaveLength(1);
    expect(answers(whole.letter!)).toEqual(['In 2025 viel de veerdienst op 14 dagen uit, vooral door laag water en storm.', 'Dat wordt onderzocht.']);
    expect(answers(viaLines.letter!)).toEqual(answers(whole.letter!));
    expect(viaLines.letter!.footnotes).toEqual(whole.letter!.footnotes);
  });

  it('takes page furniture out, unless the caller did (furnitureDone)', () => {
    const lines = asLines(TEXT);
    expect(importTextLines(lines).diagnostics).toContainEqual(expect.objectContaining({ message: '"Pagina 2 van 2" dropped (footer or page number)' }));
    const left = importTextLines(lines, { furnitureDone: true });
    // (The recogniser still drops a page number it reads as one; the text stages left it.)
    expect(left.diagnostics.map((d) => d.message).filter((m) => m.endsWith('(footer or page number)'))).toEqual([]);
  });

  it('takes the notes the caller found and looks for none itself (notes)', () => {
    const withoutNoteText = TEXT.filter((t) => !t.startsWith('1 Rijkswaterstaat'));
    const notes: SourceBlock[] = [
      { kind: 'footnoteDef', label: '1', mark: 'plain', line: 18, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Vaarwegmonitor 2025, Rijkswaterstaat.' }] }] },
    ];
    const r = importTextLines(asLines(withoutNoteText), { notes });
    expect(r.letter!.footnotes!.map((n) => n.content.map((b) => (b.type === 'paragraph' ? plainText(b.content) : b.type)).join(' '))).toEqual(['Vaarwegmonitor 2025, Rijkswaterstaat.']);
    // A note text left in the lines stays text: the stages look for no notes.
    const kept = importTextLines(asLines(TEXT), { notes });
    expect(kept.letter!.footnotes).toHaveLength(1);
    expect(answers(kept.letter!).join(' ')).toContain('Rijkswaterstaat, Vaarwegmonitor 2025.');
  });
});
