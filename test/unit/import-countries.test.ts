import { expect } from '@open-wc/testing';
import { AMBIGUOUS_NAMES, COUNTRY_ALIASES } from '../../src/import/aliases.js';
import { EXACT_MATCHES, matchCountry, type CountryMatch } from '../../src/import/match-country.js';
import { foldKey } from '../../src/import/text.js';
import { isAlpha3 } from '../../src/core/countries.js';
import { AL_MUSTAFA_CODES, AL_MUSTAFA_NAMES } from '../helpers/al-mustafa.js';

/** The code a cell resolves to, or "ambiguous:A/B" / "unknown" — what a table of expectations compares. */
function resolved(cell: string): string {
  const match = matchCountry(cell);
  if (match.status === 'matched') return match.code;
  if (match.status === 'ambiguous') return `ambiguous:${match.candidates.map((candidate) => candidate.code).join('/')}`;
  return 'unknown';
}

function matched(cell: string): Extract<CountryMatch, { status: 'matched' }> {
  const match = matchCountry(cell);
  if (match.status !== 'matched') throw new Error(`${cell}: ${match.status}`);
  return match;
}

/**
 * Real-world spellings of member countries, as networks' lists and the press write them: English (UN and ISO
 * formal names, former names, abbreviations), French, Persian (also typed on an Arabic keyboard), Arabic,
 * Turkish (also without its diacritics) and Azerbaijani.
 */
