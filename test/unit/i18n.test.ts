import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import { addEnglish, catalogOf, msg, UI_LANGUAGES, type Message, type MessageKey, type PluralCategory } from '../../src/core/i18n.js';
import { MAP_ENGLISH } from '../../src/core/en/map.js';
import { ON_DEMAND_ENGLISH } from '../../src/core/en/on-demand.js';
import { TREND_ENGLISH } from '../../src/core/en/trend.js';

const english = catalogOf('en')!;
const keys = Object.keys(english) as MessageKey[];
const forms = (message: Message): [string, string][] => (typeof message === 'string' ? [['text', message]] : Object.entries(message));
const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!));
/** Every text of `language`'s catalog (each form of a plural message), with where it is: "ar.tableTruncated.text". */
const texts = (language: string) =>
  keys.flatMap((key) => forms(catalogOf(language)![key]).map(([form, text]) => ({ where: `${language}.${key}.${form}`, form, text })));
const union = (message: Message) => new Set(forms(message).flatMap(([, text]) => [...placeholders(text)]));

/** Plural categories that select more than one whole number: their text must show the figure. */
function sharedCategories(language: string): Set<string> {
  const rules = new Intl.PluralRules(language);
  const seen = new Map<string, number>();
  for (let n = 0; n <= 1000; n++) seen.set(rules.select(n), (seen.get(rules.select(n)) ?? 0) + 1);
  return new Set([...seen].filter(([, count]) => count > 1).map(([category]) => category));
}

/** Messages a language writes exactly as English does, because the word is the same in both. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  fr: ['source', 'sources', 'continents', 'total'],
  ms: ['trend'],
  id: ['total'],
  az: ['mapRegion', 'tableRegion'],
  pt: ['total'],
};

/** Latin marks a language's file writes in its script's own form (URLs, markup and placeholders aside). */
const LATIN_PUNCTUATION: Record<string, RegExp> = { ar: /[,;?]/, fa: /[,;?]/, ur: /[,;?]/, zh: /[,;:!?()]/ };

/** A word a file must not use where its other strings use another for the same thing (the one it uses, glossed). */
const ONE_WORD: Record<string, [RegExp, string][]> = {
  ar: [[/بلد/, 'دولة (country)']],
  fa: [[/بارگیری/, 'بارگذاری (load)']],
  ur: [
    [/ذرائع/, 'ماخذ (sources)'],
    [/ڈیٹا سیٹ/, 'ڈیٹاسیٹ (dataset)'],
    [/کوئی خطے/, 'کوئی خطہ (any region: singular after کوئی)'],
  ],
  bn: [[/উৎস/, 'সূত্র (source)']],
  pt: [[/percentage/i, 'proporção (share, the column’s word; Brazil writes porcentagem)']],
  ru: [[/участник/, 'страна-член (member country)']],
  ms: [
    [/\bahli\b/, 'anggota (member)'],
    [/peratus/i, 'bahagian (share, the column’s word)'],
  ],
  id: [[/persen/i, 'pangsa (share, the column’s word)']],
  az: [
    [/verilənlər/, 'məlumat (data)'],
    [/ehtimal/, 'dolayı yolla müəyyən edilib (inferred; “ehtimal əsasında” is “by probability”)'],
  ],
};

