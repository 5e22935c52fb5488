// Country names outside English (countryNameFromAlpha2 with the names a language's chunk brings): a page names
// countries as Chromium's Intl always did, and as `netreach render` (Node's Intl, whose data has no Chromium patch)
// does — test/cli/country-names.test.mjs checks that side.
import { expect } from '@open-wc/testing';
import { allAlpha3, alpha2Of } from '../../src/core/countries.js';
import { AZERBAIJANI_NAMES, toCyrillic } from '../../src/core/azerbaijani.js';
import { loadCatalog, UI_LANGUAGES } from '../../src/core/i18n.js';
import { countryNameFromAlpha2, formatList, textOrder } from '../../src/core/locale.js';

const ALPHA2 = allAlpha3().map((alpha3) => alpha2Of(alpha3)!);
const intlNames = (locale: string) => {
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  return ALPHA2.map((alpha2) => names.of(alpha2));
};

describe('countryNameFromAlpha2 outside English', () => {
  before(() => Promise.all(UI_LANGUAGES.map((language) => loadCatalog(language))));

  // Regional tags whose CLDR names differ from their language's (fr-CA's Falklands, fa-AF's Hong Kong, ar-SA's
  // Macao…) or inherit another region's (pt-AO reads pt-PT), and ones with only extensions.
  const LOCALES = [
    ...UI_LANGUAGES.filter((language) => language !== 'en' && language !== 'az'),
    ...['fa-AF', 'ar-SA', 'ar-EG', 'fr-CA', 'fr-BE', 'ur-IN', 'bn-IN', 'ru-UA', 'zh-TW', 'zh-HK', 'zh-Hant'],
    ...['pt-PT', 'pt-AO', 'pt-MZ', 'fa-u-nu-latn', 'ar-u-nu-arab'],
  ];
  for (const locale of LOCALES) {
    it(`names all 249 countries as Chromium's Intl does in ${locale}`, () => {
      expect(ALPHA2.map((alpha2) => countryNameFromAlpha2(alpha2, locale, '?'))).to.deep.equal(intlNames(locale));
    });
  }

  it('says Palestine, Hong Kong and Macao in their short names, the Falklands in CLDR’s variant (Persian)', () => {
    expect(['PS', 'HK', 'MO', 'FK'].map((alpha2) => countryNameFromAlpha2(alpha2, 'fa', '?'))).to.deep.equal([
      'فلسطین',
      'هنگ‌کنگ',
      'ماکائو',
      'جزایر فالکلند (ایسلاس مالویناس)',
    ]);
  });

  it('names, sorts and lists countries in Azerbaijani, which Chromium has no data for (it gives English names)', () => {
    expect(new Intl.DisplayNames(['az', 'en'], { type: 'region' }).of('AZ')).to.equal('Azerbaijan');
    for (const locale of ['az', 'az-AZ', 'az-Latn', 'az-Latn-AZ']) {
      expect(countryNameFromAlpha2('AZ', locale, '?'), locale).to.equal('Azərbaycan');
      expect(countryNameFromAlpha2('PS', locale, '?'), locale).to.equal('Fələstin');
    }
    expect(ALPHA2.map((alpha2) => countryNameFromAlpha2(alpha2, 'az', '?'))).to.deep.equal(
      ALPHA2.map((alpha2) => AZERBAIJANI_NAMES[alpha2]),
    );
    expect(formatList(['Azərbaycan', 'Türkiyə', 'Pakistan'], 'az')).to.equal('Azərbaycan, Türkiyə və Pakistan');
    expect(['Çad', 'Cibuti', 'Xorvatiya', 'İraq', 'Haiti'].sort(textOrder('az'))).to.deep.equal([
      'Cibuti',
      'Çad',
      'Haiti',
      'Xorvatiya',
      'İraq',
    ]);
    // A script the chunk does not write (Arabic-script Azerbaijani): Intl's names (Chromium's fall back to English).
    expect(countryNameFromAlpha2('AZ', 'az-Arab', '?')).to.equal(intlNames('az-Arab')[ALPHA2.indexOf('AZ')]);
  });

  it('names, sorts and lists countries in Cyrillic-script Azerbaijani, the Latin names letter by letter', () => {
    // Chromium has no names in it either: it gives the codes.
    expect(new Intl.DisplayNames(['az-Cyrl'], { type: 'region', fallback: 'code' }).of('AZ')).to.equal('AZ');
    for (const locale of ['az-Cyrl', 'az-Cyrl-AZ']) {
      expect(countryNameFromAlpha2('AZ', locale, '?'), locale).to.equal('Азәрбајҹан');
      expect(countryNameFromAlpha2('PS', locale, '?'), locale).to.equal('Фәләстин');
      expect(countryNameFromAlpha2('UM', locale, '?'), locale).to.equal('АБШ-а бағлы кичик адаҹыглар');
    }
    expect(ALPHA2.map((alpha2) => countryNameFromAlpha2(alpha2, 'az-Cyrl', '?'))).to.deep.equal(
      ALPHA2.map((alpha2) => toCyrillic(AZERBAIJANI_NAMES[alpha2]!)),
    );
    expect(formatList(['Азәрбајҹан', 'Түркијә', 'Пакистан'], 'az-Cyrl')).to.equal('Азәрбајҹан, Түркијә вә Пакистан');
    // The Cyrillic alphabet's order: ә after е, ы after и, ҝ after к, һ after х, ҹ after ч (Latin: c before ç, ə after e).
    expect(
      ['Һаити', 'Чад', 'Ҹибути', 'Ермәнистан', 'Әфганыстан', 'Ыраг', 'Иран', 'Ҝүрҹүстан', 'Күвејт', 'Хорватија'].sort(textOrder('az-Cyrl')),
    ).to.deep.equal(['Ермәнистан', 'Әфганыстан', 'Иран', 'Ыраг', 'Күвејт', 'Ҝүрҹүстан', 'Хорватија', 'Һаити', 'Чад', 'Ҹибути']);
    expect(['Регион 10', 'Регион 9'].sort(textOrder('az-Cyrl', true))).to.deep.equal(['Регион 9', 'Регион 10']);
  });

  it('toCyrillic maps each letter, I and İ as Azerbaijani cases them, capitals kept', () => {
    expect(toCyrillic('İraq')).to.equal('Ираг');
    expect(toCyrillic('IĞDIR Çay')).to.equal('ЫҒДЫР Чај');
    expect(toCyrillic('ABŞ Virgin adaları')).to.equal('АБШ Вирҝин адалары');
    expect(toCyrillic('Kotd’ivuar, Qvineya-Bisau (Xəritə)')).to.equal('Котд’ивуар, Гвинеја-Бисау (Хәритә)');
    // What a message holds besides words: placeholders, markup, abbreviations, digits.
    expect(toCyrillic('{count} ölkə; CSV faylı, HTTP 404 <b id="{x}">')).to.equal('{count} өлкә; CSV фајлы, HTTP 404 <b id="{x}">');
  });
});