// prettier-ignore
const SPELLINGS: Record<string, [string, string][]> = {
  English: [
    ['Iran', 'IRN'], ['Iran (Islamic Republic of)', 'IRN'], ['Islamic Republic of Iran', 'IRN'], ['Iran, Islamic Republic of', 'IRN'],
    ['Turkey', 'TUR'], ['Türkiye', 'TUR'], ['Turkiye', 'TUR'], ["Côte d'Ivoire", 'CIV'], ["Cote d'Ivoire", 'CIV'], ['Ivory Coast', 'CIV'],
    ['United States of America', 'USA'], ['United States', 'USA'], ['U.S.A.', 'USA'], ['UK', 'GBR'], ['United Kingdom', 'GBR'],
    ['Great Britain', 'GBR'], ['Russian Federation', 'RUS'], ['Russia', 'RUS'], ['Syrian Arab Republic', 'SYR'], ['Viet Nam', 'VNM'],
    ["Lao People's Democratic Republic", 'LAO'], ['Republic of Korea', 'KOR'], ['Korea, Republic of', 'KOR'], ['South Korea', 'KOR'],
    ["Democratic People's Republic of Korea", 'PRK'], ["Korea, Democratic People's Republic of", 'PRK'], ['Brunei Darussalam', 'BRN'],
    ['The Gambia', 'GMB'], ['Gambia, The', 'GMB'], ['Kyrgyz Republic', 'KGZ'], ['Kyrgyzstan', 'KGZ'], ['Czech Republic', 'CZE'],
    ['Swaziland', 'SWZ'], ['Eswatini', 'SWZ'], ['Burma', 'MMR'], ['Myanmar', 'MMR'], ['Cape Verde', 'CPV'], ['Cabo Verde', 'CPV'],
    ['East Timor', 'TLS'], ['Timor-Leste', 'TLS'], ['Macedonia', 'MKD'], ['North Macedonia', 'MKD'], ['Palestine', 'PSE'],
    ['State of Palestine', 'PSE'], ['Holland', 'NLD'], ['The Netherlands', 'NLD'], ['Bosnia and Herzegovina', 'BIH'],
    ['Bosnia-Herzegovina', 'BIH'], ['United Republic of Tanzania', 'TZA'], ['Tanzania, United Republic of', 'TZA'],
    ['Republic of Moldova', 'MDA'], ['Bolivia (Plurinational State of)', 'BOL'], ['Venezuela (Bolivarian Republic of)', 'VEN'],
    ['Micronesia (Federated States of)', 'FSM'], ['Democratic Republic of the Congo', 'COD'], ['Congo, Democratic Republic of the', 'COD'],
    ['Republic of the Congo', 'COG'], ['DR Congo', 'COD'], ['Saint Kitts and Nevis', 'KNA'], ['St. Lucia', 'LCA'], ['UAE', 'ARE'],
    ['Vatican', 'VAT'], ['Holy See', 'VAT'], ['Hong Kong', 'HKG'], ['Taiwan', 'TWN'], ['Niger', 'NER'], ['Nigeria', 'NGA'],
    ['Sudan', 'SDN'], ['South Sudan', 'SSD'], ['Sudan (South)', 'SSD'], ['Guinea', 'GIN'], ['Guinea-Bissau', 'GNB'],
    ['Equatorial Guinea', 'GNQ'], ['Dominica', 'DMA'], ['Dominican Republic', 'DOM'], ['Persia', 'IRN'], ['Ceylon', 'LKA'],
  ],
  French: [
    ['Turquie', 'TUR'], ['Côte d’Ivoire', 'CIV'], ['Sénégal', 'SEN'], ['Algérie', 'DZA'], ['Égypte', 'EGY'], ['Egypte', 'EGY'],
    ['Maroc', 'MAR'], ['Tunisie', 'TUN'], ['Arabie saoudite', 'SAU'], ['Émirats arabes unis', 'ARE'], ['États-Unis', 'USA'],
    ['Etats-Unis', 'USA'], ['Royaume-Uni', 'GBR'], ['Allemagne', 'DEU'], ['Pays-Bas', 'NLD'], ['Kirghizstan', 'KGZ'], ['Liban', 'LBN'],
    ['Irak', 'IRQ'], ['Syrie', 'SYR'], ['Jordanie', 'JOR'], ['Tchad', 'TCD'], ['Mauritanie', 'MRT'], ['Guinée', 'GIN'],
    ['Cameroun', 'CMR'], ['Comores', 'COM'], ['Ouzbékistan', 'UZB'], ['Malaisie', 'MYS'], ['Indonésie', 'IDN'],
    ['République démocratique du Congo', 'COD'], ['Birmanie', 'MMR'], ['Tadjikistan', 'TJK'],
  ],
  Persian: [
    ['ایران', 'IRN'], ['ايران', 'IRN'], ['ترکیه', 'TUR'], ['تركيه', 'TUR'], ['افغانستان', 'AFG'], ['پاکستان', 'PAK'], ['عراق', 'IRQ'],
    ['عربستان سعودی', 'SAU'], ['عربستان', 'SAU'], ['امارات متحده عربی', 'ARE'], ['امارات', 'ARE'], ['آمریکا', 'USA'],
    ['ایالات متحده', 'USA'], ['ایالات متحده آمریکا', 'USA'], ['انگلستان', 'GBR'], ['انگلیس', 'GBR'], ['بریتانیا', 'GBR'],
    ['آلمان', 'DEU'], ['فرانسه', 'FRA'], ['هلند', 'NLD'], ['روسیه', 'RUS'], ['چین', 'CHN'], ['هند', 'IND'], ['اندونزی', 'IDN'],
    ['مالزی', 'MYS'], ['قرقیزستان', 'KGZ'], ['تاجیکستان', 'TJK'], ['تاجيکستان', 'TJK'], ['ازبکستان', 'UZB'], ['قزاقستان', 'KAZ'],
    ['آذربایجان', 'AZE'], ['لبنان', 'LBN'], ['سوریه', 'SYR'], ['مصر', 'EGY'], ['الجزایر', 'DZA'], ['تونس', 'TUN'], ['لیبی', 'LBY'],
    ['نیجریه', 'NGA'], ['سنگال', 'SEN'], ['ساحل عاج', 'CIV'], ['فلسطین', 'PSE'], ['بوسنی و هرزگوین', 'BIH'], ['عمان', 'OMN'],
    ['کویت', 'KWT'], ['قطر', 'QAT'], ['بحرین', 'BHR'], ['یمن', 'YEM'], ['سودان', 'SDN'], ['سومالی', 'SOM'], ['تایلند', 'THA'],
    ['ژاپن', 'JPN'], ['کانادا', 'CAN'], ['استرالیا', 'AUS'],
  ],
  Arabic: [
    ['إيران', 'IRN'], ['تركيا', 'TUR'], ['السعودية', 'SAU'], ['المملكة العربية السعودية', 'SAU'], ['الإمارات', 'ARE'], ['الامارات', 'ARE'],
    ['الإمارات العربية المتحدة', 'ARE'], ['الجزائر', 'DZA'], ['المغرب', 'MAR'], ['ليبيا', 'LBY'], ['العراق', 'IRQ'], ['سوريا', 'SYR'],
    ['سورية', 'SYR'], ['الأردن', 'JOR'], ['الاردن', 'JOR'], ['فلسطين', 'PSE'], ['الكويت', 'KWT'], ['البحرين', 'BHR'], ['عُمان', 'OMN'],
    ['سلطنة عمان', 'OMN'], ['اليمن', 'YEM'], ['السودان', 'SDN'], ['الصومال', 'SOM'], ['باكستان', 'PAK'], ['أفغانستان', 'AFG'],
    ['ماليزيا', 'MYS'], ['إندونيسيا', 'IDN'], ['اندونيسيا', 'IDN'], ['الولايات المتحدة', 'USA'], ['الولايات المتحدة الأمريكية', 'USA'],
    ['أمريكا', 'USA'], ['المملكة المتحدة', 'GBR'], ['بريطانيا', 'GBR'], ['فرنسا', 'FRA'], ['ألمانيا', 'DEU'], ['هولندا', 'NLD'],
    ['روسيا', 'RUS'], ['الصين', 'CHN'], ['الهند', 'IND'], ['نيجيريا', 'NGA'], ['السنغال', 'SEN'], ['ساحل العاج', 'CIV'],
    ['كوت ديفوار', 'CIV'], ['قيرغيزستان', 'KGZ'], ['موريتانيا', 'MRT'], ['جزر القمر', 'COM'], ['بنغلاديش', 'BGD'], ['أذربيجان', 'AZE'],
    ['كازاخستان', 'KAZ'], ['أوزبكستان', 'UZB'], ['طاجيكستان', 'TJK'], ['تركمانستان', 'TKM'],
  ],
  Turkish: [
    ['İran', 'IRN'], ['Irak', 'IRQ'], ['Suriye', 'SYR'], ['Suudi Arabistan', 'SAU'], ['Birleşik Arap Emirlikleri', 'ARE'], ['BAE', 'ARE'],
    ['Mısır', 'EGY'], ['Misir', 'EGY'], ['Cezayir', 'DZA'], ['Fas', 'MAR'], ['Tunus', 'TUN'], ['Afganistan', 'AFG'], ['Kırgızistan', 'KGZ'],
    ['Kirgizistan', 'KGZ'], ['Kazakistan', 'KAZ'], ['Özbekistan', 'UZB'], ['Türkmenistan', 'TKM'], ['Azerbaycan', 'AZE'],
    ['Almanya', 'DEU'], ['Hollanda', 'NLD'], ['Fransa', 'FRA'], ['İngiltere', 'GBR'], ['Birleşik Krallık', 'GBR'], ['ABD', 'USA'],
    ['Amerika Birleşik Devletleri', 'USA'], ['Rusya', 'RUS'], ['Çin', 'CHN'], ['Japonya', 'JPN'], ['Malezya', 'MYS'],
    ['Endonezya', 'IDN'], ['Bosna-Hersek', 'BIH'], ['Bosna Hersek', 'BIH'], ['Fildişi Sahili', 'CIV'], ['Filistin', 'PSE'],
    ['Katar', 'QAT'], ['Kuveyt', 'KWT'], ['Ürdün', 'JOR'], ['Lübnan', 'LBN'], ['Somali', 'SOM'], ['Nijerya', 'NGA'], ['Bangladeş', 'BGD'],
    ['Tacikistan', 'TJK'],
  ],
  // Chromium has no Azerbaijani names: the importer reads the ones the language's chunk brings (src/core/azerbaijani.ts).
  Azerbaijani: [
    ['Əfqanıstan', 'AFG'], ['Azərbaycan', 'AZE'], ['Bəhreyn', 'BHR'], ['Banqladeş', 'BGD'], ['İndoneziya', 'IDN'], ['İraq', 'IRQ'],
    ['İordaniya', 'JOR'], ['Qazaxıstan', 'KAZ'], ['Qırğızıstan', 'KGZ'], ['Livan', 'LBN'], ['Malayziya', 'MYS'], ['Fələstin', 'PSE'],
    ['Qətər', 'QAT'], ['Səudiyyə Ərəbistanı', 'SAU'], ['Türkiyə', 'TUR'], ['Türkmənistan', 'TKM'], ['Birləşmiş Ərəb Əmirlikləri', 'ARE'],
    ['Özbəkistan', 'UZB'], ['Yəmən', 'YEM'], ['Əlcəzair', 'DZA'], ['Çad', 'TCD'], ['Komor adaları', 'COM'], ['Kotd’ivuar', 'CIV'],
    ['Cibuti', 'DJI'], ['Qabon', 'GAB'], ['Qvineya-Bisau', 'GNB'], ['Liviya', 'LBY'], ['Mərakeş', 'MAR'], ['Seneqal', 'SEN'],
    ['Syerra-Leone', 'SLE'], ['Uqanda', 'UGA'], ['Qayana', 'GUY'], ['Almaniya', 'DEU'], ['Böyük Britaniya', 'GBR'], ['ABŞ', 'USA'], ['BƏƏ', 'ARE'],
  ],
};

