/**
 * Seeded mutations of input files for the fuzz harness: byte flips, truncation, chunk
 * duplication and special bytes for every format, and structural mutations inside the
 * packages: elements of XML (AKN, OP and its metadata.xml, the parts of a DOCX) deleted,
 * duplicated, moved, renamed, nested or given odd text; members of the DOCX ZIP dropped,
 * copied or rewritten; JSON values replaced, removed or copied; lines of text moved.
 * Every choice comes from the generator handed in, so a case is repeated by its seed.
 */
'use strict';
const { unzipSync, zipSync } = require('fflate');

/** mulberry32: a small, fast generator that is the same on every machine. */
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

/** A seed from a few values (FNV-1a over their text). */
function seedOf(...parts) {
  let h = 0x811c9dc5;
  for (const c of parts.join('\u0000')) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

const enc = new TextEncoder();
const dec = new TextDecoder();
const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/* ---------- on bytes ---------- */

function flipBytes(bytes, rng) {
  const out = Uint8Array.from(bytes);
  const n = 1 + rng.int(8);
  for (let k = 0; k < n && out.length > 0; k++) {
    const at = rng.int(out.length);
    out[at] = rng.next() < 0.5 ? out[at] ^ (1 << rng.int(8)) : rng.int(256);
  }
  return { bytes: out, mutation: `${n} byte(s) flipped` };
}

function truncate(bytes, rng) {
  const at = rng.int(bytes.length + 1);
  return { bytes: bytes.slice(0, at), mutation: `cut at byte ${at}` };
}

function duplicateChunk(bytes, rng) {
  if (bytes.length === 0) return { bytes, mutation: 'nothing to duplicate' };
  const from = rng.int(bytes.length);
  const len = 1 + rng.int(Math.min(4096, bytes.length - from));
  const times = rng.next() < 0.2 ? 2 + rng.int(50) : 1;
  const chunk = bytes.slice(from, from + len);
  const at = rng.int(bytes.length + 1);
  return { bytes: concat(bytes.slice(0, at), ...Array(times).fill(chunk), bytes.slice(at)), mutation: `bytes ${from}+${len} copied ${times}x to ${at}` };
}

const SPECIALS = ['\u0000', '\b', '\uFFFF', '\uFEFF', '\u000b', '\r', '\t', '\u2028', '\uD800', '&', '<', '>', ']]>', '&#0;', '&#xFFFF;', '&amp;', '[^1]', '[^', '- ', '> ', '1. ', 'i. ', '*', '_', '`', '|', '---\n', '\n\n', '\f', '¹', '²', 'Vraag 1\n', 'Antwoord op vraag 1\n', '"', '\\', '{', '[', '}'];

function insertSpecial(bytes, rng) {
  const n = 1 + rng.int(5);
  let out = bytes;
  const what = [];
  for (let k = 0; k < n; k++) {
    const s = rng.pick(SPECIALS);
    const raw = s === '\uD800' ? Uint8Array.from([0xed, 0xa0, 0x80]) : rng.next() < 0.1 ? Uint8Array.from([0xff, 0xc0, 0x80][rng.int(3)]) : enc.encode(s);
    const at = rng.int(out.length + 1);
    out = concat(out.slice(0, at), raw, out.slice(at));
    what.push(JSON.stringify(s));
  }
  return { bytes: out, mutation: `inserted ${what.join(' ')}` };
}

const BYTE_MUTATIONS = [flipBytes, flipBytes, truncate, duplicateChunk, insertSpecial];

/* ---------- XML ---------- */

/** Element spans [start, end) of well-nested elements, found by one scan of the tags. */
function elementSpans(xml) {
  const spans = [];
  const stack = [];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)[^<>]*?(\/?)>/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[1]) {
      const open = stack.pop();
      if (!open || open.name !== m[2]) return spans; // not nested as expected: stop here
      spans.push({ name: m[2], start: open.start, end: m.index + m[0].length, inner: open.inner, innerEnd: m.index });
    } else if (m[3]) spans.push({ name: m[2], start: m.index, end: m.index + m[0].length });
    else stack.push({ name: m[2], start: m.index, inner: m.index + m[0].length });
  }
  return spans;
}

const ODD_TEXT = ['', ' ', '\u00a0', 'Vraag 99', 'Antwoord op vragen 1 t/m 999999999', '2026-13-45', '&amp;&lt;', '&#x1F600;', 'x'.repeat(5000), '1.', 'i.', '¹', 'De Minister van', '<![CDATA[]]>'];

