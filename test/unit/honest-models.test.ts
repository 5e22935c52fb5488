/** What the models say about what the sources do not know, for the three bundled networks, in en, fa and ar. */
import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import { aboutData } from '../../src/core/about-data.js';
import { aboutScope, formatSourceDate, scopeSources } from '../../src/core/about.js';
import { significantDigits, withinParentheses } from '../../src/core/aggregate.js';
import { roundSignificant } from '../../src/core/growth.js';
import { metricGrowth } from '../../src/core/growth.js';
import { barRows, barsContext } from '../../src/core/bars-model.js';
import { countriesKnowledge, regionGrouping } from '../../src/core/knowledge.js';
import { msg } from '../../src/core/i18n.js';
import { formatYear } from '../../src/core/locale.js';
import { mapModel } from '../../src/core/map-model.js';
import { countryOverlap, overlapModel } from '../../src/core/overlap.js';
import { regionsModel, waffleLayout } from '../../src/core/regions-model.js';
import { sparklinePath } from '../../src/core/sparkline.js';
import { statModel } from '../../src/core/stat-model.js';
import { tableModel } from '../../src/core/table-model.js';
import type { Dataset, Total } from '../../src/core/types.js';
import { validateDataset } from '../../src/core/validate.js';
import { AL_MUSTAFA } from '../../src/generated/al-mustafa.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { SILK_ROAD } from '../../src/generated/silk-road.js';

const cinvu = validateDataset(CINVU);
const silkRoad = validateDataset(SILK_ROAD);
const alMustafa = validateDataset(AL_MUSTAFA);

function series(totals: Omit<Total, 'metric' | 'source'>[]): Dataset {
  return validateDataset({
    version: 1,
    network: { id: 'n', name: 'N' },
    metrics: [{ id: 'm', label: 'Students' }],
    members: [],
    totals: totals.map((total) => ({ ...total, metric: 'm', source: 's' })),
    sources: [{ id: 's', title: 'Report' }],
  });
}

describe('growth: computed, and never more precise than its inputs', () => {
  it('counts the digits a figure is written with, in its largest unit', () => {
    expect([22_000_000, 30_000_000, 8_000_000, 1_500_000, 173, 40, 0.05].map(significantDigits)).to.deep.equal([2, 2, 1, 2, 3, 2, 1]);
    expect(roundSignificant(36.36, 2, 'floor')).to.equal(36);
    expect(roundSignificant(36.36, 2, 'ceil')).to.equal(37);
    expect(roundSignificant(175, 1)).to.equal(200);
    expect(roundSignificant(-4.55, 2, 'nearest')).to.equal(-4.5);
  });

  it('reads 22\u00a0million → more than 30\u00a0million as at least +33%: 22\u00a0million may stand for up to 22,500,000', () => {
    const growth = metricGrowth(cinvu, 'virtual-students')!;
    expect(growth).to.include({ ratio: 0.33, digits: 2, qualifier: 'at-least', computed: true, fromYear: 2020, toYear: 2021 });
    expect(growth.from.source).to.equal('nlai-2020-11-18');
    expect(growth.to.source).to.equal('cinvu-2021-10-20');
  });

  it('is at most when the earlier figure is a lower bound, about when either is approximate, nothing when both are bounds', () => {
    const growth = (from: Partial<Total>, to: Partial<Total>) =>
      metricGrowth(
        series([
          { year: 2020, value: 22, ...from },
          { year: 2021, value: 30, ...to },
        ]),
        'm',
      );
    expect(growth({ qualifier: 'more-than' }, {})).to.include({ qualifier: 'at-most', ratio: 0.37 });
    expect(growth({ qualifier: 'about' }, {})).to.include({ qualifier: 'about', ratio: 0.36 });
    expect(growth({ qualifier: 'at-least' }, { qualifier: 'more-than' })).to.equal(undefined);
    expect(growth({ qualifier: 'about' }, { qualifier: 'more-than' })).to.equal(undefined);
    // One significant digit in 8 million: +175% is "+200%", no finer.
    expect(growth({ value: 8_000_000 }, { value: 22_000_000 })).to.include({ ratio: 2, digits: 1 });
  });

  it('says so on the tile: at least, since when, computed from which two sources', () => {
    const en = statModel(cinvu, 'virtual-students', 'en')!;
    expect(en.growth).to.equal('at least +33% since 2020');
    expect(en.growthComputed).to.equal(true);
    expect(en.growthSources!.map((source) => source.id)).to.deep.equal(['nlai-2020-11-18', 'cinvu-2021-10-20']);
    expect(en.growthNote).to.equal(
      'Computed from two figures: 22\u00a0million in 2020 (National Library and Archives of Iran [Public Relations]) ' +
        'and more than 30\u00a0million in 2021 (CINVU [Public Relations]). 22\u00a0million may be rounded (up to 22,500,000).',
    );
    expect(statModel(cinvu, 'virtual-students', 'fa')!.growth).to.equal('دست‌کم \u200e+۳۳٪ نسبت به ۲۰۲۰');
    expect(statModel(cinvu, 'virtual-students', 'ar')!.growth).to.match(/^ما لا يقل عن .*٣٣٪.* منذ ٢٠٢٠$/);
  });

  it('says on the tile that a sum of the members’ figures is derived, how many it adds up, and cites their source', () => {
    const members = (values: (number | undefined)[], source = 's'): Dataset =>
      validateDataset({
        version: 1,
        network: { id: 'n', name: 'N' },
        metrics: [{ id: 'm', label: 'Students', ...(source ? { source } : {}) }],
        members: ['PAK', 'TUR', 'EGY'].map((country, index) => ({
          country,
          values: values[index] === undefined ? {} : { m: values[index] },
        })),
        sources: [{ id: 's', title: 'Survey' }],
      });
    // 24,000 is written to the thousand: so is the sum, 25,000, never 24,600 (more precise than one of its figures).
    const all = statModel(members([100, 24_000, 500]), 'm', 'en')!;
    expect(all.value).to.equal(25_000);
    expect(statModel(members([100, 24_600, 500]), 'm', 'en')!.value).to.equal(25_200);
    expect(all.qualifier).to.equal(undefined);
    expect(all.notes).to.deep.equal(['The sum of the members’ figures: no total is published.']);
    expect(all.source?.id).to.equal('s');
    // The members' figures with no source of their own cite none, not the dataset's only source (which may give
    // only the list): the tile then says "Source: none given in the data".
    const unsourced = statModel(members([100, 24_000, 500], ''), 'm', 'en')!;
    expect([unsourced.source?.id ?? 'none', unsourced.sources.length]).to.deep.equal(['none', 0]);
    const some = statModel(members([100_000, 24_500, undefined]), 'm', 'en')!;
    expect(some.qualifier).to.equal('at-least');
    // 100,000 + 24,500 = 124,500: "at least 125 thousand" would not be true.
    expect([some.short, some.long]).to.deep.equal(['124K+', 'at least 124\u00a0thousand']);
    expect(some.notes).to.deep.equal(['The sum of the figures of 2 of the 3 members (the other has none): no total is published.']);
    expect(statModel(members([100_000, 24_500, undefined]), 'm', 'fa')!.notes[0]).to.contain('جمع رقم‌های ۲ عضو از ۳ عضو');
  });

  it('says how many members have no figure with the plural of their own count, in every language', () => {
    // `figures` members, the first `withFigure` of them with a figure.
    const note = (figures: number, withFigure: number, locale: string) =>
      statModel(
        validateDataset({
          version: 1,
          network: { id: 'n', name: 'N' },
          metrics: [{ id: 'm', label: 'Students' }],
          members: ['PAK', 'TUR', 'EGY', 'IRN', 'MYS'].slice(0, figures).map((country, index) => ({
            country,
            values: index < withFigure ? { m: 100 } : {},
          })),
          sources: [{ id: 's', title: 'Survey' }],
        }),
        'm',
        locale,
      )!.notes[0];
    expect(note(2, 1, 'en')).to.equal('The sum of the figures of 1 of the 2 members (the other has none): no total is published.');
    expect(note(3, 1, 'en')).to.equal('The sum of the figures of 1 of the 3 members (the other 2 have none): no total is published.');
    expect(note(2, 1, 'fr')).to.equal('Somme des chiffres de 1 des 2 membres (1 autre membre n’en a pas)\u00a0: aucun total n’est publié.');
    expect(note(3, 1, 'fr')).to.equal('Somme des chiffres de 1 des 3 membres (les 2 autres n’en ont pas)\u00a0: aucun total n’est publié.');
    expect(note(2, 1, 'ar')).to.equal('مجموع أرقام ١ من الأعضاء البالغ عددهم ٢ (لا رقم للعضو الآخر): لم يُنشر إجمالي.');
    expect(note(3, 1, 'ar')).to.equal('مجموع أرقام ١ من الأعضاء البالغ عددهم ٣ (لا أرقام للعضوين الآخرين): لم يُنشر إجمالي.');
    expect(note(5, 1, 'ar')).to.equal('مجموع أرقام ١ من الأعضاء البالغ عددهم ٥ (لا أرقام للأعضاء الـ٤ الآخرين): لم يُنشر إجمالي.');
    expect(note(2, 1, 'ru')).to.contain('(у 1 другой страны-члена их нет)');
    expect(note(5, 1, 'ru')).to.contain('(у 4 других стран-членов их нет)');
    expect(note(2, 1, 'tr')).to.contain('(diğerinin rakamı yok)');
    expect(note(3, 1, 'tr')).to.contain('(diğer 2 üyenin rakamı yok)');
    expect(note(2, 1, 'fa')).to.contain('(۱ عضو دیگر رقمی ندارد)');
    expect(note(3, 1, 'fa')).to.contain('(۲ عضو دیگر رقمی ندارند)');
    expect(note(3, 1, 'zh')).to.equal('3 个成员中 1 个的数字之和（其余 2 个没有数字）：未公布总数。');
  });

  it('names the period when the earlier figure has no year', () => {
    const data = series([
      { period: { label: 'before the pandemic', sortYear: 2019 }, value: 8_000_000 },
      { year: 2020, value: 22_000_000 },
    ]);
    expect(statModel(data, 'm', 'en')!.growth).to.equal('+200% on the figure before the pandemic');
  });

  it('nests a source name’s own parentheses as square brackets inside the note’s, in every language', () => {
    expect(withinParentheses('CINVU (Public Relations)')).to.equal('CINVU [Public Relations]');
    expect(withinParentheses('Organisation of Islamic Cooperation')).to.equal('Organisation of Islamic Cooperation');
    for (const locale of ['en', 'fa', 'ar', 'ur', 'zh', 'fr']) {
      const note = statModel(cinvu, 'virtual-students', locale)!.growthNote!;
      expect(note, locale).to.contain('CINVU [Public Relations]');
      expect(note, locale).not.to.match(/\)\s*[\u2069]?[)）]/);
    }
  });
});

