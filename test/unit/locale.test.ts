import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import {
  prepareLocale,
  directionOf,
  formatCompact,
  formatList,
  formatNumber,
  formatYear,
  localizedName,
  numberLocale,
  resolveLocale,
  sentences,
  colon,
  listSeparator,
} from '../../src/core/locale.js';
import { catalogOf, msg, UI_LANGUAGES, type Message, type MessageKey } from '../../src/core/i18n.js';
import { countryName } from '../../src/core/names.js';
import { formatQualifiedCompact, spokenFigure } from '../../src/core/growth.js';
import { formatPercent, formatPercentChange } from '../../src/core/percent.js';

describe('resolveLocale', () => {
  it('canonicalizes valid tags', () => {
    expect(resolveLocale('fa-ir')).to.equal('fa-IR');
    expect(resolveLocale('ar')).to.equal('ar');
  });
  it('falls back to English for empty or invalid tags without throwing', () => {
    expect(resolveLocale('')).to.equal('en');
    expect(resolveLocale(undefined)).to.equal('en');
    expect(resolveLocale('not a tag!')).to.equal('en');
    expect(resolveLocale('x')).to.equal('en');
  });
  it('canonicalizes each tag once, however many widgets ask', () => {
    const canonical = Intl.getCanonicalLocales;
    let calls = 0;
    Intl.getCanonicalLocales = (tags) => {
      calls += 1;
      return canonical(tags);
    };
    try {
      expect(resolveLocale('tr-cy')).to.equal('tr-CY');
      expect(resolveLocale('tr-cy')).to.equal('tr-CY');
      expect(resolveLocale(' tr-cy ')).to.equal('tr-CY');
      expect(calls).to.equal(1);
    } finally {
      Intl.getCanonicalLocales = canonical;
    }
  });
});

describe('the number formatters', () => {
  it('keep one formatter per set of options: none answers for another', () => {
    expect(formatNumber(1.25, 'en', 2)).to.equal('1.25');
    expect(formatNumber(1.25, 'en')).to.equal('1');
    expect(formatNumber(2020, 'en')).to.equal('2,020');
    expect(formatYear(2020, 'en')).to.equal('2020');
    expect(formatPercent(0.475, 'en', 1)).to.equal('47.5%');
    expect(formatPercent(0.475, 'en')).to.equal('48%');
    expect(formatPercentChange(0.36, 'en')).to.equal('+36%');
    expect(formatCompact(5.5, 'en')).to.equal('5.5');
    expect(formatCompact(55_500, 'en')).to.equal('56K');
    expect(formatCompact(30_000_000, 'en', 'long')).to.equal('30\u00a0million');
    expect(formatCompact(30_000_000, 'en')).to.equal('30M');
  });
});

describe('directionOf', () => {
  it('is rtl for fa, ar and ur, ltr otherwise', () => {
    for (const tag of ['fa', 'ar', 'ur', 'fa-IR', 'ar-EG', 'ur-PK', 'ur-IN', 'fa-Latn']) expect(directionOf(tag), tag).to.equal('rtl');
    for (const tag of ['en', 'fr', 'tr', 'ms', 'en-US', 'id', 'bn', 'ru', 'az', 'zh', 'pt']) expect(directionOf(tag), tag).to.equal('ltr');
  });
  it('is ltr where the words are English or in Latin letters: a right-to-left language netreach does not write', () => {
    // Laid out right to left, the English words read ".The sources give only…" and "+30M".
    for (const tag of ['he', 'ps', 'dv', 'ckb', 'sd', 'ug', 'yi', 'ms-Arab', 'az-Arab-IR', 'pa-Arab-PK'])
      expect(directionOf(tag), tag).to.equal('ltr');
  });
  it('parses no tag, however many widgets ask: the language subtag decides', () => {
    const Locale = Intl.Locale;
    const intl = Intl as { Locale: typeof Intl.Locale };
    let parsed = 0;
    intl.Locale = class extends Locale {
      constructor(...args: ConstructorParameters<typeof Intl.Locale>) {
        super(...args);
        parsed += 1;
      }
    };
    try {
      for (let i = 0; i < 3; i++) {
        expect(directionOf('ur-Arab-PK')).to.equal('rtl');
        expect(directionOf('kk-KZ')).to.equal('ltr');
      }
      expect(parsed).to.equal(0);
    } finally {
      intl.Locale = Locale;
    }
  });
});

