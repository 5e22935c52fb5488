import { expect } from '@open-wc/testing';
import { elementTag, snippets } from '../../demo/snippets.js';

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