describe('periods: the source’s words, never a year it does not give', () => {
  it('labels the sparkline and the headline time with the period', () => {
    for (const [locale, first] of [
      ['en', 'Before the spread of coronavirus: 8M'],
      ['fa', 'پیش از شیوع ویروس کرونا: ۸\u00a0میلیون'],
      ['ar', 'قبل تفشي فيروس كورونا: ٨\u00a0مليون'],
    ] as const) {
      const model = statModel(cinvu, 'virtual-students', locale)!;
      expect(model.series[0]!.label, locale).to.equal(first);
      expect(model.series.map((point) => point.approximate)).to.deep.equal([true, true, true]);
      expect(model.when).to.equal(locale === 'en' ? '2021' : locale === 'fa' ? '۲۰۲۱' : '٢٠٢١');
    }
    const headline = statModel(series([{ period: { label: 'before the pandemic', sortYear: 2019 }, value: 8 }]), 'm', 'en')!;
    expect(headline.year).to.equal(undefined);
    expect(headline.when).to.equal('Before the pandemic');
    expect(headline.notes).to.deep.equal(['The source dates 8 only as “before the pandemic”: it gives no year.']);
  });

  it('spaces a sparkline with a period evenly, whatever its sort year', () => {
    const points = [
      { year: 2019, value: 8, approximate: true },
      { year: 2020, value: 22, approximate: true },
      { year: 2021, value: 30, approximate: true },
    ];
    const early = sparklinePath(points, 100, 10);
    expect(sparklinePath([{ ...points[0]!, year: 1990 }, ...points.slice(1)], 100, 10)).to.equal(early);
    expect(early).to.match(/^M0,[\d.]+L50,[\d.]+L100,0$/);
  });
});

