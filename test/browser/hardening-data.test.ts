/**
 * Hardening, bad data: every widget given malformed, mistyped, hostile or extreme datasets shows a clear error (and
 * fires `netreach-error` with the right code) or renders, and never throws into the page.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import {
  EVERY_WIDGET,
  deepElements,
  exampleDataset,
  mountWidget,
  watchPage,
  type Input,
  type Mangled,
  type WidgetCase,
} from '../helpers/hardening.js';
import { countingReads } from '../helpers/work.js';

type Outcome = 'ready' | 'empty' | 'ready|empty' | `error:${string}`;

interface DataCase {
  name: string;
  input: (base: Mangled) => Input;
  expect: Outcome;
  /** Extra checks on the widget once settled. */
  check?: (el: HTMLElement) => void;
}

const withValue = (base: Mangled, value: unknown) => {
  base.members[0].values['virtual-students'] = value;
  return { data: base };
};

const CASES: DataCase[] = [
  { name: 'malformed JSON', input: () => ({ json: '{"version": 1, "network": ' }), expect: 'error:not-json' },
  { name: 'empty inline JSON', input: () => ({ json: '   ' }), expect: 'error:not-json' },
  { name: 'a top-level array', input: (base) => ({ json: JSON.stringify([base]) }), expect: 'error:invalid' },
  { name: 'a top-level string', input: () => ({ json: '"netreach"' }), expect: 'error:invalid' },
  {
    name: 'wrong types',
    input: (base) => {
      base.network.name = 5;
      base.members = { IDN: true };
      base.regions[0].names = 'Asia';
      return { data: base };
    },
    expect: 'error:invalid',
  },
  {
    name: 'unknown fields (ignored)',
    input: (base) => {
      base.extra = { anything: [1, 2, 3] };
      base.network.motto = 'ignored';
      base.members[0].colour = 'red';
      base.sources[0].rating = 5;
      return { json: JSON.stringify(base) };
    },
    expect: 'ready',
  },
  { name: 'version 99', input: (base) => ({ json: JSON.stringify({ ...base, version: 99 }) }), expect: 'error:version' },
  { name: 'version "1" (a string)', input: (base) => ({ data: { ...base, version: '1' } }), expect: 'error:version' },
  {
    name: 'an unknown country',
    input: (base) => {
      base.members[0].country = 'XXX';
      return { data: base };
    },
    expect: 'error:invalid',
  },
  {
    name: 'a lower-case country code',
    input: (base) => {
      base.members[0].country = 'idn';
      return { data: base };
    },
    expect: 'error:invalid',
  },
  {
    name: 'an unknown region',
    input: (base) => {
      base.members[0].region = 'atlantis';
      return { data: base };
    },
    expect: 'error:invalid',
  },
  {
    name: 'an unknown metric in values',
    input: (base) => {
      base.members[0].values.dragons = 3;
      return { data: base };
    },
    expect: 'error:invalid',
  },
  {
    name: 'an unknown source',
    input: (base) => {
      base.totals[0].source = 'rumour';
      return { data: base };
    },
    expect: 'error:invalid',
  },
  {
    name: 'a duplicate member',
    input: (base) => {
      base.members.push({ ...base.members[0] });
      return { data: base };
    },
    expect: 'error:invalid',
  },
  {
    name: '__proto__ and constructor keys as unknown fields (ignored, no pollution)',
    input: (base) => {
      const text = JSON.stringify(base).slice(1, -1);
      const network = JSON.stringify(base.network).slice(1, -1);
      return {
        json:
          `{"__proto__": {"polluted": "root"}, "constructor": {"prototype": {"polluted": "ctor"}}, ${text}, ` +
          `"network": {"__proto__": {"polluted": "network"}, ${network}}}`,
      };
    },
    expect: 'ready',
    check: () => {
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
    },
  },
  {
    name: '__proto__ as a metric value key',
    input: (base) => {
      const text = JSON.stringify(base).replace('"values":{"universities":48', '"values":{"__proto__":{"polluted":1},"universities":48');
      expect(text).to.contain('__proto__');
      return { json: text };
    },
    expect: 'error:invalid',
    check: () => expect(({} as Record<string, unknown>).polluted).to.equal(undefined),
  },
  {
    name: 'constructor and __proto__ as ids',
    input: (base) => {
      base.regions.push({ id: 'constructor', name: 'Constructor' });
      base.metrics.push({ id: '__proto__', label: 'Proto' });
      return { data: base };
    },
    expect: 'error:invalid',
  },
  {
    name: 'a __proto__ key in names (ignored)',
    input: (base) => ({ json: JSON.stringify(base).replace('"names":{"fa"', '"names":{"__proto__":{"polluted":1},"fa"') }),
    expect: 'ready',
    check: () => expect(({} as Record<string, unknown>).polluted).to.equal(undefined),
  },
  { name: 'NaN (via .data)', input: (base) => withValue(base, Number.NaN), expect: 'error:invalid' },
  { name: 'Infinity (via .data)', input: (base) => withValue(base, Number.POSITIVE_INFINITY), expect: 'error:invalid' },
  {
    name: '1e400 (Infinity once parsed)',
    input: (base) => ({ json: JSON.stringify(base).replace('"virtual-students":610000', '"virtual-students":1e400') }),
    expect: 'error:invalid',
  },
  { name: 'a negative value', input: (base) => withValue(base, -5), expect: 'error:invalid' },
  { name: 'a numeric string', input: (base) => withValue(base, '610000'), expect: 'error:invalid' },
  {
    name: 'a negative total',
    input: (base) => {
      base.totals[0].value = -1;
      return { data: base };
    },
    expect: 'error:invalid',
  },
  {
    name: '−0 (shown as 0)',
    input: (base) => withValue(base, -0),
    expect: 'ready',
    check: (el) =>
      expect((el as NetreachElement).currentDataset!.members[0]!.values!['virtual-students']!).to.satisfy((v: number) => Object.is(v, 0)),
  },
  {
    name: 'null values everywhere',
    input: (base) => {
      for (const member of base.members) member.values = { universities: null, 'virtual-students': null };
      return { data: base };
    },
    expect: 'ready',
  },
  {
    name: 'no members',
    input: (base) => ({ data: { ...base, members: [], universities: [] } }),
    // A tile or a trend can still show published totals.
    expect: 'ready|empty',
  },
  {
    name: 'no members, no totals',
    input: (base) => ({ data: { ...base, members: [], universities: [], totals: [] } }),
    expect: 'empty',
  },
  {
    name: 'no regions list',
    input: (base) => {
      delete base.regions;
      return { data: base };
    },
    expect: 'error:invalid',
  },
  {
    name: 'a list of nulls',
    input: (base) => ({ data: { ...base, members: [null, 1, 'IDN', []] } }),
    expect: 'error:invalid',
  },
  {
    name: 'a frozen, shared .data object',
    input: (base) => ({ data: Object.freeze(base) }),
    expect: 'ready',
  },
];

