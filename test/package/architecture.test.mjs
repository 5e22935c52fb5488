// Issue 12: "docs/ARCHITECTURE.md describes the tree as it is". Every path the page names exists, every script,
// test folder and docs page is named; every path under src/ the page names exists, every
// folder of src/ is described, and every module of src/ is named, by its name or by a pattern the page gives for
// a widget's folder (`<widget>.scene.ts`, `define.ts`…) or for the core's models (`*-model.ts`); a module outside
// the widgets' folders is named by its path or in its folder's row; and every file name the page writes exists.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const page = readFileSync(join(root, 'docs/ARCHITECTURE.md'), 'utf8');
/** What the page writes in backticks. */
const named = new Set([...page.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]));
/** The widgets' folders, which the page describes once as `src/<widget>/`. */
const WIDGETS = ['stat', 'map', 'bars', 'regions', 'trend', 'table', 'dashboard'];
/** The modules of a widget's folder the page names by pattern. */
const WIDGET_FILES = ['', '.styles', '.drawn.styles', '.view', '.chunk', '.code', '.options', '.scene', '.named'];

function sources(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'generated') continue; // written by `npm run generate`, gitignored: described as a folder
    if (statSync(path).isDirectory()) sources(path, out);
    else out.push(relative(root, path));
  }
  return out;
}
const files = sources(join(root, 'src'));
/**
 * What the table's row of each folder names in backticks, by the folder its first cell names (`src/core/` → src/core):
 * a module is described where its folder is, not by a module of the same name in another folder (`index.ts`).
 */