describe('partial knowledge and what belonging means', () => {
  it('shows Silk Road as 27 member countries, 2 named in the sources', () => {
    const expected = {
      en: ['Member countries', '27', '2 named in the sources'],
      fa: ['کشورهای عضو', '۲۷', 'نام‌برده در منابع: ۲'],
      ar: ['الدول الأعضاء', '٢٧', 'المذكورة في المصادر: ٢'],
    };
    for (const [locale, [label, short, named]] of Object.entries(expected)) {
      const model = statModel(silkRoad, 'countries', locale)!;
      expect([model.label, model.short, model.named], locale).to.deep.equal([label, short, named]);
      expect(model.source?.id).to.equal('asoiu-2020-11-30');
    }
  });

  it('shows Al-Mustafa as at least 45 countries of visitors, listed as examples', () => {
    const expected = {
      en: ['Countries of visitors', '45+', 'at least 45', 'The source lists these as examples (“such as”): there may be more.'],
      fa: ['کشورهای مبدأ بازدیدکنندگان', '۴۵+', 'دست‌کم ۴۵', 'منبع این‌ها را به عنوان نمونه («از جمله») آورده است: ممکن است بیشتر باشند.'],
      ar: ['دول الزوار', '٤٥+', 'ما لا يقل عن ٤٥', 'يذكر المصدر هذه على سبيل المثال («مثل»): قد يكون هناك المزيد.'],
    };
    for (const [locale, [label, short, long, note]] of Object.entries(expected)) {
      const model = statModel(alMustafa, 'countries', locale)!;
      expect([model.label, model.short, model.long, model.notes[0]], locale).to.deep.equal([label, short, long, note]);
      expect(model.qualifier).to.equal('at-least');
    }
    expect(countriesKnowledge(alMustafa, 'en').phrase).to.equal('at least 45 countries of visitors');
    expect(countriesKnowledge(alMustafa, 'ar').phrase).to.equal('ما لا يقل عن ٤٥ دولة زوار');
  });

  it('cites the countries tile: the published count of CINVU, the list of Al-Mustafa', () => {
    expect(statModel(cinvu, 'countries', 'en')!.sourceText).to.equal('Source: CINVU (Public Relations)');
    // 57 in 2020 and in 2021: the tile's growth (0%) cites both counts.
    expect(statModel(cinvu, 'countries', 'en')!.sources.map((source) => source.id)).to.deep.equal([
      'cinvu-2021-10-20',
      'nlai-2020-11-18',
      'oic-members',
    ]);
    expect(statModel(alMustafa, 'countries', 'en')!.source?.id).to.equal('almustafa-relations');
  });

  it('maps the named Silk Road countries and says how many are not shown', () => {
    const summaries = {
      en: 'Map of 27 member countries. The sources name only 2 of 27; the other 25 are not shown. China: listed by inference (see the source’s note).',
      fa: 'نقشهٔ ۲۷ کشور عضو. منابع تنها ۲ مورد از ۲۷ را نام برده‌اند؛ ۲۵ مورد دیگر نشان داده نشده است. چین: به استنباط فهرست شده (یادداشت منبع را ببینید).',
      ar: 'خريطة ٢٧ دولة عضوًا. لا تذكر المصادر إلا ٢ من ٢٧؛ والـ٢٥ الباقية غير معروضة. الصين: مُدرجة بالاستنتاج (انظر ملاحظة المصدر).',
    };
    for (const [locale, summary] of Object.entries(summaries)) {
      const model = mapModel(silkRoad, { locale });
      expect(model.summary, locale).to.equal(summary);
      expect(model.codes).to.deep.equal(['CHN', 'AZE']);
      expect(model.countries.hidden).to.equal(25);
    }
    const en = mapModel(silkRoad, { locale: 'en' });
    expect(en.legend).to.deep.equal({
      title: 'Member countries',
      // What the list names, not "≥2" beside the 27 the sources count.
      entries: [{ colour: 'r1', label: '2 named in the sources' }],
      note: '25 not shown',
    });
    expect(mapModel(silkRoad, { locale: 'fa' }).legend.entries[0]!.label).to.equal('نام‌برده در منابع: ۲');
    expect(mapModel(silkRoad, { locale: 'ar' }).legend.note).to.equal('غير المعروضة: ٢٥');
    // China is a member by inference (the source's note says how): its name and tooltip say so, not Azerbaijan's.
    expect(en.members.map((member) => member.label)).to.deep.equal(['China, listed by inference (see the source’s note)', 'Azerbaijan']);
    expect(en.members.map((member) => member.inferred)).to.deep.equal(['Listed by inference (see the source’s note)', undefined]);
    expect(mapModel(silkRoad, { locale: 'fa' }).members[0]!.label).to.equal('چین، به استنباط فهرست شده (یادداشت منبع را ببینید)');
    expect(en.sources.map((source) => source.id)).to.deep.equal(['asoiu-2020-11-30']);
  });

  it('maps Al-Mustafa by the continents it declares, with lower-bound counts, and says what the list is', () => {
    const en = mapModel(alMustafa, { locale: 'en' });
    expect(en.summary).to.equal(
      'Map of at least 45 countries of visitors by region: Africa ≥14, Americas ≥2, Asia ≥17, Europe ≥11, Oceania ≥1. ' +
        'The source lists these as examples (“such as”): there may be more. ' +
        'The regions are continents, assigned for this dataset: the sources give none.',
    );
    expect(en.legend.title).to.equal('Continents');
    expect(en.legend.entries[2]).to.deep.equal({ colour: 'r3', label: 'Asia (≥17)' });
    const fa = mapModel(alMustafa, { locale: 'fa' });
    expect(fa.summary.startsWith('نقشهٔ دست‌کم ۴۵ کشور مبدأ بازدیدکنندگان به تفکیک منطقه: ')).to.equal(true);
    expect(fa.legend.title).to.equal('قاره‌ها');
    const ar = mapModel(alMustafa, { locale: 'ar' });
    expect(ar.summary.startsWith('خريطة ما لا يقل عن ٤٥ دولة زوار حسب المنطقة: ')).to.equal(true);
    expect(mapModel(alMustafa, { locale: 'en', region: 'americas' }).summary).to.equal(
      'Map of at least 2 countries of visitors by region: Americas ≥2. The regions are continents, assigned for this dataset: the sources give none.',
    );
  });

  it('says regions the dataset drew up itself are neither the sources\' nor continents, under "Regions"', () => {
    const own = validateDataset({
      version: 1,
      network: { id: 'n', name: 'N' },
      regions: [
        { id: 'gulf', name: 'Gulf' },
        { id: 'central-asia', name: 'Central Asia' },
      ],
      metrics: [],
      members: [
        { country: 'QAT', region: 'gulf' },
        { country: 'KAZ', region: 'central-asia' },
      ],
      sources: [{ id: 's', title: 'Members' }],
      regionAssignment: { by: 'dataset', note: 'We grouped the countries ourselves.' },
    });
    const sentence = 'The regions were drawn up for this dataset: the sources give none.';
    expect(regionGrouping(own, 'en')).to.deep.include({ by: 'dataset', title: 'Regions', note: sentence });
    expect(regionGrouping(own, 'en').detail).to.equal('We grouped the countries ourselves.');
    expect(regionGrouping(own, 'fa').note).to.equal('منطقه‌ها برای این مجموعه داده تعریف شده‌اند: منابع منطقه‌ای نمی‌دهند.');
    expect(mapModel(own, { locale: 'en' }).notes).to.deep.equal([sentence]);
    expect(mapModel(own, { locale: 'en' }).legend.title).to.equal('Regions');
    expect(regionsModel(own, 'countries', 'en').notes).to.deep.equal([sentence]);
    expect(tableModel(own, { kind: 'members', locale: 'en' }).notes).to.deep.equal([sentence]);
    expect(tableModel(own, { kind: 'members', locale: 'en' }).columns.map((column) => column.label)).to.include('Region');
    // (No source backs the list: About says so first, as the map's source line does.)
    expect(aboutData(own, aboutScope(own, 'map'), 'en').notes).to.deep.equal([
      'Source: none given in the data',
      sentence,
      'We grouped the countries ourselves.',
    ]);
  });

  it('says on the CINVU map, in one sentence, that its countries and their regions were inferred', () => {
    expect(mapModel(cinvu, { locale: 'en' }).notes).to.deep.equal([
      'The sources give only how many countries each region has; which countries they are is inferred.',
    ]);
    expect(mapModel(cinvu, { locale: 'fa' }).notes[0]).to.equal(
      'منابع تنها شمار کشورهای هر منطقه را می‌گویند؛ اینکه کدام کشورها هستند استنباط شده است.',
    );
    expect(regionGrouping(cinvu, 'ar').detail).to.contain('أفريقيا والمنطقة العربية');
  });

  it('says that the CINVU countries were inferred wherever they are listed: alone without regions, once with them', () => {
    const listInferred = 'The sources give only how many countries there are; which they are is inferred.';
    const both = 'The sources give only how many countries each region has; which countries they are is inferred.';
    expect(countriesKnowledge(cinvu, 'en').notes).to.deep.equal([listInferred]);
    expect(barsContext(cinvu, { metric: 'countries', groupBy: 'country', locale: 'en' }).notes).to.deep.equal([listInferred]);
    expect(barsContext(cinvu, { metric: 'countries', groupBy: 'region', locale: 'en' }).notes).to.deep.equal([both]);
    expect(regionsModel(cinvu, 'countries', 'en').notes).to.deep.equal([both]);
    expect(tableModel(cinvu, { kind: 'members', locale: 'en' }).notes).to.deep.equal([both]);
    // A list the sources give is not said to be inferred; its regions alone are.
    const named = { ...cinvu, listing: { ...cinvu.listing, by: 'source' as const } };
    expect(countriesKnowledge(named, 'en').notes).to.deep.equal([]);
    expect(mapModel(named, { locale: 'en' }).notes).to.deep.equal([
      'The sources give only how many countries each region has; which country is in which region is inferred.',
    ]);
    for (const locale of ['fa', 'ar', 'ur', 'tr', 'fr', 'ms', 'zh']) {
      expect(countriesKnowledge(cinvu, locale).notes[0], locale).to.equal(msg(locale, 'listInferred'));
      expect(mapModel(cinvu, { locale }).notes, locale).to.deep.equal([msg(locale, 'countriesInferred')]);
    }
  });
});

