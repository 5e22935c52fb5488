// English without Intl (src/core/english.ts, the names in scripts/english-names.mjs), compared with the browser's
// Intl over many values: what an English page shows must not change when no Intl object draws it.
import { expect } from '@open-wc/testing';
import { formatSourceDate } from '../../src/core/about.js';
import { allAlpha3, alpha2Of, englishCountryName } from '../../src/core/countries.js';
import { englishCompact, englishDate, englishList, englishNumber, englishOrder, englishPlural } from '../../src/core/english.js';
import {
  countryNameFromAlpha2,
  formatCompact,
  formatList,
  formatNumber,
  formatYear,
  englishLocales,
  prepareLocale,
  textOrder,
} from '../../src/core/locale.js';
import { englishPercent, formatPercent, formatPercentChange } from '../../src/core/percent.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { msg } from '../../src/core/i18n.js';

/** A fixed pseudo-random sequence (a linear congruential generator): the same values in every run. */
function* numbers(count: number): Generator<number> {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const edges = [
    0,
    -0,
    0.5,
    1.5,
    2.5,
    -0.5,
    -2.5,
    1.005,
    1.235,
    0.045,
    0.95,
    0.995,
    9.95,
    9.96,
    99.5,
    999.5,
    999.95,
    9999,
    99999,
    999999,
    999500,
    995000,
    1e6,
    1.5e6,
    8e6,
    22e6,
    30e6,
    3.6e6,
    1e9,
    1.2e12,
    1e15,
    2.5e17,
    1e20,
    1.5e-7,
    123456789.987,
    1e16,
    1.23e16,
    -1234.5678,
    0.1 + 0.2,
    1 / 3,
    2 / 3,
    12.345,
    0.285,
    1.45,
    -0.004,
    0.0049,
    57,
    27,
    173,
    2019,
    2020,
    2021,
  ];
  yield* edges;
  for (let i = 0; i < count; i++) {
    const magnitude = Math.floor(next() * 22) - 6;
    const sign = next() < 0.15 ? -1 : 1;
    const value = sign * next() * 10 ** magnitude;
    // Some with few digits, as data has them (halves, round thousands), some full doubles.
    const kind = next();
    yield kind < 0.3 ? Math.round(value * 2) / 2 : kind < 0.5 ? Math.round(value / 1000) * 1000 : value;
  }
}

const COUNT = 3000;

describe('the English locales written without Intl', () => {
  // Through locale.ts's own functions, as the widgets call them: each locale's style (lists, dates, names, compact
  // units) against the browser's Intl for that locale.
  const values = [...numbers(600)];
  for (const locale of englishLocales()) {
    it(`write "${locale}" as Intl does`, () => {
      const nf = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options);
      const [whole, tenths, compact, long, small, percent, change, year] = [
        nf({ maximumFractionDigits: 0 }),
        nf({ maximumFractionDigits: 1 }),
        nf({ notation: 'compact' }),
        nf({ notation: 'compact', compactDisplay: 'long' }),
        nf({ notation: 'compact', maximumFractionDigits: 1 }),
        nf({ style: 'percent', maximumFractionDigits: 0 }),
        nf({ style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0 }),
        nf({ useGrouping: false }),
      ];
      for (const value of values) {
        const label = `${locale} ${value}`;
        expect(formatNumber(value, locale), label).to.equal(whole.format(value));
        expect(formatNumber(value, locale, 1), label).to.equal(tenths.format(value));
        expect(formatCompact(value, locale), label).to.equal((Math.abs(value) < 10 ? small : compact).format(value));
        // Intl's long form, its number and unit word joined by a no-break space (formatCompact(): never split).
        expect(formatCompact(value, locale, 'long'), label).to.equal(
          (Math.abs(value) < 10 ? nf({ notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }) : long)
            .format(value)
            .replace(/ /g, '\u00a0'),
        );
        expect(formatPercent(value, locale), label).to.equal(percent.format(value));
        expect(formatPercentChange(value, locale), label).to.equal(change.format(value));
        expect(formatYear(value, locale), label).to.equal(year.format(value));
      }
      const names = new Intl.DisplayNames([locale], { type: 'region' });
      for (const alpha3 of allAlpha3()) {
        const alpha2 = alpha2Of(alpha3)!;
        expect(countryNameFromAlpha2(alpha2, locale, alpha3), `${locale} ${alpha2}`).to.equal(names.of(alpha2));
      }
      for (const list of [['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']]) {
        expect(formatList(list, locale)).to.equal(new Intl.ListFormat(locale).format(list));
        expect(formatList(list, locale, 'unit')).to.equal(new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(list));
      }
      const options = { year: 'numeric', month: 'long', timeZone: 'UTC', calendar: 'gregory' } as const;
      for (const date of ['2020-11-18', '2021-03', '1999-01-01', '2024-02-29']) {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number?];
        const at = new Date(Date.UTC(y, m - 1, d ?? 1));
        const intl = new Intl.DateTimeFormat(locale, d === undefined ? options : { ...options, day: 'numeric' });
        expect(formatSourceDate(date, locale), `${locale} ${date}`).to.equal(intl.format(at));
      }
    });
  }
});

