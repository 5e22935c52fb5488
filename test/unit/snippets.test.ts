import { expect } from '@open-wc/testing';
import { elementTag, scriptSafeJson, snippetFiles, snippets } from '../../demo/snippets.js';

describe('elementTag', () => {
  it('writes the element with the attributes that are set, escaped', () => {
    expect(elementTag({ widget: 'map', attributes: { metric: 'universities', lang: '', highlight: 'PAK "TUR"' } })).to.equal(
      '<netreach-map metric="universities" highlight="PAK &quot;TUR&quot;"></netreach-map>',
    );
  });
});

describe('snippets', () => {
  const choice = { widget: 'bars', attributes: { metric: 'countries', 'group-by': 'region', lang: 'fa' } };
  const result = snippets(choice, 'https://example.org/netreach');

  it('gives a script tag for the classic bundle', () => {
    expect(result.script).to.equal(
      '<script src="https://example.org/netreach/netreach.iife.js"></script>\n<netreach-bars metric="countries" group-by="region" lang="fa"></netreach-bars>',
    );
  });

  it('gives an iframe of embed.html with the same parameters and the resize one-liner', () => {
    expect(result.iframe).to.contain(
      'src="https://example.org/netreach/embed.html?widget=bars&amp;metric=countries&amp;group-by=region&amp;lang=fa"',
    );
    expect(result.iframe).to.contain("e.data.type==='netreach:height'");
  });

  it('gives the npm import of the one widget', () => {
    expect(result.npm).to.contain("import 'netreach/bars';");
  });
});

describe('snippets with imported data', () => {
  const dataset = {
    version: 1,
    network: { id: 'my-network', name: 'Mine </script><script>alert(1)</script> <!-- & \u2028' },
    regions: [],
    members: [{ country: 'IRN' }],
    sources: [],
  };
  const data = { dataset, file: 'my-network.json' };
  const result = snippets(
    { widget: 'map', attributes: { src: '../data/example-network.json', metric: 'countries' } },
    'https://example.org/nr',
    data,
  );

  it('writes JSON that no name can break out of, and that reads back the same', () => {
    const json = scriptSafeJson(dataset);
    expect(json).to.not.match(/[<>&\u2028]/);
    expect(JSON.parse(json)).to.deep.equal(dataset);
  });

  it('puts the data inside the element in the script and npm snippets, which then load no src', () => {
    const element = `<netreach-map metric="countries">\n  <script type="application/json">${scriptSafeJson(dataset)}</script>\n</netreach-map>`;
    expect(elementTag({ widget: 'map', attributes: { metric: 'countries' } }, data)).to.equal(element);
    expect(result.script).to.equal(`<script src="https://example.org/nr/netreach.iife.js"></script>\n${element}`);
    expect(result.npm).to.contain(element);
    // One closing tag of the inline script, the snippet's own: the name's "</script>" is escaped.
    expect(result.script.match(/<\/script>/g)).to.have.length(2);
  });

  it('names no bundled network beside the data (the configurator’s dataset field chose one before the data came)', () => {
    const bundled = snippets({ widget: 'map', attributes: { dataset: 'silk-road', metric: 'countries' } }, '', data);
    expect([bundled.script, bundled.iframe, bundled.npm].join('\n')).to.not.contain('silk-road');
  });

  it('makes the iframe, which cannot hold data, load the downloaded file and say so', () => {
    expect(result.iframe).to.match(/^<!-- my-network\.json: your dataset \(Download dataset\), put beside embed\.html -->\n/);
    expect(result.iframe).to.contain('embed.html?widget=map&amp;src=my-network.json&amp;metric=countries"');
  });
});

describe('snippets as printed', () => {
  it('start and end with the code itself, for every widget, with and without data: no stray space to copy', () => {
    const data = { dataset: { version: 1, network: { id: 'n', name: 'N' }, regions: [], members: [], sources: [] }, file: 'n.json' };
    for (const widget of ['stat', 'map', 'bars', 'regions', 'trend', 'table', 'dashboard']) {
      for (const inline of [undefined, data]) {
        const all = snippets({ widget, attributes: { metric: 'countries', lang: '' } }, 'https://example.org/nr/', inline);
        for (const [kind, text] of Object.entries(all)) {
          expect(text.trim(), `${widget} ${kind}${inline ? ' with data' : ''}`).to.equal(text);
          expect(text.split('\n')[0]!, `${widget} ${kind}`).to.match(/^\S/);
        }
      }
    }
  });
});

describe('the iframe snippet', () => {
  it('is titled by the network and what the widget is, escaped', () => {
    expect(snippets({ widget: 'map', attributes: {} }, 'https://example.org/', undefined, 'A "B" <C>').iframe).to.contain(
      'title="A &quot;B&quot; &lt;C&gt;: map"',
    );
  });
});

describe('snippets of a dataset file the configurator serves', () => {
  it('load it by its name from next to the page, and list it among the files to copy there', () => {
    const choice = { widget: 'map', attributes: { src: '../data/example-network.json' } };
    const result = snippets(choice, '', undefined, 'EOUN', 'data/example-network.json');
    expect(result.script).to.equal('<script src="netreach.iife.js"></script>\n<netreach-map src="example-network.json"></netreach-map>');
    expect(result.iframe).to.contain('<iframe src="embed.html?widget=map&amp;src=example-network.json"');
    expect(result.npm).to.contain('<netreach-map src="example-network.json"></netreach-map>');
    expect(snippetFiles('data/example-network.json')).to.deep.equal({
      script: ['dist/netreach.iife.js', 'data/example-network.json'],
      iframe: ['dist/embed.html', 'dist/embed.js', 'dist/embed.css', 'dist/netreach.iife.js', 'data/example-network.json'],
      npm: ['data/example-network.json'],
    });
    expect(snippetFiles().npm).to.deep.equal([]);
  });
});