describe('regions: derived, or unavailable with a reason', () => {
  it('makes grouping by region unavailable for Silk Road, in the regions, the bars and the table', () => {
    const messages = {
      en: 'The sources assign no regions, so there is no grouping by region.',
      fa: 'منابع منطقه‌ای تعیین نکرده‌اند، پس دسته‌بندی بر پایهٔ منطقه ممکن نیست.',
      ar: 'لا تحدد المصادر مناطق، فلا يمكن التجميع حسب المنطقة.',
    };
    for (const [locale, message] of Object.entries(messages)) {
      const regions = regionsModel(silkRoad, 'countries', locale);
      expect([regions.available, regions.unavailable, regions.slices.length], locale).to.deep.equal([false, message, 0]);
      expect(barRows(silkRoad, { metric: 'countries', groupBy: 'region', locale })).to.deep.equal([]);
      expect(barsContext(silkRoad, { metric: 'countries', groupBy: 'region', locale }).unavailable).to.equal(message);
      expect(tableModel(silkRoad, { kind: 'regions', locale })).to.include({ unavailable: message });
    }
    // By country the bars are there, and say the list is partial.
    expect(barRows(silkRoad, { metric: 'countries', groupBy: 'country', locale: 'en' }).map((row) => row.key)).to.deep.equal([
      'AZE',
      'CHN',
    ]);
    expect(barsContext(silkRoad, { metric: 'countries', groupBy: 'country', locale: 'en' }).notes).to.deep.equal([
      'The sources name only 2 of 27; the other 25 are not shown.',
      'China: listed by inference (see the source’s note).',
    ]);
  });

  it('draws no empty bars for a metric of which the sources give no figure (CINVU: the network’s totals only)', () => {
    for (const groupBy of ['country', 'region'] as const) {
      const context = barsContext(cinvu, { metric: 'virtual-students', groupBy, locale: 'en' });
      expect(context.unavailable, groupBy).to.equal('Virtual students: the sources give no figures to draw here.');
      // Its sources are still cited: they are where the reader finds the totals.
      expect(context.sources.length, groupBy).to.be.greaterThan(0);
    }
    expect(barsContext(cinvu, { metric: 'virtual-students', groupBy: 'country', locale: 'fa' }).unavailable).to.include('دانشجویان مجازی');
    // Counting the members always has figures; a metric with some figures draws its bars.
    expect(barsContext(cinvu, { metric: 'countries', groupBy: 'region', locale: 'en' }).unavailable).to.equal(undefined);
  });

  it('counts Al-Mustafa’s continents as lower bounds, without shares that would make the examples the whole', () => {
    const model = regionsModel(alMustafa, 'countries', 'en');
    expect(model).to.include({ available: true, title: 'Continents', lowerBound: true });
    expect(model.slices.map((slice) => slice.text)).to.deep.equal([
      'Africa — ≥14',
      'Americas — ≥2',
      'Asia — ≥17',
      'Europe — ≥11',
      'Oceania — ≥1',
    ]);
    expect(model.slices.every((slice) => slice.share === null)).to.equal(true);
    expect(waffleLayout(alMustafa, model, { width: 300, rtl: false, locale: 'en' }).unit).to.equal(
      'Each square is one country of visitors',
    );
    expect(waffleLayout(alMustafa, regionsModel(alMustafa, 'countries', 'fa'), { width: 300, rtl: true, locale: 'fa' }).unit).to.equal(
      'هر مربع یک کشور مبدأ بازدیدکنندگان است',
    );
    const bars = barRows(alMustafa, { metric: 'countries', groupBy: 'region', locale: 'ar' });
    expect(bars[0]).to.include({ key: 'asia', valueText: '≥١٧', valueLong: 'ما لا يقل عن ١٧', lowerBound: true });
  });

  it('rounds a lower bound’s compact figure down at the bars’ ends and in the waffle (never “≥125K” of 124,500)', () => {
    // A made-up metric on Al-Mustafa's list (examples): Asia's members' figures sum to 124,500.
    const asia = alMustafa.members.filter((member) => member.region === 'asia');
    const made = validateDataset({
      ...alMustafa,
      illustrative: true,
      metrics: [{ id: 'guests', label: 'Guests' }],
      members: alMustafa.members.map((member) => (member === asia[0] ? { ...member, values: { guests: 124_500 } } : member)),
    });
    const bar = barRows(made, { metric: 'guests', groupBy: 'region', locale: 'en' }).find((row) => row.key === 'asia');
    expect(bar).to.include({ valueText: '≥124K', lowerBound: true });
    const slice = regionsModel(made, 'guests', 'en').slices.find((each) => each.id === 'asia');
    expect(slice?.text).to.equal('Asia — ≥124K');
    expect(
      barRows(made, { metric: 'guests', groupBy: 'region', locale: 'fa' }).find((row) => row.key === 'asia')?.valueText,
    ).to.not.contain('۱۲۵');
  });

  it('keeps CINVU’s shares, its counts being the published ones', () => {
    const model = regionsModel(cinvu, 'countries', 'en');
    expect(model).to.include({ available: true, title: 'Regions', lowerBound: false });
    expect(model.slices[0]!.text).to.equal('Asia and Oceania — 27 (47%)');
  });
});

