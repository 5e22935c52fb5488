/**
 * Every widget in every UI language, on the bundled CINVU dataset: no English UI string leaks into another
 * language, no `{placeholder}` is left unfilled, no message key or `undefined` stands where a string should,
 * numbers use the language's digits in the widget and in its SVG export (and the digits a `-u-nu-` extension
 * asks for: `ur-u-nu-arabext`), and
 * right-to-left languages (Persian, Arabic, Urdu) mirror the frame and the menu; a right-to-left page in a language
 * netreach does not write (Hebrew, Pashto: English words) does not.
 */
import { LANGUAGES } from '../helpers/all-languages.js';
import { expect, fixture } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { catalogOf, type Message } from '../../src/core/i18n.js';
import { withinParentheses } from '../../src/core/aggregate.js';
import { CINVU } from '../../src/generated/cinvu.js';
import type { Dataset } from '../../src/core/types.js';

/** Each widget as a page would paste it; the member table twice, as CINVU's members carry no figures. */
const WIDGETS: [name: string, attributes: string][] = [
  ['stat', ''],
  ['map', ''],
  ['bars', ''],
  ['regions', ''],
  ['trend', ''],
  ['table', ''],
  ['table', 'of="regions"'],
  ['dashboard', ''],
];
const RTL = new Set(['fa', 'ar', 'ur']);
/** The digits each language's numbers are written in (Urdu: Latin, as in Pakistan; see numberLocale()). */
const DIGITS: Record<string, RegExp> = { fa: /^[۰-۹]+$/, ar: /^[٠-٩]+$/, bn: /^[০-৯]+$/, 'ur-u-nu-arabext': /^[۰-۹]+$/ };
/** Tags beyond the thirteen languages: Urdu with Urdu digits, as `-u-nu-` asks, everywhere a number is written. */
const VARIANTS = ['ur-u-nu-arabext'];
/** Message keys that are not words (camelCase): shown as text, a string was missing. */
const KEYS = Object.keys(catalogOf('en')!).filter((key) => /[a-z][A-Z]/.test(key));
/** What a missing value prints as when it is turned into text. */
const MISSING_VALUE = /(?<!\p{L})(?:undefined|null|NaN|\[object Object\])(?!\p{L})/u;
const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder'];

/** Every text a reader or a screen reader meets: text nodes and labelling attributes, through shadow roots. */
function readable(root: Node, into: string[] = []): string[] {
  if (root.nodeType === Node.TEXT_NODE) {
    into.push(root.nodeValue ?? '');
    return into;
  }
  if (root instanceof Element) {
    if (root.localName === 'style' || root.localName === 'script') return into;
    for (const name of ATTRIBUTES) if (root.hasAttribute(name)) into.push(root.getAttribute(name)!);
    if (root.shadowRoot) readable(root.shadowRoot, into);
  }
  for (const child of root.childNodes) readable(child, into);
  return into;
}

/** Strings the dataset supplies (network, region, metric, university and source names): English is theirs to choose. */
const dataset = CINVU as Dataset;
const DATA_STRINGS = [
  dataset.network.name,
  dataset.network.shortName,
  ...dataset.regions.map((region) => region.name),
  ...(dataset.metrics ?? []).map((metric) => metric.label),
  ...(dataset.universities ?? []).flatMap((university) => [university.name, university.city]),
  ...dataset.sources.flatMap((source) => [source.title, source.publisher, source.date]),
  // A publisher as a note cites it inside its own parentheses.
  ...dataset.sources.map((source) => source.publisher && withinParentheses(source.publisher)),
]
  .filter((text): text is string => typeof text === 'string' && text.length > 0)
  .sort((a, b) => b.length - a.length);

const textsOf = (message: Message) => (typeof message === 'string' ? [message] : Object.values(message));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** English wording that must not appear in `language`: the literal parts of English messages it translates otherwise. */
function englishLeaks(language: string): RegExp[] {
  const own = Object.values(catalogOf(language)!).flatMap(textsOf).join('\n');
  const fragments = new Set(
    Object.values(catalogOf('en')!)
      .flatMap(textsOf)
      .flatMap((text) => text.split(/\{\w+\}/))
      .map((fragment) => fragment.trim())
      .filter((fragment) => (fragment.match(/[A-Za-z]/g) ?? []).length >= 3 && !own.includes(fragment)),
  );
  return [...fragments].map((fragment) => new RegExp(`(?<!\\p{L})${escape(fragment)}(?!\\p{L})`, 'u'));
}

