import { expect } from '@open-wc/testing';
import { COMMON_OPTIONS, optionValue, propertySpec, unavailableReason, type OptionSpec } from '../../src/core/options.js';
import { parseOption, readOptions, valuesText } from '../../src/core/option-text.js';
import { PROJECTIONS } from '../../src/core/map-model.js';
import { BUNDLED_DATASETS } from '../../src/core/default-dataset.js';
import { CLI_WIDGETS, WIDGET_OPTIONS, WIDGETS, widgetName, widgetOptions } from '../../src/widget-options.js';

const spec = (partial: Partial<OptionSpec>): OptionSpec => ({ property: 'x', attribute: 'x', type: 'string', docs: '', ...partial });

describe('parseOption', () => {
  it('reads each type, trimmed, and says why a value is refused without naming the option', () => {
    const theme = spec({ attribute: 'theme', type: 'enum', values: ['light', 'dark', 'auto'] });
    expect(parseOption(theme, ' dark ')).to.deep.equal({ ok: true, value: 'dark' });
    expect(parseOption(theme, 'neon')).to.deep.equal({ ok: false, reason: '"neon" is not one of light, dark, auto' });
    const limit = spec({ type: 'number', integer: true, min: 0 });
    expect(parseOption(limit, '8')).to.deep.equal({ ok: true, value: 8 });
    expect(parseOption(limit, '0')).to.deep.equal({ ok: true, value: 0 });
    for (const bad of ['-1', '2.5', 'ten', '', 'Infinity'])
      expect(parseOption(limit, bad)).to.deep.equal({ ok: false, reason: `"${bad}" is not a whole number, 0 or more` });
    const presenter = spec({ attribute: 'presenter', type: 'boolean' });
    expect(parseOption(presenter, '')).to.deep.equal({ ok: true, value: true });
    expect(parseOption(presenter, 'presenter')).to.deep.equal({ ok: true, value: true });
    expect(parseOption(presenter, 'false')).to.deep.equal({ ok: true, value: false });
    expect(parseOption(presenter, 'yes').ok).to.equal(false);
    const src = spec({ type: 'url' });
    for (const good of ['https://example.org/d.json', 'http://x/y', 'data/n.json', './n.json', '../n.json', '/n.json'])
      expect(parseOption(src, good), good).to.deep.equal({ ok: true, value: good });
    for (const bad of ['javascript:alert(1)', 'data:application/json,{}', 'java\tscript:x', 'ftp://x/y'])
      expect(parseOption(src, bad), bad).to.deep.equal({ ok: false, reason: `"${bad.trim()}" is not an http(s) or relative URL` });
    const lang = spec({ type: 'language' });
    expect(parseOption(lang, 'ur-u-nu-arabext')).to.deep.equal({ ok: true, value: 'ur-u-nu-arabext' });
    expect(parseOption(lang, 'de')).to.deep.equal({ ok: true, value: 'de' });
    expect(parseOption(lang, 'x!')).to.deep.equal({ ok: false, reason: '"x!" is not a language tag' });
  });

  it('reads absence, and empty text of a string, URL or language, as no value', () => {
    for (const type of ['string', 'url', 'language', 'enum', 'number', 'boolean'] as const)
      expect(parseOption(spec({ type }), undefined)).to.deep.equal({ ok: true, value: undefined });
    for (const type of ['string', 'url', 'language'] as const)
      expect(parseOption(spec({ type }), '  ')).to.deep.equal({ ok: true, value: undefined });
  });
});

describe('propertySpec', () => {
  it('finds the spec of a property, the first that declares it, and nothing for an unknown one', () => {
    const first = spec({ property: 'groupBy', attribute: 'group-by' });
    const specs = [spec({}), first, spec({ property: 'groupBy', attribute: 'by' })];
    expect(propertySpec(specs, 'groupBy')).to.equal(first);
    expect(propertySpec(specs, 'groupBy')).to.equal(first);
    expect(propertySpec(specs, 'x')).to.equal(specs[0]);
    expect(propertySpec(specs, 'limit')).to.equal(undefined);
    expect(propertySpec(COMMON_OPTIONS, 'theme')?.attribute).to.equal('theme');
  });
});