describe('formatNumber', () => {
  it('uses Persian digits for fa and Arabic-Indic digits for ar', () => {
    expect(formatNumber(57, 'fa')).to.equal('۵۷');
    expect(formatNumber(57, 'ar')).to.equal('٥٧');
    expect(formatNumber(57, 'en')).to.equal('57');
  });
  it('keeps Latin digits where Arabic readers use them, and an explicit numbering system', () => {
    expect(formatNumber(57, 'ar-MA')).to.equal('57');
    expect(numberLocale('ar-u-nu-latn')).to.equal('ar-u-nu-latn');
    expect(formatNumber(57, 'ar-u-nu-latn')).to.equal('57');
  });
});

describe('digits per language', () => {
  it('writes each UI language in the digits its readers expect', () => {
    const expected: Record<string, string> = {
      en: '1,234,567',
      fa: '۱٬۲۳۴٬۵۶۷',
      ar: '١٬٢٣٤٬٥٦٧',
      fr: '1\u202f234\u202f567',
      tr: '1.234.567',
      ms: '1,234,567',
      // Latin, as Pakistani publishing writes numbers in Urdu text (CLDR's default for ur and ur-PK).
      ur: '1,234,567',
      id: '1.234.567',
      // Bengali digits and the Indian grouping (12,34,567): CLDR's default for bn.
      bn: '১২,৩৪,৫৬৭',
      ru: '1\u00a0234\u00a0567',
      zh: '1,234,567',
      pt: '1.234.567',
      // Chromium ships no Azerbaijani number data: its chunk brings CLDR's (src/core/azerbaijani.ts), which the
      // command-line tests check against Node's Intl.
      az: '1.234.567',
    };
    expect(Object.keys(expected)).to.have.members(UI_LANGUAGES);
    for (const [language, text] of Object.entries(expected)) expect(formatNumber(1_234_567, language), language).to.equal(text);
    expect(formatCompact(30_000_000, 'az')).to.equal('30\u00a0mln');
  });

  it('writes Urdu in India with Extended Arabic-Indic digits, as CLDR does', () => {
    expect(formatNumber(57, 'ur-PK')).to.equal('57');
    expect(formatNumber(57, 'ur-IN')).to.equal('۵۷');
  });

  it('honours a -u-nu- extension in every formatter', () => {
    const cases: [locale: string, digits: string, fiftySeven: string, year: string][] = [
      ['ur-u-nu-arabext', '۰-۹', '۵۷', '۲۰۲۰'],
      ['ur-PK-u-nu-arabext', '۰-۹', '۵۷', '۲۰۲۰'],
      ['fa-u-nu-latn', '0-9', '57', '2020'],
      ['bn-u-nu-latn', '0-9', '57', '2020'],
      ['ar-EG-u-nu-latn', '0-9', '57', '2020'],
      ['ar-MA-u-nu-arab', '٠-٩', '٥٧', '٢٠٢٠'],
      ['en-u-nu-beng', '০-৯', '৫৭', '২০২০'],
      ['ru-u-nu-arab', '٠-٩', '٥٧', '٢٠٢٠'],
    ];
    for (const [locale, digits, fiftySeven, year] of cases) {
      expect(formatNumber(57, locale), locale).to.equal(fiftySeven);
      expect(formatYear(2020, locale), locale).to.equal(year);
      // Whatever else a format adds (units, signs), every digit in it is of the asked-for system.
      const onlyThose = new RegExp(`^[${digits}]+$`, 'u');
      for (const [what, text] of [
        ['compact', formatCompact(30_000_000, locale)],
        ['percent', formatPercent(0.47, locale)],
        ['change', formatPercentChange(0.36, locale)],
        ['qualified', formatQualifiedCompact(8_000_000, 'about', locale)],
      ] as const) {
        expect(text.replace(/\P{Nd}/gu, ''), `${locale} ${what}: ${text}`).to.match(onlyThose);
      }
    }
  });

  it('keeps the direction of the language, whatever digits it asks for', () => {
    expect(directionOf('ur-u-nu-latn')).to.equal('rtl');
    expect(directionOf('en-u-nu-arab')).to.equal('ltr');
    expect(directionOf('bn-u-nu-arab')).to.equal('ltr');
    // A script subtag changes no word netreach writes (az-Arab: Latin letters; pa-Arab: English): nor their direction.
    expect(directionOf('pa-Arab')).to.equal('ltr');
    expect(directionOf('az-Arab-IR')).to.equal('ltr');
    expect(directionOf('ur-Latn')).to.equal('rtl');
    expect(directionOf('az')).to.equal('ltr');
  });
});

