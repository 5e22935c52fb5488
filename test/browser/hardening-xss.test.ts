/**
 * Hardening, attack strings: HTML and script payloads (a representative set from the OWASP XSS filter-evasion
 * cheat sheet) in every text field of a dataset are shown as text by every widget, never become markup, never
 * run, and only http(s) URLs become links — on screen and in the SVG export.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import {
  deepElements,
  deepText,
  EVERY_WIDGET,
  exampleDataset,
  mountWidget,
  nextFrame,
  watchPage,
  type Mangled,
} from '../helpers/hardening.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  "'><svg/onload=window.__xss=1//",
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">click</a>',
  '<IMG SRC=JaVaScRiPt:window.__xss=1>',
  '<img src=x:x onerror=&#119;indow.__xss=1>',
  '&lt;script&gt;window.__xss=1&lt;/script&gt;',
  '&#60;img src=x onerror=window.__xss=1&#62;',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '<svg><foreignObject><div onmouseover="window.__xss=1">x</div></foreignObject></svg>',
  '${window.__xss=1} {{constructor.constructor("window.__xss=1")()}}',
  '<!--<img src="--><img src=x onerror=window.__xss=1//">',
  '<style>*{display:none}</style><link rel=stylesheet href=//evil.example/x.css>',
  '\u202eRTL override \u0000 nul \u0007 bell \ud800 lone surrogate',
];

/** What validation keeps of a string: control characters and lone surrogates are dropped (XML forbids them). */
const printable = (text: string) =>
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/g, '').trim();

/** The tile shows a metric's label and source (the built-in member count has neither). */
const WIDGETS = EVERY_WIDGET.map((widget) => (widget.name === 'stat' ? { ...widget, attributes: { metric: 'virtual-students' } } : widget));

const TEXT_FIELDS = ['network', 'region', 'metric', 'university', 'source'] as const;

/** The example dataset with `payload` (tagged with the field's name) in every text field. */
async function hostile(payload: string): Promise<{ data: Mangled; shown: Record<(typeof TEXT_FIELDS)[number], string> }> {
  const data = await exampleDataset();
  const tag = (field: string) => `${field}: ${payload}`;
  data.network.name = tag('network');
  data.network.shortName = tag('short');
  data.network.names = { fa: tag('network-fa') };
  data.network.url = `https://example.org/?q=${encodeURIComponent(printable(payload))}`;
  for (const region of data.regions) {
    region.name = tag('region');
    region.names = { fr: tag('region-fr') };
  }
  for (const metric of data.metrics) {
    metric.label = tag('metric');
    metric.unit = tag('unit');
  }
  for (const university of data.universities) {
    university.name = tag('university');
    university.city = tag('city');
    university.url = `https://example.org/"><img src=x onerror=window.__xss=1>?${payload.length}`;
  }
  for (const source of data.sources) {
    source.title = tag('source');
    source.publisher = tag('publisher');
    source.note = tag('note');
    source.url = 'https://example.org/source?x="><script>window.__xss=1</script>';
  }
  const shown = Object.fromEntries(TEXT_FIELDS.map((field) => [field, printable(tag(field))])) as Record<
    (typeof TEXT_FIELDS)[number],
    string
  >;
  return { data, shown };
}

/** Elements a widget may draw whatever the data (a pattern for "no data", a clip path): never from a payload. */
const SVG_STRUCTURE = new Set([
  'defs',
  'pattern',
  'clippath',
  'clipPath',
  'mask',
  'lineargradient',
  'linearGradient',
  'stop',
  'g',
  'path',
  'rect',
  'circle',
  'line',
  'text',
  'tspan',
  'title',
  'desc',
]);

const DANGEROUS = 'script, img, iframe, object, embed, image, foreignObject, math, link, style:not([data-netreach]), base, meta, form';