describe('optionValue', () => {
  it('is what an element holds when its spec accepts it, else the default', () => {
    const sort = spec({ type: 'enum', values: ['value', 'name'], default: 'value' });
    expect(optionValue(sort, 'name')).to.equal('name');
    expect(optionValue(sort, 'bogus')).to.equal('value');
    expect(optionValue(sort, undefined)).to.equal('value');
    expect(optionValue(sort, null)).to.equal('value');
    const height = spec({ type: 'number', min: 1 });
    expect(optionValue(height, 300)).to.equal(300);
    expect(optionValue(height, 0)).to.equal(undefined);
    expect(optionValue(height, Number.NaN)).to.equal(undefined);
    const presenter = spec({ type: 'boolean' });
    expect(optionValue(presenter, false)).to.equal(false);
    expect(optionValue(presenter, true)).to.equal(true);
    expect(optionValue(spec({ default: 'countries' }), '')).to.equal('countries');
  });
});

describe('readOptions', () => {
  it('names the option in each problem, and fills defaults', () => {
    const result = readOptions(
      WIDGET_OPTIONS.bars,
      [
        ['group-by', 'country'],
        ['sort', 'size'],
        ['colour', 'red'],
        ['out', 'x.svg'],
      ],
      ['out'],
    );
    expect(result.problems).to.deep.equal(['sort: "size" is not one of value, name, none', 'colour: not an option of this widget']);
    expect(result.values).to.include({ groupBy: 'country', sort: 'value', metric: 'countries', datasetId: 'cinvu', controls: 'menu' });
  });
});

describe('unavailableReason', () => {
  it('says why an attribute is not a query parameter or a flag', () => {
    const provider = COMMON_OPTIONS.find((entry) => entry.attribute === 'provider')!;
    expect(unavailableReason(provider, 'embed')).to.equal(
      'not a parameter of embed.html: it names a <netreach-data> element on the same page',
    );
    expect(unavailableReason(provider, 'cli')).to.match(/^not an option of netreach render: /);
    const state = COMMON_OPTIONS.find((entry) => entry.attribute === 'state')!;
    expect(unavailableReason(state, 'embed')).to.match(/^read-only: the widget sets it/);
    expect(
      unavailableReason(
        COMMON_OPTIONS.find((entry) => entry.attribute === 'theme')!,
        'cli',
      ),
    ).to.equal(undefined);
  });
});

describe('the widgets’ option specs', () => {
  it('are registered by name and by tag, and nothing else is', () => {
    expect(WIDGETS).to.deep.equal(['stat', 'map', 'bars', 'regions', 'trend', 'table', 'dashboard']);
    expect(widgetOptions('netreach-bars')).to.equal(WIDGET_OPTIONS.bars);
    expect(widgetOptions('bars')).to.equal(WIDGET_OPTIONS.bars);
    for (const other of ['__proto__', 'constructor', 'toString', 'data', 'netreach-data', 'script'])
      expect(widgetName(other), other).to.equal(undefined);
    expect(CLI_WIDGETS.every((name) => WIDGETS.includes(name))).to.equal(true);
  });

  it('are consistent: one spec per attribute and property, defaults and examples they accept, the common options everywhere', () => {
    for (const [widget, specs] of Object.entries(WIDGET_OPTIONS)) {
      const attributes = specs.map((entry) => entry.attribute);
      const properties = specs.map((entry) => entry.property);
      expect(new Set(attributes).size, `${widget} attributes`).to.equal(attributes.length);
      expect(new Set(properties).size, `${widget} properties`).to.equal(properties.length);
      for (const common of COMMON_OPTIONS) expect(attributes, widget).to.include(common.attribute);
      for (const entry of specs) {
        const where = `${widget} ${entry.attribute}`;
        expect(entry.docs.trim(), where).to.not.equal('');
        expect(entry.attribute, where).to.match(/^[a-z][a-z-]*$/);
        if (entry.default !== undefined) expect(parseOption(entry, entry.default).ok, `${where} default`).to.equal(true);
        if (entry.example !== undefined) expect(parseOption(entry, entry.example).ok, `${where} example`).to.equal(true);
        if (entry.type === 'enum') expect(entry.values?.length, where).to.be.greaterThan(1);
        if (entry.type === 'string') expect(entry.example, `${where} needs an example`).to.be.a('string');
        if (entry.embed === false || entry.cli === false || entry.readOnly)
          expect(entry.unavailable, `${where} says why`).to.be.a('string');
        expect(valuesText(entry), where).to.not.equal('');
      }
    }
  });

  it('are where the enumerations live', () => {
    expect(WIDGET_OPTIONS.map.find((entry) => entry.attribute === 'projection')!.values).to.equal(PROJECTIONS);
    expect(WIDGET_OPTIONS.stat.find((entry) => entry.attribute === 'dataset')!.values).to.equal(BUNDLED_DATASETS);
  });
});
