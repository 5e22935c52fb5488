/** The configurator page: a form that builds one widget, previews it live and prints its snippets. */
import { loadDefaultDataset } from '../src/core/default-dataset.js';
import { requestDataset } from '../src/core/load.js';
import type { Dataset } from '../src/core/types.js';
import { EMBED_WIDGETS, ENUMS } from '../src/embed/embed-params.js';
import { snippets, type WidgetChoice } from './snippets.js';

const form = document.querySelector<HTMLFormElement>('#options')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const extra = document.querySelector<HTMLFieldSetElement>('#extra')!;
const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as unknown as T;

/** Options the common form fields already cover. */
const COMMON = new Set(['metric', 'src', 'lang', 'theme']);

function option(select: HTMLSelectElement, value: string, label = value): void {
  select.append(new Option(label, value));
}

for (const widget of Object.keys(EMBED_WIDGETS)) option(field<HTMLSelectElement>('widget'), widget, `<netreach-${widget}>`);
field<HTMLSelectElement>('widget').value = 'map';

let dataset: Dataset | undefined;

async function loadMetrics(): Promise<void> {
  const src = currentSrc();
  try {
    dataset = src ? await requestDataset(src) : await loadDefaultDataset();
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
}

function currentSrc(): string {
  const dataset = field<HTMLSelectElement>('dataset').value;
  return dataset === 'custom' ? field<HTMLInputElement>('src').value.trim() : dataset;
}

/** The widget-specific options, as selects for enumerations and text inputs otherwise. */
function renderExtraFields(widget: string): void {
  const kept = new Map(
    [...extra.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]')].map((input) => [input.name, input.value]),
  );
  extra.querySelectorAll('label').forEach((label) => label.remove());
  for (const name of EMBED_WIDGETS[widget] ?? []) {
    if (COMMON.has(name)) continue;
    const label = document.createElement('label');
    label.append(`${name} `);
    const choices = ENUMS[name];
    let input: HTMLInputElement | HTMLSelectElement;
    if (choices) {
      input = document.createElement('select');
      option(input, '', '(default)');
      for (const choice of choices) option(input, choice);
    } else {
      input = document.createElement('input');
      input.placeholder = name === 'highlight' ? 'PAK TUR' : name === 'home' ? 'PAK' : '';
    }
    input.name = name;
    input.dataset.attribute = '';
    input.value = kept.get(name) ?? '';
    label.append(input);
    extra.append(label);
  }
  extra.hidden = extra.querySelectorAll('label').length === 0;
}

function choice(): WidgetChoice {
  const widget = field<HTMLSelectElement>('widget').value;
  const attributes: Record<string, string> = {
    src: currentSrc(),
    metric: EMBED_WIDGETS[widget]?.includes('metric') ? field<HTMLSelectElement>('metric').value : '',
    lang: field<HTMLSelectElement>('lang').value,
    theme: field<HTMLSelectElement>('theme').value,
  };
  for (const input of extra.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]'))
    attributes[input.name] = input.value;
  return { widget, attributes };
}

function update(): void {
  const current = choice();
  const element = document.createElement(`netreach-${current.widget}`);
  for (const [name, value] of Object.entries(current.attributes)) if (value.trim()) element.setAttribute(name, value);
  preview.replaceChildren(element);
  preview.classList.toggle('dark', current.attributes.theme === 'dark');
  const base = new URL('../dist/', location.href).href;
  const result = snippets(current, base);
  document.querySelector('#snippet-script')!.textContent = result.script;
  document.querySelector('#snippet-iframe')!.textContent = result.iframe;
  document.querySelector('#snippet-npm')!.textContent = result.npm;
}

form.addEventListener('change', async (event) => {
  const name = (event.target as HTMLInputElement).name;
  if (name === 'widget') renderExtraFields(field<HTMLSelectElement>('widget').value);
  if (name === 'dataset' || name === 'src') {
    document.querySelector<HTMLElement>('#custom-url')!.hidden = field<HTMLSelectElement>('dataset').value !== 'custom';
    await loadMetrics();
  }
  update();
});
form.addEventListener('submit', (event) => event.preventDefault());

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy]');
  if (!button) return;
  const text = document.getElementById(button.dataset.copy!)?.textContent ?? '';
  const status = document.querySelector('#copied')!;
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Copying is blocked here: select the snippet and copy it by hand.';
  }
});

renderExtraFields('map');
void loadMetrics().then(update);