async function render(name: string, attributes: string, language: string): Promise<NetreachElement> {
  const tag = unsafeStatic(`netreach-${name}`);
  const width = name === 'dashboard' ? 1200 : 640;
  const wrapper = await fixture<HTMLDivElement>(
    staticHtml`<div style=${`width: ${width}px`}><${tag} lang=${language} ${unsafeStatic(attributes)}></${tag}></div>`,
  );
  const el = wrapper.firstElementChild as NetreachElement;
  await waitUntil(
    () => el.state === 'ready',
    () => `${name} in ${language} never became ready (was ${el.state})`,
  );
  await el.updateComplete;
  if (name === 'dashboard') {
    const parts = () => [...el.shadowRoot!.querySelectorAll<NetreachElement>('*')].filter((each) => each.localName.startsWith('netreach-'));
    await waitUntil(() => parts().length > 0 && parts().every((part) => part.state === 'ready'), 'the parts never became ready');
    await Promise.all(parts().map((part) => part.updateComplete));
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return el;
}

/**
 * The widget's text, its menu's and the map's own table's too. (The menu's "View data" is left shut: it shows
 * the CSV's rows, whose column names and values are identifiers, not UI strings.)
 */
async function everyText(el: NetreachElement): Promise<string> {
  const texts = readable(el);
  const menuButton = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="menu-button"]');
  if (menuButton) {
    menuButton.click();
    await el.updateComplete;
    texts.push(...readable(el.shadowRoot!.querySelector('[part~="menu"]')!));
    menuButton.click();
    await el.updateComplete;
  }
  const tableToggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]');
  if (tableToggle) {
    tableToggle.click();
    await el.updateComplete;
    texts.push(...readable(el.shadowRoot!.querySelector('table')!));
  }
  return texts.join('\n');
}

describe('every widget in every language', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('covers the thirteen UI languages', () => {
    expect(LANGUAGES).to.have.length(13);
  });

  for (const language of [...LANGUAGES, ...VARIANTS]) {
    const base = language.split('-')[0]!;
    const leaks = base === 'en' ? [] : englishLeaks(base);
    for (const [name, attributes] of WIDGETS) {
      it(`<netreach-${name} lang="${language}"${attributes ? ` ${attributes}` : ''}>`, async function () {
        this.timeout(20_000);
        const el = await render(name, attributes, language);
        const text = await everyText(el);
        expect(text.match(/\{\w+\}/)?.[0], 'an unfilled placeholder').to.equal(undefined);
        expect(text.match(MISSING_VALUE)?.[0], 'a missing value').to.equal(undefined);
        const key = KEYS.find((each) => new RegExp(`(?<!\\p{L})${each}(?!\\p{L})`, 'u').test(text));
        expect(key, 'a message key instead of its string').to.equal(undefined);
        const uiText = DATA_STRINGS.reduce((rest, data) => rest.split(data).join('\n'), text);
        for (const leak of leaks) {
          const found = uiText.match(leak);
          expect(
            found?.[0],
            `English in ${language}: …${found ? uiText.slice(Math.max(0, found.index! - 80), found.index! + 80) : ''}…`,
          ).to.equal(undefined);
        }
        const digits = uiText.match(/\p{Nd}+/gu) ?? [];
        if (name !== 'table' || attributes) expect(digits.length, 'numbers').to.be.greaterThan(0);
        for (const number of digits) expect(number, `a number in ${language}`).to.match(DIGITS[language] ?? /^[0-9]+$/);

        // The exported image writes its numbers as the widget does.
        const exported = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml').documentElement.textContent ?? '';
        const exportedUi = DATA_STRINGS.reduce((rest, data) => rest.split(data).join('\n'), exported);
        const exportedDigits = exportedUi.match(/\p{Nd}+/gu) ?? [];
        // (The map's export is the map and its title: CINVU's map colours by region and writes no number.)
        // (Nor does CINVU's member table, whose members carry no figures.)
        if (name !== 'map' && (name !== 'table' || attributes))
          expect(exportedDigits.length, 'numbers in the exported SVG').to.be.greaterThan(0);
        for (const number of exportedDigits)
          expect(number, `a number in ${language}'s SVG export`).to.match(DIGITS[language] ?? /^[0-9]+$/);

        const frame = el.shadowRoot!.querySelector('[part="frame"]')!;
        expect(frame.getAttribute('dir')).to.equal(RTL.has(base) ? 'rtl' : 'ltr');
        const menuButton = el.shadowRoot!.querySelector('[part~="menu-button"]');
        if (menuButton) {
          // The menu sits at the inline end: top right, or top left right to left.
          const box = el.getBoundingClientRect();
          const button = menuButton.getBoundingClientRect();
          const middle = box.left + box.width / 2;
          expect(RTL.has(base) ? button.right < middle : button.left > middle, 'menu button at the inline end').to.equal(true);
        }
      });
    }
  }
});