const OUTCOMES_BY_WIDGET: Record<string, Partial<Record<string, Outcome>>> = {
  // A dashboard shows its overview (totals, regions) whatever the members.
  dashboard: { 'no members, no totals': 'ready|empty' },
};

function expectOutcome(state: string, codes: string[], outcome: Outcome, label: string): void {
  if (outcome.startsWith('error:')) {
    const code = outcome.slice('error:'.length);
    expect(state, label).to.equal('error');
    expect(codes, `${label}: netreach-error codes`).to.deep.equal([code]);
  } else {
    expect(outcome.split('|'), `${label}: state ${state}`).to.include(state);
    expect(codes, `${label}: netreach-error codes`).to.deep.equal([]);
  }
}

async function run(widget: WidgetCase, input: Input, outcome: Outcome, label: string, check?: (el: HTMLElement) => void) {
  const page = watchPage();
  const { el, errorCodes, container } = await mountWidget(widget, input);
  try {
    expectOutcome(el.state, errorCodes, outcome, label);
    if (outcome.startsWith('error:')) {
      const box = el.shadowRoot!.querySelector('[part="error"]');
      expect(box?.getAttribute('role'), `${label}: the error box`).to.equal('alert');
      expect(box!.textContent!.trim().length, `${label}: the error message`).to.be.greaterThan(10);
    }
    check?.(el);
    expect(page.errors, `${label}: errors thrown into the page`).to.deep.equal([]);
  } finally {
    page.stop();
    container.remove();
  }
}

