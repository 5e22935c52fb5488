import { expect } from '@open-wc/testing';
import { dashboardScene } from '../../src/static/index.js';
import { statScene } from '../../src/stat/stat.scene.js';
import { widgetDocument, type SceneFunction } from '../../src/scene/render.js';
import { measureText } from '../../src/static/svg.js';
import { loadBundledDataset } from '../../src/core/default-dataset.js';
import { loadCatalog, UI_LANGUAGES } from '../../src/core/i18n.js';
import { loadMapGeometry } from '../../src/geo/geometry.js';
import type { ChartScene, GroupMark, Mark, SceneEnv, TextMark } from '../../src/core/scene.js';
import { serializeMarks } from '../../src/scene/svg.js';
import { PALETTES } from '../../src/core/palette.js';

const env = (locale = 'en'): SceneEnv => ({ locale, rtl: ['fa', 'ar', 'ur'].includes(locale), unit: 2, measure: measureText });

function texts(marks: readonly Mark[]): TextMark[] {
  return marks.flatMap((mark) => (mark.kind === 'text' ? [mark] : mark.kind === 'group' ? texts(mark.children) : []));
}

const panels = (marks: readonly Mark[]) =>
  new Map(marks.filter((mark): mark is GroupMark => mark.kind === 'group' && Boolean(mark.key)).map((mark) => [mark.key!, mark]));
const left = (mark: GroupMark) => Number(/translate\(([-\d.]+) /.exec(mark.transform!)![1]);
const top = (mark: GroupMark) => Number(/translate\([-\d.]+ ([-\d.]+)\)/.exec(mark.transform!)![1]);

/**
 * The box of what a mark draws besides text (rectangles, circles, lines, paths of absolute moves and lines), in
 * its parent's pixels: its groups' translate and scale applied, and cut at a group's clip.
 */
function pictureBox(root: Mark): { left: number; top: number; right: number; bottom: number } | undefined {
  let box: { left: number; top: number; right: number; bottom: number } | undefined;
  const visit = (mark: Mark, x: number, y: number, k: number, clip?: { left: number; top: number; right: number; bottom: number }) => {
    const add = (px: number, py: number) => {
      let [ax, ay] = [x + px * k, y + py * k];
      if (clip) [ax, ay] = [Math.min(Math.max(ax, clip.left), clip.right), Math.min(Math.max(ay, clip.top), clip.bottom)];
      box = box
        ? { left: Math.min(box.left, ax), top: Math.min(box.top, ay), right: Math.max(box.right, ax), bottom: Math.max(box.bottom, ay) }
        : { left: ax, top: ay, right: ax, bottom: ay };
    };
    if (mark.kind === 'group') {
      let [gx, gy, gk] = [x, y, k];
      for (const [, name, args] of (mark.transform ?? '').matchAll(/(translate|scale)\(([^)]*)\)/g)) {
        const values = args!.split(/[\s,]+/).map(Number);
        if (name === 'translate') [gx, gy] = [gx + values[0]! * gk, gy + (values[1] ?? 0) * gk];
        else gk *= values[0]!;
      }
      const cut = mark.clip ? { left: gx, top: gy, right: gx + mark.clip.width * gk, bottom: gy + mark.clip.height * gk } : clip;
      for (const child of mark.children) visit(child, gx, gy, gk, cut);
    } else if (mark.kind === 'rect') {
      add(mark.x, mark.y);
      add(mark.x + mark.width, mark.y + mark.height);
    } else if (mark.kind === 'circle') {
      add(mark.cx - mark.r, mark.cy - mark.r);
      add(mark.cx + mark.r, mark.cy + mark.r);
    } else if (mark.kind === 'line') {
      add(mark.x1, mark.y1);
      add(mark.x2, mark.y2);
    } else if (mark.kind === 'path') for (const [, px, py] of mark.d.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)) add(Number(px), Number(py));
  };
  visit(root, 0, 0, 1);
  return box;
}

/** How many of a table's rows a panel draws: its groups keyed by a member, not its header, totals or message. */
const rowGroups = (marks: readonly Mark[]): number =>
  marks.reduce(
    (count, mark) =>
      mark.kind !== 'group'
        ? count
        : count + (mark.key && !['table', 'header', 'footer', 'empty'].includes(mark.key) ? 1 : rowGroups(mark.children)),
    0,
  );

