/**
 * The page of `kamerbrief serve`: plain TypeScript, no framework. A letter dropped or chosen
 * is sent to /api/inspect; the answer is shown as the letter recognised, its source lines
 * marked by what they became, and its diagnostics linked to those lines. The metadata form
 * sends the same file again with the fields filled in; downloads and previews ask the API.
 */

type Lang = 'nl' | 'en';
type Strings = Record<string, string>;

const STRINGS: Record<Lang, Strings> = {
  nl: {
    skip: 'Naar de inhoud', tagline: 'Antwoordbrieven op Kamervragen lezen, controleren en omzetten', switchTo: 'English',
    chooseHeading: 'Brief kiezen', dropHint: 'Sleep een brief hierheen of kies een bestand (PDF, DOCX, Markdown, tekst, JSON, AKN- of OP-XML).',
    fileLabel: 'Bestand', fromLabel: 'Formaat', fromAuto: 'uit de bestandsnaam', fromText: 'tekst',
    letterHeading: 'Herkende brief', sourceHeading: 'Brontekst',
    sourceLegend: 'Elke regel is gemarkeerd met wat ze werd: vraag, antwoord, noot; weggelaten paginaopmaak is doorgestreept; ⤴ is een alinea samengevoegd over een paginagrens.',
    diagnosticsHeading: 'Meldingen', metadataHeading: 'Metadata aanvullen of verbeteren', date: 'Datum', dateHint: 'als 2024-07-25 of 25 juli 2024',
    reference: 'Kenmerk', subject: 'Onderwerp', chamber: 'Kamer', kind: 'Soort', unchanged: 'ongewijzigd', tk: 'Tweede Kamer', ek: 'Eerste Kamer',
    answerLetter: 'antwoordbrief', notice: 'uitstelbericht', reconvert: 'Opnieuw omzetten', downloadsHeading: 'Downloaden',
    previewHeading: "Voorbeeld van de pagina's", previewPdf: "PDF-pagina's tonen", previewDocx: "DOCX-pagina's tonen",
    reading: 'Bezig met lezen van {name}…', read: '{name} gelezen: {q} vragen, {a} antwoorden.', notALetter: '{name}: geen brief gelezen: {error}',
    failed: 'Mislukt: {error}', downloading: '{name} wordt gemaakt…', downloaded: '{name} gedownload.', drawing: "Pagina's worden getekend…",
    drawn: "{n} pagina's getekend.", page: 'Pagina {n} ({format})', allFormats: 'Alle formaten (ZIP)', download: '{format} downloaden',
    questions: 'Vragen', answers: 'Antwoorden', footnotes: 'Voetnoten', sections: 'Onderdelen', question: 'Vraag', answer: 'Antwoord op',
    noDiagnostics: 'Geen meldingen.', line: 'regel {n}', noSource: 'De brontekst van een {format}-bestand wordt niet regel voor regel getoond.',
    signatory: 'Ondertekend', title: 'Titel', joined: 'samengevoegd over een paginagrens',
    role_head: 'kop', role_title: 'titel', role_heading: 'kop onderdeel', role_question: 'vraag', role_answer: 'antwoord', role_note: 'noot', role_furniture: 'weggelaten', role_blank: '',
    error: 'fout', warning: 'waarschuwing', info: 'opmerking',
  },
  en: {
    skip: 'Skip to content', tagline: 'Read, check and convert answers to parliamentary questions', switchTo: 'Nederlands',
    chooseHeading: 'Choose a letter', dropHint: 'Drop a letter here or choose a file (PDF, DOCX, Markdown, text, JSON, AKN or OP XML).',
    fileLabel: 'File', fromLabel: 'Format', fromAuto: 'from the file name', fromText: 'text',
    letterHeading: 'Letter as recognised', sourceHeading: 'Source text',
    sourceLegend: 'Each line is marked with what it became: question, answer, note; page furniture dropped is struck through; ⤴ is a paragraph joined across a page break.',
    diagnosticsHeading: 'Diagnostics', metadataHeading: 'Fill in or correct metadata', date: 'Date', dateHint: 'as 2024-07-25 or 25 juli 2024',
    reference: 'Reference', subject: 'Subject', chamber: 'Chamber', kind: 'Kind', unchanged: 'unchanged', tk: 'House of Representatives', ek: 'Senate',
    answerLetter: 'answer letter', notice: 'postponement notice', reconvert: 'Convert again', downloadsHeading: 'Downloads',
    previewHeading: 'Page preview', previewPdf: 'Show PDF pages', previewDocx: 'Show DOCX pages',
    reading: 'Reading {name}…', read: '{name} read: {q} questions, {a} answers.', notALetter: '{name}: no letter read: {error}',
    failed: 'Failed: {error}', downloading: 'Making {name}…', downloaded: '{name} downloaded.', drawing: 'Drawing the pages…',
    drawn: '{n} pages drawn.', page: 'Page {n} ({format})', allFormats: 'All formats (ZIP)', download: 'Download {format}',
    questions: 'Questions', answers: 'Answers', footnotes: 'Footnotes', sections: 'Sections', question: 'Question', answer: 'Answer to',
    noDiagnostics: 'No diagnostics.', line: 'line {n}', noSource: 'The source of a {format} file is not shown line by line.',
    signatory: 'Signed', title: 'Title', joined: 'joined across a page break',
    role_head: 'head', role_title: 'title', role_heading: 'section heading', role_question: 'question', role_answer: 'answer', role_note: 'note', role_furniture: 'dropped', role_blank: '',
    error: 'error', warning: 'warning', info: 'note',
  },
};

