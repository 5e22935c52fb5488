import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import { metricSeries, metricTotal, regionTotals, valuesByRegion } from '../../src/core/aggregate.js';
import { BUNDLED_DATASETS, loadBundledDataset } from '../../src/core/default-dataset.js';
import { UI_LANGUAGES } from '../../src/core/i18n.js';
import { formatYear } from '../../src/core/locale.js';
import { mapModel } from '../../src/core/map-model.js';
import { statModel } from '../../src/core/stat-model.js';
import { trendData } from '../../src/core/trend-model.js';
import { COUNTRIES_METRIC, type Dataset } from '../../src/core/types.js';
import { validateDataset } from '../../src/core/validate.js';
import { loadWorld } from '../../src/geo/world.js';
import { AL_MUSTAFA_CODES, AL_MUSTAFA_NAMES } from '../helpers/al-mustafa.js';
import { importTable } from '../../src/import/import-table.js';
import { AL_MUSTAFA } from '../../src/generated/al-mustafa.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { SILK_ROAD } from '../../src/generated/silk-road.js';

const cinvu = validateDataset(CINVU);
const silkRoad = validateDataset(SILK_ROAD);
const alMustafa = validateDataset(AL_MUSTAFA);
const BUNDLED: Record<string, Dataset> = { cinvu, 'silk-road': silkRoad, 'al-mustafa': alMustafa };
const OTHER_LANGUAGES = UI_LANGUAGES.filter((language) => language !== 'en');

/** The 57 member states of the Organisation of Islamic Cooperation. */
const OIC =
  'AFG ALB DZA AZE BHR BGD BEN BRN BFA CMR TCD COM CIV DJI EGY GAB GMB GIN GNB GUY IDN IRN IRQ JOR KAZ KWT KGZ LBN LBY MYS MDV MLI MRT MAR MOZ NER NGA OMN PAK PSE QAT SAU SEN SLE SOM SDN SUR SYR TJK TGO TUN TUR TKM UGA ARE UZB YEM';

