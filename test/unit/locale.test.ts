import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import {
  prepareLocale,
  directionOf,
  formatCompact,
  formatNumber,
  formatPercentChange,
  formatQualifiedCompact,
  formatYear,
  localizedName,
  numberLocale,
  resolveLocale,
} from '../../src/core/locale.js';
import { msg, UI_LANGUAGES } from '../../src/core/i18n.js';
import { countryName } from '../../src/core/names.js';

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
});

describe('directionOf', () => {
  it('is rtl for fa, ar, ur and he, ltr otherwise', () => {
    for (const tag of ['fa', 'ar', 'ur', 'he', 'fa-IR', 'ar-EG']) expect(directionOf(tag), tag).to.equal('rtl');
    for (const tag of ['en', 'fr', 'tr', 'ms', 'en-US']) expect(directionOf(tag), tag).to.equal('ltr');
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

describe('formatCompact', () => {
  it('shortens large numbers per locale', () => {
    expect(formatCompact(30_000_000, 'en')).to.equal('30M');
    expect(formatCompact(30_000_000, 'en', 'long')).to.equal('30 million');
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
    expect(UI_LANGUAGES).to.have.members(['en', 'fa', 'ar', 'fr', 'tr', 'ms']);
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
