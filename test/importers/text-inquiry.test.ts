/** The inquiry through plain text: the "(Kamervragen: …)" line the exporter writes and the recogniser reads. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportText, exportTextFiles } from '../../src/exporters/text';
import { importMarkdown } from '../../src/importers/markdown';
import { importText } from '../../src/importers/text';
import { formatInquiryLine, parseInquiryLine } from '../../src/model/inquiry-line';
import type { Letter } from '../../src/model/types';
import { ROOT } from '../support/samples';

/** The authored example of the README, as a user copies it. */
function readmeExample(): Letter {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const m = /```markdown\n([\s\S]*?)```/.exec(readme);
  expect(m).not.toBeNull();
  const r = importMarkdown(m![1]);
  expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  return r.letter!;
}

describe('the inquiry through plain text', () => {
  it("the README's authored example keeps its inquiry, and everything else, through text", () => {
    const letter = readmeExample();
    expect(letter.inquiry).toEqual({ reference: '2026Z01234', submitted: '2026-05-06', askers: [{ name: 'Jansen', faction: 'D66' }] });
    const text = exportText(letter);
    expect(text).toContain('\n\n(Kamervragen: kenmerk 2026Z01234; ingezonden 6 mei 2026; gesteld door Jansen (D66))\n\nVragen van het lid Jansen (D66) over de stikstofaanpak\n\n');
    const back = importText(text);
    expect(back.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(back.letter).toEqual(letter);
  });

  it('every part, members with and without a faction, and factions alone', () => {
    const inquiry = {
      reference: '2025Z04567',
      submitted: '2025-02-28',
      askers: [{ name: 'Van der Lee', faction: 'GroenLinks-PvdA' }, { name: 'Omtzigt' }, { faction: 'PvdD' }],
      addressee: 'de minister van Financiën',
    };
    const line = formatInquiryLine(inquiry)!;
    expect(line).toBe('(Kamervragen: kenmerk 2025Z04567; ingezonden 28 februari 2025; gesteld door Van der Lee (GroenLinks-PvdA), Omtzigt, fractie PvdD; aan de minister van Financiën)');
    expect(parseInquiryLine(line)).toEqual(inquiry);
    expect(parseInquiryLine('(Kamervragen: ingezonden 31 februari 2025)')).toBeUndefined();
    expect(parseInquiryLine('(Kamervragen: door wie dan ook)')).toBeUndefined();
    expect(parseInquiryLine('Kamervragen: kenmerk 2025Z04567')).toBeUndefined();
  });

  it('says where the line cannot carry the inquiry unambiguously', () => {
    const letter: Letter = { ...readmeExample(), inquiry: { askers: [{ name: 'Jansen, P.' }] } };
    expect(exportTextFiles(letter).diagnostics ?? []).toContainEqual({
      severity: 'warning',
      pointer: '/inquiry',
      message: 'plain text: the inquiry is written as a "(Kamervragen: …)" line, but an asker\'s name or faction holds a comma, or a name begins with "fractie", so it may not read back the same',
    });
    expect((exportTextFiles(readmeExample()).diagnostics ?? []).filter((d) => d.pointer === '/inquiry')).toEqual([]);
  });
});