describe('matchCountry', () => {
  it('resolves the Al-Mustafa list, exactly as written in its seed, to the right 45 codes', () => {
    expect(AL_MUSTAFA_NAMES).to.have.length(45);
    expect(AL_MUSTAFA_NAMES.map(resolved).join(' ')).to.equal(AL_MUSTAFA_CODES);
    expect(matched('Nederland')).to.include({ how: 'name', language: 'nl' });
    expect(matched('Vatican')).to.include({ how: 'alias', code: 'VAT' });
    expect(matched('Turkey')).to.include({ how: 'alias', code: 'TUR' });
    expect(matched('Gherghizestan (Kirghizstan)')).to.include({ how: 'parenthesis', via: 'Kirghizstan', language: 'fr' });
  });

  for (const [language, cases] of Object.entries(SPELLINGS)) {
    it(`resolves real-world spellings in ${language}`, () => {
      const wrong = cases
        .filter(([cell, code]) => resolved(cell) !== code)
        .map(([cell, code]) => `${cell} → ${resolved(cell)}, not ${code}`);
      expect(wrong).to.deep.equal([]);
    });
  }

  it('has at least 60 spellings in its table, in six languages', () => {
    const all = Object.values(SPELLINGS).flat();
    expect(all.length).to.be.at.least(60);
    expect(Object.keys(SPELLINGS)).to.have.length(6);
    for (const cases of Object.values(SPELLINGS)) expect(cases.length).to.be.at.least(30);
  });

  it('reads ISO alpha-3, alpha-2 and numeric codes, in any case, with Persian digits too', () => {
    for (const cell of ['IRN', 'irn', 'IR', 'ir', '364', '۳۶۴', '٣٦٤']) expect(matched(cell)).to.include({ code: 'IRN', how: 'code' });
    expect(matched('4').code).to.equal('AFG');
    expect(matched('004').code).to.equal('AFG');
    expect(matched('AO').code).to.equal('AGO');
    expect(matchCountry('999').status).to.equal('unknown');
    expect(matchCountry('XKX').status).to.equal('unknown'); // user-assigned, not ISO 3166-1
  });

  it('asks when a lower-case code is also another country’s name', () => {
    // "ao" is Angola's alpha-2 code and "Áo" is Austria in Vietnamese; in capitals it is only the code.
    expect(resolved('ao')).to.equal('ambiguous:AUT/AGO');
  });

  it('reports how each cell matched: exact, or a variant, word order, parenthesis or spelling', () => {
    expect(matched('Pakistan').how).to.equal('name');
    expect(matched('pakistan').how).to.equal('name'); // case is not a difference
    expect(matched('Etats-Unis')).to.include({ how: 'variant', via: 'États-Unis' }); // no accent
    expect(matched('پاكستان')).to.include({ how: 'variant', via: 'پاکستان' }); // Arabic kaf in a Persian name
    expect(matched('Korea, Republic of')).to.include({ how: 'word-order', via: 'Republic of Korea' });
    expect(matched('Guinea (Conakry)')).to.include({ how: 'parenthesis', code: 'GIN' });
    expect(matched('Afghanestan')).to.include({ how: 'spelling', code: 'AFG', via: 'Afghanistan' });
    expect(matched('Phillipines')).to.include({ how: 'spelling', code: 'PHL' });
    expect(matched('Bangaldesh')).to.include({ how: 'spelling', code: 'BGD' });
    for (const how of ['code', 'name', 'alias'] as const) expect(EXACT_MATCHES.has(how)).to.equal(true);
    for (const how of ['variant', 'parenthesis', 'word-order', 'spelling'] as const) expect(EXACT_MATCHES.has(how)).to.equal(false);
  });

  it('stops at names that may mean more than one country, listing them', () => {
    expect(resolved('Congo')).to.equal('ambiguous:COG/COD');
    expect(resolved('Korea')).to.equal('ambiguous:KOR/PRK');
    expect(resolved('کره')).to.equal('ambiguous:KOR/PRK');
    expect(resolved('كوريا')).to.equal('ambiguous:KOR/PRK');
    expect(resolved('England')).to.equal('ambiguous:GBR');
    const korea = matchCountry('Korea');
    expect(korea.status === 'ambiguous' && korea.candidates.map((candidate) => candidate.name)).to.deep.equal([
      'South Korea',
      'North Korea',
    ]);
  });

  it('never corrects a spelling when another country is as close, or nearly', () => {
    expect(resolved('Austrlia')).to.equal('ambiguous:AUS/AUT');
    expect(resolved('Nigerr')).to.equal('ambiguous:NER/NGA');
    expect(resolved('Koreaa')).to.equal('ambiguous:KOR/PRK');
    expect(resolved('Guinea (New)')).to.equal('ambiguous:GIN/PNG');
    expect(resolved('Hong Kong (China)')).to.equal('ambiguous:HKG/CHN');
  });

  it('leaves unknown names unknown, with the closest candidates', () => {
    const atlantis = matchCountry('Atlantis');
    expect(atlantis.status).to.equal('unknown');
    expect(atlantis.status === 'unknown' && atlantis.candidates.length).to.equal(3);
    const typo = matchCountry('Morroco'); // two edits from Morocco: too far to correct, close enough to suggest
    expect(typo.status === 'unknown' && typo.candidates[0]?.code).to.equal('MAR');
    expect(resolved('Gherghizestan')).to.equal('unknown');
    expect(resolved('کشور ایران')).to.equal('unknown');
    expect(resolved('')).to.equal('unknown');
    // A pasted paragraph is longer than any name: not compared letter by letter, no candidates.
    expect(matchCountry('Afghanistan '.repeat(400))).to.deep.equal({ status: 'unknown', candidates: [] });
  });

  it('says Kosovo has no ISO code, by its user-assigned codes and its names, rather than offering other countries', () => {
    for (const cell of [
      'Kosovo',
      'XK',
      'xkx',
      'Kosova',
      'کوزوو',
      'كوسوفو',
      'Kosowo',
      'Republic of Kosovo',
      'Kosovo (UNSCR 1244/99)',
      'Kosovo*',
    ]) {
      expect(matchCountry(cell), cell).to.deep.equal({ status: 'unknown', candidates: [], reason: 'no-iso-code' });
    }
    expect(matchCountry('-')).to.not.have.property('reason');
    expect(resolved('Serbia (with Kosovo)')).to.equal('SRB'); // a cell that folds to nothing is not Kosovo
  });
});

describe('the alias table', () => {
  it('names real ISO codes, each alias once', () => {
    const keys = new Set<string>();
    for (const [name, code] of COUNTRY_ALIASES) {
      expect(isAlpha3(code), `${name} → ${code}`).to.equal(true);
      expect(keys.has(foldKey(name)), `${name} listed twice`).to.equal(false);
      keys.add(foldKey(name));
    }
    for (const [name, codes] of Object.entries(AMBIGUOUS_NAMES)) {
      for (const code of codes) expect(isAlpha3(code), `${name} → ${code}`).to.equal(true);
      expect(keys.has(foldKey(name)), `${name} is both an alias and ambiguous`).to.equal(false);
    }
  });

  it('never contradicts a name Intl.DisplayNames gives (an alias resolves to its own country)', () => {
    const wrong = COUNTRY_ALIASES.filter(([name, code]) => resolved(name) !== code).map(
      ([name, code]) => `${name}: ${resolved(name)}, not ${code}`,
    );
    expect(wrong).to.deep.equal([]);
  });
});
