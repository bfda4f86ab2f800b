/**
 * The parts of a DOCX package that a house style makes the same for every letter (styles,
 * theme, footers, …: STATIC_PARTS in ./index.ts), made by `npm run build` for the house
 * styles in templates/ and kept beside the built exporter (static-parts.json), so that a
 * process converting one letter does not compile and deflate them first: that is about
 * 45 ms of a cold `kamerbrief convert brief.md --to docx`.
 *
 * A house style is found by its JSON text. The file names the docx and fflate versions it
 * was made with and is not used when other versions are installed; a house style that is
 * not in it (a changed template, a file given with --template) is made at run time, as
 * before. Either way the bytes are the same (test/docx/package.test.ts).
 *
 *   node dist/exporters/docx/precompiled.js     (part of `npm run build`)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
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
  styles: { style: string; members: StoredMember[] }[];
}

/** Each file's house styles by their JSON text, read once; null when the file is absent or does not fit the installed packages. */
const stores = new Map<string, Map<string, StoredMember[]> | null>();

/** The precompiled STATIC_PARTS of a house style, or undefined. */
export function precompiledMembers(style: HouseStyle, file = PRECOMPILED_FILE): Map<string, ZipMember> | undefined {
  let store = stores.get(file);
  if (store === undefined) {
    store = readStore(file);
    stores.set(file, store);
  }
  const members = store?.get(JSON.stringify(style));
  if (!members) return undefined;
  return new Map(members.map((m) => [m.name, { name: m.name, method: m.method, crc: m.crc, size: m.size, data: new Uint8Array(Buffer.from(m.data, 'base64')) }]));
}

function readStore(file: string): Map<string, StoredMember[]> | null {
  let stored: Stored;
  try {
    stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Stored;
  } catch {
    return null; // not built (tests run the sources), or unreadable: the parts are made at run time
  }
  if (stored.versions !== installedVersions()) return null;
  return new Map(stored.styles.map((s) => [s.style, s.members]));
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
  const stored: Stored = { versions: installedVersions(), styles: [] };
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
    stored.styles.push({ style: JSON.stringify(style), members: members.map((m) => ({ name: m.name, method: m.method, crc: m.crc, size: m.size, data: Buffer.from(m.data).toString('base64') })) });
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
