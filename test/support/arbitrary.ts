/**
 * fast-check arbitraries for whole answer letters in canonical form, covering every node
 * type of the schema. Shared by the round-trip tests of all formats.
 *
 * Letters are built valid by construction: questions are numbered in order and every
 * answer covers existing questions; footnotes exist exactly for the ids the text
 * references. Text is drawn from Dutch words mixed with characters that are syntax in
 * one format or another (* _ [ ] # < > | & ` \ 1. a. www.), so exporters must escape.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { storedPublication } from '../../src/exporters/op';
import { compact } from '../../src/model/compact';
import { labelFor } from '../../src/model/labels';
import { normalizeInlines } from '../../src/model/text';
import type {
  Answer,
  Block,
  Footnote,
  Inline,
  Letter,
  List,
  ListItem,
  Question,
  Section,
  Table,
} from '../../src/model/types';

const WORDS = [
  'de', 'het', 'een', 'minister', 'Kamer', 'vragen', 'antwoord', 'beleid', 'migratie', 'asiel-',
  'en', 'VN-Verdrag', 'COM(2026)45', 'artikel', '3.106a,', 'lid', 'terugkeer', 'über', 'café',
  'rapport', '2026', 'juni', 'regering?', 'zo.', '–', '"citaat"', "'s-Gravenhage", '(2025)',
  '*', '**', '_', '[', ']', '[^1]', '#', '<b>', '>', '|', '&amp;', '`', '\\', '1.', 'a.', 'i.', '-', '+',
  'www.example.nl', 'https://example.org/a', 'x@y.nl', '~', '!', ':', '¹', 'Vraag', '1', 'Antwoord', '€', '%',
];
const FIRST_WORDS = WORDS.filter((w) => !/^[-+#>*]$/.test(w));

export const word = fc.constantFrom(...WORDS);
/** Normalised text of 1 to `max` words. */
export const text = (max = 8): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...FIRST_WORDS), fc.array(word, { maxLength: max - 1 })).map(([w, ws]) => [w, ...ws].join(' '));
/** Short normalised text, as in letterhead lines and headings. */
const line = text(5);

export const FOOTNOTE_IDS = ['fn1', 'fn2', 'fn3', 'note-x'] as const;
const FOOTNOTE_LABELS: Record<string, string> = { fn1: '1', fn2: '2', fn3: '3', 'note-x': '*' };

interface InlineOptions {
  footnotes: boolean;
  links: boolean;
}

/** Inline content (before normalisation), with nesting bounded by `depth`. */
function inlineArb(depth: number, opts: InlineOptions): fc.Arbitrary<Inline> {
  const leaf: fc.Arbitrary<Inline>[] = [text(6).map((t) => ({ type: 'text', text: t }) as Inline)];
  const spaced = fc.constantFrom(' ', '').chain((a) => fc.constantFrom(' ', '').map((b) => [a, b]));
  if (opts.footnotes) leaf.push(fc.constantFrom(...FOOTNOTE_IDS).map((id) => ({ type: 'footnoteRef', footnote: id }) as Inline));
  if (depth <= 0) return fc.oneof(...leaf);
  const inner = (o: InlineOptions) => fc.array(inlineArb(depth - 1, o), { minLength: 1, maxLength: 3 });
  const containers: fc.Arbitrary<Inline>[] = [
    inner(opts).map((content) => ({ type: 'emphasis', content }) as Inline),
    inner(opts).map((content) => ({ type: 'strong', content }) as Inline),
    inner({ footnotes: false, links: false }).map((content) => ({ type: 'superscript', content }) as Inline),
    inner({ footnotes: false, links: false }).map((content) => ({ type: 'subscript', content }) as Inline),
  ];
  if (opts.links) {
    containers.push(
      fc
        .tuple(inner({ footnotes: false, links: false }), fc.option(fc.constantFrom('https://example.org/rapport', 'https://www.rijksoverheid.nl/a?b=c&d=e', 'document.pdf', '#sectie-2', 'mailto:info@example.nl'), { nil: undefined }))
        .map(([content, target]) => (target ? { type: 'link', target, content } : { type: 'link', content }) as Inline),
    );
  }
  // Text around containers, with and without the spaces that separate words.
  return fc.oneof({ weight: 3, arbitrary: fc.oneof(...leaf) }, { weight: 2, arbitrary: fc.oneof(...containers) }, spaced.map(([a]) => ({ type: 'text', text: `${a}x${a}` }) as Inline));
}