describe('tables', () => {
  it('captions and notes the members by what belonging means, with the spellings of the source', () => {
    const visitors = tableModel(alMustafa, { kind: 'members', locale: 'en' });
    expect(visitors.caption).to.equal('Al-Mustafa: countries of visitors');
    expect(visitors.columns.map((column) => column.label)).to.deep.equal(['Country', 'As written in the source', 'Continents']);
    const kyrgyzstan = visitors.rows.find((row) => row.key === 'KGZ')!;
    expect(kyrgyzstan.cells.map((cell) => cell.text)).to.deep.equal(['Kyrgyzstan', 'Gherghizestan (Kirghizstan)', 'Asia']);
    expect(tableModel(alMustafa, { kind: 'members', locale: 'fa' }).caption).to.equal('جامعة المصطفی العالمیة: کشورهای مبدأ بازدیدکنندگان');
    expect(tableModel(alMustafa, { kind: 'members', locale: 'ar' }).caption).to.equal('جامعة المصطفى العالمية: دول الزوار');

    const silk = tableModel(silkRoad, { kind: 'members', locale: 'en' });
    // Its metrics are totals of the alliance, with no figure per country: left out, and said so.
    expect(silk.columns.map((column) => column.id)).to.deep.equal(['country']);
    expect(silk.omitted).to.match(/^Not shown, as the sources give no figure per country: /);
    // China is listed by inference, not named as a member by the source: the table's note names it.
    expect(silk.notes).to.deep.equal([
      'The sources name only 2 of 27; the other 25 are not shown.',
      'China: listed by inference (see the source’s note).',
    ]);
    expect(tableModel(silkRoad, { kind: 'members', locale: 'zh' }).notes[1]).to.equal('中国：据推断列入（见来源说明）。');
  });

  it('says how many the sources leave unnamed with the plural of their own count: “the other is not shown”', () => {
    // Two members named of `total`.
    const notes = (total: number, locale: string) =>
      countriesKnowledge(
        validateDataset({
          version: 1,
          network: { id: 'n', name: 'N' },
          listing: { relation: 'members', extent: 'partial', source: 's' },
          metrics: [],
          members: [{ country: 'PAK' }, { country: 'TUR' }],
          totals: [{ metric: 'countries', year: 2020, value: total, source: 's' }],
          sources: [{ id: 's', title: 'Report' }],
        }),
        locale,
      ).notes;
    expect(notes(3, 'en')).to.deep.equal(['The sources name only 2 of 3; the other is not shown.']);
    expect(notes(4, 'en')).to.deep.equal(['The sources name only 2 of 4; the other 2 are not shown.']);
    expect(notes(3, 'fr')).to.deep.equal(['Les sources n’en nomment que 2 sur 3\u202f; 1 autre n’est pas affiché.']);
    expect(notes(4, 'fr')).to.deep.equal(['Les sources n’en nomment que 2 sur 4\u202f; les 2 autres ne sont pas affichés.']);
    expect(notes(3, 'ar')).to.deep.equal(['لا تذكر المصادر إلا ٢ من ٣؛ والباقي غير معروض.']);
    expect(notes(5, 'ar')).to.deep.equal(['لا تذكر المصادر إلا ٢ من ٥؛ والـ٣ الباقية غير معروضة.']);
    expect(notes(3, 'tr')).to.deep.equal(['Kaynaklar 3 taneden yalnızca 2 tanesinin adını veriyor; diğeri gösterilmiyor.']);
    expect(notes(3, 'pt')).to.deep.equal(['As fontes citam apenas 2 de 3; 1 outro não é mostrado.']);
    expect(notes(3, 'id')).to.deep.equal(['Sumber hanya menyebut 2 dari 3; 1 lainnya tidak ditampilkan.']);
  });

  it('says how many universities the sources name of all', () => {
    expect(tableModel(silkRoad, { kind: 'universities', locale: 'en' }).notes).to.deep.equal([
      'The sources name only 1 of 173; the other 172 are not shown.',
    ]);
    expect(tableModel(silkRoad, { kind: 'universities', locale: 'fa' }).notes).to.deep.equal([
      'منابع تنها ۱ مورد از ۱۷۳ را نام برده‌اند؛ ۱۷۲ مورد دیگر نشان داده نشده است.',
    ]);
  });

  it('drops the shares of a list of examples by region, and marks its counts', () => {
    const model = tableModel(alMustafa, { kind: 'regions', locale: 'en' });
    expect(model.columns.map((column) => column.label)).to.deep.equal(['Continents', 'Countries of visitors']);
    expect(model.footer!.map((cell) => cell.text)).to.deep.equal(['Total', '≥45']);
  });
});

describe('overlap between two networks', () => {
  it('finds 24 countries in both CINVU and Al-Mustafa, 33 only in CINVU, 21 only in Al-Mustafa', () => {
    const overlap = countryOverlap(cinvu, alMustafa);
    expect([overlap.both.length, overlap.onlyThis.length, overlap.onlyOther.length]).to.deep.equal([24, 33, 21]);
    expect(overlap.both).to.include.members(['PAK', 'TUR', 'IDN', 'KGZ', 'COM']);
    expect(overlap.onlyOther).to.include.members(['CHN', 'RUS', 'VAT', 'BIH', 'THA']);
    expect(overlap.onlyThis).to.include.members(['IRN', 'ALB', 'GUY', 'SUR']);
    const reverse = countryOverlap(alMustafa, cinvu);
    expect([reverse.both.length, reverse.onlyThis.length, reverse.onlyOther.length]).to.deep.equal([24, 21, 33]);
  });

  it('gives the legend and the summary with counts, "at least" where a list gives examples, and each list in its words', () => {
    const en = overlapModel(cinvu, alMustafa, 'en');
    // Al-Mustafa's list gives examples: more of its countries may be in both, or only in it; CINVU's is the whole.
    expect(en.groups.map((group) => group.text)).to.deep.equal(['In both (≥24)', 'Only in CINVU (≤33)', 'Only in Al-Mustafa (≥21)']);
    expect(en.summary).to.equal(
      'CINVU compared with Al-Mustafa: in both at least 24, only in CINVU at most 33, only in Al-Mustafa at least 21.',
    );
    expect(en.notes).to.deep.equal([
      'CINVU: 57 member countries. Al-Mustafa: at least 45 countries of visitors.',
      'The list of Al-Mustafa is not complete, so a country shown as only in the other may be in both.',
    ]);
    expect(overlapModel(cinvu, alMustafa, 'fa').groups.map((group) => group.text)).to.deep.equal([
      'در هر دو (≥۲۴)',
      'فقط در شبکه دانشگاه‌های مجازی جهان اسلام (≤۳۳)',
      'فقط در جامعة المصطفی العالمیة (≥۲۱)',
    ]);
    expect(overlapModel(cinvu, alMustafa, 'ar').summary).to.contain('في كليهما');
    expect(overlapModel(cinvu, alMustafa, 'ar').summary).to.contain('٢٤');
  });

  it('colours the compared map by group and draws the other network’s countries too', () => {
    const model = mapModel(cinvu, { locale: 'en', compare: alMustafa });
    expect(model.colouring).to.equal('overlap');
    const colour = (code: string) => [...model.members, ...model.others].find((member) => member.country === code)!.colour;
    expect([colour('PAK'), colour('IRN'), colour('CHN')]).to.deep.equal(['both', 'only-this', 'only-other']);
    expect(model.others).to.have.length(21);
    expect(model.members.find((member) => member.country === 'PAK')!.label).to.equal('Pakistan, In both');
    expect(model.legend.entries.map((entry) => entry.label)).to.deep.equal([
      'In both (≥24)',
      'Only in CINVU (≤33)',
      'Only in Al-Mustafa (≥21)',
    ]);
    expect(model.summary).to.equal(
      'CINVU compared with Al-Mustafa: in both at least 24, only in CINVU at most 33, only in Al-Mustafa at least 21. ' +
        'CINVU: 57 member countries. Al-Mustafa: at least 45 countries of visitors. ' +
        'The list of Al-Mustafa is not complete, so a country shown as only in the other may be in both.',
    );
  });

  it('lists the three groups in a table', () => {
    const model = tableModel(cinvu, { kind: 'overlap', locale: 'en', compare: alMustafa });
    expect(model.caption).to.equal('CINVU and Al-Mustafa: countries compared');
    expect(model.rows).to.have.length(78);
    const groups = new Map<string, number>();
    for (const row of model.rows) groups.set(row.cells[1]!.text, (groups.get(row.cells[1]!.text) ?? 0) + 1);
    expect(Object.fromEntries(groups)).to.deep.equal({ 'In both': 24, 'Only in CINVU': 33, 'Only in Al-Mustafa': 21 });
    expect(model.sources.map((source) => source.id)).to.deep.equal(['oic-members', 'almustafa-relations']);
    expect(tableModel(cinvu, { kind: 'overlap', locale: 'en' }).unavailable).to.equal('No data');
  });
});