function inspect(el: NetreachElement, baseline: Set<string>, label: string): void {
  const elements = deepElements(el);
  for (const node of elements) {
    const name = node.localName;
    expect(baseline.has(name) || SVG_STRUCTURE.has(name), `${label}: <${name}> appeared that the clean dataset does not create`).to.equal(
      true,
    );
    for (const attribute of node.attributes) {
      expect(attribute.name.startsWith('on'), `${label}: <${name} ${attribute.name}>`).to.equal(false);
    }
    if (name === 'a' && node.hasAttribute('href')) {
      expect(node.getAttribute('href'), `${label}: a link`).to.match(/^https?:\/\//);
    }
  }
  const dangerous = elements.filter((node) => node.matches(DANGEROUS) && node.localName !== 'style');
  expect(
    dangerous.map((node) => node.localName),
    `${label}: dangerous elements`,
  ).to.deep.equal([]);
}

describe('hardening: attack strings in every text field', () => {
  const baselines = new Map<string, Set<string>>();

  before(async () => {
    // What each widget creates from a clean dataset: a hostile one may create nothing more.
    const clean = await exampleDataset();
    clean.network.url = 'https://example.org/';
    for (const source of clean.sources) source.url = 'https://example.org/source';
    for (const university of clean.universities) university.url = 'https://example.org/university';
    for (const widget of WIDGETS) {
      const { el, container } = await mountWidget(widget, { data: clean });
      baselines.set(widget.name, new Set(deepElements(el).map((node) => node.localName)));
      container.remove();
    }
  });

  afterEach(() => {
    delete window.__xss;
  });

  PAYLOADS.forEach((payload, index) => {
    it(`payload ${index + 1}: ${JSON.stringify(payload).slice(0, 70)}`, async () => {
      const page = watchPage();
      const { data, shown } = await hostile(payload);
      const texts: string[] = [];
      try {
        for (const widget of WIDGETS) {
          const { el, errorCodes, container } = await mountWidget(widget, { data });
          try {
            expect(el.state, `${widget.name} state`).to.equal('ready');
            expect(errorCodes).to.deep.equal([]);
            await nextFrame();
            inspect(el, baselines.get(widget.name)!, widget.name);
            const text = deepText(el);
            texts.push(text);
            expect(text.includes(printable(payload)), `${widget.name} shows no field as the literal text`).to.equal(true);
            const svg = await el.toSVG();
            const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
            expect(doc.querySelector('parsererror'), `${widget.name}: export parses`).to.equal(null);
            expect(doc.querySelectorAll('script, foreignObject, image, iframe, a, use').length, `${widget.name}: export`).to.equal(0);
            for (const node of doc.querySelectorAll('*')) {
              for (const attribute of node.attributes)
                expect(attribute.name.startsWith('on'), `${widget.name} export: ${attribute.name}`).to.equal(false);
            }
            // Files drawn from a scene drop bidi embedding and override controls from the data, as the command
            // line always has (src/static/svg.ts: they could reorder the file's own text); the rest is there as text.
            const bidi = /[\u202a-\u202e\u2066-\u2069]/g;
            expect(doc.querySelector('title')!.textContent!.replace(bidi, ''), `${widget.name}: export title`).to.contain(
              shown.network.replace(bidi, ''),
            );
          } finally {
            container.remove();
          }
        }
        // Every field appears, literally, as text somewhere.
        const all = texts.join('\n');
        for (const [field, value] of Object.entries(shown)) {
          expect(all.includes(value), `${field} is not shown as the literal text ${JSON.stringify(value)}`).to.equal(true);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(window.__xss, 'a payload ran').to.equal(undefined);
        expect(page.errors).to.deep.equal([]);
      } finally {
        page.stop();
      }
    });
  });

  const BAD_URLS = [
    'javascript:window.__xss=1',
    'JaVaScRiPt:window.__xss=1',
    ' javascript:window.__xss=1',
    'java\tscript:window.__xss=1',
    'java&#x09;script:window.__xss=1',
    'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    '//evil.example/path',
    '/relative/path',
    'ftp://example.org/file',
  ];
  for (const url of BAD_URLS) {
    it(`a source or university URL ${JSON.stringify(url)} is refused, never a link`, async () => {
      const page = watchPage();
      try {
        for (const field of ['source', 'university', 'network'] as const) {
          const data = await exampleDataset();
          if (field === 'source') data.sources[0].url = url;
          else if (field === 'university') data.universities[0].url = url;
          else data.network.url = url;
          for (const widget of EVERY_WIDGET.filter((each) => ['stat', 'table of=universities', 'dashboard'].includes(each.name))) {
            const { el, errorCodes, container } = await mountWidget(widget, { data });
            try {
              expect(el.state, `${field} url in ${widget.name}`).to.equal('error');
              expect(errorCodes).to.deep.equal(['invalid']);
              expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.match(/url/i);
              expect(deepElements(el).filter((node) => node.matches('a[href]'))).to.have.length(0);
            } finally {
              container.remove();
            }
          }
        }
        expect(window.__xss).to.equal(undefined);
        expect(page.errors).to.deep.equal([]);
      } finally {
        page.stop();
      }
    });
  }

  it('spreadsheet formulas in text fields stay text in the CSV export', async () => {
    const data = await exampleDataset();
    data.regions[0].name = '=HYPERLINK("https://evil.example","x")';
    const { el, container } = await mountWidget(
      EVERY_WIDGET.find((each) => each.name === 'bars')!,
      { data },
    );
    try {
      const csv = el.toCSV();
      expect(csv).to.contain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
      expect(csv).to.not.match(/(^|,)=HYPERLINK/m);
    } finally {
      container.remove();
    }
  });
});
