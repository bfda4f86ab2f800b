/** The reference folder (../shared/reference) for tests, with a clear failure when it is missing. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { referenceDir } from '../../src/cli/references';

export function requireReference(sub: string): string {
  const dir = path.join(referenceDir(), sub);
  if (!fs.existsSync(dir)) {
    throw new Error(`these tests need the reference folder ${dir} (../shared/reference beside the repository, or KAMERBRIEF_REFERENCE_DIR); it is missing`);
  }
  return dir;
}