interface Diagnostic { severity: 'error' | 'warning' | 'info'; message: string; pointer?: string; line?: number }
interface SourceLine { line: number; text: string; role: string; joined?: true; diagnostics?: number[] }
interface Item { type: 'question' | 'answer'; numbers?: string[]; questions?: string[]; body: unknown }
interface Inspection {
  status?: number;
  error?: string;
  format?: string;
  summary?: { kind: string; metadata: Record<string, string | undefined>; signatories: { role?: string; name?: string }[]; title?: string; questions: string[]; answers: string[][]; sections: (string | null)[]; footnotes: number };
  letter?: { questionsAndAnswers?: { sections: { heading?: string; items: Item[] }[] }; footnotes?: { label?: string; id: string; content: unknown }[] };
  source?: SourceLine[];
  diagnostics?: Diagnostic[];
}

let lang: Lang = 'nl';
let file: File | undefined;
let last: Inspection | undefined;
let outputs: string[] = [];

function $(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el;
}

function t(key: string, values: Record<string, string | number> = {}): string {
  return (STRINGS[lang][key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function say(text: string): void {
  $('status').textContent = text;
}

function applyLanguage(): void {
  document.documentElement.lang = lang;
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-t]'))) node.textContent = t(node.dataset.t!);
  const button = $('language');
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  button.textContent = STRINGS[lang].switchTo;
  button.setAttribute('lang', other);
  button.setAttribute('aria-label', STRINGS[lang].switchTo);
  if (last) render(last);
}

/** The file, its format and the metadata fields filled in, as the API takes them. */
function formData(withMetadata: boolean): FormData {
  const data = new FormData();
  data.append('file', file!, file!.name);
  const from = ($('from') as HTMLSelectElement).value;
  if (from) data.append('from', from);
  if (withMetadata) {
    for (const name of ['date', 'reference', 'subject', 'chamber', 'kind']) {
      const value = (document.querySelector<HTMLInputElement | HTMLSelectElement>(`#metadata-form [name="${name}"]`)!).value.trim();
      if (value) data.append(name, value);
    }
  }
  return data;
}

async function inspect(withMetadata: boolean): Promise<void> {
  if (!file) return;
  say(t('reading', { name: file.name }));
  let result: Inspection;
  try {
    const response = await fetch('/api/inspect', { method: 'POST', body: formData(withMetadata) });
    result = (await response.json()) as Inspection;
  } catch (err) {
    say(t('failed', { error: String(err) }));
    return;
  }
  if (!result.diagnostics) {
    say(t('failed', { error: result.error ?? '?' }));
    return;
  }
  last = result;
  render(result);
  say(result.summary ? t('read', { name: file.name, q: result.summary.questions.length, a: result.summary.answers.length }) : t('notALetter', { name: file.name, error: result.error ?? '' }));
}

function render(r: Inspection): void {
  $('result').hidden = false;
  renderLetter(r);
  renderSource(r);
  renderDiagnostics(r.diagnostics ?? []);
  renderDownloads(Boolean(r.summary));
}

function renderLetter(r: Inspection): void {
  const fields = $('fields');
  const counts = $('counts');
  const structure = $('structure');
  fields.replaceChildren();
  counts.replaceChildren();
  structure.replaceChildren();
  const s = r.summary;
  if (!s) return;
  const add = (label: string, value: string | undefined) => {
    if (value) fields.append(el('dt', {}, label), el('dd', {}, value));
  };
  add(t('kind'), s.kind === 'answer-letter' ? t('answerLetter') : t('notice'));
  add(t('chamber'), s.metadata.chamber === 'eerste-kamer' ? t('ek') : s.metadata.chamber === 'tweede-kamer' ? t('tk') : undefined);
  add(t('date'), s.metadata.date);
  add(t('reference'), s.metadata.reference);
  add(t('subject'), s.metadata.subject);
  for (const sig of s.signatories) add(t('signatory'), [sig.role, sig.name].filter(Boolean).join(', '));
  add(t('title'), s.title);
  const count = (id: string, label: string, n: number) => el('span', { class: 'count' }, `${label}: `, el('span', { id }, String(n)), ' · ');
  counts.append(count('count-questions', t('questions'), s.questions.length), count('count-answers', t('answers'), s.answers.length), count('count-sections', t('sections'), s.sections.length), el('span', {}, `${t('footnotes')}: `, el('span', { id: 'count-footnotes' }, String(s.footnotes))));
  for (const section of r.letter?.questionsAndAnswers?.sections ?? []) {
    const part = el('section', { class: 'part' });
    if (section.heading) part.append(el('h3', {}, section.heading));
    for (const item of section.items) {
      const head = item.type === 'question' ? `${t('question')} ${(item.numbers ?? []).join(', ')}` : `${t('answer')} ${(item.questions ?? []).join(', ')}`;
      part.append(el('div', { class: `item ${item.type}` }, el('h4', {}, head), el('p', {}, shorten(plain(item.body), 400))));
    }
    structure.append(part);
  }
  const notes = r.letter?.footnotes ?? [];
  if (notes.length > 0) {
    structure.append(el('h3', {}, t('footnotes')), el('ol', { class: 'footnotes' }, ...notes.map((n) => el('li', {}, `${n.label ?? n.id} ${shorten(plain(n.content), 300)}`))));
  }
}

function renderSource(r: Inspection): void {
  const list = $('lines');
  list.replaceChildren();
  if (!r.source) {
    list.append(el('li', {}, t('noSource', { format: r.format ?? '' })));
    return;
  }
  const nodes = r.source.map((l) => {
    const item = el('li', { id: `L${l.line}`, class: l.role, value: String(l.line) });
    if (l.role !== 'blank') item.append(el('span', { class: 'role' }, t(`role_${l.role}`)));
    if (l.joined) item.append(el('span', { class: 'joined', title: t('joined'), 'aria-label': t('joined') }, '⤴ '));
    item.append(l.role === 'furniture' ? el('del', {}, l.text) : l.text || '\u00a0');
    return item;
  });
  list.append(...nodes);
}

function renderDiagnostics(diagnostics: Diagnostic[]): void {
  const list = $('diagnostic-list');
  list.replaceChildren();
  // Problems first, then the importer's notes on what it changed.
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...diagnostics].sort((a, b) => order[a.severity] - order[b.severity]);
  if (sorted.length === 0) list.append(el('li', {}, t('noDiagnostics')));
  for (const d of sorted) {
    const where = d.line !== undefined && document.getElementById(`L${d.line}`) ? el('a', { href: `#L${d.line}` }, t('line', { n: d.line })) : d.line !== undefined ? t('line', { n: d.line }) : d.pointer ?? '';
    list.append(el('li', { class: d.severity }, `${t(d.severity)}: `, where, where ? ': ' : '', d.message));
  }
}

function renderDownloads(enabled: boolean): void {
  const box = $('download-buttons');
  box.replaceChildren();
  for (const format of [...outputs, 'all']) {
    const button = el('button', { type: 'button', 'data-format': format }, format === 'all' ? t('allFormats') : t('download', { format }));
    (button as HTMLButtonElement).disabled = !enabled;
    button.addEventListener('click', () => void download(format));
    box.append(button);
  }
  for (const id of ['preview-pdf', 'preview-docx']) ($(id) as HTMLButtonElement).disabled = !enabled;
}

async function download(format: string): Promise<void> {
  if (!file) return;
  say(t('downloading', { name: format }));
  const response = await fetch(`/api/convert?to=${encodeURIComponent(format)}`, { method: 'POST', body: formData(true) });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    say(t('failed', { error: body.error ?? String(response.status) }));
    return;
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `brief.${format}`;
  const url = URL.createObjectURL(await response.blob());
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  say(t('downloaded', { name }));
}

async function preview(format: 'pdf' | 'docx'): Promise<void> {
  if (!file) return;
  const pages = $('pages');
  pages.replaceChildren();
  say(t('drawing'));
  const response = await fetch(`/api/preview?format=${format}`, { method: 'POST', body: formData(true) });
  const body = (await response.json()) as { pages?: string[]; error?: string };
  if (!response.ok || !body.pages) {
    say(t('failed', { error: body.error ?? String(response.status) }));
    return;
  }
  body.pages.forEach((src, k) => pages.append(el('img', { src, alt: t('page', { n: k + 1, format: format.toUpperCase() }) })));
  say(t('drawn', { n: body.pages.length }));
}

/** The words of a piece of the model, for a short view of it. */
function plain(node: unknown): string {
  const words: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (typeof o.text === 'string') words.push(o.text);
      for (const [k, v] of Object.entries(o)) if (k !== 'text' && typeof v === 'object') walk(v);
    }
  };
  walk(node);
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

function shorten(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

function choose(chosen: File | undefined): void {
  if (!chosen) return;
  file = chosen;
  ($('metadata-form') as HTMLFormElement).reset();
  void inspect(false);
}

function start(): void {
  $('language').addEventListener('click', () => {
    lang = lang === 'nl' ? 'en' : 'nl';
    applyLanguage();
  });
  const input = $('file') as HTMLInputElement;
  input.addEventListener('change', () => choose(input.files?.[0]));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    choose(e.dataTransfer?.files[0]);
  });
  $('metadata-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void inspect(true);
  });
  $('preview-pdf').addEventListener('click', () => void preview('pdf'));
  $('preview-docx').addEventListener('click', () => void preview('docx'));
  void fetch('/api/formats')
    .then((r) => r.json())
    .then((f: { outputs: { name: string }[] }) => {
      outputs = f.outputs.map((o) => o.name);
      if (last) renderDownloads(Boolean(last.summary));
    });
  applyLanguage();
}

document.addEventListener('DOMContentLoaded', start);
