/**
 * The documented styling API, checked both ways from custom-elements.json (each widget's `@cssproperty` and
 * `@csspart`, which docs/API.md is generated from): every documented `--netreach-*` property changes what the widget
 * draws, every one its styles read is documented, a documented plain default draws what the property unset does;
 * every documented part is in the widget's shadow DOM in some state, and every part there is documented.
 */
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendMouse } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { waitUntil } from '../helpers/wait.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';

/** A dataset of an unknown version: the widget in error (the error box's colour). */
const ERROR = { version: 99 };
/** A network of no members: the widget's "empty" state. */
const EMPTY = { ...(EXAMPLE_NETWORK as object), members: [], universities: [] };
/** A network that gives no totals: the trend's "no totals" message. */
const NO_TOTALS = { ...(EXAMPLE_NETWORK as object), totals: [] };

/**
 * Each widget in the states that bring out what its properties are for: drawn, in error, and where a property
 * colours one way of drawing only, that way (the map's scale and arcs, the bars of countries).
 */
const VARIANTS: Record<string, [string, unknown?][]> = {
  map: [['metric="virtual-students"', EXAMPLE_NETWORK], ['mode="reach" home="PAK"']],
  bars: [['metric="virtual-students" group-by="country"', EXAMPLE_NETWORK]],
  trend: [['type="area"'], ['', NO_TOTALS]],
  // "2 named in the sources".
  stat: [['dataset="silk-road"']],
  // Its China, listed by inference: the `*` after the name (part="inferred").
  table: [['dataset="silk-road"']],
};

interface Documented {
  name: string;
  default?: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  cssProperties?: Documented[];
  cssParts?: Documented[];
}

const WIDGETS = ['stat', 'map', 'bars', 'regions', 'trend', 'table', 'dashboard'];

let manifest: Map<string, Declaration>;

async function widget(name: string, attributes = '', data?: unknown): Promise<NetreachElement> {
  const tag = unsafeStatic(`netreach-${name}`);
  const el = await fixture<NetreachElement>(
    staticHtml`<div style="width: 720px; background: #fdf6e3"><${tag} ${unsafeStatic(attributes)}></${tag}></div>`,
  );
  const inner = el.firstElementChild as NetreachElement & { data: unknown };
  if (data) inner.data = data;
  // With no members the trend still draws the network's totals: any state but loading.
  const settled = data === ERROR ? 'error' : data === EMPTY || data === NO_TOTALS ? 'empty or ready' : 'ready';
  await waitUntil(() => settled.split(' ').includes(inner.state), `${name} not ${settled}`);
  await inner.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return inner;
}

