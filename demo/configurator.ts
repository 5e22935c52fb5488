/**
 * The configurator page: data pasted or dropped (import-panel.ts), a form that builds one widget, previews it —
 * and every widget, with imported data — live, and prints its snippets.
 */
import { download } from '../src/base/export.js';
import { BUNDLED_DATASETS, DEFAULT_DATASET, loadBundledDataset, loadDefaultDataset } from '../src/core/default-dataset.js';
import { requestDataset } from '../src/core/load.js';
import { networkShortName } from '../src/core/names.js';
import type { Dataset } from '../src/core/types.js';
import { WIDGET_OPTIONS, optionDefault, optionSpec, plainDocs, unavailableReason, type OptionSpec } from '../src/widget-options.js';
import { importPanel, type ImportPanel } from './import-panel.js';
import { snippetFiles, snippets, type WidgetChoice } from './snippets.js';

const form = document.querySelector<HTMLFormElement>('#options')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const extra = document.querySelector<HTMLFieldSetElement>('#extra')!;
const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as unknown as T;

/** Options the common form fields already cover. */
const COMMON = new Set(['metric', 'src', 'dataset', 'lang', 'theme']);

/** The widget's options by attribute, from its option specs (the ones embed.html takes, as the snippets include an iframe). */
const widgetSpecs = (widget: string): readonly OptionSpec[] =>
  (WIDGET_OPTIONS[widget as keyof typeof WIDGET_OPTIONS] ?? []).filter((spec) => !unavailableReason(spec, 'embed'));

function option(select: HTMLSelectElement, value: string, label = value): void {
  select.append(new Option(label, value));
}

for (const widget of Object.keys(WIDGET_OPTIONS)) option(field<HTMLSelectElement>('widget'), widget, `<netreach-${widget}>`);
field<HTMLSelectElement>('widget').value = 'map';
// The theme's values from the spec every widget shares (the empty choice, the page's colours, is in the page).
for (const value of optionSpec(WIDGET_OPTIONS.map, 'theme')?.values ?? []) option(field<HTMLSelectElement>('theme'), value);

let dataset: Dataset | undefined;
/** The dataset select's option for imported data, there while there is some. */
const IMPORTED = 'imported';
const datasetSelect = field<HTMLSelectElement>('dataset');
/** The dataset select's options for the other bundled networks, after the default one: `dataset:silk-road`. */
const BUNDLED = 'dataset:';
BUNDLED_DATASETS.filter((id) => id !== DEFAULT_DATASET).forEach((id, index) =>
  datasetSelect.add(new Option(`Bundled ${id} (dataset="${id}")`, BUNDLED + id), index + 1),
);
/** The bundled network the form names by its `dataset` attribute, if any. */
const bundledId = () => (datasetSelect.value.startsWith(BUNDLED) ? datasetSelect.value.slice(BUNDLED.length) : '');

/** The imported data when the form uses it. */
function inlineData(): ImportPanel['current'] {
  return datasetSelect.value === IMPORTED ? panel.current : undefined;
}

async function loadMetrics(): Promise<void> {
  const src = currentSrc();
  try {
    const bundled = bundledId();
    dataset = inlineData()?.dataset ?? (await (src ? requestDataset(src) : bundled ? loadBundledDataset(bundled) : loadDefaultDataset()));
  } catch {
    dataset = undefined;
  }
  const metric = field<HTMLSelectElement>('metric');
  const previous = metric.value;
  metric.replaceChildren();
  option(metric, '', '(widget default)');
  option(metric, 'countries', 'countries (member count)');
  for (const entry of dataset?.metrics ?? []) option(metric, entry.id, `${entry.id} — ${entry.label}`);
  metric.value = [...metric.options].some((entry) => entry.value === previous) ? previous : '';
  dataExamples();
}

/** Space-separated alpha-3 codes: a spec's example of member countries ("PAK", "PAK TUR"). */
const CODES = /^[A-Z]{3}( [A-Z]{3})*$/;

/**
 * The placeholders and suggestions (a `<datalist>`) of the fields that name a region, members or metrics, from the
 * chosen data: the specs' examples are CINVU's, whose regions another network does not have (pasted into its
 * snippet, `region="asia-and-oceania"` only warned). None where the data has none (the Silk Road's regions).
 */