describe('UI catalogs', () => {
  it('ship thirteen languages', () => {
    expect(UI_LANGUAGES).to.deep.equal(['en', 'fa', 'ar', 'fr', 'tr', 'ms', 'ur', 'id', 'bn', 'ru', 'az', 'zh', 'pt']);
  });

  it('keeps French punctuation on its word’s line: a no-break space before “:” and inside « », a narrow one before “;”, “?” and “!”', () => {
    for (const { where, text } of texts('fr')) {
      // A plain space there lets a line end before the colon, and the next begin with it.
      expect(text, where).to.not.match(/ [:;?!»]|« /);
      expect(text.replace(/\u00a0[:»]|«\u00a0|\u202f[;?!]/g, ''), where).to.not.match(/[\u00a0\u202f][:;?!»]/);
    }
  });

  it('writes the punctuation of its script: Arabic, Persian and Urdu ، ؛ ؟, Chinese full-width marks', () => {
    for (const [language, latin] of Object.entries(LATIN_PUNCTUATION))
      for (const { where, text } of texts(language)) expect(text.replace(/<[^>]*>|\{\w+\}/g, ''), where).to.not.match(latin);
  });

  it('calls one thing by one word throughout a language’s file', () => {
    for (const [language, words] of Object.entries(ONE_WORD))
      for (const [avoid, use] of words)
        for (const { where, text } of texts(language)) expect(text, `${where}: the file says ${use}`).to.not.match(avoid);
  });

  it('says a sentence as the language does, not word for word from English', () => {
    const expected: [string, MessageKey, string][] = [
      // "which they are is an inference": now "the list is inferred", "the region of each country is inferred".
      ['pt', 'listInferred', 'As fontes dão apenas o número de países; a lista é inferida.'],
      ['pt', 'regionsInferred', 'As fontes dão apenas quantos países tem cada região; a região de cada país é inferida.'],
      ['ms', 'listInferred', 'Sumber hanya memberikan bilangan negara; senarai negaranya disimpulkan.'],
      ['id', 'listInferred', 'Sumber hanya memberikan jumlah negara; daftar negaranya disimpulkan.'],
      ['id', 'regionsInferred', 'Sumber hanya memberikan jumlah negara tiap kawasan; kawasan setiap negara disimpulkan.'],
      ['ms', 'regionsInferred', 'Sumber hanya memberikan bilangan negara bagi setiap rantau; rantau setiap negara disimpulkan.'],
      // "The regions were compiled" (as a list is): now "set apart", as Russian says of regions.
      ['ru', 'regionsDataset', 'Регионы выделены для этого набора данных: источники регионов не указывают.'],
      // "Counted country by country, every bar…" had no noun for "counted" to agree with: now "Country by country, …".
      ['fr', 'barsCountOfOne', 'Pays par pays, chaque barre vaudrait 1\u00a0: il n’y a rien à comparer ici.'],
    ];
    for (const [language, key, text] of expected) expect(msg(language, key, { one: 1 }), `${language}.${key}`).to.equal(text);
  });

  it('puts no Arabic counted noun after a figure that does not choose its form', () => {
    // "أول ١٠ صف" ("the first 10 row"): only a plural message's {count} picks the noun's form (3–10 plural, 11+ singular).
    for (const { where, form, text } of texts('ar')) {
      const free = form === 'text' ? text : text.replace(/\{count\}/g, '');
      expect(free, where).to.not.match(/\{\w+\} (?:صف|دول|منطق|عضو|أعضاء|جامع)/);
    }
    expect(msg('ar', 'tableTruncated', { shown: 10, count: 57 })).to.equal('الصفوف الأولى (١٠ من أصل ٥٧)؛ ملف CSV يتضمنها كلها.');
  });

  for (const language of UI_LANGUAGES) {
    describe(language, () => {
      const catalog = () => catalogOf(language)!;

      it('has every key English has, and no other', () => {
        expect(Object.keys(catalog()).sort()).to.deep.equal([...keys].sort());
        for (const key of keys) {
          for (const [form, text] of forms(catalog()[key])) expect(text.trim(), `${language}.${key}.${form}`).to.not.equal('');
        }
      });

      it('translates every message with words (an English string left in place is no translation)', () => {
        if (language === 'en') return;
        const same = keys.filter(
          (key) =>
            JSON.stringify(catalog()[key]) === JSON.stringify(english[key]) &&
            forms(english[key]).some(([, text]) => /[A-Za-z]/.test(text.replace(/\{\w+\}/g, ''))),
        );
        expect(same).to.deep.equal(SAME_AS_ENGLISH[language] ?? []);
      });

      it('gives each plural message every form the language needs, and none it never uses', () => {
        const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories as PluralCategory[];
        for (const key of keys) {
          const message = catalog()[key];
          if (typeof message === 'string') continue;
          expect(Object.keys(message).sort(), `${language}.${key}`).to.deep.equal([...needed].sort());
          // A plural message is chosen by its count: English must pass one.
          expect(union(english[key]).has('count'), `en.${key} has no {count}`).to.equal(true);
        }
      });

      it('uses the placeholders English fills in, in every form', () => {
        const shared = sharedCategories(language);
        for (const key of keys) {
          const expected = union(english[key]);
          const message = catalog()[key];
          expect([...union(message)].sort(), `${language}.${key}`).to.deep.equal([...expected].sort());
          for (const [form, text] of forms(message)) {
            const found = placeholders(text);
            for (const name of expected) {
              // "دولة واحدة", "دولتان": a form for exactly one number may spell the count out.
              if (name === 'count' && form !== 'text' && !shared.has(form)) continue;
              expect(found.has(name), `${language}.${key}.${form} lacks {${name}}`).to.equal(true);
            }
          }
        }
      });
    });
  }
});