describe('the bundled datasets', () => {
  it('are the three of the registry, each loaded under its own id', async () => {
    expect([...BUNDLED_DATASETS]).to.deep.equal(['cinvu', 'silk-road', 'al-mustafa']);
    for (const id of BUNDLED_DATASETS) expect((await loadBundledDataset(id)).network.id).to.equal(id);
  });

  // The browser does not validate them (src/core/default-dataset.ts): this test is where they are validated. Each
  // must come out of the validator unchanged — nothing dropped, trimmed or defaulted — so that what a page shows
  // is what validation would have made of it; only the order of a record's fields may differ.
  it('are valid as bundled, exactly as validateDataset() returns them, and frozen as a validated dataset is', async () => {
    const raw: Record<string, unknown> = { cinvu: CINVU, 'silk-road': SILK_ROAD, 'al-mustafa': AL_MUSTAFA };
    expect(Object.keys(raw).sort(), 'a bundled dataset this test does not validate').to.deep.equal([...BUNDLED_DATASETS].sort());
    const unfrozen = (value: unknown, path: string): string[] =>
      typeof value !== 'object' || value === null
        ? []
        : [...(Object.isFrozen(value) ? [] : [path]), ...Object.entries(value).flatMap(([key, item]) => unfrozen(item, `${path}.${key}`))];
    for (const id of BUNDLED_DATASETS) {
      const loaded = await loadBundledDataset(id);
      expect(loaded, id).to.deep.equal(validateDataset(raw[id]));
      expect(unfrozen(loaded, id), `${id}: not frozen`).to.deep.equal([]);
    }
    // The illustrative example the demo and the docs use is held to the same.
    expect(JSON.parse(JSON.stringify(EXAMPLE_NETWORK))).to.deep.equal(validateDataset(EXAMPLE_NETWORK));
  });

  for (const [id, dataset] of Object.entries(BUNDLED)) {
    describe(id, () => {
      it('puts every country on the map: a shape, or a symbol at its point', async () => {
        const world = await loadWorld();
        const countries = [
          ...dataset.members.map((member) => member.country),
          ...(dataset.universities ?? []).map((entry) => entry.country),
        ];
        for (const code of countries) expect(world.shape(code) !== undefined || world.points.has(code), code).to.equal(true);
      });

      it('cites a source for every figure, every university and the list, and explains each source', () => {
        const ids = new Set(dataset.sources.map((source) => source.id));
        for (const total of dataset.totals ?? []) expect(ids.has(total.source), total.source).to.equal(true);
        for (const university of dataset.universities ?? []) expect(ids.has(university.source ?? ''), university.name).to.equal(true);
        expect(ids.has(dataset.listing?.source ?? ''), 'listing.source').to.equal(true);
        if (dataset.regionAssignment && dataset.regionAssignment.by !== 'source') {
          expect(ids.has(dataset.regionAssignment.source ?? ''), 'regionAssignment.source').to.equal(true);
          expect(dataset.regionAssignment.note, 'regionAssignment.note').to.be.a('string');
        }
        // A member listed by inference: the list's source has a note, which says how.
        if (dataset.members.some((member) => member.by === 'inference'))
          expect(dataset.sources.find((source) => source.id === dataset.listing?.source)?.note, 'listing note').to.contain('inferred');
        // A source's note says what it backs and what was derived from it: the "About this data" panel shows it.
        for (const source of dataset.sources) expect(source.note, source.id).to.be.a('string').with.length.above(40);
      });

      it('dates every total by a year or a labelled period, and invents no figures', () => {
        for (const total of dataset.totals ?? []) {
          expect((total.year === undefined) !== (total.period === undefined), JSON.stringify(total)).to.equal(true);
          if (total.period) expect(total.period.label.trim()).to.not.equal('');
        }
        expect(dataset.illustrative).to.not.equal(true);
        expect(dataset.members.some((member) => member.values && Object.keys(member.values).length > 0)).to.equal(false);
      });

      it('agrees with its published counts, or declares what it does not know', () => {
        const extent = dataset.listing?.extent ?? 'complete';
        const latest = metricSeries(dataset, COUNTRIES_METRIC).at(-1);
        if (extent === 'complete') {
          expect(latest?.value, 'a complete list has the published count').to.equal(dataset.members.length);
        } else if (latest) {
          expect(latest.value).to.be.greaterThan(dataset.members.length);
        }
        const assigned = new Map(valuesByRegion(dataset, COUNTRIES_METRIC).map((group) => [group.id, group.count]));
        for (const [region, total] of regionTotals(dataset, COUNTRIES_METRIC)) {
          if (extent === 'complete') expect(assigned.get(region), region).to.equal(total.value);
          else expect(assigned.get(region) ?? 0, region).to.be.at.most(total.value);
        }
        const universities = dataset.listing?.universitiesMetric;
        if (universities) expect(metricTotal(dataset, universities)!.value).to.be.at.least(dataset.universities?.length ?? 0);
      });

      it('names the network and its regions in the thirteen UI languages, and marks the translations that are ours', () => {
        const named = [dataset.network, ...dataset.regions];
        for (const entry of named) {
          for (const language of OTHER_LANGUAGES) expect(entry.names?.[language], `${entry.name} in ${language}`).to.be.a('string');
          for (const tag of entry.ourTranslations ?? [])
            expect(tag === 'en' || entry.names?.[tag] !== undefined, `${entry.name}: ${tag}`).to.equal(true);
        }
        // A publisher's names that are ours name a publisher the source has.
        for (const source of dataset.sources) {
          for (const tag of source.ourTranslations ?? [])
            expect(tag === 'en' ? source.publisher : source.publishers?.[tag], `${source.id}: ${tag}`).to.be.a('string');
        }
        for (const metric of dataset.metrics ?? []) {
          for (const language of OTHER_LANGUAGES) expect(metric.labels?.[language], `${metric.id} in ${language}`).to.be.a('string');
        }
      });

      it('shows no year its sources do not give, in any language', () => {
        const given = new Set((dataset.totals ?? []).flatMap((total) => (total.year === undefined ? [] : [total.year])));
        const sortYears = (dataset.totals ?? []).flatMap((total) =>
          total.period && !given.has(total.period.sortYear) ? [total.period.sortYear] : [],
        );
        for (const language of UI_LANGUAGES) {
          const texts = [
            ...(dataset.metrics ?? []).flatMap((metric) => {
              const trend = trendData(dataset, metric.id, language);
              const stat = statModel(dataset, metric.id, language)!;
              return [
                trend.summary,
                ...trend.points.map((point) => point.description),
                ...stat.series.map((point) => point.label),
                stat.growth ?? '',
              ];
            }),
            mapModel(dataset, { locale: language }).summary,
          ];
          for (const year of sortYears) {
            for (const text of texts)
              expect(text, `${language}: ${text}`).to.not.contain(formatYear(year, language)).and.not.contain(String(year));
          }
        }
      });
    });
  }
});

