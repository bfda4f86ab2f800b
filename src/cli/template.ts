/** Loading the house style named by --template: a name in templates/ or a path to a file. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HouseStyleError, parseHouseStyle } from '../templates/parse';
import type { HouseStyle } from '../templates/types';
import { UsageError } from './load';

/** templates/ of the package; the same from src/cli and dist/cli. */
export const TEMPLATES_DIR = path.resolve(__dirname, '..', '..', 'templates');

export function templateNames(): string[] {
  return fs.readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

/**
 * The house style for --template: undefined when the option is absent (the exporter then
 * uses the default, rijksoverheid). A bare name ("plain") is looked up in templates/;
 * anything with a slash or a .json extension is a path.
 */
export function loadHouseStyle(nameOrPath: string | undefined): HouseStyle | undefined {
  if (nameOrPath === undefined) return undefined;
  const isPath = /[\\/]/.test(nameOrPath) || nameOrPath.toLowerCase().endsWith('.json');
  const file = isPath ? nameOrPath : path.join(TEMPLATES_DIR, `${nameOrPath}.json`);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(
      isPath
        ? `--template ${nameOrPath}: cannot read this file`
        : `--template ${nameOrPath}: no such house style; expected one of ${templateNames().join(', ')} or a path to a .json file`,
    );
  }
  try {
    return parseHouseStyle(text, isPath ? nameOrPath : `templates/${nameOrPath}.json`);
  } catch (err) {
    if (err instanceof HouseStyleError) throw new UsageError(`--template: ${err.message}`);
    throw err;
  }
}