describe('hardening: bad data, for every widget', () => {
  for (const widget of EVERY_WIDGET) {
    describe(`<${widget.tag}${widget.attributes?.of ? ` of="${widget.attributes.of}"` : ''}>`, () => {
      for (const each of CASES) {
        it(each.name, async () => {
          const outcome =
            OUTCOMES_BY_WIDGET[widget.name]?.[each.name] ??
            (widget.name.startsWith('table') && each.expect === 'ready|empty' ? 'empty' : each.expect);
          await run(widget, each.input(await exampleDataset()), outcome, `${widget.name} / ${each.name}`, each.check);
        });
      }
    });
  }

  const metricAttribute: Record<string, [string, string]> = {
    stat: ['metric', 'dragons'],
    map: ['metric', 'dragons'],
    bars: ['metric', 'dragons'],
    regions: ['metric', 'dragons'],
    trend: ['metric', 'dragons'],
    table: ['metrics', 'universities dragons'],
  };
  for (const [name, [attribute, value]] of Object.entries(metricAttribute)) {
    it(`<netreach-${name} ${attribute}="${value}"> says the metric is unknown`, async () => {
      const widget = EVERY_WIDGET.find((each) => each.name === name)!;
      const data = await exampleDataset();
      // The dataset's metrics named after the sentence, ids in no language: no new string in 13 languages.
      const known = ['countries', ...(data.metrics as { id: string }[]).map((metric) => metric.id)].join(', ');
      await run({ ...widget, attributes: { [attribute]: value } }, { data }, 'error:unknown-metric', name, (el) => {
        expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal(`Unknown metric "dragons" (${known})`);
      });
    });
  }

  it('a 5,000-member dataset gives one clear validation error, from one validation, in a small box', async () => {
    const base = await exampleDataset();
    const members = Array.from({ length: 5000 }, (_, index) => ({
      country: `Q${String.fromCharCode(65 + (index % 26))}${String.fromCharCode(65 + (Math.floor(index / 26) % 26))}`,
      region: 'asia-pacific',
      values: { universities: index },
    }));
    // One object for three widgets: validated once (the problems too), however many widgets show it.
    const { proxy, reads } = countingReads({ ...base, members }, 'members');
    let once = 0;
    for (const widget of EVERY_WIDGET.filter((each) => ['stat', 'map', 'table'].includes(each.name))) {
      await run(widget, { data: proxy }, 'error:invalid', `${widget.name} / 5,000 members`, (el) => {
        expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.match(
          /: members\[0\]\.country: .* \(and \d+ more problems\)$/,
        );
        // The first problem and a count, not 5,000 lines: a box, not an element per member.
        expect(deepElements(el).length, `${widget.name}: elements`).to.be.below(20);
      });
      once ||= reads();
      expect(reads(), `${widget.name}: validated again`).to.equal(once);
    }
  });

  it('a 10,000-character name is shown without breaking out of the container; 10,001 is rejected', async () => {
    const long = 'W'.repeat(9_990) + ' the end.';
    for (const widget of EVERY_WIDGET) {
      const base = await exampleDataset();
      base.network.name = long;
      base.regions[0].name = long;
      base.metrics[1].label = long;
      base.universities[0].name = long;
      base.sources[0].title = long;
      await run(widget, { data: base }, 'ready', `${widget.name} / long strings`, (el) => {
        const box = el.getBoundingClientRect();
        expect(box.width, `${widget.name}: width`).to.be.at.most(641);
      });
    }
    const base = await exampleDataset();
    base.network.name = 'W'.repeat(10_001);
    await run(EVERY_WIDGET[0]!, { data: base }, 'error:invalid', 'stat / 10,001 characters', (el) => {
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('longer than 10000');
    });
  });
});