describe('formatList', () => {
  it("joins in the language's words, and without words where the platform lacks the language", () => {
    expect(formatList(['2019', '2020'], 'en')).to.equal('2019 and 2020');
    expect(formatList(['۲۰۱۹', '۲۰۲۰'], 'fa')).to.equal('۲۰۱۹ و ۲۰۲۰');
    expect(formatList(['2019', '2020'], 'ru')).to.equal('2019 и 2020');
    expect(formatList(['Asia 27', 'Africa 27'], 'en', 'unit')).to.equal('Asia 27, Africa 27');
    // Without words, by the language's comma: Intl's unit lists run Chinese items together ("Asia 27Africa 27") and
    // join Turkish and Russian ones by a space alone.
    expect(formatList(['亚洲 27', '非洲 27'], 'zh', 'unit')).to.equal('亚洲 27\uff0c非洲 27');
    expect(formatList(['Asya 27', 'Afrika 27'], 'tr', 'unit')).to.equal('Asya 27, Afrika 27');
    expect(formatList(['Азия 27', 'Африка 27'], 'ru', 'unit')).to.equal('Азия 27, Африка 27');
    expect(formatList(['آسیا ۲۷', 'آفریقا ۲۷', 'اروپا ۳'], 'fa', 'unit')).to.equal('آسیا ۲۷\u060c آفریقا ۲۷\u060c اروپا ۳');
    // Chromium has no Azerbaijani list data: the language's chunk brings its "and" (else an English one would slip in).
    expect(formatList(['2019', '2020'], 'az')).to.equal('2019 və 2020');
  });
});

describe('colon and listSeparator', () => {
  it("put the language's punctuation between a label and its value, and between a list's items", () => {
    expect(colon('en')).to.equal(': ');
    expect(colon('fa')).to.equal(': ');
    // French: a no-break space before the colon (the UI strings' " : "), so it never starts a line.
    expect(colon('fr')).to.equal('\u00a0: ');
    expect(colon('fr-CA')).to.equal('\u00a0: ');
    expect(colon('zh')).to.equal('\uff1a');
    expect(listSeparator('en')).to.equal('; ');
    expect(listSeparator('fr')).to.equal('\u202f; ');
    expect(listSeparator('fa')).to.equal('\u061b ');
    expect(listSeparator('ps'), 'English words on a Pashto page').to.equal('; ');
    // Between sources, whose names are mostly Latin: a Latin semicolon in Chinese.
    expect(listSeparator('zh-Hans')).to.equal('\uff1b');
    expect(listSeparator('en', true)).to.equal(', ');
    expect(listSeparator('fr', true)).to.equal(', ');
    expect(listSeparator('ur', true)).to.equal('\u060c ');
    expect(listSeparator('zh', true)).to.equal('\uff0c');
  });
});