function xmlStructural(xml, rng) {
  const spans = elementSpans(xml).filter((s) => s.start > 0);
  if (spans.length === 0) return { xml, mutation: 'no element to change' };
  const s = rng.pick(spans);
  const el = xml.slice(s.start, s.end);
  const ops = [
    () => [xml.slice(0, s.start) + xml.slice(s.end), `<${s.name}> deleted`],
    () => [xml.slice(0, s.end) + el + xml.slice(s.end), `<${s.name}> duplicated`],
    () => {
      const t = rng.pick(spans);
      if (t.inner === undefined || (t.start >= s.start && t.end <= s.end)) return [xml.slice(0, s.end) + el.repeat(3) + xml.slice(s.end), `<${s.name}> tripled`];
      const without = t.inner > s.start ? xml.slice(0, s.start) + xml.slice(s.end) : xml;
      const at = t.inner > s.start ? t.inner - (t.inner >= s.end ? s.end - s.start : 0) : t.inner;
      if (t.inner > s.start && t.inner < s.end) return [xml, 'no move'];
      return [without.slice(0, at) + el + without.slice(at), `<${s.name}> moved into <${t.name}>`];
    },
    () => {
      const other = rng.pick(spans).name;
      const renamed = el.replace(new RegExp(`^<${s.name}`), `<${other}`).replace(new RegExp(`</${s.name}>$`), `</${other}>`);
      return [xml.slice(0, s.start) + renamed + xml.slice(s.end), `<${s.name}> renamed <${other}>`];
    },
    () => {
      if (s.inner === undefined) return [xml, 'empty element'];
      const depth = 2 + rng.int(60);
      const open = xml.slice(s.start, s.inner);
      const close = xml.slice(s.innerEnd, s.end);
      return [xml.slice(0, s.start) + open.repeat(depth) + xml.slice(s.inner, s.innerEnd) + close.repeat(depth) + xml.slice(s.end), `<${s.name}> nested in itself ${depth} deep`];
    },
    () => {
      if (s.inner === undefined) return [xml, 'empty element'];
      const text = rng.pick(ODD_TEXT);
      return [xml.slice(0, s.inner) + text + xml.slice(s.innerEnd), `text of <${s.name}> set to ${JSON.stringify(text.slice(0, 20))}`];
    },
    () => {
      const attr = rng.pick([' type="expliciet"', ' type="ongemarkeerd"', ' class="lower-roman"', ' eId="dup"', ' isodatum="2026-02-30"', ' xml:lang="en"', ' refersTo="#x"', ' name="kamerbrief.lijststijlen" content="[[0,&quot;lower-alpha&quot;]]"']);
      const at = xml.indexOf('>', s.start);
      const selfClosing = xml[at - 1] === '/';
      return [xml.slice(0, selfClosing ? at - 1 : at) + attr + xml.slice(selfClosing ? at - 1 : at), `attribute${attr} added to <${s.name}>`];
    },
  ];
  const [out, mutation] = rng.pick(ops)();
  return { xml: out, mutation };
}

/* ---------- ZIP (DOCX) ---------- */

function zipStructural(bytes, rng) {
  let files;
  try {
    files = unzipSync(bytes);
  } catch {
    return flipBytes(bytes, rng);
  }
  const names = Object.keys(files);
  const xmlNames = names.filter((n) => /\.(xml|rels)$/.test(n));
  const name = rng.next() < 0.5 && files['word/document.xml'] ? 'word/document.xml' : rng.pick(xmlNames.length ? xmlNames : names);
  let mutation;
  const op = rng.int(6);
  if (op <= 2 && xmlNames.includes(name)) {
    const changed = xmlStructural(dec.decode(files[name]), rng);
    files[name] = enc.encode(changed.xml);
    mutation = `${name}: ${changed.mutation}`;
  } else if (op === 3) {
    delete files[name];
    mutation = `${name} removed`;
  } else if (op === 4) {
    const target = rng.pick(names);
    files[target] = files[name];
    mutation = `${target} replaced by ${name}`;
  } else {
    const flipped = flipBytes(files[name], rng);
    files[name] = flipped.bytes;
    mutation = `${name}: ${flipped.mutation}`;
  }
  return { bytes: zipSync(files, { level: 1, mtime: new Date('2026-01-01T00:00:00Z') }), mutation };
}

/* ---------- JSON ---------- */

const ODD_VALUES = [null, 0, -1, 1e308, '', ' ', 'x\u0000y', '\uFFFF', true, [], {}, 'Vraag 1', '2026-02-30', [[[[[]]]]], 'a'.repeat(10000)];