describe('a page in a language netreach does not write', () => {
  // Hebrew, Pashto, Dhivehi and Sorani are written right to left, but netreach shows them English words; Malay and
  // Azerbaijani in Arabic letters get the Latin-letter strings. Laid out right to left, they read ".The sources give
  // only…" and "+30M".
  for (const language of ['he', 'ps', 'dv', 'ckb', 'ms-Arab', 'az-Arab-IR']) {
    it(`<netreach-stat lang="${language}"> lays out its words left to right`, async () => {
      const el = await render('stat', 'metric="virtual-students"', language);
      const frame = el.shadowRoot!.querySelector('[part="frame"]')!;
      expect([frame.getAttribute('dir'), getComputedStyle(frame).direction]).to.deep.equal(['ltr', 'ltr']);
    });
  }
});

describe('the source line in both directions', () => {
  // CINVU's map cites four sources, named in English but for the Iranian library's article, whose publisher a
  // Persian page names as the article does: right to left, they follow one another from the right.
  for (const language of ['fa', 'en']) {
    it(`orders the sources as ${language} reads, on the page and in the file`, async () => {
      const el = await render('map', '', language);
      const items = [...el.shadowRoot!.querySelectorAll('[part="source"] .sources > :is(a, span)')];
      expect(items.length).to.be.at.least(2);
      const [first, second] = items.map((item) => item.getBoundingClientRect());
      if (language === 'fa') expect(first!.left, 'the first source right of the second').to.be.above(second!.left);
      else expect(first!.left, 'the first source left of the second').to.be.below(second!.left);

      const file = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml').documentElement;
      const svg = document.body.appendChild(document.importNode(file, true));
      try {
        const line = [...svg.querySelectorAll('text')].find((text) => text.textContent!.includes(items[1]!.textContent!.slice(0, 12)))!;
        const chars = [...line.textContent!];
        const at = (label: string) => line.getExtentOfChar(chars.join('').indexOf(label.slice(0, 5))).x;
        const [a, b] = [items[0]!.textContent!, items[1]!.textContent!];
        if (language === 'fa') expect(at(a), 'in the file, the first source right of the second').to.be.above(at(b));
        else expect(at(a), 'in the file, the first source left of the second').to.be.below(at(b));
      } finally {
        svg.remove();
      }
    });
  }
});

describe('a source’s publisher in the reader’s language', () => {
  // The article of 18 November 2020 names its publisher «روابط عمومی سازمان اسناد و کتابخانه ملی» (`publishers.fa`);
  // "National Library and Archives of Iran (Public Relations)" is the dataset's English for it.
  const persian = 'روابط عمومی سازمان اسناد و کتابخانه ملی';
  const english = 'National Library and Archives of Iran (Public Relations)';
  for (const [language, shown, hidden] of [
    ['fa', persian, english],
    ['en', english, persian],
    ['ar', english, persian],
  ]) {
    it(`names it ${language === 'fa' ? 'in Persian' : 'in English'} on a ${language} map, on the page and in the file`, async () => {
      const el = await render('map', '', language!);
      const names = [...el.shadowRoot!.querySelectorAll('[part="source"] .sources > :is(a, span)')].map((item) => item.textContent);
      expect(names).to.include(shown);
      expect(names).not.to.include(hidden);
      const file = await el.toSVG();
      expect(file.includes(shown!), `the file names ${shown}`).to.equal(true);
      expect(file.includes(hidden!), `the file does not name ${hidden}`).to.equal(false);
    });
  }
});

/** The text right after `node` in the document's order (past Lit's markers, out of a wrapping run). */
function textAfter(node: Node): Text {
  for (let at: Node | null = node; at; at = at.parentNode) {
    for (let next = at.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === Node.TEXT_NODE && next.textContent!.trim()) return next as Text;
      if (next.nodeType === Node.ELEMENT_NODE) throw new Error(`an element, not text, after ${node.textContent}`);
    }
  }
  throw new Error(`nothing after ${node.textContent}`);
}