describe('sentences', () => {
  it("ends each sentence with the language's full stop: Urdu's ۔, Chinese 。 with no space after it", () => {
    expect(sentences(['Member countries: Asia 27', 'Each square is one member country'], 'en')).to.equal(
      'Member countries: Asia 27. Each square is one member country.',
    );
    expect(sentences(['الف', 'ب'], 'ur')).to.equal('الف\u06d4 ب\u06d4');
    expect(sentences(['الف', 'ب'], 'ur-IN')).to.equal('الف\u06d4 ب\u06d4');
    expect(sentences(['甲', '乙'], 'zh-Hans')).to.equal('甲\u3002乙\u3002');
    // Persian and Arabic end a sentence with a Latin full stop.
    expect(sentences(['الف', 'ب'], 'fa')).to.equal('الف. ب.');
  });
});

describe('compact numbers per language', () => {
  // A Persian stat's note broke "۲۲" from "میلیون" across its lines: Intl's long form joins them by a plain space.
  it('keep a number with its unit word: joined by a no-break space, in the long form too', () => {
    for (const language of ['en', 'en-GB', 'fa', 'ar', 'ur', 'bn', 'ru', 'fr', 'tr', 'ms', 'id', 'pt', 'az', 'az-Cyrl']) {
      for (const display of ['short', 'long'] as const) {
        const written = formatCompact(22_000_000, language, display);
        expect(/\s/.test(written.replace(/\u00a0/g, '')), `${language} ${display}: "${written}"`).to.equal(false);
      }
    }
    expect(formatCompact(22_000_000, 'fa', 'long')).to.equal('۲۲\u00a0میلیون');
    expect(formatCompact(1_500_000, 'en', 'long')).to.equal('1.5\u00a0million');
  });

  it('come from Intl.NumberFormat in each language, with its own units and digits', () => {
    // 30 million: Urdu and Bengali count in crores (3 کروڑ, ৩ কোটি), Chinese in 万 (3000万).
    const expected: Record<string, [short: string, long: string]> = {
      ur: ['3\u00a0کروڑ', '3\u00a0کروڑ'],
      bn: ['৩\u00a0কো', '৩\u00a0কোটি'],
      ru: ['30\u00a0млн', '30\u00a0миллионов'],
      zh: ['3000万', '3000万'],
      pt: ['30\u00a0mi', '30\u00a0milhões'],
      id: ['30\u00a0jt', '30\u00a0juta'],
    };
    for (const [language, [short, long]] of Object.entries(expected)) {
      expect(formatCompact(30_000_000, language), language).to.equal(short);
      expect(formatCompact(30_000_000, language, 'long'), language).to.equal(long);
    }
    expect(formatCompact(300_000_000, 'zh')).to.equal('3亿');
    expect(formatCompact(30_000_000, 'zh-TW')).to.equal('3000萬');
    expect(formatQualifiedCompact(30_000_000, 'more-than', 'ur-u-nu-arabext')).to.equal('۳\u00a0کروڑ+');
  });
});

describe('formatCompact', () => {
  it('shortens large numbers per locale', () => {
    expect(formatCompact(30_000_000, 'en')).to.equal('30M');
    expect(formatCompact(30_000_000, 'en', 'long')).to.equal('30\u00a0million');
    expect(formatCompact(30_000_000, 'fa')).to.equal('۳۰\u00a0میلیون');
  });
});

