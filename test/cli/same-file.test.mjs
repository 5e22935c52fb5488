// `netreach render` writes the file a page's `toSVG()` writes (issue 12), across runtimes: the browser tests write
// test/golden/*-file.svg from the element in Chromium, and the command line, run here in Node (another ICU: no
// Chromium patch, Azerbaijani data Chromium lacks), must write the same document once numbers are rounded as the
// browser's goldens round them (test/helpers/normalize-svg.mjs). Also checks src/core/azerbaijani.ts against Node's Intl,
// whose Azerbaijani it copies for Chromium. Runs the real bin against the built lib/.
// A page's --netreach-* properties are the only difference the browser's file may have (docs/WIDGETS.md): the
// pages that write the goldens set none, and test/browser/file-theme.test.ts checks a page with its own font and colours.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { normalizeSvg } from '../helpers/normalize-svg.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'packages/cli/bin/netreach.mjs');
const dir = mkdtempSync(join(tmpdir(), 'netreach-same-file-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
/** The command's SVG for `args`, in the light theme unless they name one, as the browser tests ask `toSVG()` for it. */
function render(args) {
  const out = join(dir, `file-${++counter}.svg`);
  const theme = args.includes('--theme') ? [] : ['--theme', 'light'];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [bin, 'render', ...args, ...theme, '--out', out], { cwd: dir }, (error, _, stderr) =>
      error ? reject(new Error(stderr)) : resolve(readFileSync(out, 'utf8')),
    );
  });
}

const SMALL = ['--width', '600', '--height', '400'];
const WIDE = ['--width', '960', '--height', '540'];
/** Each golden a browser test writes from `toSVG()`, and the command that draws the same widget, data and size. */
const FILES = {
  'map-cinvu-file': ['map', ...SMALL],
  'map-cinvu-fa-file': ['map', '--lang', 'fa', ...SMALL],
  'bars-cinvu-file': ['bars', ...SMALL],
  'bars-cinvu-fa-file': ['bars', '--lang', 'fa', ...SMALL],
  'bars-cinvu-fa-dark-file': ['bars', '--lang', 'fa', '--theme', 'dark', ...SMALL],
  'regions-cinvu-waffle-file': ['regions', ...SMALL],
  'regions-cinvu-donut-fa-file': ['regions', '--type', 'donut', '--lang', 'fa', ...SMALL],
  'stat-cinvu-students-file': ['stat', '--metric', 'virtual-students', ...SMALL],
  'stat-cinvu-students-fa-file': ['stat', '--metric', 'virtual-students', '--lang', 'fa', ...SMALL],
  'stat-cinvu-students-ur-dark-file': ['stat', '--metric', 'virtual-students', '--lang', 'ur', '--theme', 'dark', ...SMALL],
  'table-cinvu-file': ['table', '--metrics', 'virtual-students', ...SMALL],
  'table-cinvu-regions-fa-file': ['table', '--of', 'regions', '--metrics', 'virtual-students', '--lang', 'fa', ...SMALL],
  'table-cinvu-az-file': ['table', '--metrics', 'virtual-students', '--lang', 'az', ...SMALL],
  'table-cinvu-az-cyrl-file': ['table', '--metrics', 'virtual-students', '--lang', 'az-Cyrl', ...SMALL],
  'trend-cinvu-file': ['trend', ...SMALL],
  'trend-cinvu-area-fa-file': ['trend', '--type', 'area', '--lang', 'fa', ...SMALL],
  'trend-cinvu-fa-time-rtl-file': ['trend', '--time-direction', 'rtl', '--lang', 'fa', ...SMALL],
  'trend-cinvu-ar-dark-file': ['trend', '--lang', 'ar', '--theme', 'dark', ...SMALL],
  'map-cinvu-ar-dark-file': ['map', '--lang', 'ar', '--theme', 'dark', ...SMALL],
  'regions-cinvu-waffle-ar-dark-file': ['regions', '--lang', 'ar', '--theme', 'dark', ...SMALL],
  'table-cinvu-regions-ar-dark-file': [
    'table',
    '--of',
    'regions',
    '--metrics',
    'virtual-students',
    '--lang',
    'ar',
    '--theme',
    'dark',
    ...SMALL,
  ],
  'dashboard-cinvu-file': ['dashboard', ...WIDE],
  'dashboard-cinvu-africa-fa-file': ['dashboard', '--region', 'africa-and-arab', '--lang', 'fa', ...WIDE],
  'bars-cinvu-ar-dark-file': ['bars', '--lang', 'ar', '--theme', 'dark', ...SMALL],
  'stat-cinvu-students-ar-dark-file': ['stat', '--metric', 'virtual-students', '--lang', 'ar', '--theme', 'dark', ...SMALL],
  'dashboard-cinvu-ar-dark-file': ['dashboard', '--lang', 'ar', '--theme', 'dark', ...WIDE],
  // A slide's dashboard (its parts' type raised): the one widget whose image takes --presenter.
  'dashboard-cinvu-presenter-file': ['dashboard', '--presenter', '--width', '1920', '--height', '1080'],
  'dashboard-cinvu-presenter-ur-file': ['dashboard', '--presenter', '--lang', 'ur', '--width', '1920', '--height', '1080'],
};