describe('cinvu', () => {
  it('lists the 57 OIC member states, 27 in Asia and Oceania, 27 in Africa and Arab, 3 in Europe and America, as the source counts', () => {
    expect(cinvu.members.map((member) => member.country).sort()).to.deep.equal(OIC.split(' ').sort());
    const counts = Object.fromEntries(valuesByRegion(cinvu, COUNTRIES_METRIC).map((group) => [group.id, group.count]));
    expect(counts).to.deep.equal({ 'asia-and-oceania': 27, 'africa-and-arab': 27, 'europe-and-america': 3 });
    expect(metricTotal(cinvu, COUNTRIES_METRIC)).to.include({ value: 57, year: 2021, source: 'cinvu-2021-10-20' });
  });

  it('calls آسیا و اقیانوسیه Asia and Oceania, and says the regions were inferred', () => {
    const asia = cinvu.regions.find((region) => region.id === 'asia-and-oceania')!;
    expect(asia.name).to.equal('Asia and Oceania');
    expect(asia.names?.fa).to.equal('آسیا و اقیانوسیه');
    expect(asia.ourTranslations).to.include('en').and.not.include('fa');
    expect(cinvu.regionAssignment?.by).to.equal('inference');
    expect(cinvu.regionAssignment?.note).to.contain('Africa and Arab').and.contain('Arab states of Asia');
  });

  it('has 8\u00a0million virtual students before the spread of coronavirus (no year), 22\u00a0million in 2020, more than 30\u00a0million in 2021', () => {
    const students = metricSeries(cinvu, 'virtual-students').map(({ year, period, value, qualifier }) => ({
      year,
      period: period?.label,
      value,
      qualifier,
    }));
    expect(students).to.deep.equal([
      { year: undefined, period: 'before the spread of coronavirus', value: 8_000_000, qualifier: undefined },
      { year: 2020, period: undefined, value: 22_000_000, qualifier: undefined },
      { year: 2021, period: undefined, value: 30_000_000, qualifier: 'more-than' },
    ]);
    const period = metricSeries(cinvu, 'virtual-students')[0]!.period!;
    expect(period.labels?.fa).to.equal('پیش از شیوع ویروس کرونا');
    expect(period.ourTranslations).to.not.include('fa');
    expect(metricTotal(cinvu, 'digital-universities')).to.include({ value: 40, year: 2020 });
  });

  it('gives the universities no city or site that no cited source gives, and says the list names only some', () => {
    expect(cinvu.universities).to.have.length(5);
    for (const university of cinvu.universities ?? []) {
      expect(university.city, university.name).to.equal(undefined);
      expect(university.url, university.name).to.equal(undefined);
    }
    expect(cinvu.listing?.universities).to.equal('partial');
    const note = cinvu.sources.find((source) => source.id === 'cinvu-2021-10-20')!.note!;
    // The article calls one person a Vice Chancellor (the NUST meeting calls another one): no more.
    expect(note.match(/Vice Chancellor of/g)).to.have.length(2);
    expect(note).to.contain('Only Dr. Faridul Alam is called a Vice Chancellor in this article');
  });
});