function dataExamples(): void {
  const lists: Record<string, string[]> = {
    region: dataset?.regions.map((entry) => entry.id) ?? [],
    country: dataset?.members.map((entry) => entry.country) ?? [],
    metric: dataset?.metrics?.map((entry) => entry.id) ?? [],
  };
  for (const [kind, values] of Object.entries(lists)) {
    const list = document.getElementById(`${kind}-list`) ?? document.body.appendChild(document.createElement('datalist'));
    list.id = `${kind}-list`;
    list.replaceChildren(...values.map((value) => new Option(value)));
  }
  for (const input of extra.querySelectorAll<HTMLInputElement>('input[data-example]')) {
    const example = input.dataset.example!;
    const kind = CODES.test(example)
      ? 'country'
      : input.name === 'metrics'
        ? 'metric'
        : /^(region|selected)$/.test(input.name)
          ? 'region'
          : '';
    if (!kind) continue;
    // The example where the data has what it names (CINVU's "PAK TUR"), else the data's first.
    const values = lists[kind]!;
    const words = example.split(' ');
    input.placeholder = (words.every((word) => values.includes(word)) ? words : values.slice(0, words.length)).join(' ');
    // A list of codes takes no suggestion: the browser's would replace them all.
    if (!example.includes(' ')) input.setAttribute('list', `${kind}-list`);
  }
}

function currentSrc(): string {
  const dataset = datasetSelect.value;
  if (dataset === IMPORTED || dataset.startsWith(BUNDLED)) return '';
  return dataset === 'custom' ? field<HTMLInputElement>('src').value.trim() : dataset;
}

/**
 * The widget's own options, from its option specs: a select for an enumeration (its default first), a checkbox for
 * a switch, a number field, or a text field with an example. The spec's docs are the hint.
 */
function renderExtraFields(widget: string): void {
  const kept = new Map(
    [...extra.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]')].map((input) => [
      input.name,
      attributeValue(input),
    ]),
  );
  extra.querySelectorAll('label').forEach((label) => label.remove());
  for (const spec of widgetSpecs(widget)) {
    if (COMMON.has(spec.attribute)) continue;
    const label = document.createElement('label');
    label.title = plainDocs(spec);
    label.append(`${spec.attribute} `);
    let input: HTMLInputElement | HTMLSelectElement;
    if (spec.type === 'enum') {
      input = document.createElement('select');
      const fallback = optionDefault(spec);
      option(input, '', fallback === undefined ? '(default)' : `(default: ${fallback})`);
      for (const choice of spec.values ?? []) if (choice !== fallback) option(input, choice);
    } else {
      input = document.createElement('input');
      if (spec.type === 'boolean') input.type = 'checkbox';
      if (spec.type === 'number') {
        input.type = 'number';
        if (spec.min !== undefined) input.min = String(spec.min);
        if (spec.integer) input.step = '1';
      }
      input.placeholder = spec.example ?? '';
      if (spec.example) input.dataset.example = spec.example;
    }
    input.name = spec.attribute;
    input.dataset.attribute = '';
    const value = kept.get(spec.attribute) ?? '';
    if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = value !== '';
    else input.value = value;
    // A checkbox before its name, on one line, as forms set them.
    if (input instanceof HTMLInputElement && input.type === 'checkbox') label.prepend(input);
    else label.append(input);
    extra.append(label);
  }
  extra.hidden = extra.querySelectorAll('label').length === 0;
  dataExamples();
}

/** The attribute a field writes: a checked switch is `true` (an unchecked one, and an empty field, none). */
function attributeValue(input: HTMLInputElement | HTMLSelectElement): string {
  if (input instanceof HTMLInputElement && input.type === 'checkbox') return input.checked ? 'true' : '';
  return input.value;
}

function choice(): WidgetChoice {
  const widget = field<HTMLSelectElement>('widget').value;
  const attributes: Record<string, string> = {
    src: currentSrc(),
    dataset: bundledId(),
    metric: optionSpec(widgetSpecs(widget), 'metric') ? field<HTMLSelectElement>('metric').value : '',
    lang: field<HTMLSelectElement>('lang').value,
    theme: field<HTMLSelectElement>('theme').value,
  };
  for (const input of extra.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]'))
    attributes[input.name] = attributeValue(input);
  return { widget, attributes };
}

/** Sets a widget's data (before it connects, so that it never loads another dataset first). */
const withData = (element: Element, data: Dataset) => Object.assign(element, { data });

function update(): void {
  const current = choice();
  const data = inlineData();
  const element = document.createElement(`netreach-${current.widget}`);
  for (const [name, value] of Object.entries(current.attributes)) if (value.trim()) element.setAttribute(name, value);
  if (data) withData(element, data.dataset);
  preview.replaceChildren(element);
  preview.classList.toggle('dark', current.attributes.theme === 'dark');
  updateGallery(current);
  const network = dataset && networkShortName(dataset, current.attributes.lang || 'en');
  // Each snippet loads its files from next to the page it is pasted into, as its heading says to copy them there:
  // not from this server (localhost under npm start), nor the example's dataset from a path beside this page.
  const copied = copiedFile(current.attributes.src ?? '');
  const result = snippets(current, '', data, network, copied);
  const files = snippetFiles(copied);
  for (const kind of ['script', 'iframe', 'npm'] as const) {
    document.querySelector(`#snippet-${kind}`)!.textContent = result[kind];
    const list = document.querySelector(`#files-${kind}`)!;
    if (kind === 'npm') list.replaceChildren(...(files.npm.length ? [' (copy ', ...codeList(files.npm), ' next to your page)'] : []));
    else list.replaceChildren(...codeList(files[kind]));
  }
}