/** Every shadow root under (and including) the element's: the dashboard's parts are widgets of their own. */
function roots(el: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    found.push(root);
    for (const each of root.querySelectorAll('*')) if (each.shadowRoot) visit(each.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return found;
}

/** The `--netreach-*` names the widget's own stylesheets read (not its parts', which say their own). */
function propertiesRead(el: Element): Set<string> {
  const names = new Set<string>();
  for (const sheet of el.shadowRoot!.adoptedStyleSheets) {
    for (const rule of sheet.cssRules) for (const match of rule.cssText.matchAll(/--netreach-[a-z0-9-]+/g)) names.add(match[0]);
  }
  return names;
}

const LOOK = [
  'color',
  'background-color',
  'fill',
  'stroke',
  'border-top-color',
  'outline-color',
  'font-family',
  'font-size',
  'border-top-left-radius',
  'padding-top',
  'row-gap',
  'max-height',
  'stop-color',
] as const;

/** `color(srgb 0 0.447 0.698)` (a colour through a relative colour) as `rgb(0, 114, 178)` (the same colour, given). */
function sameColour(value: string): string {
  return value.replace(/color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/g, (_, r, g, b, alpha?: string) => {
    const rgb = [r, g, b].map((channel: string) => Math.round(Number(channel) * 255)).join(', ');
    return alpha === undefined ? `rgb(${rgb})` : `rgba(${rgb}, ${Number(alpha)})`;
  });
}

/** What every element in the widget (and its parts) looks like, in the properties the custom properties set. */
function look(el: Element): string[] {
  const out: string[] = [];
  for (const root of roots(el)) {
    for (const each of [root.host, ...root.querySelectorAll('*')]) {
      const style = getComputedStyle(each);
      out.push(LOOK.map((property) => sameColour(style.getPropertyValue(property))).join('|'));
    }
  }
  return out;
}

const TEST_VALUES: Record<string, string> = {
  '--netreach-font': 'fantasy',
  '--netreach-radius': '13px',
  '--netreach-spacing': '2.1rem',
  '--netreach-stat-size': '77px',
  '--netreach-table-max-height': '5rem',
};

/** Focused (the focus ring; the bars' and the trend's tooltip) and hovered (the regions' tooltip). */
async function focusFirst(el: Element): Promise<void> {
  for (const root of roots(el)) {
    const target = root.querySelector<HTMLElement | SVGElement>('[tabindex="0"]');
    if (target) {
      target.focus();
      break;
    }
  }
  const cell = el.shadowRoot!.querySelector('rect.cell')?.getBoundingClientRect();
  if (cell) await sendMouse({ type: 'move', position: [Math.round(cell.left + cell.width / 2), Math.round(cell.top + cell.height / 2)] });
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('the documented styling API (custom-elements.json)', () => {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    // Served as a module by the test server (a JSON file becomes its default export); built by scripts/build.mjs.
    const path = '/custom-elements.json';
    const json = ((await import(path)) as { default: { modules: { declarations?: Declaration[] }[] } }).default;
    manifest = new Map(json.modules.flatMap((module) => module.declarations ?? []).flatMap((d) => (d.tagName ? [[d.tagName, d]] : [])));
  });
  after(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const name of WIDGETS) {
    it(`<netreach-${name}>: the --netreach-* properties that change it are the ones documented for it`, async () => {
      const documented = manifest.get(`netreach-${name}`)!.cssProperties!.map((p) => p.name);
      const states = [await widget(name), await widget(name, '', ERROR)];
      for (const [attributes, data] of VARIANTS[name] ?? []) states.push(await widget(name, attributes, data));
      const read = [...new Set([...states.flatMap((el) => [...propertiesRead(el)]), ...documented])];
      const changes: string[] = [];
      for (const property of read) {
        const value = TEST_VALUES[property] ?? 'rgb(1, 2, 3)';
        let changed = false;
        for (const el of states) {
          await focusFirst(el);
          const before = look(el);
          el.style.setProperty(property, value);
          await new Promise((resolve) => requestAnimationFrame(resolve));
          await focusFirst(el);
          const after = look(el);
          el.style.removeProperty(property);
          changed ||= before.join() !== after.join();
        }
        if (changed) changes.push(property);
      }
      // A documented default that is a value (not "the text colour at 75 %") draws what the property unset does.
      const wrongDefaults: string[] = [];
      for (const { name: property, default: value } of manifest.get(`netreach-${name}`)!.cssProperties!) {
        if (!value || !(CSS.supports('color', value) || CSS.supports('width', value) || value === 'inherit')) continue;
        for (const el of states) {
          const before = look(el);
          el.style.setProperty(property, value);
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const after = look(el);
          el.style.removeProperty(property);
          const at = before.findIndex((line, index) => line !== after[index]);
          if (at >= 0) wrongDefaults.push(`${property}: ${value} (${el.getAttributeNames().join(' ')}) ${before[at]} -> ${after[at]}`);
        }
      }
      expect(wrongDefaults, 'documented defaults that draw otherwise').to.deep.equal([]);
      // --netreach-region-1 stands for all of them ("and so on to --netreach-region-8").
      const changing = changes.filter((p) => !/^--netreach-region-[2-9]$/.test(p));
      expect({
        'change it, not documented': changing.filter((p) => !documented.includes(p)),
        'documented, change nothing': documented.filter((p) => !changes.includes(p)),
      }).to.deep.equal({ 'change it, not documented': [], 'documented, change nothing': [] });
    });
  }

  /** The part names in the widget's own shadow root (its parts' are theirs to document). */
  const partsIn = (el: Element, into: Set<string>) => {
    for (const each of el.shadowRoot!.querySelectorAll('[part]'))
      for (const part of each.getAttribute('part')!.split(/\s+/)) if (part) into.add(part);
  };

  for (const name of WIDGETS) {
    it(`<netreach-${name}>: the parts in its shadow DOM are the ones documented for it`, async () => {
      const declared = manifest.get(`netreach-${name}`)!.cssParts!;
      // With the names a part's description gives it besides ("also `panel map`"), and the one the menu's failed PNG
      // brings out (csp.test.ts: a CSP without img-src data:).
      const documented = declared.flatMap((p) => [
        p.name,
        ...[...(p.description ?? '').matchAll(/`([a-z -]+)`/g)].flatMap((m) => m[1]!.split(' ')),
      ]);
      const found = new Set<string>();
      const el = await widget(name);
      partsIn(el, found);
      await focusFirst(el);
      partsIn(el, found);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="menu-button"]')!.click();
      await el.updateComplete;
      partsIn(el, found);
      el.toggleDataView();
      await el.updateComplete;
      partsIn(el, found);
      el.toggleDataView();
      el.toggleAbout();
      await el.updateComplete;
      partsIn(el, found);
      for (const [attributes, data] of [...(VARIANTS[name] ?? []), ['', ERROR], ['', EXAMPLE_NETWORK], ['', EMPTY]] as [
        string,
        unknown?,
      ][]) {
        const other = await widget(name, attributes, data);
        await focusFirst(other);
        partsIn(other, found);
      }
      expect({
        'in its shadow DOM, not documented': [...found].filter((p) => !documented.includes(p)),
        'documented, never there': declared.map((p) => p.name).filter((p) => !found.has(p) && p !== 'menu-message'),
      }).to.deep.equal({ 'in its shadow DOM, not documented': [], 'documented, never there': [] });
    });
  }
});
