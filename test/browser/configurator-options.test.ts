/**
 * The configurator's controls are the widget's option specs: one field per attribute embed.html takes (the common
 * fields of the form aside), a select of an enumeration's values, a checkbox for a switch.
 */
import { expect } from '@open-wc/testing';
import { WIDGET_OPTIONS, WIDGETS, unavailableReason } from '../../src/widget-options.js';
import { waitUntil } from '../helpers/wait.js';

/** Fields of the form itself (widget, dataset, src, metric, language, theme), not of a widget. */
const FORM_FIELDS = new Set(['metric', 'src', 'dataset', 'lang', 'theme']);

describe('the configurator', () => {
  it('offers each widget’s options from its specs', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.src = '/demo/configurator.html';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('#preview netreach-map') !== null, 'configurator not started');
      const page = frame.contentDocument!;
      const form = page.querySelector<HTMLFormElement>('#options')!;
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
    } finally {
      frame.remove();
    }
  });
});