function jsonStructural(text, rng) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { text, mutation: 'not JSON: unchanged' };
  }
  const holders = [];
  const stack = [[value, '']];
  while (stack.length) {
    const [v, at] = stack.pop();
    if (v && typeof v === 'object') {
      holders.push([v, at]);
      for (const k of Object.keys(v)) stack.push([v[k], `${at}/${k}`]);
    }
  }
  const [holder, at] = rng.pick(holders);
  const keys = Object.keys(holder);
  if (keys.length === 0) return { text, mutation: 'empty holder' };
  const key = rng.pick(keys);
  const op = rng.int(4);
  let mutation;
  if (op === 0) {
    if (Array.isArray(holder)) holder.splice(Number(key), 1);
    else delete holder[key];
    mutation = `${at}/${key} removed`;
  } else if (op === 1 && Array.isArray(holder)) {
    holder.splice(Number(key), 0, JSON.parse(JSON.stringify(holder[key])));
    mutation = `${at}/${key} duplicated`;
  } else if (op === 2) {
    const [other] = rng.pick(holders);
    const otherKeys = Object.keys(other);
    holder[key] = otherKeys.length ? JSON.parse(JSON.stringify(other[rng.pick(otherKeys)])) : null;
    mutation = `${at}/${key} replaced by another value of the letter`;
  } else {
    holder[key] = ODD_VALUES[rng.int(ODD_VALUES.length)];
    mutation = `${at}/${key} set to an odd value`;
  }
  return { text: JSON.stringify(value, null, rng.next() < 0.5 ? 2 : 0), mutation };
}

/* ---------- lines (Markdown, text) ---------- */

function lineStructural(text, rng) {
  const lines = text.split('\n');
  const k = rng.int(lines.length);
  const ops = [
    () => [lines.splice(k, 1), `line ${k + 1} removed`],
    () => [lines.splice(k, 0, lines[k]), `line ${k + 1} duplicated`],
    () => {
      const j = rng.int(lines.length);
      [lines[k], lines[j]] = [lines[j], lines[k]];
      return [0, `lines ${k + 1} and ${j + 1} swapped`];
    },
    () => {
      const prefix = rng.pick(['  ', '    ', '- ', '> ', '1. ', 'i. ', '# ', '### ', '| ', '[^1]: ', '\f', '**', '<div>']);
      lines[k] = prefix.repeat(1 + rng.int(3)) + lines[k];
      return [0, `line ${k + 1} prefixed ${JSON.stringify(prefix)}`];
    },
    () => {
      const j = rng.int(lines.length);
      const block = lines.slice(Math.min(j, k), Math.max(j, k) + 1).slice(0, 200);
      lines.splice(rng.int(lines.length), 0, ...block);
      return [0, `lines ${Math.min(j, k) + 1}-${Math.max(j, k) + 1} copied`];
    },
  ];
  const [, mutation] = rng.pick(ops)();
  return { text: lines.join('\n'), mutation };
}

/**
 * One mutant of a seed input: `{ bytes, companion, mutation }`. `seed` is `{ bytes,
 * companion }` (companion: the OP metadata.xml, or undefined).
 */
function mutate(format, seed, rng) {
  const structural = rng.next() < 0.45;
  let companion = seed.companion;
  if (!structural) {
    if (companion && rng.next() < 0.2) {
      const m = rng.pick(BYTE_MUTATIONS)(companion, rng);
      return { bytes: seed.bytes, companion: m.bytes, mutation: `metadata.xml: ${m.mutation}` };
    }
    const m = rng.pick(BYTE_MUTATIONS)(seed.bytes, rng);
    return { bytes: m.bytes, companion, mutation: m.mutation };
  }
  switch (format) {
    case 'akn':
    case 'op': {
      if (companion && rng.next() < 0.25) {
        const m = xmlStructural(dec.decode(companion), rng);
        return { bytes: seed.bytes, companion: enc.encode(m.xml), mutation: `metadata.xml: ${m.mutation}` };
      }
      const m = xmlStructural(dec.decode(seed.bytes), rng);
      return { bytes: enc.encode(m.xml), companion, mutation: m.mutation };
    }
    case 'docx': {
      const m = zipStructural(seed.bytes, rng);
      return { bytes: m.bytes, companion, mutation: m.mutation };
    }
    case 'json': {
      const m = jsonStructural(dec.decode(seed.bytes), rng);
      return { bytes: enc.encode(m.text), companion, mutation: m.mutation };
    }
    case 'md':
    case 'text': {
      const m = lineStructural(dec.decode(seed.bytes), rng);
      return { bytes: enc.encode(m.text), companion, mutation: m.mutation };
    }
    default: {
      // PDF: its structure is the importer's (being rewritten); chunks of its objects copied and cut.
      const m = rng.pick([duplicateChunk, truncate, flipBytes])(seed.bytes, rng);
      return { bytes: m.bytes, companion, mutation: m.mutation };
    }
  }
}

module.exports = { generator, seedOf, mutate, elementSpans };
