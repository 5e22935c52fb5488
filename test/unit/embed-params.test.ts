import { expect } from '@open-wc/testing';
import { embedConfig } from '../../src/embed/embed-params.js';

describe('embedConfig', () => {
  it('maps the widget and its attributes from the query string', () => {
    expect(
      embedConfig('?widget=map&metric=universities&lang=fa&theme=dark&src=https://example.org/d.json&highlight=PAK+TUR'),
    ).to.deep.equal({
      tag: 'netreach-map',
      attributes: [
        ['metric', 'universities'],
        ['lang', 'fa'],
        ['theme', 'dark'],
        ['src', 'https://example.org/d.json'],
        ['highlight', 'PAK TUR'],
      ],
      ignored: [],
    });
  });

  it('accepts relative data URLs and refuses other schemes', () => {
    expect(embedConfig('?widget=stat&src=data/network.json').attributes).to.deep.equal([['src', 'data/network.json']]);
    const hostile = embedConfig('?widget=stat&src=javascript:alert(1)');
    expect(hostile.attributes).to.deep.equal([]);
    expect(hostile.ignored).to.deep.equal(['src: only http(s) URLs are allowed']);
  });

  it('ignores unknown attributes, bad enum values and unknown widgets, saying why', () => {
    const config = embedConfig('?widget=bars&onclick=alert(1)&theme=neon&limit=5&group-by=country');
    expect(config.attributes).to.deep.equal([
      ['limit', '5'],
      ['group-by', 'country'],
    ]);
    expect(config.ignored).to.deep.equal(['onclick: not an attribute of <netreach-bars>', 'theme: "neon" is not one of light, dark, auto']);
    expect(embedConfig('?widget=script').tag).to.equal('netreach-dashboard');
    expect(embedConfig('?widget=__proto__').tag).to.equal('netreach-dashboard');
  });

  it('takes a bundled dataset by id, and no other', () => {
    expect(embedConfig('?widget=map&dataset=al-mustafa').attributes).to.deep.equal([['dataset', 'al-mustafa']]);
    expect(embedConfig('?widget=map&dataset=atlantis').ignored).to.deep.equal([
      'dataset: "atlantis" is not one of cinvu, silk-road, al-mustafa',
    ]);
  });

  it('shows the dashboard when no widget is named', () => {
    expect(embedConfig('').tag).to.equal('netreach-dashboard');
  });
});
