import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');

describe('model types and JSON Schema', () => {
  it('src/model/types.generated.ts is exactly what the schema generates (run `npm run gen:types` after a schema change)', () => {
    const generated = execFileSync(process.execPath, [path.join(root, 'test/support/generate-types.js')], {
      encoding: 'utf8',
    });
    const checkedIn = fs.readFileSync(path.join(root, 'src/model/types.generated.ts'), 'utf8');
    expect(checkedIn).toBe(generated);
  });
});