describe('netreach render writes the file the element’s toSVG() writes in Chromium', () => {
  it('compares every widget in English, Arabic and the dark theme, each in a right-to-left language, and a presenter dashboard', () => {
    const commands = Object.values(FILES);
    const widgets = new Set(commands.map(([widget]) => widget));
    assert.deepEqual([...widgets].sort(), ['bars', 'dashboard', 'map', 'regions', 'stat', 'table', 'trend']);
    for (const widget of widgets) {
      const rtl = commands.some((args) => args[0] === widget && ['fa', 'ar', 'ur'].includes(args[args.indexOf('--lang') + 1]));
      assert.ok(rtl, `${widget}: no right-to-left file`);
    }
    // Issue 12: every widget in English, in Arabic (its own digits, comma and percent sign, from each runtime's
    // ICU) and in the dark theme; and the dashboard for a slide, the one image --presenter changes.
    const lang = (args) => (args.includes('--lang') ? args[args.indexOf('--lang') + 1] : 'en');
    const theme = (args) => (args.includes('--theme') ? args[args.indexOf('--theme') + 1] : 'light');
    for (const widget of widgets) {
      const own = commands.filter((args) => args[0] === widget);
      assert.ok(
        own.some((args) => lang(args) === 'en' && theme(args) === 'light'),
        `${widget}: no English file`,
      );
      assert.ok(
        own.some((args) => lang(args) === 'ar'),
        `${widget}: no Arabic file`,
      );
      assert.ok(
        own.some((args) => theme(args) === 'dark'),
        `${widget}: no dark file`,
      );
    }
    assert.ok(
      commands.some((args) => args[0] === 'dashboard' && args.includes('--presenter')),
      'no presenter dashboard file',
    );
  });

  for (const [name, args] of Object.entries(FILES)) {
    it(`${args.join(' ')} is test/golden/${name}.svg`, async () => {
      const golden = readFileSync(join(root, 'test/golden', `${name}.svg`), 'utf8');
      assert.equal(`${normalizeSvg(await render(args))}\n`, golden);
    });
  }
});