describe('About this data', () => {
  it('lists, for the virtual-students tile, its two sources with dates, and how the figures were derived', () => {
    const about = aboutData(cinvu, aboutScope(cinvu, 'stat', { metric: 'virtual-students' }), 'en');
    expect(about.title).to.equal('About this data');
    expect(about.sources.map((source) => [source.id, source.dateText, source.backs])).to.deep.equal([
      ['cinvu-2021-10-20', 'October 20, 2021', ['Virtual students']],
      ['nlai-2020-11-18', 'November 18, 2020', ['Virtual students']],
    ]);
    expect(about.sources[1]).to.include({ language: 'fa', languageName: 'Persian' });
    expect(about.sources[1]!.note).to.contain('no year for the 8 million');
    expect(about.notes).to.deep.equal([
      'The source dates 8\u00a0million only as “before the spread of coronavirus”: it gives no year.',
      'Computed from two figures: 22\u00a0million in 2020 (National Library and Archives of Iran [Public Relations]) ' +
        'and more than 30\u00a0million in 2021 (CINVU [Public Relations]). 22\u00a0million may be rounded (up to 22,500,000).',
    ]);
    // The English metric and period labels translate the Persian source's words (دانشجوی مجازی, پیش از شیوع ویروس کرونا),
    // and its publisher's English name the article's «روابط عمومی سازمان اسناد و کتابخانه ملی».
    expect(about.translated).to.equal(
      'Translated for this dataset, not taken from a source: Virtual students, before the spread of coronavirus, ' +
        'National Library and Archives of Iran (Public Relations).',
    );
  });

  it('lists for the CINVU map the list, the published counts and the region inference, in Persian and Arabic', () => {
    const fa = aboutData(cinvu, aboutScope(cinvu, 'map'), 'fa');
    expect(fa.title).to.equal('دربارهٔ این داده‌ها');
    expect(fa.sources.map((source) => source.id)).to.deep.equal(['cinvu-2021-10-20', 'nlai-2020-11-18', 'oic-members', 'un-m49']);
    // Its publisher as the article names it, on a Persian page; the dataset's English for it elsewhere.
    expect(fa.sources[1]).to.include({
      dateText: '۱۸ نوامبر ۲۰۲۰',
      languageName: 'فارسی',
      publisher: 'روابط عمومی سازمان اسناد و کتابخانه ملی',
    });
    expect(aboutData(cinvu, aboutScope(cinvu, 'map'), 'ar').sources[1]!.publisher).to.equal(
      'National Library and Archives of Iran (Public Relations)',
    );
    expect(fa.sources[1]!.backs).to.deep.equal(['کشورهای عضو', 'مناطق']);
    expect(fa.notes[0]).to.equal('منابع تنها شمار کشورهای هر منطقه را می‌گویند؛ اینکه کدام کشورها هستند استنباط شده است.');
    expect(fa.notes[1]).to.contain('آفریقا و عربی');
    // The Persian names are the source's own, its publisher's too: nothing to flag.
    expect(fa.translated).to.equal(undefined);
    const ar = aboutData(cinvu, aboutScope(cinvu, 'map'), 'ar');
    expect(ar.translated).to.contain('آسيا وأوقيانوسيا').and.contain('شبكة كومستك الإسلامية البينية للجامعات الافتراضية');
    // An Arabic page shows the publisher's English name, which is ours; the other publishers' are their sources'.
    expect(ar.translated)
      .to.contain('National Library and Archives of Iran (Public Relations)')
      .and.not.contain('CINVU (Public Relations)');
    expect(ar.sources[0]!.dateText).to.equal('٢٠ أكتوبر ٢٠٢١');
  });

  it('isolates each name of the translated names written the other way than the sentence, and none in English', () => {
    const FSI = '\u2068';
    const PDI = '\u2069';
    const library = 'National Library and Archives of Iran (Public Relations)';
    // Arabic: the English publisher is a unit of its own between the Arabic names, not one whole list in an isolate.
    expect(aboutData(cinvu, aboutScope(cinvu, 'map'), 'ar').translated).to.equal(
      'مترجم لهذه المجموعة من البيانات، لا مأخوذ من مصدر: شبكة كومستك الإسلامية البينية للجامعات الافتراضية، ' +
        `آسيا وأوقيانوسيا، أفريقيا والمنطقة العربية، أوروبا وأمريكا، ${FSI}${library}${PDI}.`,
    );
    // Persian, where the dataset gives neither the metric's nor the publisher's name in Persian: two English names.
    const noPersian = {
      ...cinvu,
      metrics: cinvu.metrics!.map((metric) => ({
        ...metric,
        labels: Object.fromEntries(Object.entries(metric.labels!).filter(([tag]) => tag !== 'fa')),
      })),
      sources: cinvu.sources.map((source) => ({ ...source, publishers: undefined })),
    } as Dataset;
    expect(aboutData(noPersian, aboutScope(noPersian, 'stat', { metric: 'virtual-students' }), 'fa').translated).to.equal(
      `برای این مجموعه داده ترجمه شده، نه برگرفته از منبع: ${FSI}Virtual students${PDI}، ${FSI}${library}${PDI}.`,
    );
    // English names in an English sentence as they are (the tile's test above has them word for word).
    expect(aboutData(cinvu, aboutScope(cinvu, 'stat', { metric: 'virtual-students' }), 'en').translated).not.to.match(/[\u2066-\u2069]/);
  });

  it('names a source’s language and writes its date in Azerbaijani, either script, as Node’s Intl does (Chromium cannot)', () => {
    expect(aboutData(cinvu, aboutScope(cinvu, 'map'), 'az').sources[1]).to.include({ languageName: 'fars', dateText: '18 noyabr 2020' });
    expect(aboutData(cinvu, aboutScope(cinvu, 'map'), 'az-Cyrl').sources[1]).to.include({
      languageName: 'фарс',
      dateText: '18 нојабр 2020',
    });
    // Dates too, which Chromium wrote "2020 M11 18": CLDR's months, "noyabr 2020" without a day.
    expect(formatSourceDate('2021-05', 'az')).to.equal('may 2021');
    expect(formatSourceDate('2021-05-09', 'az-Cyrl-AZ')).to.equal('9 май 2021');
  });

  it('says a source is in Persian once in Turkish ("Farsça"), not "Farsça dilinde"; Azerbaijani’s bare name takes "dilində"', () => {
    const inLanguage = (dataset: Dataset, locale: string) =>
      msg(locale, 'aboutLanguage', { language: aboutData(dataset, aboutScope(dataset, 'map'), locale).sources[1]!.languageName! });
    expect(inLanguage(cinvu, 'tr')).to.equal('Farsça');
    expect(inLanguage(cinvu, 'az')).to.equal('fars dilində');
    // Intl's Turkish for Azerbaijani is a noun ("Azerbaycan dili"), which "dilinde" would repeat as well.
    const inAzerbaijani = {
      ...cinvu,
      sources: cinvu.sources.map((source) => (source.id === 'nlai-2020-11-18' ? { ...source, language: 'az' } : source)),
    } as Dataset;
    expect(inLanguage(inAzerbaijani, 'tr')).to.equal('Azerbaycanca');
  });

  it('flags the universities’ names written for the dataset in their own languages: NUST in Urdu, Bangladesh’s in Bengali', () => {
    const universities = aboutScope(cinvu, 'table', { of: 'universities' });
    expect(aboutData(cinvu, universities, 'ur').translated).to.contain('نیشنل یونیورسٹی آف سائنسز اینڈ ٹیکنالوجی');
    const bn = aboutData(cinvu, universities, 'bn').translated;
    expect(bn).to.contain('বাংলাদেশ ইউনিভার্সিটি অব হেলথ সায়েন্সেস').and.contain('বাংলাদেশ ইউনিভার্সিটি');
    // Names with no Bengali variant are shown (and so flagged) in English only where English is ours.
    expect(bn).not.to.contain('National Centre for Particle Physics');
  });

  it('cites per widget: the trend its totals, the universities table its universities, Silk Road’s map its one source', () => {
    expect(scopeSources(cinvu, aboutScope(cinvu, 'trend', { metric: 'digital-universities' })).map((source) => source.id)).to.deep.equal([
      'nlai-2020-11-18',
    ]);
    expect(scopeSources(cinvu, aboutScope(cinvu, 'table', { of: 'universities' })).map((source) => source.id)).to.deep.equal([
      'cinvu-2021-10-20',
      'cinvu-nust-meeting',
    ]);
    const silk = aboutData(silkRoad, aboutScope(silkRoad, 'map'), 'en');
    expect(silk.sources.map((source) => source.id)).to.deep.equal(['asoiu-2020-11-30']);
    expect(silk.notes).to.deep.equal([
      'The sources name only 2 of 27; the other 25 are not shown.',
      'China: listed by inference (see the source’s note).',
    ]);
  });

  it("cites for the members' figures the source their metric names, and says so where it names none", () => {
    // The reviewer's sheet: a source of the list and the count alone, four members' student figures.
    const sheet = (source?: string): Dataset =>
      validateDataset({
        version: 1,
        network: { id: 'n', name: 'N' },
        metrics: [{ id: 'students', label: 'Students', ...(source ? { source } : {}) }],
        members: [
          { country: 'IRN', values: { students: 12_000 } },
          { country: 'IRQ', values: { students: 8_000 } },
          { country: 'TUR', values: { students: 5_000 } },
          { country: 'PAK', values: { students: null } },
        ],
        listing: { source: 'network' },
        totals: [{ metric: 'countries', year: 2024, value: 4, source: 'network' }],
        sources: [
          { id: 'network', title: 'Members', publisher: 'The network' },
          { id: 'survey', title: 'Student survey', publisher: 'Ministry' },
        ],
      });
    const ids = (dataset: Dataset, widget: Parameters<typeof aboutScope>[1], metric?: string) =>
      scopeSources(dataset, aboutScope(dataset, widget, { metric })).map((source) => source.id);
    const given = sheet('survey');
    for (const widget of ['bars', 'map', 'regions', 'table', 'dashboard'] as const)
      expect([widget, ...ids(given, widget, 'students')]).to.deep.equal([widget, 'network', 'survey']);
    // The stat adds the figures up (no total is published): their source, not the list's.
    expect(ids(given, 'stat', 'students')).to.deep.equal(['survey']);
    expect(statModel(given, 'students', 'en')!.source?.id).to.equal('survey');
    expect(aboutData(given, aboutScope(given, 'bars', { metric: 'students' }), 'en').sources[1]!.backs).to.deep.equal(['Students']);
    expect(barsContext(given, { metric: 'students', groupBy: 'country', locale: 'en' }).unsourced).to.deep.equal([]);
    expect(tableModel(given, { kind: 'members', locale: 'en' }).sources.map((source) => source.id)).to.deep.equal(['network', 'survey']);
    // No source named: the list's source is cited for the list alone, and the figures say they have none.
    const none = sheet();
    expect(ids(none, 'bars', 'students')).to.deep.equal(['network']);
    expect(ids(none, 'stat', 'students')).to.deep.equal([]);
    expect(barsContext(none, { metric: 'students', groupBy: 'country', locale: 'en' }).unsourced).to.deep.equal([
      'Students: no source given in the data',
    ]);
    expect(tableModel(none, { kind: 'members', locale: 'en' }).sources.map((source) => source.id)).to.deep.equal(['network']);
    expect(tableModel(none, { kind: 'members', locale: 'fr' }).unsourced).to.deep.equal([`Students\u00a0: ${msg('fr', 'noSource')}`]);
    // About this data names them as the source line does, first among its notes; not where a source gives them.
    expect(aboutData(none, aboutScope(none, 'bars', { metric: 'students' }), 'en').notes[0]).to.equal(
      'Students: no source given in the data',
    );
    expect(aboutData(given, aboutScope(given, 'bars', { metric: 'students' }), 'en').notes.join()).not.to.contain('no source');
    expect(mapModel(none, { metric: 'students', locale: 'en' }).unsourced).to.deep.equal(['Students: no source given in the data']);
    // The map's tooltip cites no source for a member's figure rather than another's.
    expect([mapModel(none, { metric: 'students', locale: 'en' }).sourceText ?? 'none']).to.deep.equal(['none']);
    expect(mapModel(given, { metric: 'students', locale: 'en' }).sourceText).to.equal('Source: Ministry');
  });

  it("cites a metric's totals where a widget shows them, not for a chart of its members' figures", () => {
    // The network gives a students total only; the members' figures come from a survey, or from no source.
    const sheet = (source?: string): Dataset =>
      validateDataset({
        version: 1,
        network: { id: 'n', name: 'N' },
        regions: [{ id: 'asia', name: 'Asia' }],
        metrics: [{ id: 'students', label: 'Students', ...(source ? { source } : {}) }],
        members: [
          { country: 'IRN', region: 'asia', values: { students: 12_000 } },
          { country: 'IRQ', region: 'asia', values: { students: 8_000 } },
        ],
        totals: [
          { metric: 'students', year: 2022, value: 18_000, source: 'network' },
          { metric: 'students', year: 2024, value: 20_000, source: 'network' },
        ],
        sources: [
          { id: 'network', title: 'Students', publisher: 'The network' },
          { id: 'survey', title: 'Student survey', publisher: 'Ministry' },
        ],
      });
    const ids = (dataset: Dataset, widget: Parameters<typeof aboutScope>[1]) =>
      scopeSources(dataset, aboutScope(dataset, widget, { metric: 'students', metrics: ['students'] })).map((source) => source.id);
    const about = (dataset: Dataset, widget: Parameters<typeof aboutScope>[1]) =>
      aboutData(dataset, aboutScope(dataset, widget, { metric: 'students', metrics: ['students'] }), 'en');
    const none = sheet();
    for (const widget of ['bars', 'map', 'regions', 'table'] as const) {
      expect([widget, ...ids(none, widget)]).to.deep.equal([widget]);
      expect([widget, ...about(none, widget).sources.map((source) => source.id)]).to.deep.equal([widget]);
      // Nor the totals' growth, which the chart does not show.
      expect([widget, ...about(none, widget).notes.filter((note) => note.startsWith('Computed'))]).to.deep.equal([widget]);
    }
    expect(barsContext(none, { metric: 'students', groupBy: 'country', locale: 'en' }).sources).to.deep.equal([]);
    // About cites nothing then, and says so as the source line does.
    expect(about(none, 'bars').notes[0]).to.equal('Source: none given in the data');
    expect(barsContext(none, { metric: 'students', groupBy: 'region', locale: 'en' }).unsourced).to.deep.equal([
      'Students: no source given in the data',
    ]);
    expect(mapModel(none, { metric: 'students', locale: 'en' }).sources).to.deep.equal([]);
    expect(tableModel(none, { kind: 'members', locale: 'en' }).sources).to.deep.equal([]);
    expect(tableModel(none, { kind: 'regions', locale: 'en' }).sources).to.deep.equal([]);
    // The stat, the trend and the dashboard show the totals: they cite them, and About says what of them.
    for (const widget of ['stat', 'trend', 'dashboard'] as const) expect([widget, ...ids(none, widget)]).to.deep.equal([widget, 'network']);
    expect(about(none, 'stat').notes.some((note) => note.startsWith('Computed from two figures'))).to.equal(true);
    // The figures' own source, for the charts of them; the totals' beside it where they are shown.
    const given = sheet('survey');
    for (const widget of ['bars', 'map', 'regions', 'table'] as const)
      expect([widget, ...ids(given, widget)]).to.deep.equal([widget, 'survey']);
    expect(about(given, 'bars').sources.map((source) => [source.id, ...source.backs])).to.deep.equal([['survey', 'Students']]);
    expect(ids(given, 'dashboard')).to.deep.equal(['network', 'survey']);
    expect(ids(given, 'stat')).to.deep.equal(['network']);
  });

  it('writes source dates in the locale, Gregorian, whatever the time zone', () => {
    expect(formatSourceDate('2020-11-18', 'en')).to.equal('November 18, 2020');
    expect(formatSourceDate('2020-11', 'fr')).to.equal('novembre 2020');
    expect(formatSourceDate('2020', 'ar')).to.equal('٢٠٢٠');
  });
});

