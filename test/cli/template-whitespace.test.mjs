// The build's removal of the templates' formatting (scripts/template-whitespace.mjs): white space no browser
// renders goes, white space that reads as a space stays one, and an expression is never touched.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stripTemplateWhitespace } from '../../scripts/template-whitespace.mjs';

const strip = (code) => stripTemplateWhitespace(code, 'x.ts')?.toString() ?? code;

describe('template white space', () => {
  it('removes line breaks at block and SVG edges and between SVG shapes', () => {
    assert.equal(strip('html`<div class="a">\n  <p>${x}</p>\n  ${y}\n</div>`'), 'html`<div class="a"><p>${x}</p>${y}</div>`');
    assert.equal(
      strip('svg`<g>\n  <path d=${d}></path>\n  <circle r="1"></circle>\n</g>`'),
      'svg`<g><path d=${d}></path><circle r="1"></circle></g>`',
    );
    assert.equal(strip('html`<button>\n  ${label}\n</button>`'), 'html`<button>${label}</button>`');
  });

  it('keeps one space where it reads as one: between inline elements, expressions and text', () => {
    assert.equal(strip('html`<span>a</span>\n  ${b}`'), 'html`<span>a</span> ${b}`');
    assert.equal(strip('html`${a}\n  ${b}`'), 'html`${a} ${b}`');
    assert.equal(strip('html`<li><svg></svg>\n  <span>${x}</span></li>`'), 'html`<li><svg></svg> <span>${x}</span></li>`');
    assert.equal(strip('html`<button>\n  a\n  b\n</button>`'), 'html`<button>a b</button>`');
  });

  it('keeps a space between attributes, even across an expression', () => {
    assert.equal(strip('html`<div\n  class=${a}\n  id="b"\n>\n  ${c}\n</div>`'), 'html`<div class=${a} id="b">${c}</div>`');
  });

  it('leaves templates with <text>, <tspan> or <pre> and every expression as written', () => {
    const text = 'svg`<g>\n  <text>${a}\n  b</text>\n</g>`';
    assert.equal(strip(text), text);
    assert.equal(strip('html`<div>\n  ${items.map((item) => `a\n  b`)}\n</div>`'), 'html`<div>${items.map((item) => `a\n  b`)}</div>`');
    assert.equal(strip('html`<div>\n  ${html`<p>\n  x\n</p>`}\n</div>`'), 'html`<div>${html`<p>x</p>`}</div>`');
  });
});