describe('dashboardScene', () => {
  before(() => loadCatalog('fa'));

  it('composes every part in its panel: the tiles, the map, the regions, the bars, the trend and the table', async () => {
    const [dataset, geometry] = await Promise.all([loadBundledDataset('cinvu'), loadMapGeometry()]);
    const prepared = dashboardScene(dataset, { geometry }, env());
    expect(prepared.title).to.equal('Overview');
    expect(prepared.notes).to.deep.equal([]);
    const chart = prepared.chart(1848, 700);
    expect([...panels(chart.marks).keys()]).to.deep.equal(['kpi-0', 'kpi-1', 'kpi-2', 'map', 'regions', 'bars', 'trend', 'table']);
    const shown = texts(chart.marks).map((mark) => mark.text);
    expect(shown).to.include.members(['57', '30M+', 'Member countries', 'Regions', 'Country', 'Afghanistan']);
    // The parts' notes, each once, under the panels.
    const growth = shown.filter((line) => line.startsWith('Computed from two figures: 22\u00a0million'));
    expect(growth).to.have.length(1);
    // The growth itself once, in its tile beside the figure: not again as a note that would not say what grew.
    expect(shown.filter((line) => /^at least \+33% since 2020$/i.test(line))).to.deep.equal(['at least +33% since 2020']);
    // The table says how many of its rows its panel holds.
    expect(shown.some((line) => /^The first \d+ of 57 rows/.test(line))).to.equal(true);
    // The map is cut at its panel: a clip path of its own in the file.
    const file = serializeMarks(chart.marks, { palette: PALETTES.light, rtl: false });
    expect(file).to.contain('<clipPath id="netreach-panel-map">');
  });

  it('leaves out the bars by region of a network without regions, the regions saying so once', async () => {
    const [dataset, geometry] = await Promise.all([loadBundledDataset('silk-road'), loadMapGeometry()]);
    for (const [width, height] of [
      [1848, 700],
      [1100, 1100],
    ]) {
      const chart = dashboardScene(dataset, { geometry }, env()).chart(width!, height!);
      const byKey = panels(chart.marks);
      expect([...byKey.keys()], `${width}×${height}`).to.deep.equal(['kpi-0', 'kpi-1', 'kpi-2', 'map', 'regions', 'table']);
      const said = texts(chart.marks)
        .map((mark) => mark.text)
        .join(' ');
      // Both panels said it, the bars' heading "Member countries by region" over the same sentence.
      expect(said.match(/The sources assign no regions/g), `${width}×${height}`).to.have.length(1);
      expect(said).to.not.contain('Member countries by region');
      // Beside the map, at its top.
      expect(top(byKey.get('regions')!), `${width}×${height}`).to.equal(top(byKey.get('map')!));
    }
    // The sentence's first line under its heading, its ink inside its chart's box: Nastaliq's (Urdu) rises 0.75 em
    // half as far again, and at one em under the chart's top ran into the heading ("خطے") over it.
    await loadCatalog('ur');
    for (const locale of ['en', 'ur']) {
      const chart = dashboardScene(dataset, { geometry, presenter: true }, env(locale)).chart(1776, 718);
      const regions = panels(chart.marks).get('regions')!;
      const sentence = regions.children.find((mark): mark is GroupMark => mark.kind === 'group')!;
      const first = texts(sentence.children)[0]!;
      expect(first.y - 0.75 * first.size * (locale === 'ur' ? 1.5 : 1), `${locale}: ${first.text}`).to.be.at.least(0);
    }
  });

  it('on a slide, lays the notes out in two columns, each note whole in one, gives the waffle the larger share of its column and the map the width the world needs', async () => {
    const [dataset, geometry] = await Promise.all([loadBundledDataset('cinvu'), loadMapGeometry()]);
    for (const locale of ['en', 'fa']) {
      const chart = dashboardScene(dataset, { geometry }, env(locale)).chart(1848, 700);
      // The notes are the chart's own text, outside the panels.
      const notes = chart.marks.filter((mark): mark is TextMark => mark.kind === 'text');
      const columns = [...new Set(notes.map((mark) => mark.x))];
      expect(columns, locale).to.have.length(2);
      // Right to left, the first column is the right one.
      const first = notes[0]!.x;
      expect(first, locale).to.equal(locale === 'fa' ? Math.max(...columns) : Math.min(...columns));
      // Column by column, top to bottom: the first column's lines, then the second's.
      const xs = notes.map((mark) => mark.x);
      expect(xs.indexOf(columns[1]!), locale).to.equal(xs.lastIndexOf(columns[0]!) + 1);
      const topOf = (key: string) => top(panels(chart.marks).get(key)!);
      // The panels end a gap (20 × the unit of 2) above the notes, whose tallest column sets their height.
      const gap = 40;
      const step = notes[1]!.y - notes[0]!.y;
      const rows = Math.max(...columns.map((x) => notes.filter((mark) => mark.x === x).length));
      const column = 700 - rows * step - gap - topOf('regions');
      // The waffle over the bars: three fifths of the column above, the rest below.
      expect(topOf('bars') - gap - topOf('regions'), locale).to.be.closeTo((column - gap) * 0.6, 0.1);
      // The map as wide as the world at the row's height (its clip is its panel), the columns beside it sharing the rest.
      const mapPanel = panels(chart.marks).get('map')!;
      const clip = mapPanel.children.find((mark): mark is GroupMark => mark.kind === 'group' && Boolean(mark.clip))!.clip!;
      expect(clip.width, locale).to.be.closeTo(Math.ceil(clip.height * geometry.aspect('equal-earth', [])), 0.5);
      const lefts = ['map', 'regions', 'trend'].map((key) => left(panels(chart.marks).get(key)!));
      const widths = [clip.width, (1848 - clip.width - 2 * gap) / 2];
      expect(lefts, locale).to.deep.equal(
        locale === 'fa'
          ? [1848 - widths[0]!, 1848 - widths[0]! - gap - widths[1]!, 0].map((x) => Math.round(x * 100) / 100)
          : [0, widths[0]! + gap, widths[0]! + gap + widths[1]! + gap].map((x) => Math.round(x * 100) / 100),
      );
    }
  });

  it('keeps each tile’s lines above the panels under them, in Urdu too (lines half as tall again)', async () => {
    await loadCatalog('ur');
    const [dataset, geometry] = await Promise.all([loadBundledDataset('cinvu'), loadMapGeometry()]);
    // Text baselines in the chart's coordinates: each group's translate added up.
    const baselines = (marks: readonly Mark[], dy = 0): number[] =>
      marks.flatMap((mark) => {
        if (mark.kind === 'text') return [dy + mark.y];
        if (mark.kind !== 'group') return [];
        const offset = mark.transform ? Number(/translate\([-\d.]+ ([-\d.]+)\)/.exec(mark.transform)?.[1] ?? 0) : 0;
        return baselines(mark.children, dy + offset);
      });
    for (const locale of ['en', 'ur']) {
      for (const [width, height] of [
        [1848, 500],
        [1848, 600],
        [1848, 1000],
      ] as const) {
        const boxes = panels(dashboardScene(dataset, { geometry }, env(locale)).chart(width, height).marks);
        const panelsTop = Math.min(...['map', 'regions', 'trend'].map((key) => top(boxes.get(key)!)));
        const tiles = ['kpi-0', 'kpi-1', 'kpi-2'].flatMap((key) => baselines([boxes.get(key)!]));
        expect(Math.max(...tiles), `${locale} ${width}×${height}`).to.be.lessThan(panelsTop);
      }
    }
  });

  // Ink measured with HarfBuzz in Noto Nastaliq Urdu Bold: "ورچوئل تعلیم کے طلبہ" reaches 0.68 em below its
  // baseline, "3 کروڑ+" rises 1.80 em above its own, digits alone ("57") 0.7 em.
  it('keeps a tile’s Urdu figure clear of its heading: the heading’s descent above, the kaf’s rise below', async () => {
    await loadCatalog('ur');
    const [dataset, geometry] = await Promise.all([loadBundledDataset('cinvu'), loadMapGeometry()]);
    for (const [width, height] of [
      [1280, 960],
      [1920, 1080],
    ] as const) {
      const boxes = panels(dashboardScene(dataset, { geometry }, env('ur')).chart(width, height).marks);
      for (const key of ['kpi-0', 'kpi-1', 'kpi-2']) {
        const panel = boxes.get(key)!;
        const heading = panel.children.find((mark): mark is TextMark => mark.kind === 'text')!;
        const chart = panel.children.find((mark): mark is GroupMark => mark.kind === 'group')!;
        const figure = texts(chart.children).find((mark) => mark.class === 'value')!;
        const headingInk = heading.y + 0.68 * heading.size;
        const figureInk = top(chart) + figure.y - (/\p{L}/u.test(figure.text) ? 1.8 : 0.7) * figure.size;
        expect(figureInk, `${key} at ${width}×${height}`).to.be.at.least(headingInk);
      }
    }
  });

  it('stands the regions, the bars, the trend and the table side by side when its row is too short to stack them (Urdu on a slide): the bars keep three quarters of the parts’ type', async () => {
    await loadCatalog('ur');
    const [dataset, geometry] = await Promise.all([loadBundledDataset('cinvu'), loadMapGeometry()]);
    // The chart's box in a 1920×1080 file: Urdu's taller lines (the name, the title, the notes) leave it less height;
    // an English box as short is a banner.
    const layouts = [
      ['en', 1776, 790, 'stacked'],
      ['en', 1776, 660, 'strip'],
      ['ur', 1776, 660, 'strip'],
    ] as const;
    for (const [locale, width, height, layout] of layouts) {
      const chart = dashboardScene(dataset, { geometry }, env(locale)).chart(width, height);
      const boxes = panels(chart.marks);
      const where = `${locale} ${width}×${height}`;
      const parts = ['regions', 'bars', 'trend', ...(boxes.has('table') ? ['table'] : [])];
      const tops = parts.map((key) => top(boxes.get(key)!));
      if (layout === 'stacked') expect(tops[1], `${where}: the bars under the waffle`).to.be.greaterThan(tops[0]!);
      else expect(new Set(tops).size, `${where}: one row`).to.equal(1);
      // The parts' type is 0.6 of the file's unit; the bars' labels are 12 units of it.
      const labels = texts([boxes.get('bars')!]).filter((mark) => mark.class === 'label');
      expect(labels.length, where).to.be.at.least(3);
      for (const label of labels) expect(label.size, `${where}: ${label.text}`).to.be.at.least(12 * 2 * 0.6 * 0.75);
      if (locale === 'ur') {
        // Urdu's table would show one row of 57 there (its heading and its note two lines each): it is left out,
        // and the three others share its room.
        expect(boxes.has('table'), where).to.equal(false);
        continue;
      }
      // The table's note keeps to its panel, the last column: its lines wrap at the panel's width.
      const tableNote = texts([boxes.get('table')!]).filter((mark) => mark.fill === 'muted');
      expect(tableNote.length, where).to.be.greaterThan(0);
      const widest = Math.max(...tableNote.map((mark) => measureText(mark.text, mark.size)));
      expect(widest, where).to.be.at.most(width - left(boxes.get('table')!));
      const rows = texts([boxes.get('table')!]).filter((mark) => mark.fill !== 'muted' && mark.weight !== 700 && mark.weight !== 600);
      expect(rows.length / 2, `${where}: the table's rows`).to.be.at.least(2);
    }
  });

  // The least height and width a panel's picture — the map's land, the waffle's squares, the bars, the trend's plot
  // (its gridlines, line and points): what it draws besides its text — keeps on a 1920 × 1080 slide. English gets
  // 135 px (its waffle) to 320 (its map), the other languages but Urdu 119 (the waffle) and 125 (Bengali's trend) at
  // least; Urdu got 28 (the waffle) and 29 (the trend, "0" alone on its axis): legible text around pictures that said
  // nothing. The layout aims at 100 (`MIN_PICTURE`, about half English's trend); Urdu's waffle reaches 56, its trend
  // 91, so this holds 50: a picture of at least five lines of the slide's least text, which none had in Urdu.
  it('gives each panel’s picture a useful size on a slide in every language: at least 50 × 50 px at 1920 × 1080 (the bars 70 px wide), and a table its first two rows', async () => {
    const least = 50;
    const barsLeast = 70;
    const geometry = await loadMapGeometry();
    const small: string[] = [];
    for (const id of ['cinvu', 'silk-road', 'al-mustafa']) {
      const dataset = await loadBundledDataset(id);
      for (const locale of UI_LANGUAGES) {
        await loadCatalog(locale);
        // The chart as the file lays it out under its own name, title, notes and sources.
        let drawn: ChartScene | undefined;
        const scene: SceneFunction = (data, options, at) => {
          const prepared = dashboardScene(data, options, at);
          return { ...prepared, chart: (width, height) => (drawn = prepared.chart(width, height)) };
        };
        widgetDocument(scene, dataset, { geometry, presenter: true }, { width: 1920, height: 1080, lang: locale });
        for (const [key, panel] of panels(drawn!.marks)) {
          // A table shows its first two rows (its one): Silk Road's in Urdu showed none of its two, its panel a
          // heading over a note counting them.
          if (key === 'table') {
            const rows = rowGroups(panel.children);
            const least = Math.min(2, dataset.members.length);
            if (rows < least) small.push(`${id} ${locale} table: ${rows} of ${dataset.members.length} rows`);
            continue;
          }
          if (key.startsWith('kpi')) continue;
          const box = pictureBox(panel.children.find((mark) => mark.kind === 'group')!);
          // A panel that says in words what it cannot draw (a network without regions) has no picture.
          if (!box) continue;
          const [width, height] = [box.right - box.left, box.bottom - box.top];
          // The bars' width is their longest bar's (and their grid's): a bar that says "27" beside one of "3" needs
          // room to be compared. Chinese's labels, which do not wrap, grown with a tall panel, left 55 px on
          // CINVU's slide, where English's have 131 and more.
          if (height < least || width < (key === 'bars' ? barsLeast : least))
            small.push(`${id} ${locale} ${key}: ${Math.round(width)} × ${Math.round(height)}`);
        }
      }
    }
    expect(small).to.deep.equal([]);
  });

  it('draws a file’s bars inside their panel when their measured labels wrap to more lines than estimated (Urdu)', async () => {
    await loadCatalog('ur');
    const [dataset, geometry] = await Promise.all([loadBundledDataset('cinvu'), loadMapGeometry()]);
    for (const [width, height] of [
      [1776, 660],
      [2400, 1100],
      [1200, 420],
    ] as const) {
      const { marks } = dashboardScene(dataset, { geometry }, env('ur')).chart(width, height);
      const bars = panels(marks).get('bars')!;
      const chart = bars.children.find((mark): mark is GroupMark => mark.kind === 'group')!;
      // Nastaliq reaches 0.6 em and more below its baseline; the notes under the panels start at their first line's top.
      const lowest = top(bars) + top(chart) + Math.max(...texts(chart.children).map((mark) => mark.y + 0.6 * mark.size));
      const notes = marks.filter((mark): mark is TextMark => mark.kind === 'text' && mark.y > top(bars));
      const notesTop = Math.min(...notes.map((mark) => mark.y - mark.size));
      expect(notes.length, `${width}×${height}: the notes`).to.be.greaterThan(0);
      expect(lowest, `${width}×${height}: the lowest label's descent`).to.be.at.most(notesTop);
    }
  });

  it('sets its file’s own text — the network, "Overview", the sources — at 0.7 of a single chart’s', async () => {
    const [dataset, geometry] = await Promise.all([loadBundledDataset('cinvu'), loadMapGeometry()]);
    const file = { width: 1920, height: 1080, lang: 'en' } as const;
    const dashboard = widgetDocument(dashboardScene, dataset, { geometry }, file);
    const single = widgetDocument(statScene, dataset, {}, file);
    const sizeOf = (svg: string, text: RegExp) => Number(new RegExp(`font-size="([\\d.]+)"[^>]*>${text.source}`).exec(svg)?.[1]);
    // 2 units on a 1920×1080 image: 34 × 2 for a chart's title, 0.7 of that for the dashboard's.
    expect(sizeOf(single, /Member countries</)).to.equal(68);
    expect(sizeOf(dashboard, /Overview</)).to.be.closeTo(68 * 0.7, 0.05);
    expect(sizeOf(dashboard, /COMSTECH Inter-Islamic Network on Virtual Universities</)).to.be.closeTo(36 * 0.7, 0.05);
    expect(sizeOf(dashboard, /Sources: /)).to.be.closeTo(30 * 0.7, 0.05);
  });

  it('shows the selection: the table filtered to the region, mirrored right to left', async () => {
    const [dataset, geometry] = await Promise.all([loadBundledDataset('cinvu'), loadMapGeometry()]);
    const ltr = panels(dashboardScene(dataset, { geometry, selectedRegion: 'europe-and-america' }, env()).chart(1848, 1000).marks);
    const rtl = panels(dashboardScene(dataset, { geometry, selectedRegion: 'europe-and-america' }, env('fa')).chart(1848, 1000).marks);
    expect(left(ltr.get('map')!)).to.equal(0);
    expect(left(rtl.get('map')!)).to.be.greaterThan(left(rtl.get('regions')!));
    // Europe and America has three members: they fit, so no "first … of …" note; the table lists them alone.
    const table = texts([ltr.get('table')!]).map((mark) => mark.text);
    expect(
      table.some((line) => line.startsWith('The first')),
      table.join(' / '),
    ).to.equal(false);
    const names = dataset.members.filter((member) => member.region === 'europe-and-america').length;
    expect(names).to.equal(3);
    expect(table.filter((line) => line === 'Europe and America')).to.have.length(3);
  });
});