describe('a figure that did not change', () => {
  const LANGUAGES = ['en', 'fa', 'ar', 'ur', 'bn', 'zh', 'ru', 'tr', 'fr', 'pt', 'id', 'ms', 'az'];

  it('says "unchanged since 2020" for CINVU\'s 57 countries in 2020 and 2021, never "0%", citing both figures', () => {
    const model = statModel(cinvu, 'countries', 'en')!;
    expect(model.short).to.equal('57');
    expect(model.growth).to.equal('unchanged since 2020');
    expect(model.growthNote).to.match(/^Computed from two figures: 57 in 2020 \(.+\) and 57 in 2021 \(.+\)\.$/);
    expect(model.growthSources).to.have.length(2);
  });

  it('does not call the figures of an illustrative dataset published, in any language', () => {
    // The example network is illustrative: its figures were never published, by netreach or anyone.
    const model = statModel(validateDataset(EXAMPLE_NETWORK), 'universities', 'en')!;
    expect(model.growthNote).to.equal('Computed from two figures: 318 in 2020 (netreach) and 373 in 2022 (netreach).');
    for (const locale of LANGUAGES)
      expect(msg(locale, 'growthComputed'), locale).to.not.match(
        /published|publiés|publicados|منتشر|منشور|شائع|প্রকাশিত|发布|опубликован|Yayımlanmış|diterbitkan|dipublikasikan|Dərc/,
      );
  });

  it('says it in every language, with the year in its digits', () => {
    for (const locale of LANGUAGES) {
      const model = statModel(cinvu, 'countries', locale)!;
      expect(model.growth, locale).to.be.a('string');
      expect(model.growth, locale).to.not.match(/[0٠۰০零]\s?[%٪]|[%٪]\s?[0٠۰০]/);
      expect(model.growth, locale).to.contain(formatYear(2020, locale));
      expect(model.growthSources, locale).to.have.length(2);
    }
  });

  it('keeps a percentage when the figures differ or one is qualified', () => {
    const totals = (later: Partial<Total>): Dataset =>
      validateDataset({
        ...cinvu,
        totals: [
          { metric: 'countries', year: 2020, value: 57, source: cinvu.sources[0]!.id },
          { metric: 'countries', year: 2021, value: 57, source: cinvu.sources[0]!.id, ...later },
        ],
      });
    expect(statModel(totals({ value: 60 }), 'countries', 'en')!.growth).to.equal('+5% since 2020');
    expect(statModel(totals({ qualifier: 'more-than' }), 'countries', 'en')!.growth).to.not.contain('unchanged');
  });
});
