/**
 * The configurator's controls are the widget's option specs: one field per attribute embed.html takes (the common
 * fields of the form aside), a select of an enumeration's values, a checkbox for a switch.
 */
import { expect } from '@open-wc/testing';
import { WIDGET_OPTIONS, WIDGETS, unavailableReason } from '../../src/widget-options.js';
import { waitUntil } from '../helpers/wait.js';

/** Fields of the form itself (widget, dataset, src, metric, language, theme), not of a widget. */
const FORM_FIELDS = new Set(['metric', 'src', 'dataset', 'lang', 'theme']);

/** Runs `check` on the demo's configurator, started in a 1000-pixel frame, with its form; the frame removed after. */
async function inConfigurator(check: (page: Document, form: HTMLFormElement) => Promise<void>): Promise<void> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.src = '/demo/configurator.html';
  document.body.append(frame);
  try {
    await waitUntil(() => frame.contentDocument?.querySelector('#preview netreach-map') !== null, 'configurator not started');
    const page = frame.contentDocument!;
    await check(page, page.querySelector<HTMLFormElement>('#options')!);
  } finally {
    frame.remove();
  }
}

describe('the configurator', () => {
  it('offers each widget’s options from its specs', async () => {
    await inConfigurator(async (page, form) => {
      const widget = form.elements.namedItem('widget') as HTMLSelectElement;
      expect([...widget.options].map((option) => option.value)).to.deep.equal(WIDGETS);
      const theme = form.elements.namedItem('theme') as HTMLSelectElement;
      expect([...theme.options].map((option) => option.value)).to.deep.equal(['', 'light', 'dark', 'auto']);
      for (const name of WIDGETS) {
        widget.value = name;
        widget.dispatchEvent(new Event('change', { bubbles: true }));
        const fields = [...page.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#extra [data-attribute]')];
        const specs = WIDGET_OPTIONS[name].filter((spec) => !unavailableReason(spec, 'embed') && !FORM_FIELDS.has(spec.attribute));
        expect(
          fields.map((field) => field.name),
          name,
        ).to.deep.equal(specs.map((spec) => spec.attribute));
        for (const spec of specs) {
          const field = fields.find((entry) => entry.name === spec.attribute)!;
          if (spec.type === 'enum') {
            const values = [...(field as HTMLSelectElement).options].map((option) => option.value).filter(Boolean);
            expect(new Set([...values, spec.default].filter(Boolean)), `${name} ${spec.attribute}`).to.deep.equal(new Set(spec.values));
          } else if (spec.type === 'boolean') expect((field as HTMLInputElement).type).to.equal('checkbox');
          else if (spec.type === 'number') expect((field as HTMLInputElement).type).to.equal('number');
        }
      }
      // A chosen value reaches the preview and the snippet.
      widget.value = 'bars';
      widget.dispatchEvent(new Event('change', { bubbles: true }));
      const groupBy = page.querySelector<HTMLSelectElement>('#extra [name="group-by"]')!;
      groupBy.value = 'country';
      groupBy.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => page.querySelector('#preview netreach-bars')?.getAttribute('group-by') === 'country', 'preview not updated');
      expect(page.querySelector('#snippet-iframe')!.textContent).to.contain('group-by=country');
    });
  });

  it('offers the bundled networks, and takes the region and member placeholders, and suggestions, from the chosen network’s data', async () => {
    await inConfigurator(async (page, form) => {
      const input = (name: string) => page.querySelector<HTMLInputElement>(`#extra [name="${name}"]`)!;
      const suggestions = (name: string) =>
        [...(page.getElementById(input(name).getAttribute('list') ?? '')?.querySelectorAll('option') ?? [])].map((option) => option.value);
      const placeholders = () => ['region', 'highlight', 'home'].map((name) => input(name).placeholder).join(' | ');
      // CINVU's, as the specs give them.
      await waitUntil(() => suggestions('region').length === 3, 'CINVU regions never suggested');
      expect(placeholders()).to.equal('asia-and-oceania | PAK TUR | PAK');
      expect(suggestions('region')).to.deep.equal(['asia-and-oceania', 'africa-and-arab', 'europe-and-america']);
      expect(suggestions('home')).to.have.length(57);
      const choose = (name: string, value: string) => {
        const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
        field.value = value;
        field.dispatchEvent(new Event('change', { bubbles: true }));
      };
      // The example network (served as a module here: /mock/valid answers its JSON): its own regions; PAK and TUR
      // are members of it too.
      choose('dataset', 'custom');
      choose('src', '/mock/valid');
      await waitUntil(() => input('region').placeholder !== 'asia-and-oceania', 'placeholders never changed');
      expect(placeholders()).to.equal('asia-pacific | PAK TUR | PAK');
      expect(suggestions('region')).to.deep.equal(['asia-pacific', 'middle-east-north-africa', 'sub-saharan-africa', 'europe-americas']);
      // The Silk Road alliance, bundled: no regions, two members. The snippets name it.
      choose('dataset', 'dataset:silk-road');
      await waitUntil(() => input('region').placeholder === '', 'placeholders never changed');
      expect(placeholders()).to.equal(' | CHN AZE | CHN');
      expect(suggestions('region')).to.deep.equal([]);
      expect(page.querySelector('#snippet-script')!.textContent).to.contain('<netreach-map dataset="silk-road">');
      expect(page.querySelector('#snippet-iframe')!.textContent).to.contain('embed.html?widget=map&amp;dataset=silk-road"');
      // Another widget's fields, for the same data.
      choose('widget', 'dashboard');
      expect(input('country').placeholder).to.equal('CHN');
      // Al-Mustafa's visitors' countries: its continents.
      choose('dataset', 'dataset:al-mustafa');
      await waitUntil(() => input('region').placeholder === 'africa', 'placeholders never changed');
      expect(suggestions('region')).to.deep.equal(['africa', 'americas', 'asia', 'europe', 'oceania']);
    });
  });
});