describe('silk-road', () => {
  it('names only China and Azerbaijan of 27 countries, and ASOIU of 173 universities', () => {
    expect(silkRoad.members.map((member) => member.country)).to.deep.equal(['CHN', 'AZE']);
    expect(silkRoad.listing).to.deep.include({ relation: 'members', extent: 'partial', universities: 'partial' });
    expect(silkRoad.regions).to.deep.equal([]);
    expect(metricTotal(silkRoad, COUNTRIES_METRIC)).to.include({ value: 27, year: 2020, source: 'asoiu-2020-11-30' });
    expect(metricTotal(silkRoad, 'member-universities')).to.include({ value: 173, year: 2020 });
    expect(metricTotal(silkRoad, 'conference-universities')).to.include({ value: 150, qualifier: 'more-than' });
    expect(silkRoad.universities!.map((university) => [university.name, university.country])).to.deep.equal([
      ['Azerbaijan State Oil and Industry University', 'AZE'],
    ]);
    const note = silkRoad.sources[0]!.note!;
    expect(note).to.contain('established in 2015 by the People').and.contain('27 countries and regions').and.contain('Lanzhou University');
    // China is a member by inference (the article names no Chinese member): the member says so, the note says how.
    expect(silkRoad.members.map((member) => member.by)).to.deep.equal(['inference', undefined]);
    expect(note).to.contain('that China is one of the 27 is inferred from that');
  });
});

describe('al-mustafa', () => {
  it('lists the 45 countries of visitors as the page writes them, as examples, with no counts and no dates', () => {
    expect(alMustafa.listing).to.deep.include({ relation: 'visitors', extent: 'examples' });
    expect(alMustafa.members.map((member) => member.asWritten)).to.deep.equal(AL_MUSTAFA_NAMES);
    expect(alMustafa.members.map((member) => member.country).join(' ')).to.equal(AL_MUSTAFA_CODES);
    expect(alMustafa.totals ?? []).to.deep.equal([]);
    expect(alMustafa.metrics ?? []).to.deep.equal([]);
    expect(alMustafa.sources.every((source) => source.date === undefined || source.id === 'un-m49')).to.equal(true);
  });

  it('resolves the spellings with the importer to the same 45 codes', () => {
    const result = importTable(['Country', ...alMustafa.members.map((member) => member.asWritten!)].join('\n'), { name: 'Al-Mustafa' });
    expect(result.problems).to.deep.equal([]);
    expect(result.dataset!.members.map((member) => member.country)).to.deep.equal(alMustafa.members.map((member) => member.country));
    const written = Object.fromEntries(alMustafa.members.map((member) => [member.asWritten, member.country]));
    expect(written).to.include({ 'Gherghizestan (Kirghizstan)': 'KGZ', Nederland: 'NLD', Vatican: 'VAT', Turkey: 'TUR' });
  });

  it('groups by continents it declares as such, 17 Asia, 14 Africa, 11 Europe, 2 Americas, 1 Oceania', () => {
    expect(alMustafa.regionAssignment).to.deep.include({ by: 'continents', source: 'un-m49' });
    const counts = Object.fromEntries(valuesByRegion(alMustafa, COUNTRIES_METRIC).map((group) => [group.id, group.count]));
    expect(counts).to.deep.equal({ africa: 14, americas: 2, asia: 17, europe: 11, oceania: 1 });
  });
});

describe('data/example-network.json', () => {
  it('is flagged illustrative and has per-country values', () => {
    const example = validateDataset(EXAMPLE_NETWORK);
    expect(example.illustrative).to.equal(true);
    expect(example.members.filter((member) => typeof member.values?.universities === 'number').length).to.be.greaterThan(10);
  });
});
