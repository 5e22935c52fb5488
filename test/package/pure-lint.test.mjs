// The lint rule that keeps the pure modules pure (eslint.config.js): no DOM globals and no Lit in the core,
// geometry, the importer, the SVG serializer and the widgets' scene and options modules — and only there.
// Lints code given as text with the project's own configuration, as `npx eslint .` would the file it names.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

const RULES = ['no-restricted-globals', 'no-restricted-properties', 'no-restricted-imports', '@typescript-eslint/no-restricted-types'];

/** The rules the pure-module check uses that report on `code` as if it were the file at `path`. */
async function purityErrors(code, path) {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result.messages.filter((message) => RULES.includes(message.ruleId)).map((message) => message.ruleId);
}

const PURE_FILES = [
  'src/core/example.ts',
  'src/geo/example.ts',
  'src/import/example.ts',
  'src/scene/example.ts',
  'src/static/example.ts',
  'src/map/map.scene.ts',
  'src/trend/trend.options.ts',
  'src/map/map.code.ts',
  'src/embed/embed-params.ts',
];

const DOM_USES = [
  'export const title = document.title;',
  'export const width = window.innerWidth;',
  'export const observer = new ResizeObserver(() => {});',
  'export const intersection = new IntersectionObserver(() => {});',
  'export const mutation = new MutationObserver(() => {});',
  "customElements.define('x-y', class {});",
  'export const frame = requestAnimationFrame(() => {});',
  'export const style = (e: never) => getComputedStyle(e);',
  "export const dark = matchMedia('(prefers-color-scheme: dark)').matches;",
  'export const language = navigator.language;',
  "export const saved = localStorage.getItem('x');",
  'export const isElement = (x: unknown) => x instanceof HTMLElement || x instanceof Element || x instanceof Node;',
  "export const supports = CSS.supports('color', 'red');",
  'export const sneaky = globalThis.document;',
  'export const sneakier = self.location;',
  'export const typed = (host: HTMLElement, node: Node): Document | null => host.ownerDocument ?? node.ownerDocument;',
];

const LIT_IMPORTS = [
  "import { html } from 'lit';",
  "import { property } from 'lit/decorators.js';",
  "import { ReactiveElement } from '@lit/reactive-element';",
  "import { render } from 'lit-html';",
  "import { LocaleController } from '../base/controllers.js';",
];

describe('the pure-module lint rule', () => {
  it('rejects every DOM global and every Lit import in every pure module', async () => {
    for (const path of PURE_FILES) {
      for (const code of [...DOM_USES, ...LIT_IMPORTS]) {
        const errors = await purityErrors(code, path);
        assert.ok(errors.length > 0, `${path}: ${code} passed the lint`);
      }
    }
  });

  it('allows what Node and browsers share: fetch, URL, AbortController, Intl, TextDecoder, timers', async () => {
    const code = [
      "export const load = (signal: AbortSignal) => fetch(new URL('data.json', 'https://example.org/'), { signal });",
      "export const request = new Request('https://example.org/').url;",
      'export const controller = new AbortController();',
      "export const format = new Intl.NumberFormat('fa').format(1);",
      'export const text = new TextDecoder().decode(new Uint8Array());',
      'export const timer = setTimeout(() => clearTimeout(timer), 1);',
      'export const copy = structuredClone({ a: 1 });',
      "export const event = new CustomEvent('netreach-select', { detail: {} });",
      // A local that shares a window property's name is not the window's.
      "export const named = (name: string, status = 'ok') => `${name} ${status}`;",
    ].join('\n');
    for (const path of PURE_FILES) assert.deepEqual(await purityErrors(code, path), [], path);
  });

  it('leaves the elements alone: they render, with Lit, into the DOM', async () => {
    const code = `${LIT_IMPORTS.join('\n')}\n${DOM_USES.join('\n')}`;
    for (const path of ['src/map/map.ts', 'src/base/example.ts', 'src/embed/example.ts', 'test/browser/example.test.ts']) {
      assert.deepEqual(await purityErrors(code, path), [], path);
    }
  });
});

// Issue 12: "no DOM globals in src/core, src/geo and the serializer" — and in everything they run. A module the pure
// ones import at run time (not `import type`), however deep, must be under the rule too: otherwise a new folder or
// a widget's new helper would bring the DOM into the command line unseen.
describe('the pure modules’ reach', () => {
  const list = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (name === 'generated') return []; // data modules written by `npm run generate`, ignored by lint
      return statSync(path).isDirectory() ? list(path) : path.endsWith('.ts') ? [path] : [];
    });
  /**
   * The modules `file` imports at run time, as paths. Not its `import()`s: those are the lazy chunks (a widget's
   * drawing code, its templates with it), which a pure module may name but not hold (`LazyModule`).
   */
  const runtimeImports = (file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const specifiers = [...code.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'(\.[^']+)'/gm)].map((m) => m[1]);
    return specifiers
      .map((specifier) => resolve(dirname(file), specifier.replace(/\.js$/, '.ts')))
      .filter((path) => existsSync(path) && !path.includes(`${join('src', 'generated')}`));
  };
  /** Whether the project's lint config puts `file` under the pure rule. */
  const isPure = async (file) => {
    const config = await eslint.calculateConfigForFile(file);
    const rule = config.rules?.['no-restricted-globals'];
    return Array.isArray(rule) && rule.length > 1;
  };

  it('lints as pure every module a pure module runs', async () => {
    const files = list(join(root, 'src'));
    const pure = new Set();
    for (const file of files) if (await isPure(file)) pure.add(file);
    assert.ok(pure.size > 50, `${pure.size} pure modules`);
    const outside = new Set();
    for (const file of pure)
      for (const imported of runtimeImports(file))
        if (!pure.has(imported)) outside.add(`${relative(root, file)} → ${relative(root, imported)}`);
    assert.deepEqual([...outside], []);
  });
});
