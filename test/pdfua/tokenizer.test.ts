import { ContentSyntaxError, tokenizeContent, type ContentValue } from '../../src/check/pdfua/tokenizer';

const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const ops = (text: string) => [...tokenizeContent(bytesOf(text))];
const text = (value: ContentValue) => (value.type === 'string' ? String.fromCharCode(...value.bytes) : `<${value.type}>`);

describe('content-stream tokenizer', () => {
  test('operators with their operands, names, numbers and comments', () => {
    const result = ops('q 1 0 0 -1 0 841.89 cm % a comment ) with ( brackets\n/F1 12 Tf Q');
    expect(result.map((o) => o.operator)).toEqual(['q', 'cm', 'Tf', 'Q']);
    expect(result[1].operands).toEqual([1, 0, 0, -1, 0, 841.89].map((value) => ({ type: 'number', value })));
    expect(result[2].operands[0]).toEqual({ type: 'name', value: 'F1' });
  });

  test('literal strings with nested brackets, escapes and octal codes', () => {
    const [show] = ops('(a (b) \\(c\\) \\n\\101\\0z\\\nd) Tj');
    expect(text(show.operands[0])).toBe('a (b) (c) \nA\u0000zd');
  });

  test('hex strings skip white space and pad an odd last digit', () => {
    const [show] = ops('<00 1F a>Tj');
    expect(show.operands[0]).toEqual({ type: 'string', bytes: Uint8Array.from([0x00, 0x1f, 0xa0]) });
  });

  test('arrays and dictionaries nest, as in TJ and BDC', () => {
    const [tj, bdc] = ops('[(a) -20 <0001>] TJ /P <</MCID 3 /Alt (x) /A [1 [2]]>> BDC');
    expect(tj.operands[0].type === 'array' && tj.operands[0].items.length).toBe(3);
    const props = bdc.operands[1];
    expect(props.type === 'dict' && props.entries.get('MCID')).toEqual({ type: 'number', value: 3 });
  });

  test('an inline image is one BI operation; its data is skipped up to EI', () => {
    const result = ops('BI /W 2 /H 1 /BPC 8 /CS /G ID \u0000EI(\u00ff\nEI Q');
    expect(result.map((o) => o.operator)).toEqual(['BI', 'Q']);
    const params = result[0].operands[0];
    expect(params.type === 'dict' && [...params.entries.keys()]).toEqual(['W', 'H', 'BPC', 'CS']);
  });

  test('names decode #xx escapes', () => {
    const [op] = ops('/A#20B BMC');
    expect(op.operands[0]).toEqual({ type: 'name', value: 'A B' });
  });

  test.each([
    ['(never closed', 'unterminated string'],
    ['<00 1Z> Tj', 'bad digit'],
    ['[1 2 Tj', 'operator "Tj" inside an array'],
    ['<< /A 1 ] BDC', '"]" without "["'],
    ['[1 2', 'unclosed array'],
    ['BI /W 1 ID xxxx', 'inline image without EI'],
  ])('malformed content %j is refused: %s', (source, message) => {
    expect(() => ops(source)).toThrow(ContentSyntaxError);
    expect(() => ops(source)).toThrow(message);
  });

  test('100,000 nested arrays do not overflow the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000) + ' TJ';
    expect(ops(deep)).toHaveLength(1);
  });
});
