// Issue 12: "every attribute in custom-elements.json is accepted by embed.html and by the CLI with the same meaning".
// For every widget and attribute the manifest lists: its option spec exists (the manifest is written from the
// specs), embed.html's embedConfig() and the command line's argument reader accept its valid values and give the
// same value for the same attribute, refuse a bad value for the same reason, and refuse what the spec keeps to the
// element (embed: false, cli: false, read-only) saying why. Node, against the built lib/ (`node scripts/build.mjs`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as registry from 'netreach/options';
import { UI_LANGUAGES } from 'netreach/core';
import { MAX_SIDE, MIN_SIDE } from 'netreach/static';
import { CliError, readRenderArgs, renderUsage } from '../../packages/cli/bin/render-args.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { embedConfig } = await import(join(root, 'lib/embed/embed-params.js'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

/** The command line's own flags, which no widget attribute can take over. */
const OWN_FLAGS = ['out', 'data', 'width', 'height', 'scale'];
/** The image sides the command line takes: renderSvg()'s. */
const SIDES = { min: MIN_SIDE, max: MAX_SIDE };

/** Values the spec accepts: every value of an enumeration, else its example or the type's simplest value. */
function validValues(spec) {
  if (spec.type === 'enum') return spec.values;
  if (spec.type === 'boolean') return ['true', ''];
  if (spec.type === 'number') return [spec.example ?? String(spec.min ?? 1), String(spec.min ?? 1)];
  return [spec.example];
}

/** A value the spec refuses, if its type has one (any text is a string). */
function badValue(spec) {
  return { enum: 'bogus-value', number: '-5.5', boolean: 'maybe', language: 'x!', url: 'javascript:alert(1)' }[spec.type];
}

function embed(widget, attribute, value) {
  return embedConfig(
    `?${new URLSearchParams([
      ['widget', widget],
      [attribute, value],
    ])}`,
  );
}

/** The command line's reading of `netreach render <widget> --<attribute> <value>`: its options, or the CliError. */
function cli(widget, spec, value) {
  // A switch is a bare flag, as in a page: `--presenter` (its true values; `false` is leaving it out).
  const flag = spec.type === 'boolean' ? [`--${spec.attribute}`] : [`--${spec.attribute}=${value}`];
  try {
    return readRenderArgs(['render', widget, ...flag, '--out', 'x.svg'], registry, SIDES);
  } catch (error) {
    if (error instanceof CliError) return { error: error.message };
    throw error;
  }
}

/** What the command line passes on for the attribute (`--dataset` picks the bundled dataset to draw). */
const cliValue = (read, attribute) => (attribute === 'dataset' ? read.dataset : read.options?.[attribute]);

/** The description of an attribute on the declaration its `inheritedFrom` names. */
const inheritedDescription = (attribute) =>
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.name === attribute.inheritedFrom?.name)
    ?.attributes?.find((entry) => entry.name === attribute.name)?.description;

