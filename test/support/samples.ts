import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Letter } from '../../src/model/types';

export const ROOT = path.join(__dirname, '..', '..');
export const SAMPLES_DIR = path.join(ROOT, 'samples');
export const SOURCE_LETTER = 'ek-asiel-migratiestrategie-2026';

/** A fresh copy of a sample's golden JSON, safe to break. */
export function loadSample(name = SOURCE_LETTER): Letter {
  return JSON.parse(fs.readFileSync(path.join(SAMPLES_DIR, `${name}.json`), 'utf8')) as Letter;
}

/** Names (without extension) of all samples that have a golden JSON. */
export function sampleNames(): string[] {
  return fs
    .readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}
