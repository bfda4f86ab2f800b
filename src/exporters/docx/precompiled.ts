/**
 * The parts of a DOCX package that a house style makes the same for every letter (styles,
 * theme, footers, …: STATIC_PARTS in ./index.ts), made by `npm run build` for the house
 * styles in templates/ and kept beside the built exporter (static-parts.json), so that a
 * process converting one letter does not compile and deflate them first: that is about
 * 45 ms of a cold `kamerbrief convert brief.md --to docx`.
 *
 * A house style is found by its content (`houseStyleKey`). The file names what else the
 * parts' bytes depend on, and is not used when any of it differs now: the docx and fflate
 * versions, and a hash of the exporter's own code (`exporterCodeKey`), so that a dist/
 * compiled again with plain `tsc` after a change to the exporter does not use the parts of
 * the old one. A house style that is not in the file (a changed template, a file given with
 * --template) is made at run time, as before. Either way the bytes are the same
 * (test/docx/package.test.ts).
 *
 *   node dist/exporters/docx/precompiled.js     (part of `npm run build`)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import type { HouseStyle } from '../../templates/types';
import type { ZipMember } from './zip';

export const PRECOMPILED_FILE = path.join(__dirname, 'static-parts.json');

interface StoredMember {
  name: string;
  method: 0 | 8;
  crc: number;
  size: number;
  /** The deflated bytes, base64. */
  data: string;
}

interface Stored {
  /** docx and fflate versions the parts were made with. */
  versions: string;
  /** `exporterCodeKey` of the exporter that made them. */
  code: string;
  /** Each house style by its `houseStyleKey`. */
  styles: { style: string; members: StoredMember[] }[];
}

/** Each file's house styles by their key, read once; null when the file is absent or was not made by the code and packages here now. */
const stores = new Map<string, Map<string, StoredMember[]> | null>();

/** The precompiled STATIC_PARTS of the house style with this `houseStyleKey`, or undefined. */
export function precompiledMembers(styleKey: string, file = PRECOMPILED_FILE): Map<string, ZipMember> | undefined {
  let store = stores.get(file);
  if (store === undefined) {
    store = readStore(file);
    stores.set(file, store);
  }
  const members = store?.get(styleKey);
  if (!members) return undefined;
  return new Map(members.map((m) => [m.name, { name: m.name, method: m.method, crc: m.crc, size: m.size, data: new Uint8Array(Buffer.from(m.data, 'base64')) }]));
}

function readStore(file: string): Map<string, StoredMember[]> | null {
  try {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Stored;
    if (stored.versions !== installedVersions() || stored.code !== exporterCodeKey()) return null;
    return new Map(stored.styles.map((s) => [s.style, s.members]));
  } catch {
    return null; // not built (tests run the sources), or unreadable: the parts are made at run time
  }
}

/**
 * A house style's content as text, the same for equal styles whatever the order of their
 * keys: what its parts are kept under, here and in ./index.ts. About 15 µs.
 */
export function houseStyleKey(style: HouseStyle): string {
  return canonicalJson(style);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

/**
 * The exporter's files that decide the parts' bytes or how they are kept here (the Word
 * styles and footers, the rewriting and deflating, the style ids, this file), beside this
 * one: compiled .js in dist/, .ts sources under ts-jest.
 */
const PART_MAKERS = ['index', 'zip', 'carrier', 'precompiled'];

/**
 * The PART_MAKERS as they are now, each by its size and CRC-32: enough to tell a stale build
 * (this is no defence against forgery), and zlib's CRC-32 costs a third of a millisecond of
 * start-up where node:crypto's hashes cost 1.5 ms. Read once a process, at its first letter.
 */
export function exporterCodeKey(): string {
  return PART_MAKERS.map((name) => {
    const file = name + path.extname(__filename);
    const bytes = fs.readFileSync(path.join(__dirname, file));
    return `${file} ${bytes.length} ${crc32(bytes).toString(16)}`;
  }).join(', ');
}

/** The installed versions of the packages the parts' bytes depend on. */
function installedVersions(): string {
  return ['docx', 'fflate'].map((name) => `${name}@${packageVersion(name)}`).join(' ');
}

function packageVersion(name: string): string {
  // Found from the package's main file: docx does not export its package.json.
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return String(pkg.version);
    }
    const up = path.dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
}

/**
 * Makes the STATIC_PARTS of every house style in `templatesDir` and writes them to `file`.
 * A house style that cannot be read is left out (it is reported where it is used).
 */
export async function writePrecompiled(templatesDir: string, file = PRECOMPILED_FILE): Promise<string[]> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { makeStaticMembers } = require('./index') as typeof import('./index');
  const { parseHouseStyle } = require('../../templates/parse') as typeof import('../../templates/parse');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const stored: Stored = { versions: installedVersions(), code: exporterCodeKey(), styles: [] };
  const made: string[] = [];
  for (const name of fs.readdirSync(templatesDir).filter((f) => f.endsWith('.json')).sort()) {
    let style: HouseStyle;
    try {
      style = parseHouseStyle(fs.readFileSync(path.join(templatesDir, name), 'utf8'), name);
    } catch (err) {
      process.stderr.write(`static DOCX parts of templates/${name} not made: ${(err as Error).message}\n`);
      continue;
    }
    const members = await makeStaticMembers(style);
    stored.styles.push({ style: houseStyleKey(style), members: members.map((m) => ({ name: m.name, method: m.method, crc: m.crc, size: m.size, data: Buffer.from(m.data).toString('base64') })) });
    made.push(name);
  }
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(stored) + '\n');
  fs.renameSync(tmp, file);
  stores.delete(file);
  return made;
}

if (require.main === module) {
  writePrecompiled(path.resolve(__dirname, '..', '..', '..', 'templates')).catch((err: unknown) => {
    process.stderr.write(`static DOCX parts not made: ${(err as Error).message}\n`);
    process.exitCode = 1;
  });
}