describe('formatQualifiedCompact', () => {
  it('writes "more than" as a plus and "about" as a tilde', () => {
    expect(formatQualifiedCompact(30_000_000, 'more-than', 'en')).to.equal('30M+');
    expect(formatQualifiedCompact(30_000_000, 'more-than', 'fa')).to.equal('۳۰\u00a0میلیون+');
    expect(formatQualifiedCompact(8_000_000, 'about', 'en')).to.equal('~8M');
    expect(formatQualifiedCompact(8_000_000, undefined, 'en')).to.equal('8M');
  });

  it('rounds a lower bound down, never up past what it bounds (a sum of 124,500 over some members)', () => {
    expect(formatQualifiedCompact(124_500, 'at-least', 'en')).to.equal('124K+');
    expect(formatQualifiedCompact(29_600_000, 'more-than', 'en')).to.equal('29M+');
    expect(formatQualifiedCompact(124_500, 'at-least', 'fr')).to.equal('124\u00a0k+');
    expect(formatQualifiedCompact(124_500, 'at-least', 'fa')).to.equal('۱۲۴\u00a0هزار+');
    expect(formatQualifiedCompact(124_500, 'about', 'en')).to.equal('~125K');
    expect(spokenFigure(124_500, 'at-least', 'en', 'students')).to.equal('at least 124\u00a0thousand');
    expect(spokenFigure(124_500, undefined, 'en', 'students')).to.equal('125\u00a0thousand');
  });
});

describe('formatPercentChange and formatYear', () => {
  it('signs growth and writes years without grouping', () => {
    expect(formatPercentChange(0.3636, 'en')).to.equal('+36%');
    expect(formatYear(2020, 'en')).to.equal('2020');
    expect(formatYear(2020, 'fa')).to.equal('۲۰۲۰');
  });
});

describe('prepareLocale', () => {
  it('readies the formatters of any locale, without throwing for odd tags, and leaves results unchanged', () => {
    for (const locale of ['de', 'ar-EG', 'fa', 'zz', 'en-u-nu-thai']) {
      expect(() => prepareLocale(locale), locale).not.to.throw();
      expect(() => prepareLocale(locale), `${locale} again`).not.to.throw();
    }
    expect(formatNumber(1234567, 'de')).to.equal('1.234.567');
    expect(formatNumber(12, 'ar-EG')).to.equal('١٢');
    expect(countryName('PAK', 'de')).to.equal('Pakistan');
    expect(formatCompact(30_000_000, 'zz')).to.equal('30M');
  });
});

describe('localizedName', () => {
  it('prefers the exact tag, then the language, then the fallback', () => {
    const names = { fa: 'آسیا', 'fr-CA': 'Asie (CA)', fr: 'Asie' };
    expect(localizedName(names, 'Asia', 'fr-CA')).to.equal('Asie (CA)');
    expect(localizedName(names, 'Asia', 'fa-IR')).to.equal('آسیا');
    expect(localizedName(names, 'Asia', 'de')).to.equal('Asia');
    expect(localizedName(undefined, 'Asia', 'fa')).to.equal('Asia');
  });
  it('never reads inherited keys', () => {
    expect(localizedName({}, 'Asia', 'constructor')).to.equal('Asia');
  });
  it('writes the language’s name in the locale’s script where the language’s chunk writes that script (az-Cyrl)', () => {
    const names = { az: 'Asiya və Okeaniya', fa: 'آسیا و اقیانوسیه' };
    expect(localizedName(names, 'Asia and Oceania', 'az')).to.equal('Asiya və Okeaniya');
    expect(localizedName(names, 'Asia and Oceania', 'az-Cyrl')).to.equal('Асија вә Океанија');
    expect(localizedName(names, 'Asia and Oceania', 'az-Cyrl-AZ')).to.equal('Асија вә Океанија');
    // Given in that script: as given. A script no chunk writes (az-Arab), or no name in the language: as given.
    expect(localizedName({ ...names, 'az-Cyrl': 'Асија' }, 'Asia', 'az-Cyrl')).to.equal('Асија');
    expect(localizedName(names, 'Asia and Oceania', 'az-Arab')).to.equal('Asiya və Okeaniya');
    expect(localizedName({ fa: 'آسیا' }, 'Asia and Oceania', 'az-Cyrl')).to.equal('Asia and Oceania');
  });
});