/** Canonical inline content of a block: normalised and never empty. */
export function inlinesArb(opts: InlineOptions, depth = 2): fc.Arbitrary<Inline[]> {
  return fc
    .array(inlineArb(depth, opts), { minLength: 1, maxLength: 6 })
    .map((nodes) => spaceOut(nodes))
    .map(normalizeInlines)
    .filter((c) => c.length > 0);
}

/** Puts a space between neighbours half of the time, as real text has. */
function spaceOut(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  nodes.forEach((n, i) => {
    if (i > 0 && i % 2 === 0) out.push({ type: 'text', text: ' ' });
    out.push(n);
  });
  return out;
}

const paragraph = (opts: InlineOptions): fc.Arbitrary<Block> => inlinesArb(opts).map((content) => ({ type: 'paragraph', content }));

function listArb(depth: number, opts: InlineOptions): fc.Arbitrary<List> {
  return fc
    .tuple(
      fc.constantFrom<List['style']>('bullet', 'decimal', 'lower-alpha', 'upper-alpha', 'lower-roman', 'upper-roman'),
      fc.integer({ min: 1, max: 3 }),
      fc.array(
        fc.tuple(paragraph(opts), depth > 0 ? fc.option(listArb(depth - 1, opts), { nil: undefined, freq: 3 }) : fc.constant(undefined)),
        { minLength: 1, maxLength: 4 },
      ),
    )
    .map(([style, start, items]) => ({
      type: 'list',
      style,
      items: items.map(([p, nested], k): ListItem => {
        const content: Block[] = nested ? [p, nested] : [p];
        const label = labelFor(style, k, start);
        return label ? { label, content } : { content };
      }),
    }));
}

function tableArb(opts: InlineOptions): fc.Arbitrary<Table> {
  const cell = fc.oneof(inlinesArb({ ...opts, links: false }, 1), fc.constant([] as Inline[]));
  return fc.integer({ min: 1, max: 3 }).chain((width) =>
    fc
      .tuple(
        fc.boolean(),
        fc.array(
          fc.array(cell, { minLength: width, maxLength: width }).filter((cells) => cells.some((c) => c.length > 0)),
          { minLength: 1, maxLength: 4 },
        ),
      )
      .map(([header, rows]) => ({
        type: 'table',
        rows: rows.map((cells, r) => ({ ...(header && r === 0 ? { header: true as const } : {}), cells: cells.map((content) => ({ content })) })),
      })),
  );
}

export function blockArb(opts: InlineOptions): fc.Arbitrary<Block> {
  return fc.oneof(
    { weight: 6, arbitrary: paragraph(opts) },
    { weight: 2, arbitrary: listArb(2, opts) },
    { weight: 1, arbitrary: fc.array(fc.oneof(paragraph(opts), listArb(1, opts)), { minLength: 1, maxLength: 2 }).map((content) => ({ type: 'blockquote', content }) as Block) },
    { weight: 1, arbitrary: tableArb(opts) },
  );
}

const blocksArb = (opts: InlineOptions, max = 3) => fc.array(blockArb(opts), { minLength: 1, maxLength: max });

