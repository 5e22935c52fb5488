// Country names outside English (countryNameFromAlpha2 with the names a language's chunk brings): a page names
// countries as Chromium's Intl always did, and as `netreach render` (Node's Intl, whose data has no Chromium patch)
// does — test/cli/country-names.test.mjs checks that side.
import { expect } from '@open-wc/testing';
import { allAlpha3, alpha2Of } from '../../src/core/countries.js';
import { AZERBAIJANI_NAMES } from '../../src/core/azerbaijani.js';
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
    // Cyrillic Azerbaijani is not what the table holds: Intl's names, which Chromium has none of (the fallback).
    expect(countryNameFromAlpha2('AZ', 'az-Cyrl', '?')).to.equal('?');
  });
});
