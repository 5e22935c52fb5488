/**
 * The elements' reactive properties are their option specs: attribute, reflection and type, and a value the
 * spec refuses reads as the default, as embed.html and the command line refuse it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { optionDefault, optionValue } from '../../src/core/options.js';
import { loadOnDemand } from '../../src/base/on-demand-loader.js';
import { WIDGET_OPTIONS, WIDGETS, widgetTag } from '../../src/widget-options.js';
import type { NetreachBars } from '../../src/bars/bars.js';
import { waitUntil } from '../helpers/wait.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';

describe('option specs on the elements', () => {
  for (const widget of WIDGETS) {
    it(`<netreach-${widget}> declares each option as its spec says, starting at its default or unset`, () => {
      const tag = widgetTag(widget);
      const constructor = customElements.get(tag) as unknown as {
        elementProperties: Map<string, { attribute?: unknown; reflect?: boolean; type?: unknown }>;
      };
      const element = document.createElement(tag) as unknown as Record<string, unknown>;
      for (const spec of WIDGET_OPTIONS[widget]) {
        const declared = constructor.elementProperties.get(spec.property);
        // `lang`, every element's; the stat's `stat-size`, a page's CSS property (`cssProperty`): no property.
        if (spec.native || spec.cssProperty) {
          expect(declared, `${tag} ${spec.property}`).to.equal(undefined);
          continue;
        }
        expect(declared, `${tag} ${spec.property}`).to.not.equal(undefined);
        expect(declared!.attribute, `${tag} ${spec.property}`).to.equal(spec.attribute);
        expect(declared!.reflect, `${tag} ${spec.property}`).to.equal(spec.reflect ?? true);
        expect(declared!.type, `${tag} ${spec.property}`).to.equal(
          spec.type === 'number' ? Number : spec.type === 'boolean' ? Boolean : String,
        );
        // A field starts unset (the default applies) or at the default itself, never at another value.
        const initial = element[spec.property];
        if (initial !== undefined && !(spec.type === 'boolean' && initial === false)) {
          expect(optionValue(spec, initial), `${tag} ${spec.property}`).to.equal(optionDefault(spec));
        }
      }
    });
  }

  it('reads a value the spec refuses as the default, as embed.html refuses it', async () => {
    const wrapper = await fixture(html`<div style="width: 480px">
      <netreach-bars sort="size" group-by="continent" limit="-3"></netreach-bars>
      <netreach-bars .data=${EXAMPLE_NETWORK} metric="universities" group-by="country" sort="name" limit="5"></netreach-bars>
      <netreach-bars></netreach-bars>
    </div>`);
    const [refused, set, plain] = [...wrapper.children] as NetreachBars[];
    await waitUntil(() => [refused, set, plain].every((bars) => bars!.state === 'ready'), 'bars not ready');
    const bars = (element: NetreachBars) => element.shadowRoot!.querySelectorAll('[role="option"]').length;
    // By region, by value, no limit: as if none of them were set.
    expect(refused!.toCSV()).to.equal(plain!.toCSV());
    expect(bars(refused!)).to.equal(bars(plain!));
    // Accepted values are read.
    expect(set!.toCSV().split('\n')[0]).to.match(/^country,/);
    expect(bars(set!)).to.equal(6); // five and "Other (n)"
  });
});

describe('a value the spec refuses', () => {
  it('is said in the console, once per element, attribute and value, with the values allowed', async () => {
    // The earlier tests' warnings said first (each is said once the on-demand module's words are here).
    await loadOnDemand();
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const wrapper = await fixture(html`<div style="width: 480px">
        <netreach-map projection="foo" theme="blue"></netreach-map>
        <netreach-bars limit="ten" controls="hidden" dataset=" CINVU "></netreach-bars>
      </div>`);
      const [map, bars] = [...wrapper.children] as (HTMLElement & { state: string; updateComplete: Promise<boolean> })[];
      await waitUntil(() => map!.state === 'ready' && bars!.state === 'ready', 'widgets not ready');
      // Said once the on-demand module, whose words say why, is here: the widgets draw meanwhile.
      const ours = () => warnings.filter((warning) => warning.startsWith('netreach: <'));
      await waitUntil(
        () => ours().length >= 4,
        () => `said ${ours().join(' | ')}`,
      );
      // More updates read the same options again: no more warnings (those on their way said before loadOnDemand()'s
      // own callers hear it loaded).
      bars!.setAttribute('sort', 'name');
      map!.setAttribute('legend', 'side');
      await Promise.all([map!.updateComplete, bars!.updateComplete]);
      await loadOnDemand();
      expect(ours()).to.have.members([
        'netreach: <netreach-map> ignored projection: "foo" is not one of equal-earth, natural-earth, mercator, orthographic',
        'netreach: <netreach-map> ignored theme: "blue" is not one of light, dark, auto',
        'netreach: <netreach-bars> ignored limit: "ten" is not a whole number, 0 or more',
        'netreach: <netreach-bars> ignored controls: "hidden" is not one of menu, none',
      ]);
      expect(ours()).to.have.length(4);
      // Another refused value of the same attribute is said too.
      map!.setAttribute('projection', 'globe');
      await map!.updateComplete;
      await loadOnDemand();
      expect(warnings.filter((warning) => warning.includes('"globe"'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });
});

type Widget = HTMLElement & { state: string; updateComplete: Promise<boolean>; toSVG(): Promise<string> };

/**
 * Draws `template`'s widgets, waits until they are ready, updates them again (in French) and runs `check` on them
 * with what the console was told meanwhile, the console's own warn put back after it.
 */
