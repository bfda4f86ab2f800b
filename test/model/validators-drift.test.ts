import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');

describe('precompiled schema validators', () => {
  // Generated in a process of its own: ajv's code generation must not run in jest's module sandbox.
  const generated: { file: string; text: string }[] = execFileSync(process.execPath, [path.join(root, 'test/support/generate-validators.js')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

  it('generates both validators', () => {
    expect(generated.map((g) => g.file)).toEqual(['src/model/letter-validator.generated.ts', 'src/model/house-style-validator.generated.ts']);
  });

  it.each(generated.map((g) => [g.file, g.text]))('%s is exactly what its schema generates (run `npm run gen:validators` after a schema change)', (file, text) => {
    expect(fs.readFileSync(path.join(root, file), 'utf8') === text).toBe(true);
  });
});