/**
 * Each line of a name that wraps ends at the right-to-left paragraph's right edge, as the paragraph's own lines do
 * (left-aligned in its box, an English name's lines stood indented from it: "(Public Relations)" 120 px short of
 * it), but its last: that one ends against what follows the name (the separator, "و", a full stop), which stood a
 * box's width away at the line's other end when that line too was flush right.
 */
function expectFlushRight(name: Element, paragraph: Element): void {
  const range = document.createRange();
  range.selectNodeContents(name);
  const edge = paragraph.getBoundingClientRect().right - parseFloat(getComputedStyle(paragraph).paddingRight);
  const lines = [...range.getClientRects()].filter((line) => line.width > 0);
  expect(lines.length, name.textContent!).to.be.above(1);
  for (const line of lines.slice(0, -1)) expect(line.right, `a line of ${name.textContent}`).to.be.closeTo(edge, 1.5);
  const last = lines.at(-1)!;
  const after = textAfter(name);
  const mark = document.createRange();
  const at = after.textContent!.search(/\S/);
  mark.setStart(after, at);
  mark.setEnd(after, at + 1);
  const box = mark.getBoundingClientRect();
  expect(box.bottom, `"${after.textContent![at]}" on the last line of ${name.textContent}`).to.be.closeTo(last.bottom, 2);
  expect(last.left - box.right, `"${after.textContent![at]}" against the last line of ${name.textContent}`).to.be.within(
    -0.5,
    parseFloat(getComputedStyle(paragraph).fontSize) * 0.4,
  );
}

/**
 * A narrow Persian trend of CINVU's data as it would be if the dataset gave the Iranian library's publisher in
 * English only (as most datasets give their publishers): "National Library and Archives of Iran (Public Relations)"
 * is longer than a line. (CINVU gives that publisher's Persian name, which a Persian page shows.)
 */
async function narrowPersianTrend(): Promise<NetreachElement> {
  const data = structuredClone(CINVU) as { sources: { id: string; publishers?: unknown }[] };
  for (const source of data.sources) delete source.publishers;
  const wrapper = await fixture<HTMLDivElement>(staticHtml`<div style="width: 300px"><netreach-trend lang="fa"></netreach-trend></div>`);
  const el = wrapper.firstElementChild as NetreachElement & { data: unknown };
  el.data = data;
  await waitUntil(() => el.state === 'ready', 'the trend never became ready');
  await el.updateComplete;
  return el;
}

