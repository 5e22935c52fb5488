import { expect } from '@open-wc/testing';
import { UI_LANGUAGES } from '../../src/core/i18n.js';
import { embedConfig, frameTitle, widgetNoun } from '../../src/embed/embed-params.js';
import { WIDGETS } from '../../src/widget-options.js';

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
    expect(hostile.ignored).to.deep.equal(['src: "javascript:alert(1)" is not an http(s) or relative URL']);
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
    // The dashboard of the data asked for, with the options it takes: not the default network's.
    const typo = embedConfig('?widget=mapp&src=network.json&lang=fa&metric=universities');
    expect(typo.tag).to.equal('netreach-dashboard');
    expect(typo.attributes).to.deep.equal([
      ['src', 'network.json'],
      ['lang', 'fa'],
    ]);
    expect(typo.ignored).to.deep.equal([
      'widget: "mapp" is not a netreach widget; the dashboard is shown',
      'metric: not an attribute of <netreach-dashboard>',
    ]);
  });

  it('takes a bundled dataset by id, and hands an unknown one to the widget, which says so rather than show another', () => {
    expect(embedConfig('?widget=map&dataset=al-mustafa').attributes).to.deep.equal([['dataset', 'al-mustafa']]);
    const unknown = embedConfig('?widget=map&dataset=atlantis');
    expect(unknown.attributes).to.deep.equal([['dataset', 'atlantis']]);
    expect(unknown.ignored).to.deep.equal([]);
  });

  it('takes every attribute of the widget, checked as its option spec says, and refuses the element-only ones saying why', () => {
    const map = embedConfig('?widget=map&step=1&selected=PAK&legend=side&projection=globe&step=-1&provider=net&state=ready&lang=x!');
    expect(map.attributes).to.deep.equal([
      ['step', '1'],
      ['selected', 'PAK'],
      ['legend', 'side'],
    ]);
    expect(map.ignored).to.deep.equal([
      'projection: "globe" is not one of equal-earth, natural-earth, mercator, orthographic',
      'step: "-1" is not a whole number, 0 or more',
      'provider: not a parameter of embed.html: it names a <netreach-data> element on the same page',
      'state: read-only: the widget sets it to say what it shows',
      'lang: "x!" is not a language tag',
    ]);
    // The dashboard's own attributes are region and country (it has no metric or highlight).
    const dashboard = embedConfig('?widget=dashboard&region=africa-and-arab&country=EGY&metric=universities');
    expect(dashboard.attributes).to.deep.equal([
      ['region', 'africa-and-arab'],
      ['country', 'EGY'],
    ]);
    expect(dashboard.ignored).to.deep.equal(['metric: not an attribute of <netreach-dashboard>']);
  });

  it('sets a switch by its presence: presenter=false leaves it off', () => {
    expect(embedConfig('?widget=stat&presenter').attributes).to.deep.equal([['presenter', '']]);
    expect(embedConfig('?widget=stat&presenter=true').attributes).to.deep.equal([['presenter', '']]);
    expect(embedConfig('?widget=stat&presenter=false')).to.deep.equal({ tag: 'netreach-stat', attributes: [], ignored: [] });
  });

  it('shows the dashboard when no widget is named', () => {
    expect(embedConfig('').tag).to.equal('netreach-dashboard');
  });
});

describe('frameTitle', () => {
  it("names a frame by the network and what the widget is, else by the widget's tag", () => {
    expect(frameTitle('bars', 'CINVU')).to.equal('CINVU: bar chart');
    expect(frameTitle('map', 'CINVU', 'en-GB')).to.equal('CINVU: map');
    expect(frameTitle('map')).to.equal('netreach map');
  });

  it("names what the widget is in the frame's language, joined by its colon", () => {
    expect(frameTitle('map', 'سیناو', 'fa')).to.equal('سیناو: نقشه');
    expect(frameTitle('table', 'CINVU', 'fr-CA')).to.equal('CINVU\u00a0: tableau');
    expect(frameTitle('bars', 'CINVU', 'zh')).to.equal('CINVU：条形图');
    expect(frameTitle('dashboard', 'CINVU', 'ur')).to.equal('CINVU: ڈیش بورڈ');
    // Azerbaijani in either script, as its widgets write it.
    expect(frameTitle('table', 'CINVU', 'az')).to.equal('CINVU: cədvəl');
    expect(frameTitle('table', 'CINVU', 'az-Cyrl')).to.equal('CINVU: ҹәдвәл');
    expect(frameTitle('bars', 'CINVU', 'az-Cyrl-AZ')).to.equal('CINVU: сүтунлу диаграм');
  });

  it('names the network alone in a language netreach does not ship', () => {
    expect(frameTitle('map', 'CINVU', 'de')).to.equal('CINVU');
  });
});

describe('widgetNoun', () => {
  it('has a noun for every widget in every language netreach ships', () => {
    for (const lang of UI_LANGUAGES) {
      const nouns = WIDGETS.map((widget) => widgetNoun(widget, lang));
      for (const noun of nouns) expect(noun, lang).to.be.a('string').and.not.equal('');
      expect(new Set(nouns).size, lang).to.equal(nouns.length);
    }
    expect(widgetNoun('globe', 'en')).to.equal(undefined);
  });
});