describe('englishNumber', () => {
  for (const digits of [0, 1, 2, 3]) {
    it(`writes what Intl.NumberFormat("en", { maximumFractionDigits: ${digits} }) writes`, () => {
      const intl = new Intl.NumberFormat('en', { maximumFractionDigits: digits });
      for (const value of numbers(COUNT)) expect(englishNumber(value, digits), String(value)).to.equal(intl.format(value));
    });
  }
  it('writes what Intl.NumberFormat("en", { useGrouping: false }) writes (years)', () => {
    const intl = new Intl.NumberFormat('en', { useGrouping: false });
    for (const value of numbers(COUNT)) expect(englishNumber(value, 3, false), String(value)).to.equal(intl.format(value));
  });
});

describe('englishPercent', () => {
  for (const digits of [0, 1, 2]) {
    it(`writes what Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: ${digits} }) writes`, () => {
      const intl = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: digits });
      for (const value of numbers(COUNT)) expect(englishPercent(value, digits), String(value)).to.equal(intl.format(value));
    });
  }
  it('writes signed changes as Intl does with signDisplay: "exceptZero"', () => {
    const intl = new Intl.NumberFormat('en', { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0 });
    for (const value of numbers(COUNT)) expect(englishPercent(value, 0, 'exceptZero'), String(value)).to.equal(intl.format(value));
  });
});

describe('englishCompact', () => {
  for (const display of ['short', 'long'] as const) {
    it(`writes what Intl.NumberFormat("en", { notation: "compact", compactDisplay: "${display}" }) writes`, () => {
      const intl = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: display });
      for (const value of numbers(COUNT)) expect(englishCompact(value, display), String(value)).to.equal(intl.format(value));
    });
    it(`and with maximumFractionDigits: 1 (${display})`, () => {
      const intl = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: display, maximumFractionDigits: 1 });
      for (const value of numbers(COUNT)) expect(englishCompact(value, display, 1), String(value)).to.equal(intl.format(value));
    });
  }
});

describe('englishPlural', () => {
  it('chooses "one" or "other" as Intl.PluralRules does in every English locale', () => {
    const values = [
      ...numbers(COUNT),
      1,
      -1,
      0,
      -0,
      0.5,
      1.5,
      2,
      11,
      21,
      101,
      1e21,
      1 + Number.EPSILON,
      0.9995,
      0.99949,
      1.0004,
      1.0005,
      -1.0004,
    ];
    for (const locale of ['en', ...englishLocales(), 'en-IN', 'en-ZA']) {
      const rules = new Intl.PluralRules(locale);
      for (const value of values) expect(englishPlural(value), `${locale} ${value}`).to.equal(rules.select(value));
    }
  });
});

