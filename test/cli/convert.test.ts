import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { loadSample, ROOT, SOURCE_LETTER } from '../support/samples';
import { tempDir } from '../support/temp';

const sampleMd = `samples/${SOURCE_LETTER}.md`;
const tmp = () => tempDir('kb-cli-');

describe('kamerbrief convert', () => {
  it('writes every requested format as <out>/<stem>.<ext> and lists them', () => {
    const out = tmp();
    const r = runCli(['convert', sampleMd, '--to', 'json,md,text', '--out', out]);
    expect(r.status).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual([`${SOURCE_LETTER}.json`, `${SOURCE_LETTER}.md`, `${SOURCE_LETTER}.txt`]);
    expect(r.stdout).toBe(['json', 'md', 'txt'].map((e) => `${sampleMd} -> ${path.join(out, `${SOURCE_LETTER}.${e}`)}\n`).join(''));
    // The Markdown written is the authored flavour, and reads back to the same letter.
    const md = fs.readFileSync(path.join(out, `${SOURCE_LETTER}.md`), 'utf8');
    expect(md.startsWith('---\nkind: answer-letter\nchamber: eerste-kamer\ndate: 2026-06-18\n')).toBe(true);
    expect(md).toContain('\n### Antwoord op vragen 5 en 6\n');
    const back = runCli(['convert', path.join(out, `${SOURCE_LETTER}.md`), '--to', 'json', '--out', '-']);
    expect(JSON.parse(back.stdout)).toEqual(loadSample());
  });

  it('refuses to replace an existing output without --force, and replaces it with --force', () => {
    const out = tmp();
    const target = path.join(out, `${SOURCE_LETTER}.json`);
    fs.writeFileSync(target, 'oud');
    // Older than the input: an output newer than its input would be up to date instead.
    fs.utimesSync(target, new Date(0), new Date(0));
    const refused = runCli(['convert', sampleMd, '--to', 'json', '--out', out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${target} already exists (use --force to replace)`);
    expect(fs.readFileSync(target, 'utf8')).toBe('oud');
    const forced = runCli(['convert', sampleMd, '--to', 'json', '--out', out, '--force']);
    expect(forced.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(target, 'utf8'))).toEqual(loadSample());
    expect(fs.readdirSync(out)).toEqual([`${SOURCE_LETTER}.json`]); // no temporary file left
  });

  it('reads standard input and writes standard output', () => {
    const r = runCli(['convert', '-', '--from', 'md', '--to', 'text'], fs.readFileSync(path.join(ROOT, sampleMd)));
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('Retouradres Postbus 20301 2500 EH Den Haag\n\nAan de Voorzitter van de Eerste Kamer\n')).toBe(true);
    expect(r.stdout).toContain('\n\nOnze referentie\n7562802\n\nDatum 18 juni 2026\nBetreft Antwoorden vragen over');
  });

  it('writes nothing for a file that is no letter, says why, and goes on with the next input', () => {
    const dir = tmp();
    const bad = path.join(dir, 'boodschappen.md');
    fs.writeFileSync(bad, '# Boodschappen\n\n- melk\n');
    const out = path.join(dir, 'out');
    const r = runCli(['convert', bad, sampleMd, '--to', 'json', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bad}:1: error: this is not an answer letter: no questions or answers found (looked for labels such as "Vraag 1"`);
    expect(r.stderr).toContain(`${bad}: not converted (errors above)`);
    expect(r.stderr).toContain('1 converted, 1 failed');
    expect(fs.readdirSync(out)).toEqual([`${SOURCE_LETTER}.json`]);
  });

  it('says how to read a .txt that plain text cannot read and that reads like Markdown, and reads it so with --from md', () => {
    const dir = tmp();
    // As pandoc writes a Word letter: the letterhead as a pipe table, the rest Markdown.
    const markdown = [
      '| Retouradres Postbus 20011 2500 EA Den Haag |                |',
      '|--------------------------------------------|----------------|',
      '| Datum                                      | 11 januari 2024 |',
      '',
      'Hierbij de antwoorden.',
      '',
      '**Vraag 1**',
      '',
      'Waarom?',
      '',
      '**Antwoord op vraag 1**',
      '',
      'Daarom.',
      '',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'brief.txt'), markdown);
    const r = runCli(['convert', 'brief.txt', '--to', 'json', '--out', 'out'], undefined, dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("brief.txt:2: warning: this file reads like Markdown (the rule under a pipe table's header); if it is, read it with --from md");
    const md = runCli(['convert', 'brief.txt', '--from', 'md', '--to', 'json', '--out', '-'], undefined, dir);
    expect(md.stderr).not.toContain('error');
    expect(JSON.parse(md.stdout).metadata.date).toBe('2024-01-11');
    // Plain text that fails for its own reasons gets no such hint.
    fs.writeFileSync(path.join(dir, 'leeg.txt'), 'Hierbij de antwoorden.\n\nVraag 1\nWaarom?\n');
    const plain = runCli(['convert', 'leeg.txt', '--to', 'json', '--out', 'out'], undefined, dir);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toContain('no date found');
    expect(plain.stderr).not.toContain('Markdown');
  });

  it('exits 2 on usage errors', () => {
    const unknown = runCli(['convert', sampleMd, '--to', 'pdfx']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--to pdfx: unknown output format; expected one of json, md, text');
    expect(runCli(['convert', sampleMd]).status).toBe(2);
    expect(runCli(['convert', sampleMd, sampleMd, '--to', 'json', '--out', '-']).status).toBe(2);
  });
});

describe('the README', () => {
  it('authored-Markdown example reads as it says', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const example = /```markdown\n([\s\S]*?)```/.exec(readme)![1];
    const r = runCli(['inspect', '-', '--from', 'md', '--json'], example);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.questions).toEqual(['1', '2']);
    expect(s.answers).toEqual([['1', '2']]);
    expect(s.sections).toEqual(['Vergunningen']);
    expect(s.footnotes).toBe(1);
    expect(s.inquiry).toEqual({ reference: '2026Z01234', submitted: '2026-05-06', askers: [{ name: 'Jansen', faction: 'D66' }] });
    expect(s.diagnostics).toEqual([]);
  });
});
