/**
 * Deterministic letters for the benchmarks: the same seed gives the same letters on every
 * machine and every run. A letter of n questions has sections of ten questions under a
 * heading, every fifth pair of questions answered together, a list in every third answer
 * (bullets, numbers, letters, nested now and then), a footnote in every fourth answer, a
 * link and some emphasis; a cover letter, letterhead, inquiry and a minister's signature.
 * Plain JavaScript over the model, so that the bench needs nothing but dist/.
 */
'use strict';

/** mulberry32: a small seeded PRNG, enough for reproducible text. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'de het een minister regering Kamer vragen antwoord beleid migratie asiel terugkeer opvang gemeenten ' +
  'provincies uitvoering wet artikel lid rapport onderzoek kosten miljoen euro jaar maatregelen afspraken ' +
  'Europese Unie lidstaten samenwerking derde landen procedure aanvragen beslissing termijn capaciteit ' +
  'evaluatie toezicht inspectie advies Raad van State brief motie toezegging wetsvoorstel begroting'
).split(' ');

function sentence(rand, min = 8, max = 22) {
  const n = min + Math.floor(rand() * (max - min));
  const words = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(rand() * WORDS.length)]);
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

const text = (t) => ({ type: 'text', text: t });
const paragraph = (content) => ({ type: 'paragraph', content });

function list(rand, depth = 0) {
  const styles = ['bullet', 'decimal', 'lower-alpha'];
  const style = styles[Math.floor(rand() * styles.length)];
  const count = 2 + Math.floor(rand() * 3);
  const items = [];
  for (let k = 0; k < count; k++) {
    const content = [paragraph([text(sentence(rand, 5, 12))])];
    if (depth === 0 && k === 1 && rand() < 0.3) content.push(list(rand, 1));
    const label = style === 'decimal' ? `${k + 1}.` : style === 'lower-alpha' ? `${String.fromCharCode(97 + k)}.` : undefined;
    items.push(label ? { label, content } : { content });
  }
  return { type: 'list', style, items };
}

/**
 * A letter of `questions` questions (a multiple of ten), the same for the same seed.
 */
function generateLetter(questions, seed) {
  const rand = prng(seed);
  const footnotes = [];
  const answerBody = (n) => {
    const inlines = [text(sentence(rand) + ' '), { type: 'emphasis', content: [text(sentence(rand, 3, 6))] }, text(' ' + sentence(rand))];
    if (n % 4 === 0) {
      const id = `fn${footnotes.length + 1}`;
      footnotes.push({ id, label: String(footnotes.length + 1), content: [paragraph([text(`Kamerstukken II ${2000 + (n % 26)}/${2001 + (n % 26)}, ${30000 + n}, nr. ${1 + (n % 40)}.`)])] });
      inlines.push({ type: 'footnoteRef', footnote: id });
    }
    if (n % 7 === 0) {
      const last = inlines[inlines.length - 1];
      if (last.type === 'text') last.text += ' Zie ';
      else inlines.push(text(' Zie '));
      inlines.push({ type: 'link', target: `https://www.rijksoverheid.nl/documenten/${n}`, content: [text('het rapport')] }, text('.'));
    }
    const body = [paragraph(inlines)];
    if (n % 3 === 0) body.push(list(rand));
    if (rand() < 0.5) body.push(paragraph([text(sentence(rand, 15, 40))]));
    return body;
  };
  const sections = [];
  for (let start = 1; start <= questions; start += 10) {
    const items = [];
    for (let n = start; n < start + 10; n++) {
      const combined = n % 5 === 0 && n + 1 < start + 10;
      if (combined) {
        const nums = [String(n), String(n + 1)];
        items.push({ type: 'question', numbers: [nums[0]], body: [paragraph([text(sentence(rand).replace(/\.$/, '?'))])] });
        items.push({ type: 'question', numbers: [nums[1]], body: [paragraph([text(sentence(rand).replace(/\.$/, '?'))])] });
        items.push({ type: 'answer', questions: nums, body: answerBody(n) });
        n++;
      } else {
        items.push({ type: 'question', numbers: [String(n)], body: [paragraph([text(sentence(rand).replace(/\.$/, '?'))])] });
        items.push({ type: 'answer', questions: [String(n)], body: answerBody(n) });
      }
    }
    sections.push({ heading: sentence(rand, 3, 7).replace(/\.$/, ''), items });
  }
  const letter = {
    schemaVersion: '1.0',
    language: 'nl',
    kind: 'answer-letter',
    chamber: 'tweede-kamer',
    letterhead: {
      returnAddress: 'Postbus 20301 2500 EH Den Haag',
      recipient: ['Aan de Voorzitter van de Tweede Kamer', 'der Staten-Generaal', 'Postbus 20018', '2500 EA DEN HAAG'],
      sender: { units: ['Directoraat-Generaal Migratie'], postalAddress: ['Postbus 20301', '2500 EH Den Haag'], website: 'www.rijksoverheid.nl/jenv' },
    },
    metadata: { date: '2026-06-18', reference: String(7000000 + seed), subject: `Antwoorden op vragen over ${sentence(rand, 4, 8).replace(/\.$/, '').toLowerCase()}` },
    inquiry: { reference: `2026Z${String(10000 + seed).padStart(5, '0')}`, submitted: '2026-05-06', askers: [{ name: 'Jansen', faction: 'D66' }] },
    signatories: [{ role: 'De Minister van Asiel en Migratie', name: 'Bart van den Brink' }],
    coverLetter: [paragraph([text('Hierbij bied ik u de antwoorden aan op de vragen van het lid Jansen (D66).')])],
    questionsAndAnswers: { title: `Vragen van het lid Jansen (D66) aan de Minister van Asiel en Migratie`, sections },
  };
  if (footnotes.length > 0) letter.footnotes = footnotes;
  return letter;
}

module.exports = { generateLetter, prng };