const isoDate = fc
  .record({ y: fc.integer({ min: 1995, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const lines = fc.array(line, { minLength: 1, maxLength: 3 });


const letterheadArb = fc
  .record({
    returnAddress: opt(line),
    recipient: opt(lines),
    sender: opt(
      fc.record({ organisation: opt(line), units: opt(lines), visitingAddress: opt(lines), postalAddress: opt(lines), website: opt(fc.constantFrom('www.rijksoverheid.nl/jenv', 'www.example.nl')) }).map(compact).filter((s) => Object.keys(s).length > 0),
    ),
    fields: opt(fc.array(fc.record({ label: fc.constantFrom('Contactpersoon', 'Uw referentie', 'Bijlage(n)'), value: line }), { minLength: 1, maxLength: 2 })),
  })
  .map(compact)
  .filter((l) => Object.keys(l).length > 0);

const inquiryArb = fc
  .record({
    reference: opt(fc.constantFrom('180760', '2026Z01234', '2024Z19677')),
    submitted: opt(isoDate),
    askers: opt(fc.array(fc.record({ name: opt(fc.constantFrom('Jansen', 'Van der Lee', "D'Hondt")), faction: opt(fc.constantFrom('Volt', 'PvdD', 'GroenLinks-PvdA', 'SP')) }).map(compact).filter((a) => Object.keys(a).length > 0), { minLength: 1, maxLength: 3 })),
    addressee: opt(fc.constantFrom('de Minister van Financiën', 'de Staatssecretaris van Justitie en Veiligheid')),
  })
  .map(compact)
  .filter((i) => Object.keys(i).length > 0);

/** The kind of entry in a section: a question with its answer, or two questions answered together. */
type Entry = { kind: 'single'; q: Block[]; a: Block[]; suffix: boolean } | { kind: 'pair'; q1: Block[]; q2: Block[]; a: Block[]; together: boolean };

function sectionsArb(opts: InlineOptions): fc.Arbitrary<Section[]> {
  const body = blocksArb(opts, 2);
  const entry: fc.Arbitrary<Entry> = fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('single' as const), q: body, a: body, suffix: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('pair' as const), q1: body, q2: body, a: body, together: fc.boolean() }) },
  );
  return fc
    .array(fc.tuple(opt(line), fc.array(entry, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 3 })
    .map((sections) => {
      let n = 0;
      return sections.map(([heading, entries]): Section => {
        const items: (Question | Answer)[] = [];
        for (const e of entries) {
          if (e.kind === 'single') {
            n++;
            const num = e.suffix ? `${n}a` : String(n);
            items.push({ type: 'question', numbers: [num], body: e.q }, { type: 'answer', questions: [num], body: e.a });
          } else {
            const [a, b] = [String(n + 1), String(n + 2)];
            n += 2;
            if (e.together) items.push({ type: 'question', numbers: [a, b], body: e.q1 });
            else items.push({ type: 'question', numbers: [a], body: e.q1 }, { type: 'question', numbers: [b], body: e.q2 });
            items.push({ type: 'answer', questions: [a, b], body: e.a });
          }
        }
        return heading ? { heading, items } : { items };
      });
    });
}

/** Footnote ids referenced anywhere in the blocks, in order of first reference. */
export function referencedIds(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => referencedIds(v, out));
  else if (value && typeof value === 'object') {
    const node = value as { type?: string; footnote?: string };
    if (node.type === 'footnoteRef' && node.footnote && !out.includes(node.footnote)) out.push(node.footnote);
    Object.values(value).forEach((v) => referencedIds(v, out));
  }
  return out;
}

export const letterArb: fc.Arbitrary<Letter> = fc
  .record({
    kind: fc.constantFrom<Letter['kind']>('answer-letter', 'postponement-notice'),
    chamber: opt(fc.constantFrom<NonNullable<Letter['chamber']>>('eerste-kamer', 'tweede-kamer')),
    letterhead: opt(letterheadArb),
    date: isoDate,
    reference: opt(fc.constantFrom('7562802', '5164758', 'BZ-2026/123')),
    subject: opt(text(10)),
    inquiry: opt(inquiryArb),
    signatories: opt(fc.array(fc.record({ role: opt(fc.constantFrom('De Minister van Asiel en Migratie', 'De Staatssecretaris van Financiën')), name: opt(fc.constantFrom('Bart van den Brink', 'D. Yeşilgöz-Zegerius')) }).map(compact).filter((s) => Object.keys(s).length > 0), { minLength: 1, maxLength: 2 })),
    coverLetter: opt(blocksArb({ footnotes: true, links: true })),
    qa: opt(fc.record({ title: opt(text(10)), sections: sectionsArb({ footnotes: true, links: true }) })),
    publication: opt(
      fc
        .record({ identifier: opt(fc.constantFrom('ah-tk-20202021-3235', 'kst-32545-143')), number: opt(fc.constantFrom('3235', '12')), vergaderjaar: opt(fc.constantFrom('1995-1996', '2020-2021')) })
        .map(compact)
        .filter((p) => Object.keys(p).length > 0),
    ),
    footnoteBodies: fc.array(blocksArb({ footnotes: false, links: true }, 2), { minLength: FOOTNOTE_IDS.length, maxLength: FOOTNOTE_IDS.length }),
  })
  .map((r): Letter => {
    const letter: Letter = compact({
      schemaVersion: '1.0' as const,
      language: 'nl' as const,
      kind: r.kind,
      chamber: r.chamber,
      letterhead: r.letterhead,
      metadata: compact({ date: r.date, reference: r.reference, subject: r.subject }),
      inquiry: r.inquiry,
      signatories: r.signatories,
      coverLetter: r.coverLetter,
      questionsAndAnswers: r.qa ? compact({ title: r.qa.title, sections: r.qa.sections }) : undefined,
      publication: r.publication,
    });
    // The model keeps of a publication only what cannot be derived (see the schema).
    if (letter.publication && !isDeepStrictEqual(storedPublication(letter, letter.publication, 'aanhangsel'), letter.publication)) delete letter.publication;
    const ids = referencedIds([letter.coverLetter, letter.questionsAndAnswers]);
    if (ids.length > 0) {
      letter.footnotes = ids.map((id, k): Footnote => ({ id, label: FOOTNOTE_LABELS[id], content: r.footnoteBodies[k] }));
    }
    return letter;
  });