describe('englishDate', () => {
  it('writes the dates of sources as Intl.DateTimeFormat("en") does, with and without the day', () => {
    const options = { year: 'numeric', month: 'long', timeZone: 'UTC', calendar: 'gregory' } as const;
    const withDay = new Intl.DateTimeFormat('en', { ...options, day: 'numeric' });
    const withoutDay = new Intl.DateTimeFormat('en', options);
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 2000; i++) {
      const date = new Date(Date.UTC(1000 + Math.floor(next() * 9000), Math.floor(next() * 12), 1 + Math.floor(next() * 31)));
      expect(englishDate(date, true), date.toISOString()).to.equal(withDay.format(date));
      expect(englishDate(date, false), date.toISOString()).to.equal(withoutDay.format(date));
    }
    expect(englishDate(new Date(Date.UTC(999, 0, 1)), true)).to.equal(undefined);
  });
});

describe('englishList', () => {
  const lists = [[], ['Asia'], ['Asia', 'Africa'], ['Asia', 'Africa', 'Europe'], ['2019', '2020', '2021', '2022']];
  it('joins as Intl.ListFormat("en") and its short unit lists do', () => {
    const conjunction = new Intl.ListFormat('en');
    const unit = new Intl.ListFormat('en', { style: 'short', type: 'unit' });
    for (const list of lists) {
      expect(englishList(list, 'conjunction')).to.equal(conjunction.format(list));
      expect(englishList(list, 'unit')).to.equal(unit.format(list));
    }
  });
});

describe('englishCountryName', () => {
  it("names all 249 ISO countries as the browser's Intl.DisplayNames('en') does", () => {
    const intl = new Intl.DisplayNames(['en'], { type: 'region' });
    const codes = allAlpha3().map((alpha3) => alpha2Of(alpha3)!);
    expect(codes).to.have.length(249);
    // A browser whose CLDR renamed a country fails here: update scripts/english-names.mjs to the new name.
    for (const alpha2 of codes)
      expect(englishCountryName(alpha2), `${alpha2} (scripts/english-names.mjs against this browser's CLDR)`).to.equal(intl.of(alpha2));
  });
  it('knows no code outside ISO 3166-1 (those go to Intl)', () => {
    expect(englishCountryName('XK')).to.equal(undefined);
    expect(countryNameFromAlpha2('XK', 'en', 'XKX')).to.equal(new Intl.DisplayNames(['en'], { type: 'region' }).of('XK'));
  });
});

describe('English pages make no Intl object', () => {
  // A page's first Intl object costs 11–16 ms (see src/core/english.ts): English must not make one.
  const constructors = ['NumberFormat', 'DisplayNames', 'ListFormat', 'Collator', 'DateTimeFormat', 'PluralRules'] as const;
  let saved: Record<string, unknown>;
  beforeEach(() => {
    saved = {};
    for (const name of constructors) {
      saved[name] = Intl[name];
      (Intl as unknown as Record<string, unknown>)[name] = function () {
        throw new Error(`Intl.${name} made for English`);
      };
    }
  });
  afterEach(() => {
    for (const name of constructors) (Intl as unknown as Record<string, unknown>)[name] = saved[name];
  });

  for (const locale of englishLocales()) {
    it(`formats, names and lists for "${locale}" through english.ts`, () => {
      prepareLocale(locale);
      prepareLocale(locale);
      expect(formatNumber(30_000_000, locale)).to.equal('30,000,000');
      expect(formatNumber(1.005, locale, 2)).to.equal('1.01');
      expect(formatCompact(22_000_000, locale)).to.equal(locale === 'en-GB' ? '22m' : '22M');
      expect(formatCompact(1_500_000, locale, 'long')).to.equal('1.5\u00a0million');
      expect(formatCompact(2.25, locale)).to.equal('2.3');
      expect(formatPercent(0.4737, locale)).to.equal('47%');
      expect(formatPercentChange(0.364, locale)).to.equal('+36%');
      expect(formatYear(2021, locale)).to.equal('2021');
      expect([1, 57].map((count) => msg(locale, 'countMembers', { count }))).to.deep.equal(['1 member country', '57 member countries']);
      expect(countryNameFromAlpha2('PS', locale, 'PSE')).to.equal('Palestine');
      expect(formatList(['2019', '2020', '2021'], locale)).to.match(/^2019, 2020,? and 2021$/);
      expect(formatSourceDate('2020-11-18', locale)).to.match(/^(November 18, 2020|18 November 2020)$/);
      expect(formatSourceDate('2021-03', locale)).to.equal('March 2021');
      expect(['Türkiye', 'Turkmenistan', 'Tunisia'].sort(textOrder(locale))).to.deep.equal(['Tunisia', 'Türkiye', 'Turkmenistan']);
    });
  }
  it('other English locales still go through Intl (their grouping and names differ)', () => {
    expect(() => formatNumber(100_000, 'en-IN')).to.throw(/NumberFormat/);
    expect(() => formatNumber(100_000, 'en-ID')).to.throw(/NumberFormat/);
  });

  it("covers the English of every CINVU member (en-SA, en-EG, en-UG…) but Indonesia's, whose decimal comma Intl writes", () => {
    const members = (CINVU as { members: { country: string }[] }).members.map((member) => alpha2Of(member.country)!);
    expect(members).to.have.length(57);
    const written = new Set(englishLocales());
    expect(members.filter((region) => !written.has(`en-${region}`))).to.deep.equal(['ID']);
  });
});