const rows = new Map(
  page
    .split('\n')
    .map((line) => [/^\| `([^`]+)` \|/.exec(line)?.[1], line])
    .filter(([folder]) => folder)
    .map(([folder, line]) => [folder.replace(/\/$/, ''), new Set([...line.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]))]),
);

describe('docs/ARCHITECTURE.md', () => {
  it('names only paths under src/ that exist', () => {
    const paths = [...named].filter((text) => /^src\/[\w./-]+$/.test(text));
    assert.ok(paths.length > 20, `${paths.length} paths`);
    assert.deepEqual(
      paths.filter((path) => !existsSync(join(root, path))),
      [],
    );
  });

  it('names only paths that exist outside src/ too: tests, scripts, docs, data, the command line, the demo, the benchmarks', () => {
    const paths = [...named].filter((text) => /^(test|scripts|docs|data|packages|demo|bench)\/[\w./-]+$/.test(text));
    assert.ok(paths.length > 20, `${paths.length} paths`);
    assert.deepEqual(
      paths.filter((path) => !existsSync(join(root, path))),
      [],
    );
  });

  it('names no file that is gone: every file name it writes is in the repository, or one the build writes', () => {
    // Bare names as well as paths (`read-capped.ts`): a module deleted or renamed leaves no name behind.
    const tree = new Set();
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (!statSync(path).isDirectory()) tree.add(name);
        else if (name !== 'node_modules' && !name.startsWith('.')) walk(path);
      }
    };
    walk(root);
    const fileNames = [...named].filter((text) => /^[\w.-]+\.(ts|mjs|js|json|html|css|md)$/.test(text));
    assert.ok(fileNames.length > 100, `${fileNames.length} file names`);
    // Written by the build (scripts/build.mjs), which the Node tests run after.
    const built = ['netreach.js', 'embed-resize.js', 'custom-elements.json'];
    assert.deepEqual(
      fileNames.filter((name) => !tree.has(name) && !built.includes(name)),
      [],
    );
  });

  it('names every script of scripts/, every folder of test/, every helper of the tests, file of the demo and script of the bench, and every page of docs/', () => {
    const listed = (dir, keep) => readdirSync(join(root, dir)).filter(keep);
    const scripts = listed('scripts', (name) => name.endsWith('.mjs'));
    assert.deepEqual(
      scripts.filter((name) => !named.has(name) && !named.has(`scripts/${name}`)),
      [],
    );
    const tests = listed('test', (name) => statSync(join(root, 'test', name)).isDirectory());
    assert.deepEqual(
      tests.filter((name) => !named.has(`test/${name}/`)),
      [],
    );
    // The tests' shared helpers, the demo's pages and modules and the bench's scripts, which their rows list: a list
    // with gaps reads as whole.
    for (const dir of ['test/helpers', 'demo', 'bench']) {
      assert.deepEqual(
        listed(dir, (name) => statSync(join(root, dir, name)).isFile()).filter(
          (name) => !rows.get(dir)?.has(name) && !named.has(`${dir}/${name}`),
        ),
        [],
        dir,
      );
    }
    const docs = listed('docs', (name) => name.endsWith('.md'));
    assert.deepEqual(
      docs.filter((name) => !named.has(name) && !named.has(`docs/${name}`)),
      [],
    );
  });

  it('describes every folder of src/', () => {
    const folders = [...new Set(files.map((file) => dirname(file)))].filter((folder) => folder !== 'src');
    const described = (folder) =>
      named.has(`${folder}/`) ||
      WIDGETS.includes(basename(folder)) ||
      // src/core/i18n/ and src/core/en/: described in the core's row by their own name
      named.has(`${basename(folder)}/`) ||
      named.has(`${basename(folder)}/*.ts`);
    assert.deepEqual(
      folders.filter((folder) => !described(folder)),
      [],
    );
  });

  it('names every module of src/', () => {
    const isNamed = (file) => {
      const name = basename(file);
      const folder = basename(dirname(file));
      if (named.has(file)) return true;
      if (['i18n', 'en'].includes(folder)) return true; // one module per language, one per lazy code's English
      // A module outside the widgets' folders by its name in its folder's row (src/static/index.ts is not the core's).
      const row = rows.get(dirname(file));
      if (row?.has(name)) return true;
      if (/-model\.ts$/.test(name) && folder === 'core') return row?.has('*-model.ts') ?? false;
      if (WIDGETS.includes(folder) || folder === 'data-provider') {
        // A widget's modules are named after it (`map.update.ts`), wherever the page describes them; but define.ts.
        if (name !== 'define.ts' && named.has(name)) return true;
        if (name === 'define.ts') return named.has('define.ts');
        if (folder === 'data-provider') return named.has('<netreach-data>');
        return WIDGET_FILES.some((suffix) => name === `${folder}${suffix}.ts` && named.has(`<widget>${suffix}.ts`));
      }
      return false;
    };
    assert.deepEqual(
      files.filter((file) => !isNamed(file)),
      [],
    );
  });
});

// Issue 12: "Controllers for behaviour: one roving-focus/keyboard controller, one tooltip controller, one export
// controller, one geometry controller; the base element keeps data, locale and state only. The map splits into the
// element, its member layer and its geometry controller." Held here by what the modules declare and import.
describe('issue 12’s controllers', () => {
  const source = (file) => readFileSync(join(root, file), 'utf8');
  const modules = files.filter((file) => file.endsWith('.ts'));
  /** Code without its comments: what a module does, not what it says of others. */
  const code = (file) =>
    source(file)
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:])\/\/.*$/gm, '$1');

  it('declares each behaviour’s controller once, in its own module', () => {
    const homes = {
      RovingFocusController: 'src/base/roving-focus.ts',
      TooltipController: 'src/base/tooltip.ts',
      ExportController: 'src/base/export-controller.ts',
      GeometryController: 'src/map/geometry-controller.ts',
    };
    for (const [name, home] of Object.entries(homes)) {
      const declared = modules.filter((file) => new RegExp(`\\bclass ${name}\\b`).test(code(file)));
      assert.deepEqual(declared, [home], name);
    }
  });

  // The two controllers' code that runs only once the picture is drawn (the tooltip's lines and placement, an arrow
  // key's move) is their lazy half, src/base/interaction.ts, which only the controllers call, through its loader.
  it('draws and places a tooltip only in the tooltip controller (and its lazy half)', () => {
    assert.deepEqual(
      modules.filter((file) => /part="tooltip"|part=tooltip|role="tooltip"/.test(code(file))),
      // The controller knows its tooltip (a pointer moving onto it keeps it); its lazy half draws and places it.
      ['src/base/interaction.ts', 'src/base/tooltip.ts'],
    );
    assert.deepEqual(
      modules.filter((file) => /\b(renderTooltip|placeTooltip)\(/.test(code(file)) && file !== 'src/base/interaction.ts'),
      ['src/base/tooltip.ts'],
    );
    assert.deepEqual(
      modules.filter((file) => /\bnextItem\(/.test(code(file)) && file !== 'src/base/interaction.ts'),
      ['src/base/roving-focus.ts'],
    );
    assert.deepEqual(
      modules.filter((file) => /['"]\.\/interaction\.js['"]/.test(code(file))),
      ['src/base/interaction-loader.ts'],
    );
  });

  it('moves focus with the arrow keys only in the roving-focus controller', () => {
    // Allowed besides: the map's arrows as directions on the map, which the map hands its RovingFocusController
    // (`memberTowards()`, a key's neighbour, not a key handler), and the widget menu's button and items (the ARIA
    // menu pattern: Up and Down open it and move among its commands, Escape and Tab close it; not a list of data).
    const allowed = [
      'src/base/roving-focus.ts',
      'src/base/interaction.ts',
      'src/map/map.update.ts',
      'src/base/menu.ts',
      'src/base/menu-popup.ts',
    ];
    assert.deepEqual(
      modules.filter(
        (file) => /['"]Arrow(Left|Right|Up|Down)['"]|\bArrow(Left|Right|Up|Down):/.test(code(file)) && !allowed.includes(file),
      ),
      [],
    );
    assert.match(code('src/map/map.update.ts'), /export function memberTowards\(/);
  });

  it('keeps the base element to data, locale and state: no tooltip, focus, geometry nor drawing of its own', () => {
    const imports = [...code('src/base/netreach-element.ts').matchAll(/^import [^;]*? from '([^']+)'/gms)].map((match) => match[1]);
    for (const behaviour of ['./tooltip.js', './marks.js', '../map/geometry-controller.js', '../geo/', 'd3-']) {
      assert.ok(!imports.some((path) => path.startsWith(behaviour)), `netreach-element.ts imports ${behaviour}`);
    }
    // Its files are the export controller's; its keys only stopped where a controller consumed them.
    assert.ok(imports.includes('./export-controller.js'));
    assert.deepEqual(
      imports.filter((path) => path === './roving-focus.js'),
      ['./roving-focus.js'],
    );
    assert.match(code('src/base/netreach-element.ts'), /import \{ stopConsumed \} from '\.\/roving-focus\.js'/);
  });

  it('splits the map into its element, its member layer and its geometry controller', () => {
    const map = code('src/map/map.ts');
    // The element loads no geometry and draws no marks itself: the controller and the layer (in the map's chunk) do.
    assert.match(map, /new GeometryController\(this\)/);
    assert.doesNotMatch(map, /from '\.\.\/geo\/|from 'd3-|from '\.\/member-layer\.js'|from '\.\.\/base\/marks\.js'/);
    assert.match(code('src/map/map.update.ts'), /member-layer\.js'/);
    assert.doesNotMatch(code('src/map/geometry-controller.ts'), /\btooltip\b|RovingFocus/i);
    // Data, options, keyboard and tooltip: a short module, as the split made it (333 lines now).
    const lines = source('src/map/map.ts').split('\n').length;
    assert.ok(lines < 400, `src/map/map.ts: ${lines} lines`);
  });
});

// Issue 12: "Plurals go through Intl.PluralRules ("1 country", not "1 countries")" — msg()'s plural messages, chosen
// by the locale's rules (test/unit/i18n.test.ts). A count compared with 1 or 2 to choose words by hand is allowed
// only where docs/ARCHITECTURE.md's table of issue 12's clauses says so: English that is never translated, or a
// choice that is no plural of a count.
describe('issue 12’s plurals', () => {
  /** Each module that chooses words by a count itself, and why that is no translated plural. */
  const ALLOWED = {
    'src/map/map.update.ts': 'the console’s step warning, in English',
    'src/core/validate.ts': 'the validator’s "(and 1 more problem)", in English',
    'src/import/report.ts': 'the importer’s report, in English',
    'packages/cli/bin/netreach.mjs': 'the command line’s step warning, in English',
    'packages/cli/bin/data-commands.mjs': 'the importer’s problems on the command line, in English',
    'demo/import-panel.ts': 'the configurator’s import report, in English',
    'src/base/chart-parts.ts': 'the heading "Source" or "Sources", which shows no count',
    'src/scene/document.ts': 'the heading "Source" or "Sources", which shows no count',
    'src/dashboard/dashboard.view.ts': 'the heading "Source" or "Sources", which shows no count',
    'src/core/english.ts': 'englishPlural(): English’s plural rule, compared with Intl.PluralRules by its test',
    'src/core/option-text.ts': 'a list joined with "or" (no count)',
    'src/import/import-table.ts': 'a list joined with "and" (no count)',
    'src/core/shape.ts': 'a one-point run closed with Z (no words)',
  };
  /** A count compared with 1 or 2 choosing between texts (or a `word`). */
  const BY_HAND = /(===|!==|>=|<=|>|<) ?[12] \? ?(['"`]|word\b)/;

  it('chooses words by a count only in the modules the architecture page names for it', () => {
    const scan = (dir, out = []) => {
      for (const name of readdirSync(join(root, dir))) {
        const path = `${dir}/${name}`;
        if (name === 'generated' || name === 'node_modules') continue;
        if (statSync(join(root, path)).isDirectory()) scan(path, out);
        else if (/\.(ts|mjs)$/.test(name)) out.push(path);
      }
      return out;
    };
    const modules = [...scan('src'), ...scan('packages/cli/bin'), ...scan('demo')];
    const code = (file) =>
      readFileSync(join(root, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1');
    const byHand = modules.filter((file) => BY_HAND.test(code(file)));
    assert.deepEqual(
      byHand.filter((file) => !(file in ALLOWED)),
      [],
    );
    // Each allowance still needed, and the English text ones named on the architecture page.
    assert.deepEqual(
      Object.keys(ALLOWED).filter((file) => !byHand.includes(file)),
      [],
    );
    for (const file of Object.keys(ALLOWED).filter((file) => ALLOWED[file].endsWith('in English'))) {
      assert.ok(named.has(file) || named.has(basename(file)), `${file} not named on the architecture page`);
    }
  });
});