async function warnedWhileDrawn(template: TemplateResult, check: (widgets: Widget[], warnings: string[]) => Promise<void>): Promise<void> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    const wrapper = await fixture(template);
    const widgets = [...wrapper.children] as Widget[];
    await waitUntil(() => widgets.every((widget) => widget.state === 'ready'), 'widgets not ready');
    // More updates: no more warnings.
    for (const widget of widgets) widget.setAttribute('lang', 'fr');
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    await check(widgets, warnings);
  } finally {
    console.warn = original;
  }
}

describe('a home outside reach mode', () => {
  it('is drawn as if absent and said in the console once, as the command line warns of --home without --mode reach', async () => {
    await warnedWhileDrawn(
      html`<div style="width: 640px">
        <netreach-map home="PAK"></netreach-map>
        <netreach-map></netreach-map>
        <netreach-map mode="reach" home="PAK"></netreach-map>
      </div>`,
      async ([home, plain], warnings) => {
        expect(await home!.toSVG()).to.equal(await plain!.toSVG());
        expect(warnings.filter((warning) => warning.startsWith('netreach: <'))).to.deep.equal([
          'netreach: <netreach-map> ignored home="PAK": used only with mode="reach"',
        ]);
      },
    );
  });
});

describe('a value that names nothing the data has', () => {
  it('is drawn as if absent and said in the console once, as the map says it of highlight', async () => {
    await warnedWhileDrawn(
      html`<div style="width: 640px">
        <netreach-map selected="ATL"></netreach-map>
        <netreach-bars selected="atlantis"></netreach-bars>
        <netreach-bars group-by="country" selected="ATL"></netreach-bars>
        <netreach-regions selected="atlantis"></netreach-regions>
        <netreach-regions></netreach-regions>
        <netreach-dashboard region="atlantis" country="ATL"></netreach-dashboard>
      </div>`,
      async ([, , , regions, plain, dashboard], warnings) => {
        // A region that is not there dims none (it dimmed every region).
        expect(await regions!.toSVG()).to.equal(await plain!.toSVG());
        expect(dashboard!.hasAttribute('region') || dashboard!.hasAttribute('country')).to.equal(false);
        expect(warnings.filter((warning) => warning.startsWith('netreach: <'))).to.have.members([
          'netreach: <netreach-map> ignored selected="ATL": not a member',
          'netreach: <netreach-bars> ignored selected="atlantis": no such region',
          'netreach: <netreach-bars> ignored selected="ATL": not a member',
          'netreach: <netreach-regions> ignored selected="atlantis": no such region',
          'netreach: <netreach-dashboard> ignored region="atlantis": no such region',
          'netreach: <netreach-dashboard> ignored country="ATL": not a member',
        ]);
        expect(warnings.filter((warning) => warning.startsWith('netreach: <'))).to.have.length(6);
      },
    );
  });
});
