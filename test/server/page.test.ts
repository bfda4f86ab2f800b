/**
 * The page end to end, in Debian's Chromium driven by playwright-core (no downloaded
 * browser): a corpus letter uploaded shows the counts a person read off it, the DOCX
 * downloaded is the CLI's, a date filled in makes its diagnostic go, the PDF pages are drawn,
 * it works from the keyboard, the CSP holds, and axe-core finds no violation.
 *
 * KAMERBRIEF_SCREENSHOT=docs/serve-page.png also writes the screenshot the README shows.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { runCli } from '../support/cli';
import { ROOT, SAMPLES_DIR, SOURCE_LETTER } from '../support/samples';
import { tempDir } from '../support/temp';
import { startServer, type Started } from './server';

const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');
const AANHANGSEL = '01-tk-ah-2367-fin-rekeninggluren.txt';
const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as { file: string; questionCount: number; answerCount: number; footnoteCount: number }[];

jest.setTimeout(50_000);

describe('kamerbrief serve: the page in Chromium', () => {
  let server: Started;
  let context: BrowserContext;
  let page: Page;
  const cspViolations: string[] = [];
  const dir = tempDir('kb-page-');

  beforeAll(async () => {
    server = await startServer(['--jobs', '2']);
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      acceptDownloads: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 1000 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto(server.url + '/');
  });
  afterAll(async () => {
    await context?.close();
    expect(await server.stop()).toBe(0);
  });

  it('shows a corpus letter as recognised: its question and answer counts, its marked source', async () => {
    const entry = manifest.find((m) => m.file === AANHANGSEL)!;
    await page.setInputFiles('#file', path.join(CORPUS, AANHANGSEL));
    await page.waitForSelector('#count-questions');
    expect(await page.textContent('#count-questions')).toBe(String(entry.questionCount));
    expect(await page.textContent('#count-answers')).toBe(String(entry.answerCount));
    expect(await page.textContent('#count-footnotes')).toBe(String(entry.footnoteCount));
    // Questions the letter states together are one item under one heading ("Vraag 3, 4, 5, 6").
    const numbers = (await page.locator('#structure .item.question h4').allTextContents()).flatMap((h) => h.replace(/^\D+/, '').split(', '));
    expect(numbers).toEqual(Array.from({ length: entry.questionCount }, (_, k) => String(k + 1)));
    expect(await page.locator('#structure .item.answer').count()).toBe(entry.answerCount);
    // Furniture struck through, joins marked, and each diagnostic linked to its line.
    expect(await page.locator('#lines li.furniture del').count()).toBeGreaterThan(3);
    expect(await page.locator('#lines .joined').count()).toBeGreaterThan(0);
    const link = page.locator('#diagnostic-list a[href^="#L"]').first();
    const target = (await link.getAttribute('href'))!;
    await link.click();
    expect(await page.evaluate('location.hash')).toBe(target);
    expect(await page.locator(`${target}:target`).count()).toBe(1);
    if (process.env.KAMERBRIEF_SCREENSHOT) {
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: path.resolve(ROOT, process.env.KAMERBRIEF_SCREENSHOT) });
    }
  });

  it('downloads the DOCX the CLI writes for the same file', async () => {
    const out = path.join(dir, 'cli');
    expect(runCli(['convert', path.join(CORPUS, AANHANGSEL), '--to', 'docx', '--out', out]).status).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-format="docx"]')]);
    expect(download.suggestedFilename()).toBe('01-tk-ah-2367-fin-rekeninggluren.docx');
    const saved = path.join(dir, 'page.docx');
    await download.saveAs(saved);
    expect(fs.readFileSync(saved).equals(fs.readFileSync(path.join(out, '01-tk-ah-2367-fin-rekeninggluren.docx')))).toBe(true);
  });

  it('takes a corrected date from the form and the diagnostic goes', async () => {
    // A letter dated before its questions were submitted (today a letter without any date
    // gives no letter to correct): the date filled in re-converts it without the warning.
    const wrong = path.join(dir, 'brief-april.md');
    fs.writeFileSync(wrong, fs.readFileSync(path.join(SAMPLES_DIR, `${SOURCE_LETTER}.md`), 'utf8').replace(/18 juni 2026/g, '18 april 2026'));
    await page.setInputFiles('#file', wrong);
    const warning = page.locator('#diagnostic-list li.warning', { hasText: 'after the letter\'s date (2026-04-18)' });
    await warning.waitFor();
    // Keyboard only: into the date field, type, Enter submits the form.
    await page.focus('#meta-date');
    await page.keyboard.type('18 juni 2026');
    await page.keyboard.press('Enter');
    await page.locator('#diagnostic-list li', { hasText: 'date set to "2026-06-18"' }).waitFor();
    expect(await warning.count()).toBe(0);
    expect(await page.locator('#diagnostic-list li.warning, #diagnostic-list li.error').count()).toBe(0);
    expect(await page.locator('#fields dd', { hasText: '2026-06-18' }).count()).toBe(1);
  });

  it('draws the PDF pages as images', async () => {
    await page.click('#preview-pdf');
    await page.locator('#pages img').first().waitFor();
    expect(await page.locator('#pages img').count()).toBeGreaterThan(1);
    expect(await page.getAttribute('#pages img >> nth=0', 'alt')).toBe('Pagina 1 (PDF)');
  });

  it('is reachable from the keyboard in a sensible order, and switches to English', async () => {
    const fresh = await context.newPage();
    await fresh.goto(server.url + '/');
    const order: string[] = [];
    for (let k = 0; k < 4; k++) {
      await fresh.keyboard.press('Tab');
      // Run in the browser, given as text: this file knows no DOM types.
      order.push(await fresh.evaluate<string>('document.activeElement.id || document.activeElement.className'));
    }
    await fresh.close();
    expect(order).toEqual(['skip', 'language', 'file', 'from']);
    await page.focus('#language');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#metadata-heading')).toBe('Fill in or correct metadata');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
  });

  it('passes axe-core with no violations, and the CSP was never violated', async () => {
    // Evaluated through the DevTools protocol: the page's CSP (no inline script) stays as served.
    await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate<string[]>(`axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
      .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
    expect(violations).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