describe('a long source name right to left', () => {
  it('keeps each source whole, read left to right with its brackets, and its separator after it', async () => {
    const el = await narrowPersianTrend();
    const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="source"] .sources > :is(a, span)')];
    expect(items.length).to.equal(2);
    const charBox = (node: Node, index: number) => {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return range.getBoundingClientRect();
    };
    for (const item of items) {
      expect(getComputedStyle(item).display).to.equal('inline-block');
      expect(getComputedStyle(item).unicodeBidi).to.equal('plaintext');
      // One box, however many lines: not its first half ending one line and its second beginning the next.
      expect(item.getClientRects()).to.have.length(1);
      const text = item.firstChild!;
      const label = text.textContent!;
      // Its closing bracket right of the word it closes: the name is laid out left to right.
      const close = label.lastIndexOf(')');
      expect(charBox(text, close).left, label).to.be.at.least(charBox(text, close - 1).right - 0.5);
    }
    const wide = items.find((item) => item.textContent!.startsWith('National Library'))!;
    expect(wide.getBoundingClientRect().height, 'the long name wraps in its own box').to.be.above(
      parseFloat(getComputedStyle(wide).lineHeight) * 1.5,
    );
    expectFlushRight(wide, wide.closest('.sources')!);
    // The separator ends the line the name ends on, rather than beginning the next.
    const separator = items[0]!.nextSibling!;
    expect(separator.textContent!.startsWith('\u061b')).to.equal(true);
    const mark = charBox(separator, 0);
    const first = items[0]!.getBoundingClientRect();
    expect(mark.bottom, 'the separator on the first name’s last line').to.be.at.most(first.bottom + 1);
    expect(mark.right, 'the separator left of the first name').to.be.at.most(first.left + 1);
  });

  it('keeps a note’s source names whole too, each with its brackets, the punctuation after it on its last line', async () => {
    const el = await narrowPersianTrend();
    const note = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="note"]')].find((each) => each.querySelector('bdi'))!;
    // The scene's note, each isolated name a <bdi> instead of its isolate's two controls.
    expect(el.notes.map((each) => each.replace(/[\u2068\u2069]/g, ''))).to.include(note.textContent);
    const names = [...note.querySelectorAll('bdi')];
    expect(names.map((name) => name.textContent!.replace(/[\u2066-\u2069]/g, ''))).to.deep.equal([
      '(National Library and Archives of Iran [Public Relations])',
      '(CINVU [Public Relations])',
    ]);
    for (const name of names) {
      expect(getComputedStyle(name).direction, 'its own direction, from its first letter').to.equal('ltr');
      expect(getComputedStyle(name).display).to.equal('inline-block');
      expect(name.getClientRects()).to.have.length(1);
    }
    expect(names[0]!.getBoundingClientRect().height, 'the long name wraps in its own box').to.be.above(
      parseFloat(getComputedStyle(names[0]!).lineHeight) * 1.5,
    );
    expectFlushRight(names[0]!, note);
    let stop = names[1]!.nextSibling!;
    while (stop.nodeType !== Node.TEXT_NODE) stop = stop.nextSibling!; // past Lit's marker
    expect(stop.textContent).to.equal('.');
    const range = document.createRange();
    range.selectNodeContents(stop);
    const mark = range.getBoundingClientRect();
    const last = names[1]!.getBoundingClientRect();
    expect(mark.bottom, 'the full stop on the name’s last line').to.be.at.most(last.bottom + 1);
    expect(mark.right, 'the full stop left of the name').to.be.at.most(last.left + 1);
  });

  // A note's name followed by its punctuation (the trend's "computed from two figures", CINVU's publisher then "."),
  // long enough to wrap in a 200 px Persian trend: an English one, and a Persian one with Latin letters in it, which
  // the sentence isolates too (a right-to-left name: its last line at the right, its last word at that line's left).
  for (const [kind, publisher] of [
    ['an English', 'Public Relations of the COMSTECH Inter-Islamic Network on Virtual Universities'],
    ['a Persian', 'روابط عمومی شبکه دانشگاه‌های مجازی جهان اسلام وابسته به کمیته COMSTECH'],
  ] as const) {
    it(`ends ${kind} name that wraps in a note with its punctuation against its last line (200 px)`, async () => {
      const data = structuredClone(CINVU) as { sources: { id: string; publisher: string; publishers?: unknown }[] };
      for (const source of data.sources) delete source.publishers;
      data.sources.find((source) => source.id === 'cinvu-2021-10-20')!.publisher = publisher;
      const wrapper = await fixture<HTMLDivElement>(
        staticHtml`<div style="width: 200px"><netreach-trend lang="fa"></netreach-trend></div>`,
      );
      const el = wrapper.firstElementChild as NetreachElement & { data: unknown };
      el.data = data;
      await waitUntil(() => el.state === 'ready', 'the trend never became ready');
      await el.updateComplete;
      const note = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="note"]')].find((each) =>
        each.textContent!.includes(publisher),
      )!;
      const name = [...note.querySelectorAll('bdi')].find((each) => each.textContent!.includes(publisher))!;
      expect(getComputedStyle(name).direction, 'its own direction').to.equal(kind === 'an English' ? 'ltr' : 'rtl');
      // The name's own characters (its brackets included), then the first one after them: the full stop.
      const text = name.firstChild as Text;
      const end = text.textContent!.indexOf(publisher) + publisher.length + 1;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, end);
      // Its lines, each the extent of its boxes (the Latin acronym and a bracket are boxes of their own).
      const lines: { left: number; right: number; bottom: number }[] = [];
      for (const box of [...range.getClientRects()].filter((each) => each.width > 0)) {
        const line = lines.find((each) => Math.abs(each.bottom - box.bottom) < 2);
        if (line) Object.assign(line, { left: Math.min(line.left, box.left), right: Math.max(line.right, box.right) });
        else lines.push({ left: box.left, right: box.right, bottom: box.bottom });
      }
      expect(lines.length, `${publisher} wraps`).to.be.above(1);
      const last = lines.reduce((lowest, line) => (line.bottom > lowest.bottom ? line : lowest));
      const after = note.textContent!.slice(note.textContent!.indexOf(publisher) + publisher.length + 1);
      expect(after.startsWith('.'), `"${after.slice(0, 5)}" after the name`).to.equal(true);
      const walker = document.createTreeWalker(note, NodeFilter.SHOW_TEXT);
      let mark: DOMRect | undefined;
      let seen = 0;
      const at = note.textContent!.indexOf(publisher) + publisher.length + 1;
      for (let node = walker.nextNode() as Text | null; node && !mark; node = walker.nextNode() as Text | null) {
        if (seen + node.length > at) {
          const stop = document.createRange();
          stop.setStart(node, at - seen);
          stop.setEnd(node, at - seen + 1);
          mark = stop.getBoundingClientRect();
        }
        seen += node.length;
      }
      // A Persian name's lines, its last too, where a Persian line begins, as the source line's Persian names'.
      const edge = note.getBoundingClientRect().right;
      if (kind === 'a Persian') for (const line of lines) expect(line.right, 'a line of the name').to.be.closeTo(edge, 1.5);
      // On the name's last line, against its left end (where a Persian name's last word is, and where an English
      // one's last line meets the sentence, as on one line), not alone at the box's other side.
      expect(mark!.bottom, 'the full stop on the name’s last line').to.be.closeTo(last.bottom, 2);
      expect(last.left - mark!.right, `the full stop against the name's last line (${mark!.right} → ${last.left})`).to.be.within(
        -0.5,
        parseFloat(getComputedStyle(note).fontSize) * 0.4,
      );
    });
  }

  it('keeps every line of a Persian name that wraps where a Persian line begins, its last too', async () => {
    const persian = 'کتابخانه ملی و مرکز اسناد جمهوری اسلامی ایران، روابط عمومی';
    const data = {
      version: 1,
      network: { id: 'n', name: 'Net' },
      regions: [{ id: 'a', name: 'Alpha' }],
      metrics: [{ id: 'unis', label: 'Universities' }],
      members: [{ country: 'IRN', region: 'a', values: { unis: 10 } }],
      // Two years from two sources: the trend cites both, the earlier first.
      totals: [
        { metric: 'unis', year: 2019, value: 8, source: 'fa' },
        { metric: 'unis', year: 2020, value: 10, source: 'en' },
      ],
      sources: [
        { id: 'fa', title: 'گزارش', publisher: persian },
        { id: 'en', title: 'Report', publisher: 'National Library and Archives of Iran (Public Relations)' },
      ],
    };
    const wrapper = await fixture<HTMLDivElement>(
      staticHtml`<div style="width: 300px"><netreach-trend lang="fa" metric="unis"></netreach-trend></div>`,
    );
    const el = wrapper.firstElementChild as NetreachElement & { data: unknown };
    el.data = data;
    await waitUntil(() => el.state === 'ready', 'the trend never became ready');
    await el.updateComplete;
    const [name, english] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="source"] .sources > :is(a, span)')];
    expect([name!.textContent, english!.textContent]).to.deep.equal([persian, data.sources[1]!.publisher]);
    const range = document.createRange();
    range.selectNodeContents(name!);
    const lines = [...range.getClientRects()].filter((line) => line.width > 0);
    expect(lines.length, 'the Persian name wraps').to.be.above(1);
    expect(name!.nextSibling!.textContent!.startsWith('\u061b'), 'a separator follows it').to.equal(true);
    // Each of its lines, the last too, begins at the right, as the paragraph's own lines do.
    const edge = name!.getBoundingClientRect().right;
    for (const line of lines) expect(line.right).to.be.closeTo(edge, 1);
  });

  // In a 200 px Persian sidebar the regions' Persian publishers wrap: "؛" stood alone at the line's far left, after
  // the name's box, its last words ("و کتابخانه ملی") at the box's right.
  it('ends a Persian name that wraps with its separator against its last word (the regions in a 200 px sidebar)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      staticHtml`<div style="width: 200px"><netreach-regions lang="fa"></netreach-regions></div>`,
    );
    const el = wrapper.firstElementChild as NetreachElement;
    await waitUntil(() => el.state === 'ready', 'the regions never became ready');
    await el.updateComplete;
    const sources = el.shadowRoot!.querySelector('[part="source"] .sources')!;
    const wrapped = [...sources.querySelectorAll('[title]')].filter((name) => {
      const range = document.createRange();
      range.selectNodeContents(name);
      return [...range.getClientRects()].filter((line) => line.width > 0).length > 1;
    });
    const separated = (name: Element) => {
      try {
        return textAfter(name).textContent!.trim().startsWith('\u061b');
      } catch {
        return false; // the last name: nothing follows it
      }
    };
    const persian = wrapped.filter((name) => /^[\u0600-\u06ff]/.test(name.textContent!) && separated(name));
    expect(persian.length, 'a Persian name that wraps, a separator after it').to.be.above(0);
    for (const name of persian) expectFlushRight(name, sources);
  });

  // In a 220 px Persian or Arabic KPI tile "Azerbaijan State Oil and Industry University (news)" (Silk Road) and
  // "Al-Mustafa International University" are longer than what the heading leaves of a line.
  for (const [lang, dataset] of [
    ['fa', 'silk-road'],
    ['ar', 'al-mustafa'],
  ]) {
    it(`begins the first source on the heading's line, its lines beside the heading (${lang}, ${dataset})`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        staticHtml`<div style="width: 220px"><netreach-stat lang=${lang} dataset=${dataset}></netreach-stat></div>`,
      );
      const el = wrapper.firstElementChild as NetreachElement;
      await waitUntil(() => el.state === 'ready', 'the tile never became ready');
      await el.updateComplete;
      const line = el.shadowRoot!.querySelector('[part="source"]')!;
      const heading = document.createRange();
      heading.selectNodeContents([...line.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!);
      const label = heading.getBoundingClientRect();
      const [name] = el.shadowRoot!.querySelectorAll<HTMLElement>('[part="source"] .sources > :is(a, span)');
      const range = document.createRange();
      range.selectNodeContents(name!);
      const lines = [...range.getClientRects()].filter((box) => box.width > 0);
      expect(lines.length, `${name!.textContent} wraps`).to.be.above(1);
      expect(lines[0]!.top, `${line.textContent}: the first line`).to.be.closeTo(label.top, 2);
      for (const box of lines) expect(box.right, `a line of ${name!.textContent}`).to.be.at.most(label.left + 0.5);
      expect(line.getBoundingClientRect().right - label.right, 'the heading at the right').to.be.below(1);
    });
  }

  // Isolated only where a name needs it: without any right-to-left text in the line the isolates change nothing on
  // screen, and the browser laid every such line out as bidi text (most of the source line's layout on a page of
  // 100 maps, docs/PERFORMANCE.md).
  it('leaves the sources inline left to right, not isolated where no name has right-to-left text, and notes without isolates plain text', async () => {
    const el = await render('trend', '', 'en');
    const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="source"] .sources > :is(a, span)')];
    expect(items.length).to.be.above(1);
    for (const item of items) {
      expect(getComputedStyle(item).display).to.equal('inline');
      expect(getComputedStyle(item).unicodeBidi, item.textContent!).to.equal('normal');
    }
    const notes = [...el.shadowRoot!.querySelectorAll('[part="note"]')];
    expect(notes.length).to.be.above(0);
    expect(notes.every((note) => note.children.length === 0)).to.equal(true);
  });

  it('isolates every source left to right where one name has right-to-left text, each read in its own direction', async () => {
    const data = structuredClone(CINVU) as { sources: { title: string; publisher?: string; publishers?: unknown }[] };
    // The first source named in Persian only, its name ending in a Latin acronym: isolated, the acronym stays at the
    // name's left end, beside the separator, rather than joining the next name's run.
    delete data.sources[0]!.publishers;
    data.sources[0]!.publisher = 'کتابخانه ملی (NLAI)';
    const wrapper = await fixture<HTMLDivElement>(staticHtml`<div style="width: 640px"><netreach-trend lang="en"></netreach-trend></div>`);
    const el = wrapper.firstElementChild as NetreachElement & { data: unknown };
    el.data = data;
    await waitUntil(() => el.state === 'ready', 'the trend never became ready');
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="source"] .sources > :is(a, span)')];
    expect(items.map((item) => item.textContent)).to.include('کتابخانه ملی (NLAI)');
    for (const item of items) {
      // The right-to-left name a box of its own (s40-6: at a line's end it went on at the next line's other end, read
      // in two pieces), the left-to-right names inline.
      const persian = item.textContent === 'کتابخانه ملی (NLAI)';
      expect(getComputedStyle(item).display, item.textContent!).to.equal(persian ? 'inline-block' : 'inline');
      expect(getComputedStyle(item).unicodeBidi, item.textContent!).to.equal('plaintext');
    }
  });
});