describe('englishOrder', () => {
  const sign = (n: number) => Math.sign(n);
  /** Checks every pair: where englishOrder answers, it answers as Intl.Collator("en") does. Returns how often it did. */
  function compareAll(names: readonly string[], numeric = false): number {
    const collator = new Intl.Collator('en', { numeric });
    let answered = 0;
    for (const a of names)
      for (const b of names) {
        const order = englishOrder(a, b, numeric);
        if (order === undefined) continue;
        answered++;
        expect(sign(order), `${a} / ${b}`).to.equal(sign(collator.compare(a, b)));
      }
    return answered;
  }

  it("orders the 249 countries' English names as Intl.Collator('en') does, nearly always without it", () => {
    const names = allAlpha3().map((alpha3) => englishCountryName(alpha2Of(alpha3)!)!);
    const answered = compareAll(names);
    // Pairs of different names it leaves to the collator: those whose first difference is punctuation or an ignorable.
    expect(answered / (names.length * (names.length - 1))).to.be.greaterThan(0.99);
  });

  it('answers as Intl does, or not at all, for strings of letters, accents, digits, spaces, punctuation and other scripts', () => {
    const alphabet = [
      'a',
      'b',
      'e',
      'é',
      'E',
      'É',
      'u',
      'ü',
      'Ü',
      'z',
      'Z',
      ' ',
      '0',
      '1',
      '9',
      '-',
      '.',
      '&',
      '’',
      "'",
      '(',
      'ß',
      'ø',
      'İ',
      'ı',
      'ع',
      'ب',
      '\u00ad',
      '\u0301',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const strings = Array.from({ length: 400 }, () =>
      Array.from({ length: 1 + Math.floor(next() * 6) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
    );
    expect(compareAll(strings)).to.be.greaterThan(10_000);
    // With numeric collation (the table's): a run of digits is one number to the collator.
    expect(compareAll(strings, true)).to.be.greaterThan(10_000);
  });

  it('leaves a difference in digits to a numeric collator, which reads them as numbers', () => {
    expect(englishOrder('University 9', 'University 10')).to.equal(1);
    expect(englishOrder('University 9', 'University 10', true)).to.equal(undefined);
    expect(englishOrder('Campus 2 North', 'Campus 2 South', true)).to.equal(-1);
  });

  it('leaves names that differ only in accents or case to the collator', () => {
    expect(englishOrder('Cote', 'Côte')).to.equal(undefined);
    expect(englishOrder('asia', 'Asia')).to.equal(undefined);
    expect(englishOrder('Türkiye', 'Turkmenistan')).to.equal(-1);
    expect(englishOrder('Asia & Oceania', 'Africa & Arab')).to.equal(1);
  });
});
