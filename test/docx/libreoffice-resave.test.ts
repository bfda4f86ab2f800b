/**
 * A kamerbrief DOCX as it comes back from a person: opened in LibreOffice and saved again as
 * DOCX (soffice --convert-to docx). It must read back to the same questions, answers,
 * sections and footnotes. Needs soffice (libreoffice-writer-nogui); .ci/run installs it.
 * Without it this suite fails, saying so.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { exportDocx } from '../../src/exporters/docx';
import { STYLE_NAME } from '../../src/exporters/docx/carrier';
import { importDocx } from '../../src/importers/docx';
import type { ImportResult } from '../../src/importers/result';
import type { Letter } from '../../src/model/types';
import { loadSample } from '../support/samples';
import { tempDir } from '../support/temp';
import { noteReferencedTwice } from './letters';

function resave(letters: Record<string, Uint8Array>): Record<string, Uint8Array> {
  if (spawnSync('sh', ['-c', 'command -v soffice']).status !== 0) {
    throw new Error('soffice is not installed; this test needs it: apt-get install -y libreoffice-writer-nogui (.ci/run does this)');
  }
  const dir = tempDir('kb-lo-resave-');
  const [from, to] = [path.join(dir, 'in'), path.join(dir, 'out')];
  fs.mkdirSync(from);
  const files = Object.entries(letters).map(([name, bytes]) => {
    fs.writeFileSync(path.join(from, `${name}.docx`), bytes);
    return path.join(from, `${name}.docx`);
  });
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'docx', '--outdir', to, ...files], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`soffice --convert-to docx failed (${r.status}): ${r.stderr}`);
  return Object.fromEntries(Object.keys(letters).map((name) => [name, new Uint8Array(fs.readFileSync(path.join(to, `${name}.docx`)))]));
}

/** What a reader edits and must get back: questions, answers, sections, footnotes. */
function essentials(letter: Letter | undefined) {
  return { questionsAndAnswers: letter?.questionsAndAnswers, footnotes: letter?.footnotes };
}

const letters: Record<string, Letter> = { source: loadSample(), noteReferencedTwice };

describe('our DOCX saved again by LibreOffice', () => {
  const read: Record<string, ImportResult> = {};
  beforeAll(async () => {
    const exported: Record<string, Uint8Array> = {};
    for (const [name, letter] of Object.entries(letters)) exported[name] = await exportDocx(letter, {});
    for (const [name, bytes] of Object.entries(resave(exported))) read[name] = importDocx(bytes);
  }, 180_000);

  it.each(Object.keys(letters))('%s reads back to the same questions, answers, sections and footnotes', (name) => {
    expect(read[name].diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(essentials(read[name].letter)).toEqual(essentials(letters[name]));
  });
});

describe('the names of our styles', () => {
  it('are the ones the exporter gives them, by which the importer knows them again', async () => {
    const styles = strFromU8(unzipSync(await exportDocx(loadSample(), {}))['word/styles.xml']);
    const written = new Map([...styles.matchAll(/w:styleId="([^"]+)"[^>]*>\s*<w:name w:val="([^"]+)"/g)].map((m) => [m[1], m[2]]));
    for (const [id, name] of Object.entries(STYLE_NAME)) expect([id, written.get(id)]).toEqual([id, name]);
  });
});