describe('Azerbaijani (src/core/azerbaijani.ts, which Chromium lacks) is Node’s Intl', async () => {
  const { AZERBAIJANI_NAMES } = await import(join(root, 'lib/core/azerbaijani.js'));
  const { loadCatalog } = await import(join(root, 'lib/core/i18n.js'));
  const locale = await import(join(root, 'lib/core/locale.js'));
  const percent = await import(join(root, 'lib/core/percent.js'));
  const { countryNameFromAlpha2, formatList, textOrder } = locale;
  await loadCatalog('az');
  const codes = Object.keys(AZERBAIJANI_NAMES);

  it('names all 249 countries as Intl.DisplayNames("az") does (Hong Kong, Macao and Palestine short)', () => {
    const long = new Intl.DisplayNames(['az'], { type: 'region' });
    const short = new Intl.DisplayNames(['az'], { type: 'region', style: 'short' });
    assert.equal(codes.length, 249);
    for (const alpha2 of codes) {
      assert.equal(countryNameFromAlpha2(alpha2, 'az', '?'), (['HK', 'MO', 'PS'].includes(alpha2) ? short : long).of(alpha2), alpha2);
    }
  });

  it('sorts as Intl.Collator("az") does: its letters, accents, case, spaces and punctuation', () => {
    const names = codes.map((alpha2) => countryNameFromAlpha2(alpha2, 'az', '?'));
    const texts = [...names, 'Iraq', 'İraq', 'ıraq', 'Sao', 'São', 'Sap', 'Kot d', 'Kot-d’İvuar', 'Kotd', 'Wallis', 'Zambiya', 'a', 'A'];
    for (const locale of ['az', 'az-AZ', 'az-Latn']) {
      assert.deepEqual([...texts].sort(textOrder(locale)), [...texts].sort(new Intl.Collator('az').compare), locale);
    }
    // Numbers by their value where asked (a table's columns of figures, "Region 9" before "Region 10").
    const numbered = [
      ...texts.slice(-8),
      'Region 10',
      'Region 9',
      'Region 100',
      'Region 09',
      'a2',
      'a10',
      'a1b',
      '2020',
      '9',
      '010',
      'x 7',
      'x-7',
      'x7',
    ];
    for (const numeric of [true, false]) {
      assert.deepEqual(
        [...numbered].sort(textOrder('az', numeric)),
        [...numbered].sort(new Intl.Collator('az', { numeric }).compare),
        `numeric: ${numeric}`,
      );
    }
  });

  it('names countries in Cyrillic script (az-Cyrl) as Intl.DisplayNames("az-Cyrl") does, where CLDR has a current name', async () => {
    const { toCyrillic } = await import(join(root, 'lib/core/azerbaijani.js'));
    const cyrillic = new Intl.DisplayNames(['az-Cyrl'], { type: 'region', fallback: 'code' });
    const cyrillicShort = new Intl.DisplayNames(['az-Cyrl'], { type: 'region', style: 'short', fallback: 'code' });
    const differ = codes.filter((alpha2) => {
      const cldr = (['HK', 'MO', 'PS'].includes(alpha2) ? cyrillicShort : cyrillic).of(alpha2);
      return countryNameFromAlpha2(alpha2, 'az-Cyrl', '?') !== cldr;
    });
    // CLDR's Cyrillic data names none of BQ, EH, IO, MK, PS (it gives the codes), still says Swaziland for Eswatini and
    // spells Congo's two names without spaces around the dash.
    assert.deepEqual(differ, ['BQ', 'CD', 'CG', 'EH', 'IO', 'MK', 'PS', 'SZ']);
    for (const alpha2 of differ) assert.equal(countryNameFromAlpha2(alpha2, 'az-Cyrl', '?'), toCyrillic(AZERBAIJANI_NAMES[alpha2]));
  });

  it('names languages and writes dates as Intl does in "az" (and Cyrillic names as in "az-Cyrl")', async () => {
    const { formatSourceDate } = await import(join(root, 'lib/core/about.js'));
    const { aboutData } = await import(join(root, 'lib/core/about-data.js'));
    const { aboutScope } = await import(join(root, 'lib/core/about.js'));
    const { CINVU } = await import(join(root, 'lib/generated/cinvu.js'));
    const options = (day) => ({ year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}), timeZone: 'UTC', calendar: 'gregory' });
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2020, month - 1, 18));
      const iso = `2020-${String(month).padStart(2, '0')}`;
      assert.equal(formatSourceDate(`${iso}-18`, 'az'), new Intl.DateTimeFormat('az', options(true)).format(date), iso);
      assert.equal(formatSourceDate(iso, 'az'), new Intl.DateTimeFormat('az', options(false)).format(date), iso);
      assert.equal(formatSourceDate(`${iso}-18`, 'az-Cyrl'), new Intl.DateTimeFormat('az-Cyrl', options(true)).format(date), iso);
    }
    for (const locale of ['az', 'az-Cyrl']) {
      const names = new Intl.DisplayNames([locale], { type: 'language' });
      const source = aboutData(CINVU, aboutScope(CINVU, 'map'), locale).sources.find((each) => each.language === 'fa');
      assert.equal(source.languageName, names.of('fa'), locale);
    }
  });

  it('writes lists as Intl.ListFormat("az") does', () => {
    for (const items of [['A'], ['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D']]) {
      assert.equal(formatList(items, 'az'), new Intl.ListFormat('az').format(items), items.join());
    }
  });

  it('writes numbers as Intl.NumberFormat("az") does: full, compact, percentages and years', () => {
    const values = [0, 0.5, 1.25, 7, 12, 57, 173, 999, 1234, 2500, 12345, 99999, 123456, 999999, 1234567, 8e6, 22e6, 22.5e6];
    values.push(30e6, 1.5e9, 2.5e9, 1e12, 1.5e12, 1e15, -5, -1234567, 1234.5678, Infinity, Number.NaN);
    const az = (options) => new Intl.NumberFormat('az', options);
    for (const value of values) {
      assert.equal(locale.formatNumber(value, 'az'), az({ maximumFractionDigits: 0 }).format(value), `${value}`);
      assert.equal(locale.formatNumber(value, 'az', 2), az({ maximumFractionDigits: 2 }).format(value), `${value}`);
      const small = Math.abs(value) < 10 ? { maximumFractionDigits: 1 } : {};
      for (const compactDisplay of ['short', 'long']) {
        // Its number and unit word joined by a no-break space (formatCompact(): never split across lines).
        const compact = az({ notation: 'compact', compactDisplay, ...small })
          .format(value)
          .replace(/ /g, '\u00a0');
        assert.equal(locale.formatCompact(value, 'az', compactDisplay), compact, `${value} ${compactDisplay}`);
      }
      const ratio = value / 1000;
      assert.equal(percent.formatPercent(ratio, 'az', 1), az({ style: 'percent', maximumFractionDigits: 1 }).format(ratio), `${ratio}`);
      const change = az({ style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(ratio);
      assert.equal(percent.formatPercentChange(ratio, 'az'), change, `${ratio}`);
    }
    assert.equal(locale.formatYear(2021, 'az'), '2021');
  });
});
