/**
 * Issue 18, point 4: a list whose labels could count in two styles ("i." alone: roman one,
 * or the ninth letter) keeps the model's style through Markdown and OP XML, which carry
 * only the labels; where the labels tell the style, nothing extra is written.
 */
import { exportLetter, importLetter } from '../../src/formats';
import type { Letter, List } from '../../src/model/types';
import { loadSample } from '../support/samples';

function letterWithLists(lists: List[]): Letter {
  const letter = loadSample() as Letter;
  const answer = letter.questionsAndAnswers!.sections[0].items.find((i) => i.type === 'answer')!;
  answer.body = [...answer.body, ...lists];
  return letter;
}

const item = (label: string, text: string) => ({ label, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });
const LISTS: List[] = [
  { type: 'list', style: 'lower-alpha', items: [item('i.', 'de negende letter')] },
  { type: 'list', style: 'upper-alpha', items: [item('I.', 'de negende hoofdletter')] },
  { type: 'list', style: 'lower-alpha', items: [item('c)', 'de derde letter')] },
  { type: 'list', style: 'lower-roman', items: [item('i.', 'romeins één')] },
  { type: 'list', style: 'lower-alpha', items: [item('a.', 'een'), item('b.', 'twee')] },
];

async function roundTrip(format: 'md' | 'op', letter: Letter): Promise<{ back: Letter; written: string }> {
  const out = await exportLetter(format, letter);
  const written = String(out.data);
  const companions = new Map(out.companions.map((c) => [c.extension, typeof c.data === 'string' ? new TextEncoder().encode(c.data) : c.data]));
  const result = await importLetter(format, new TextEncoder().encode(written), { companion: (ext) => companions.get(ext) });
  expect(result.letter).toBeDefined();
  return { back: result.letter!, written };
}

function listsOf(letter: Letter): List[] {
  const answer = letter.questionsAndAnswers!.sections[0].items.find((i) => i.type === 'answer')!;
  return answer.body.filter((b): b is List => b.type === 'list').slice(-LISTS.length);
}

describe.each(['md', 'op'] as const)('list styles the labels do not tell, through %s', (format) => {
  it('come back as the model had them, labels and all', async () => {
    const { back } = await roundTrip(format, letterWithLists(LISTS));
    expect(listsOf(back)).toEqual(LISTS);
  });

  it('cost nothing extra where the labels tell the style', async () => {
    const { written } = await roundTrip(format, letterWithLists([LISTS[3], LISTS[4]]));
    expect(written).not.toMatch(/lijststijlen|<!-- list:/);
  });
});

describe('the carriers', () => {
  it('Markdown says the style in a comment before the list', async () => {
    const out = String((await exportLetter('md', letterWithLists([LISTS[0]]))).data);
    expect(out).toContain('<!-- list: lower-alpha -->\n\n- i. de negende letter');
  });

  it('OP XML says it in a meta naming the list by its place in the document', async () => {
    const out = String((await exportLetter('op', letterWithLists([LISTS[3], LISTS[0]]))).data);
    expect(out).toContain('<meta name="kamerbrief.lijststijlen" scheme="application/json" content="[[1,&quot;lower-alpha&quot;]]"/>');
  });

  it('a broken OP meta is an error naming it, not an exception', async () => {
    const out = String((await exportLetter('op', letterWithLists([LISTS[0]]))).data).replace('[[0,&quot;lower-alpha&quot;]]', '[[7,&quot;lower-alpha&quot;]]');
    const result = await importLetter('op', new TextEncoder().encode(out));
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringContaining('<meta name="kamerbrief.lijststijlen"> must be JSON [[n, style], …]') }));
  });
});