describe('the source line’s separator', () => {
  // Persian, Arabic and Urdu separate the publishers with the Arabic semicolon, French with " ; " (a narrow no-break
  // space before it), Chinese with "；"; the heading's colon is French's " : " (a no-break space before it) and
  // Chinese "：". On the page and in the file.
  for (const [language, separator, colon] of [
    ['fa', '\u061b ', ': '],
    ['ar', '\u061b ', ': '],
    ['ur', '\u061b ', ': '],
    ['en', '; ', ': '],
    ['fr', '\u202f; ', '\u00a0: '],
    ['zh', '\uff1b', '\uff1a'],
  ] as const) {
    it(`is "${separator.trim()}" after "${colon.trim()}" in ${language}`, async () => {
      const el = await render('map', '', language);
      const line = el.shadowRoot!.querySelector('[part="source"]')!.textContent!;
      const others = ['\u061b', ';'].filter((other) => !separator.includes(other));
      expect(line.split(separator).length, line).to.equal(
        el.shadowRoot!.querySelectorAll('[part="source"] .sources > :is(a, span)').length,
      );
      for (const other of others) expect(line).not.to.contain(other);
      const heading = line.slice(0, line.indexOf(colon));
      expect(heading, line).to.not.equal('');
      expect(heading).to.not.match(/[:\uff1a]/);
      const file = await el.toSVG();
      expect(file).to.contain(heading + colon);
      expect(file).to.contain(separator.trimEnd());
      for (const other of others) expect(file.replace(/&#39;|&amp;|&lt;|&gt;|&quot;/g, '')).not.to.contain(other);
    });
  }
});

describe('the source line’s dates', () => {
  // A source's title and date show on hover: the date in the reader's words and digits, as the dashboard's list and
  // About this data give it, never the dataset's ISO date.
  for (const [language, date] of [
    ['en', 'October 20, 2021'],
    ['fa', '۲۰ اکتبر ۲۰۲۱'],
    ['ar', '٢٠ أكتوبر ٢٠٢١'],
  ] as const) {
    it(`says "${date}" in ${language}`, async () => {
      const el = await render('map', '', language);
      const titles = [...el.shadowRoot!.querySelectorAll('[part="source"] .sources > [title]')].map((each) => each.getAttribute('title')!);
      const cinvu = titles.find((title) => title.startsWith('The Secretary General of CINVU'));
      expect(cinvu, titles.join('\n')).to.equal(
        `The Secretary General of CINVU met with the heads of universities of Islamic countries (${date})`,
      );
      expect(titles.join(' ')).not.to.match(/\d{4}-\d\d-\d\d/);
    });
  }
});

describe('an English source name inside a right-to-left note', () => {
  // The trend's "computed from two figures" note with the default data on a 320-pixel Persian or Arabic page: the
  // name's characters, its brackets and the note's around it, left to right in the order they are written. Laid out
  // in the sentence's direction (no isolate), the note's "(" stood right of "]" and its ")" left of "CINVU", each
  // drawn mirrored, which a screenshot does not show; these positions do (s41-11).
  for (const language of ['fa', 'ar']) {
    it(`draws "(CINVU [Public Relations])" left to right in a ${language} note at 320 px`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        staticHtml`<div style="width: 320px"><netreach-trend lang=${language}></netreach-trend></div>`,
      );
      const el = wrapper.firstElementChild as NetreachElement;
      await waitUntil(() => el.state === 'ready', 'the trend never became ready');
      await el.updateComplete;
      const name = '(CINVU [Public Relations])';
      const note = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="note"]')].find((each) => each.textContent!.includes(name));
      expect(!!note, 'a note citing CINVU').to.equal(true);
      const walker = document.createTreeWalker(note!, NodeFilter.SHOW_TEXT);
      let text: Text | undefined;
      while (walker.nextNode()) if ((walker.currentNode as Text).data.includes(name)) text = walker.currentNode as Text;
      expect(!!text, 'the name with its brackets in one text').to.equal(true);
      const start = text!.data.indexOf(name);
      const boxes = [...name].map((_, index) => {
        const range = document.createRange();
        range.setStart(text!, start + index);
        range.setEnd(text!, start + index + 1);
        return range.getBoundingClientRect();
      });
      // It fits on one line (about 145 px).
      expect(new Set(boxes.map((box) => Math.round(box.top))).size, 'the name on one line').to.equal(1);
      const order = boxes.map((box, index) => ({ char: name[index], left: Math.round(box.left) }));
      for (let index = 1; index < boxes.length; index += 1) {
        expect(boxes[index]!.left, `"${name[index]}" right of "${name[index - 1]}": ${JSON.stringify(order)}`).to.be.at.least(
          boxes[index - 1]!.right - 0.5,
        );
      }
    });
  }
});