describe('English of the lazy chunks', () => {
  it('is English once their code has loaded, and every other language has it too', () => {
    expect(msg('en', 'trendKeys')).to.equal(TREND_ENGLISH.trendKeys);
    expect(msg('en-GB', 'downloadPng')).to.equal('Download PNG');
    expect(msg('en', 'mapMissing', { count: 1 })).to.equal('No data for 1 country.');
    for (const key of Object.keys({ ...MAP_ENGLISH, ...ON_DEMAND_ENGLISH, ...TREND_ENGLISH }) as MessageKey[]) {
      for (const language of UI_LANGUAGES) expect(catalogOf(language)![key], `${language} ${key}`).to.not.equal(undefined);
    }
  });

  it('is added by addEnglish() and replaces nothing a translation says', () => {
    const before = msg('fa', 'close');
    addEnglish({ close: 'Close' });
    expect(msg('en', 'close')).to.equal('Close');
    expect(msg('fa', 'close')).to.equal(before);
    expect(before).to.not.equal('Close');
  });
});

describe('msg plural forms', () => {
  it('writes 1 apart from many in every English message with a count, but the few that read the same for any count', () => {
    // Issue 12: "1 country", not "1 countries". A new message with {count} is plural, or joins this reviewed list.
    const anyCount = ['andMore', 'namedInSources', 'notShown', 'other'];
    const counted = keys.filter((key) => union(english[key]).has('count'));
    expect(counted.length).to.be.above(10);
    expect(counted.filter((key) => typeof english[key] === 'string').sort()).to.deep.equal(anyCount);
    for (const key of counted.filter((key) => typeof english[key] !== 'string')) {
      const message = english[key] as Record<string, string>;
      expect(Object.keys(message).sort(), key).to.deep.equal(['one', 'other']);
      expect(message.one!.replace('{count}', '#'), key).to.not.equal(message.other!.replace('{count}', '#'));
      // One reads as one: no count noun of the other form's (countries, rows, regions…) after it.
      const one = msg('en', key, { count: 1 });
      expect(one, key).to.not.match(/\b1 (countries|rows|regions|members|sources|universities|students|metrics)\b/);
      expect(one, key).to.not.equal(msg('en', key, { count: 2 }).replace(/\b2\b/, '1'));
    }
  });

  it('agrees in English: 1 country, 2 countries', () => {
    expect(msg('en', 'mapMissing', { count: 1 })).to.equal('No data for 1 country.');
    expect(msg('en', 'mapMissing', { count: 2 })).to.equal('No data for 2 countries.');
    const countries = msg('en', 'countMembers', { count: 1 });
    expect(msg('en', 'mapSummaryRegions', { countries, list: 'Asia 1' })).to.equal('Map of 1 member country by region: Asia 1.');
    expect(msg('en', 'countVisitors', { count: 45 })).to.equal('45 countries of visitors');
    expect(msg('en', 'mapReach', { count: 1_234, home: 'Pakistan' })).to.equal('Our network reaches 1,234 countries from Pakistan.');
    // French names take an article (le Sénégal, l’Iran, la Turquie) that a placeholder cannot know: none is needed.
    expect(msg('fr', 'mapReach', { count: 56, home: 'Sénégal' })).to.equal('Pays membre\u00a0: Sénégal. Notre réseau le relie à 56 pays.');
  });

  it('takes the Russian one, few and many forms', () => {
    const missing = (count: number) => msg('ru', 'mapMissing', { count });
    expect(missing(1)).to.equal('Нет данных для 1 страны.');
    expect(missing(21)).to.equal('Нет данных для 21 страны.');
    expect(missing(3)).to.equal('Нет данных для 3 стран.');
    expect(missing(11)).to.equal('Нет данных для 11 стран.');
    const reach = (count: number) => msg('ru', 'mapReach', { count, home: 'Пакистан' });
    expect(reach(1)).to.equal('Пакистан: наша сеть охватывает 1 страну.');
    expect(reach(22)).to.equal('Пакистан: наша сеть охватывает 22 страны.');
    expect(reach(56)).to.equal('Пакистан: наша сеть охватывает 56 стран.');
    expect(msg('ru', 'tableTruncated', { shown: 2000, count: 2501 })).to.equal(
      'Показаны первые 2\u00a0000 из 2\u00a0501 строки; файл CSV содержит их все.',
    );
  });

  it('takes the six Arabic forms, with Arabic-Indic digits', () => {
    const reach = (count: number) => msg('ar', 'mapReach', { count, home: 'مصر' });
    expect(reach(0)).to.equal('لا تمتد شبكتنا من مصر إلى أي دولة.');
    expect(reach(1)).to.equal('تمتد شبكتنا من مصر إلى دولة واحدة.');
    expect(reach(2)).to.equal('تمتد شبكتنا من مصر إلى دولتين.');
    expect(reach(3)).to.equal('تمتد شبكتنا من مصر إلى ٣ دول.');
    expect(reach(56)).to.equal('تمتد شبكتنا من مصر إلى ٥٦ دولة.');
    const countries = msg('ar', 'countMembers', { count: 57 });
    expect(msg('ar', 'mapSummaryRegions', { countries, list: '…' })).to.equal('خريطة ٥٧ دولة عضوًا حسب المنطقة: ….');
    expect(msg('ar', 'countVisitors', { count: 2 })).to.equal('دولتي زوار');
    // The names a bar's "Other" folds beyond those its tooltip lists: one and two spelled out, as above.
    const more = (count: number) => msg('ar', 'andMore', { list: 'مصر', count });
    expect([1, 2, 3, 11].map(more)).to.deep.equal(['مصر وواحدة أخرى', 'مصر واثنتان أخريان', 'مصر و٣ أخرى', 'مصر و١١ أخرى']);
  });

  it('follows each language and region: French singular for 0 and 1, Portugal unlike Brazil for 0', () => {
    expect(msg('fr', 'other', { count: 1 })).to.equal('Autre (1)');
    expect(msg('fr', 'other', { count: 0 })).to.equal('Autre (0)');
    expect(msg('fr', 'other', { count: 47 })).to.equal('Autres (47)');
    expect(msg('fr', 'other', { count: 1_000_000 })).to.equal('Autres (1\u202f000\u202f000)');
    expect(msg('pt', 'mapMissing', { count: 0 })).to.equal('Sem dados para 0 país.');
    expect(msg('pt-PT', 'mapMissing', { count: 0 })).to.equal('Sem dados para 0 países.');
    expect(msg('ur', 'mapMissing', { count: 1 })).to.equal('1 ملک کا ڈیٹا دستیاب نہیں۔');
    expect(msg('ur', 'mapMissing', { count: 2 })).to.equal('2 ممالک کا ڈیٹا دستیاب نہیں۔');
  });

  it('writes one text for every count where nouns do not change after a numeral, in native digits', () => {
    expect(msg('fa', 'mapMissing', { count: 1 })).to.equal('برای ۱ کشور داده‌ای نیست.');
    expect(msg('fa', 'mapMissing', { count: 5 })).to.equal('برای ۵ کشور داده‌ای نیست.');
    expect(msg('tr', 'mapMissing', { count: 1 })).to.equal('1 ülke için veri yok.');
    expect(msg('zh', 'mapMissing', { count: 3 })).to.equal('3 个国家无数据。');
    expect(msg('bn', 'mapMissing', { count: 3 })).to.equal('৩টি দেশের কোনো ডেটা নেই।');
    expect(msg('ur-u-nu-arabext', 'other', { count: 47 })).to.equal('دیگر (۴۷)');
  });

  it('sets no space between Chinese characters, and keeps the file’s space between a figure and a character', () => {
    const countries = msg('zh', 'countMembers', { count: 1 });
    expect(msg('zh', 'mapSummaryPlain', { countries })).to.equal('1 个成员国的地图。');
    expect(msg('zh', 'mapSummaryRegions', { countries, list: '亚洲 1' })).to.equal('按地区显示 1 个成员国的地图：亚洲 1。');
    // A figure of ten thousand or more ends in a character ("12万"), a smaller one in a digit.
    expect(msg('zh', 'periodNote', { value: '12万', period: '疫情前' })).to.equal('来源仅以“疫情前”标注 12万的时间，未给出年份。');
    expect(msg('zh', 'periodNote', { value: '5,000', period: '疫情前' })).to.equal('来源仅以“疫情前”标注 5,000 的时间，未给出年份。');
    const rose = { metric: '学生', from: '12万', fromWhen: '2019 年', to: '15万', toWhen: '2020 年' };
    expect(msg('zh', 'trendRose', rose)).to.equal('学生从2019 年的 12万增至2020 年的 15万。');
    expect(msg('zh', 'andMore', { list: '中国、日本', count: 3 })).to.equal('中国、日本及其他 3 个');
    expect(msg('en', 'andMore', { list: 'China, Japan', count: 3 })).to.equal('China, Japan and 3 more');
    // Every language but Chinese keeps the spaces its text has.
    expect(msg('ja', 'andMore', { list: '中国、日本', count: 3 })).to.equal('中国、日本 and 3 more');
  });

  it('uses English rules for the English text a page in another language falls back to', () => {
    // Japanese has a single plural category: with its rules the English text would say "1 countries".
    expect(msg('ja', 'mapMissing', { count: 1 })).to.equal('No data for 1 country.');
    expect(msg('de', 'mapMissing', { count: 3 })).to.equal('No data for 3 countries.');
  });

  it('takes the general form without a count, and leaves strings as given, isolated when written the other way', () => {
    expect(msg('en', 'mapMissing')).to.equal('No data for {count} countries.');
    expect(msg('en', 'errorHttp', { url: 'a.json', status: '404' })).to.equal('Could not load a.json: HTTP 404');
    expect(msg('fa', 'errorHttp', { url: 'a.json', status: '404' })).to.equal('بارگذاری \u2068a.json\u2069 ممکن نشد: HTTP 404');
  });

  it('creates one Intl.PluralRules per locale however often it is asked', () => {
    const Original = Intl.PluralRules;
    let created = 0;
    const Counting = class extends Original {
      constructor(...args: ConstructorParameters<typeof Intl.PluralRules>) {
        super(...args);
        created++;
      }
    };
    const intl = Intl as { PluralRules: typeof Intl.PluralRules };
    intl.PluralRules = Counting as unknown as typeof Intl.PluralRules;
    try {
      for (let n = 0; n < 100; n++) msg('ru-KZ', 'mapMissing', { count: n });
      for (let n = 0; n < 100; n++) msg('ar-EG', 'mapReach', { count: n, home: 'x' });
    } finally {
      intl.PluralRules = Original;
    }
    expect(created).to.equal(2);
  });
});