describe('Cyrillic-script Azerbaijani (az-Cyrl)', () => {
  it('says every UI string in Cyrillic letters, placeholders, markup and Latin abbreviations as they are', () => {
    expect(msg('az-Cyrl', 'loading')).to.equal('Јүкләнир…');
    expect(msg('az-Cyrl', 'countMembers', { count: 57 })).to.equal('57 үзв өлкә');
    expect(msg('az-Cyrl', 'downloadPng')).to.equal('PNG ендир');
    expect(msg('az-Cyrl', 'errorProvider', { detail: 'x' })).to.equal('Бу сәһифәдә <netreach-data id="x"> јохдур');
    expect(msg('az-Cyrl', 'pngFailed')).to.equal('Бу сәһифәнин тәһлүкәсизлик сијасәти PNG-ни блоклајыр; SVG ендирмә ишләјир.');
    expect(msg('az-Cyrl-AZ', 'sources')).to.equal('Мәнбәләр');
    expect(msg('az-Latn', 'sources')).to.equal('Mənbələr');
    expect(msg('az-Arab', 'sources')).to.equal('Mənbələr');
    // Every message: the Latin one's placeholders, and no Latin small letter outside them and markup.
    const latin = catalogOf('az')!;
    const cyrillic = catalogOf('az-Cyrl')!;
    const texts = (message: Message) => (typeof message === 'string' ? [message] : Object.values(message));
    expect(Object.keys(cyrillic)).to.deep.equal(Object.keys(latin));
    for (const [key, message] of Object.entries(cyrillic) as [MessageKey, Message][]) {
      for (const [at, text] of texts(message).entries()) {
        expect(text.match(/\{\w+\}/g), key).to.deep.equal(texts(latin[key])[at]!.match(/\{\w+\}/g));
        expect(text.replace(/\{\w+\}|<[^>]*>/g, ''), key).not.to.match(/[a-zəçğıöşü]/);
      }
    }
  });
  it('writes numbers as Azerbaijani does, the units’ words in Cyrillic letters', () => {
    expect(formatNumber(1_234_567, 'az-Cyrl')).to.equal('1.234.567');
    expect(formatCompact(30_000_000, 'az-Cyrl')).to.equal('30\u00a0млн');
    expect(formatCompact(30_000_000, 'az-Cyrl', 'long')).to.equal('30\u00a0милјон');
    expect(formatCompact(1_200, 'az-Cyrl', 'long')).to.equal('1,2\u00a0мин');
    expect(formatCompact(1_200, 'az-Cyrl')).to.equal(formatCompact(1_200, 'az'));
  });
});

describe('countryName', () => {
  it('localizes through Intl.DisplayNames', () => {
    expect(countryName('PAK', 'en')).to.equal('Pakistan');
    expect(countryName('PAK', 'fa')).to.equal('پاکستان');
    expect(countryName('TUR', 'ar')).to.match(/تركيا/);
  });
  it('falls back to the code for unknown codes', () => {
    expect(countryName('XYZ', 'en')).to.equal('XYZ');
  });
});

describe('msg', () => {
  it('has every UI string in every shipped language', () => {
    expect(UI_LANGUAGES).to.have.members(['en', 'fa', 'ar', 'fr', 'tr', 'ms', 'ur', 'id', 'bn', 'ru', 'az', 'zh', 'pt']);
    for (const language of UI_LANGUAGES) {
      expect(msg(language, 'noData'), language).to.be.a('string').and.not.equal('');
    }
    expect(msg('fa', 'loading')).to.equal('در حال بارگذاری…');
  });
  it('fills placeholders as plain text and falls back to English', () => {
    expect(msg('en', 'errorHttp', { url: '<b>x</b>', status: 404 })).to.equal('Could not load <b>x</b>: HTTP 404');
    expect(msg('de', 'noData')).to.equal('No data');
  });
});

describe('formatCompact rounding', () => {
  it('keeps two significant digits, so a qualified figure is never rounded up past its claim', () => {
    expect(formatCompact(1_450_000, 'en')).to.equal('1.5M');
    expect(formatCompact(3_600_000, 'en')).to.equal('3.6M');
    expect(formatCompact(150_000, 'en')).to.equal('150K');
    expect(formatCompact(2.5, 'en')).to.equal('2.5');
  });
});