describe('custom-elements.json, embed.html and netreach render read the same options', () => {
  it('lists exactly the option specs of every widget, and of nothing else (netreach-data loads data: no widget)', () => {
    const tags = elements.map((element) => element.tagName).sort();
    assert.deepEqual(tags, [...registry.WIDGETS.map((widget) => `netreach-${widget}`), 'netreach-data'].sort());
    for (const element of elements) {
      const all = registry.widgetOptions(element.tagName);
      if (!all) continue;
      // An option a page sets by a CSS property (the stat's `stat-size`) is that property, not an attribute.
      const specs = all.filter((spec) => !spec.cssProperty);
      for (const spec of all.filter((entry) => entry.cssProperty)) {
        assert.ok(
          element.cssProperties.some((property) => property.name === spec.cssProperty),
          `${element.tagName} ${spec.cssProperty}`,
        );
        assert.equal(
          element.members.find((entry) => entry.name === spec.property),
          undefined,
          `${element.tagName} .${spec.property}`,
        );
      }
      assert.deepEqual(
        element.attributes.map((attribute) => attribute.name),
        specs.map((spec) => spec.attribute),
        element.tagName,
      );
      for (const attribute of element.attributes) {
        const spec = registry.optionSpec(specs, attribute.name);
        assert.equal(attribute.fieldName, spec.native ? undefined : spec.property, `${element.tagName} ${attribute.name}`);
        // An inherited attribute described word for word as on the base class is described there only.
        const description = attribute.description ?? inheritedDescription(attribute);
        assert.ok(description.startsWith(spec.docs), `${element.tagName} ${attribute.name} docs`);
        assert.equal(attribute.default, spec.default, `${element.tagName} ${attribute.name} default`);
        if (spec.type === 'enum') assert.equal(attribute.type.text, spec.values.map((value) => `'${value}'`).join(' | '));
        const member = element.members.find((entry) => entry.kind === 'field' && entry.name === spec.property);
        if (!spec.native) assert.equal(member?.attribute, spec.attribute, `${element.tagName} .${spec.property}`);
      }
    }
  });

  for (const element of elements) {
    const widget = registry.widgetName(element.tagName);
    if (!widget) continue;
    const specs = registry.widgetOptions(widget);
    const drawn = registry.CLI_WIDGETS.includes(widget);

    it(`<${element.tagName}>: every attribute means the same in embed.html${drawn ? ' and netreach render' : ''}`, () => {
      for (const attribute of element.attributes) {
        const spec = registry.optionSpec(specs, attribute.name);
        const where = `${widget} ${attribute.name}`;
        const embedRefusal = registry.unavailableReason(spec, 'embed');
        const cliRefusal = registry.unavailableReason(spec, 'cli');
        for (const value of validValues(spec)) {
          const config = embed(widget, attribute.name, value);
          if (embedRefusal) {
            assert.deepEqual(config.attributes, [], where);
            assert.deepEqual(config.ignored, [`${attribute.name}: ${embedRefusal}`], where);
          } else {
            const parsed = registry.parseOption(spec, value);
            assert.ok(parsed.ok, `${where} ${value}`);
            assert.deepEqual(config.ignored, [], `${where} ${value}`);
            assert.deepEqual(config.attributes, [[attribute.name, parsed.value === true ? '' : String(parsed.value)]], `${where} ${value}`);
          }
          if (!drawn) continue;
          if (OWN_FLAGS.includes(attribute.name)) {
            // trend's `height` (the chart's) against the command line's --height (the image's): kept to the element,
            // and the reason says so.
            assert.ok(cliRefusal && spec.unavailable.includes(`--${attribute.name}`), `${where}: a CLI flag of its own`);
            continue;
          }
          const read = cli(widget, spec, value);
          if (cliRefusal) {
            assert.equal(read.error, `--${attribute.name}: ${cliRefusal}`, where);
          } else {
            assert.equal(read.error, undefined, `${where} ${value}`);
            // The same meaning: the value embed.html sets on the element is the one the command line draws with.
            const embedded = config.attributes[0];
            // A switch is its presence: true on the command line, an empty attribute on the page.
            const drawn_ = cliValue(read, attribute.name);
            assert.equal(drawn_ === true ? '' : String(drawn_), embedded[1], `${where} ${value}`);
          }
        }
      }
    });

    it(`<${element.tagName}>: a bad value is refused by embed.html${drawn ? ' and netreach render' : ''} for the same reason`, () => {
      for (const attribute of element.attributes) {
        const spec = registry.optionSpec(specs, attribute.name);
        const bad = badValue(spec);
        if (bad === undefined || registry.unavailableReason(spec, 'embed')) continue;
        const parsed = registry.parseOption(spec, bad);
        assert.equal(parsed.ok, false, `${widget} ${attribute.name} ${bad}`);
        if (attribute.name === 'dataset') {
          // embed.html hands a dataset it does not bundle to the widget, which says so in the frame, as the element
          // does on a page (never another network's figures).
          assert.deepEqual(embed(widget, attribute.name, bad).attributes, [[attribute.name, bad]]);
        } else assert.deepEqual(embed(widget, attribute.name, bad).ignored, [`${attribute.name}: ${parsed.reason}`]);
        if (drawn && !registry.unavailableReason(spec, 'cli')) {
          if (spec.type === 'boolean') {
            // A switch is a bare flag on the command line (`--presenter`): any value written to it is refused.
            assert.throws(
              () => readRenderArgs(['render', widget, `--${attribute.name}=${bad}`, '--out', 'x.svg'], registry, SIDES),
              /does not take an argument/,
            );
          } else assert.equal(cli(widget, spec, bad).error, `--${attribute.name}: ${parsed.reason}`);
        }
      }
    });
  }

  it('names in the README’s “Options” paragraph every attribute embed.html or the command line refuses', () => {
    // The README promises every attribute is a query parameter and a flag "with the same values", then lists the
    // exceptions: a spec that refuses one must be among them.
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('**Options**: every attribute');
    const paragraph = readme.slice(start, readme.indexOf('\n\n', start));
    assert.ok(start > 0 && paragraph.includes('embed.html'), 'the README’s Options paragraph');
    const refused = new Set(
      registry.WIDGETS.flatMap((widget) =>
        registry
          .widgetOptions(widget)
          .filter((spec) => registry.unavailableReason(spec, 'embed') || registry.unavailableReason(spec, 'cli'))
          .map((spec) => spec.attribute),
      ),
    );
    assert.ok(refused.size >= 5, [...refused].join(', '));
    assert.deepEqual(
      [...refused].filter((attribute) => !paragraph.includes(`\`${attribute}\``)),
      [],
    );
  });

  it('refuses the widgets the command line does not draw, saying what to use', () => {
    for (const widget of registry.WIDGETS.filter((name) => !registry.CLI_WIDGETS.includes(name))) {
      assert.match(cli(widget, { attribute: 'lang', type: 'language' }, 'fa').error, new RegExp(`a ${widget} is a page, not a picture`));
    }
  });

  it('lists every flag a widget takes in the usage, and names the refused ones', () => {
    const usage = renderUsage(registry, UI_LANGUAGES);
    for (const widget of registry.CLI_WIDGETS) {
      for (const spec of registry.WIDGET_OPTIONS[widget]) {
        if (spec.readOnly) continue;
        assert.ok(usage.includes(`--${spec.attribute}`), `${widget} --${spec.attribute}`);
      }
    }
    for (const language of UI_LANGUAGES) assert.ok(usage.includes(language), language);
  });

  it('reads a value written after a space that starts with "-": refused for what it is, else told to take "="', () => {
    const refusal = (...args) => {
      try {
        readRenderArgs(['render', ...args, '--out', 'x.svg'], registry, SIDES);
        return undefined;
      } catch (error) {
        if (error instanceof CliError) return [error.message, error.exitCode];
        throw error;
      }
    };
    // A negative size is no size: the range, not how to write it.
    assert.deepEqual(refusal('stat', '--width', '-5'), [
      `--width must be a whole number of pixels from ${MIN_SIDE} to ${MAX_SIDE} (got "-5")`,
      2,
    ]);
    assert.deepEqual(refusal('stat', '--width', '100'), [
      `--width must be a whole number of pixels from ${MIN_SIDE} to ${MAX_SIDE} (got "100")`,
      2,
    ]);
    assert.deepEqual(refusal('bars', '--limit', '-2'), ['--limit: "-2" is not a whole number, 0 or more', 2]);
    assert.deepEqual(refusal('bars', '--sort', '-value'), ['--sort: "-value" is not one of value, name, none', 2]);
    // A value the flag takes: how to write it so that it cannot be read as a flag.
    assert.deepEqual(refusal('table', '--sort', '-virtual-students'), [
      '--sort needs a value; one that starts with "-" is written --sort=-virtual-students (see netreach --help)',
      2,
    ]);
    assert.equal(refusal('table', '--sort=-virtual-students'), undefined);
    // A flag where the value should be is no value.
    assert.deepEqual(refusal('stat', '--data', '--width', '300'), ['--data needs a value (see netreach --help)', 2]);
    // Nor is the end of the line: said in the same words, not parseArgs' ("Option '-o, --out <value>' argument missing").
    for (const flag of ['--out', '-o', '--width', '--lang']) {
      assert.throws(
        () => readRenderArgs(['render', 'stat', flag], registry, SIDES),
        (error) =>
          error instanceof CliError &&
          error.exitCode === 2 &&
          error.message === `--${flag.replace(/^-+/, '').replace(/^o$/, 'out')} needs a value (see netreach --help)`,
      );
    }
  });

  it('says in the usage what each flag does on the command line, not on a page', () => {
    // The page's words that QA found in the usage, and their kin: none is true of a flag.
    const PAGE_ONLY =
      /<netreach-|\bpage\b|click|console|prefers-color-scheme|inherited|\bsrc\b|provider|inline JSON|\.data\b|<netreach-data>|Set by/i;
    for (const widget of registry.CLI_WIDGETS) {
      for (const spec of registry.WIDGET_OPTIONS[widget]) {
        if (registry.unavailableReason(spec, 'cli')) continue;
        const words = registry.plainDocs(spec, 'cli');
        assert.doesNotMatch(words, PAGE_ONLY, `${widget} --${spec.attribute}: ${words}`);
        // The command line's own words only where the page's would not do: one place for an option's words.
        if (spec.cliDocs !== undefined) assert.notEqual(spec.cliDocs, spec.docs, `${widget} --${spec.attribute}`);
        else assert.equal(words, registry.plainDocs(spec), `${widget} --${spec.attribute}`);
      }
    }
    const usage = renderUsage(registry, UI_LANGUAGES);
    const flags = usage.slice(
      usage.indexOf('\n', usage.indexOf("The widgets' attributes")),
      usage.indexOf('Attributes an image has no use'),
    );
    assert.doesNotMatch(flags, PAGE_ONLY);
    // What the flags do here instead: --compare takes a file, --lang and --theme have the image's defaults.
    const section = (widget) => flags.slice(flags.indexOf(`\n${widget}:\n`), flags.indexOf('\n\n', flags.indexOf(`\n${widget}:\n`)));
    for (const widget of ['map', 'table'])
      assert.match(section(widget), /--compare <text> +Another network to compare with: a bundled id \([^)]*\) or\s+a dataset file\./);
    assert.match(flags, /--theme <light\|dark\|auto>\s+light \(the default\) or dark; auto draws light too/);
    assert.match(flags, /images default to en\./);
    // The page's words stay the page's: the element's docs, embed.html and the configurator read them.
    assert.match(registry.optionSpec(registry.WIDGET_OPTIONS.table, 'sort').docs, /Clicking a header updates it/);
  });

  it('names as refused only the flags every widget that has them refuses: not --height, the image’s own', () => {
    const usage = renderUsage(registry, UI_LANGUAGES);
    // The paragraph, its lines joined: it wraps at the help's width.
    const line = /^Attributes an image has no use for are refused[^]*?\.$/m.exec(usage)[0].replace(/\n/g, ' ');
    const refused = line.slice(line.indexOf(': ') + 2, -1).split(', ');
    // Not --selected nor --step: an image of the map with Pakistan selected, or of a deck's step, is the element's
    // toSVG() with them (the command line refused them before).
    // --presenter: the dashboard's image takes it (its parts' type raised for a slide), the others' refuse it.
    assert.deepEqual(refused, ['--src', '--provider', '--controls', '--presenter (but dashboard)']);
    for (const [flag, taker] of refused.map((entry) => [entry.split(' ')[0], /\(but (\w+)\)/.exec(entry)?.[1]])) {
      const attribute = flag.slice(2);
      if (taker) assert.equal(cli(taker, registry.optionSpec(registry.WIDGET_OPTIONS[taker], attribute), '').error, undefined, flag);
      const owners = registry.CLI_WIDGETS.filter(
        (widget) => widget !== taker && registry.optionSpec(registry.WIDGET_OPTIONS[widget], attribute),
      );
      assert.ok(owners.length, flag);
      for (const widget of owners) {
        const spec = registry.optionSpec(registry.WIDGET_OPTIONS[widget], attribute);
        assert.equal(
          cli(widget, spec, spec.example ?? 'x').error,
          `${flag}: ${registry.unavailableReason(spec, 'cli')}`,
          `${widget} ${flag}`,
        );
      }
    }
    for (const [widget, flag, value] of [
      ['map', 'selected', 'pak'],
      ['map', 'step', '2'],
      ['bars', 'selected', 'asia-and-oceania'],
      ['regions', 'selected', 'asia-and-oceania'],
      ['table', 'selected', 'PAK'],
    ]) {
      const spec = registry.optionSpec(registry.WIDGET_OPTIONS[widget], flag);
      assert.equal(registry.unavailableReason(spec, 'cli'), undefined, `${widget} --${flag}`);
      assert.equal(String(cli(widget, spec, value).options?.[flag]), value, `${widget} --${flag}`);
    }
    // The trend's `height` (its chart's, kept to the page) does not make the image's --height a refused flag.
    const trendHeight = registry.optionSpec(registry.WIDGET_OPTIONS.trend, 'height');
    assert.ok(registry.unavailableReason(trendHeight, 'cli'));
    const read = readRenderArgs(['render', 'trend', '--height', '300', '--out', 'x.svg'], registry, SIDES);
    assert.deepEqual([read.options, read.height], [{}, 300]);
  });
});