/**
 * The path in this repository of a dataset file the form loads from this server (the example network's,
 * `../data/example-network.json` from this page: `data/example-network.json`); none for another site's URL.
 */
function copiedFile(src: string): string | undefined {
  // Another URL… is the page's author's own: theirs to resolve.
  const url = src && datasetSelect.value !== 'custom' ? new URL(src, location.href) : undefined;
  return url?.origin === location.origin ? url.pathname.slice(1) : undefined;
}

/** Files as code, "a, b and c". */
function codeList(files: readonly string[]): (Node | string)[] {
  return files.flatMap((file, index) => {
    const code = document.createElement('code');
    code.textContent = file;
    return [...(index === 0 ? [] : [index === files.length - 1 ? ' and ' : ', ']), code];
  });
}

/**
 * Every widget but the dashboard (whose parts these are), with the imported data: shown while there is some.
 * Those marked show a metric: the form's, else the data's first.
 */
const GALLERY: [widget: string, attributes: Record<string, string>, metric: boolean][] = [
  ['stat', {}, true],
  ['regions', {}, false],
  ['map', {}, true],
  ['bars', { 'group-by': 'country', sort: 'value' }, true],
  ['trend', {}, true],
  ['table', {}, false],
];
const gallery = document.querySelector<HTMLElement>('#gallery')!;

function updateGallery(current: WidgetChoice): void {
  const data = panel.current?.dataset;
  gallery.hidden = !data;
  const cards = document.querySelector<HTMLElement>('#gallery-widgets')!;
  if (!data) return cards.replaceChildren();
  const chosen = field<HTMLSelectElement>('metric').value;
  const metric = chosen === 'countries' || data.metrics?.some((entry) => entry.id === chosen) ? chosen : (data.metrics?.[0]?.id ?? '');
  const own: Record<string, string> = { lang: current.attributes.lang ?? '', theme: current.attributes.theme ?? '' };
  GALLERY.forEach(([widget, attributes, metricShown], index) => {
    let element = cards.children[index]?.firstElementChild;
    if (!element) {
      const card = cards.appendChild(document.createElement('div'));
      card.className = 'card';
      element = card.appendChild(withData(document.createElement(`netreach-${widget}`), data));
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    }
    withData(element, data);
    for (const [name, value] of Object.entries({ ...own, ...(metricShown ? { metric } : {}) }))
      if (value) element.setAttribute(name, value);
      else element.removeAttribute(name);
  });
  cards.querySelectorAll('.card').forEach((card) => card.classList.toggle('dark', current.attributes.theme === 'dark'));
}

/** New imported data: offered, and chosen, as the form's dataset; none: back to the bundled one. */
async function imported(data: ImportPanel['current']): Promise<void> {
  let option = [...datasetSelect.options].find((entry) => entry.value === IMPORTED);
  if (data) {
    option ??= datasetSelect.appendChild(new Option('', IMPORTED));
    option.text = `Your data: ${data.dataset.network.name}`;
    datasetSelect.value = IMPORTED;
  } else if (option) {
    if (datasetSelect.value === IMPORTED) datasetSelect.value = '';
    option.remove();
  }
  document.querySelector<HTMLElement>('#custom-url')!.hidden = datasetSelect.value !== 'custom';
  for (const id of ['#download-json', '#copy-inline']) document.querySelector<HTMLButtonElement>(id)!.disabled = !data;
  await loadMetrics();
  update();
}

const panel = importPanel((data) => void imported(data));

form.addEventListener('change', async (event) => {
  const name = (event.target as HTMLInputElement).name;
  if (name === 'widget') renderExtraFields(field<HTMLSelectElement>('widget').value);
  if (name === 'dataset' || name === 'src') {
    document.querySelector<HTMLElement>('#custom-url')!.hidden = datasetSelect.value !== 'custom';
    await loadMetrics();
  }
  update();
});
form.addEventListener('submit', (event) => event.preventDefault());

async function copy(text: string, status: Element): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Copying is blocked here: select the snippet and copy it by hand.';
  }
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy]');
  if (!button) return;
  void copy(document.getElementById(button.dataset.copy!)?.textContent ?? '', document.querySelector('#copied')!);
});

document.querySelector('#download-json')!.addEventListener('click', () => {
  const data = panel.current;
  if (data) download(`${JSON.stringify(data.dataset, null, 2)}\n`, data.file, 'application/json', document);
});

// The script snippet, with the dataset inline (whatever the form's dataset): a page needs nothing else but
// netreach.iife.js beside it (README), so the tag loads that one, not this server's (localhost under npm start).
document.querySelector('#copy-inline')!.addEventListener('click', () => {
  const data = panel.current;
  if (!data) return;
  const status = document.querySelector('#data-copied')!;
  void copy(snippets(choice(), '', data).script, status);
});

renderExtraFields('map');
void loadMetrics().then(update);
