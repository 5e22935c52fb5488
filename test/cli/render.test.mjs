// `netreach render`: the command line that draws widgets as static SVG and PNG images for slides.
// Runs the real bin of packages/cli against the compiled lib/ (run `node scripts/build.mjs` first): `node --test test/cli/`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadBundledDataset, loadDefaultDataset, regionsModel, UI_LANGUAGES, validateDataset, waffleLayout } from 'netreach/core';
import { renderSvg } from 'netreach/static';
import { decodePng, pixelDensity } from './png.mjs';
import { inkExtents, overlappingTexts, textBoxes } from './text-boxes.mjs';
import { resolveFonts } from '../../packages/cli/bin/fonts.mjs';
import { textShaper, xmlText } from '../../packages/cli/bin/outline.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'packages/cli/bin/netreach.mjs');
const dir = mkdtempSync(join(tmpdir(), 'netreach-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command; resolves with its exit code and output (never rejects). */
function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

let counter = 0;
const outPath = (extension) => join(dir, `out-${++counter}.${extension}`);

/** Renders and returns the SVG text, failing with the command's stderr when it does not succeed. */
async function svg(...args) {
  const out = outPath('svg');
  const result = await run('render', ...args, '--out', out);
  assert.equal(result.code, 0, result.stderr);
  return readFileSync(out, 'utf8');
}

/** The text content of every <text> element, bidi embedding marks removed, unescaped. */
function texts(markup) {
  return [...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) =>
    match[1]
      .replace(/[\u202b\u202c]/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

/**
 * The size each <text> is drawn at: its font-size times the scales of the groups around it (a part's scene drawn at
 * its own unit and scaled into its panel).
 */
function drawnSizes(markup) {
  const sizes = [];
  const scales = [1];
  for (const [tag] of markup.matchAll(/<\/?(?:g|text)\b[^>]*>/g)) {
    if (tag.startsWith('</g')) scales.pop();
    else if (tag.startsWith('<g')) {
      const scale = /scale\(([0-9.]+)/.exec(tag);
      if (!tag.endsWith('/>')) scales.push(scales[scales.length - 1] * (scale ? Number(scale[1]) : 1));
    } else {
      const size = /font-size="([0-9.]+)"/.exec(tag);
      if (size) sizes.push(Number(size[1]) * scales[scales.length - 1]);
    }
  }
  return sizes;
}

let bengaliShaper;
/**
 * The words of a file's Bengali lines that its PNG draws otherwise than each alone: each line shaped by the
 * command's HarfBuzz step (outline.mjs) as the PNG draws it, each word's glyphs in the line against the word's own.
 * A line of a note beginning with a Latin word was shaped as Latin, drawing its vowel signs into the next letters
 * and words ("বেশি (CINVU", "কোটি আসন্ন" ran together).
 */
async function misshapenWords(markup) {
  if (!/\p{Script=Bengali}/u.test(markup)) return [];
  if (!bengaliShaper) {
    const { fonts } = resolveFonts(markup, Error);
    bengaliShaper = await textShaper(
      fonts.find((font) => font.spec.name === 'Noto Sans Bengali'),
      fonts,
    );
  }
  const found = [];
  for (const [, attributes, content] of markup.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)) {
    const text = xmlText(content);
    // (A line mixing in right-to-left letters is left to resvg.)
    if (!/\p{Script=Bengali}/u.test(text) || /\p{Script=Arabic}/u.test(text)) continue;
    const weight = Number(/font-weight="(\d+)"/.exec(attributes)?.[1] ?? 400);
    const line = bengaliShaper(text, weight);
    let start = 0;
    for (const word of text.split(' ')) {
      const end = start + word.length;
      const drawn = line.filter((glyph) => glyph.cluster >= start && glyph.cluster < end).map((glyph) => glyph.id);
      const alone = bengaliShaper(word, weight).map((glyph) => glyph.id);
      if (drawn.join() !== alone.join()) found.push(`${word} (in the PNG, drawn otherwise than alone)`);
      start = end + 1;
    }
  }
  return found;
}

function pngSize(buffer) {
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const LIGHT_REGIONS = ['#0072b2', '#d55e00', '#009e73'];
const example = join(root, 'data/example-network.json');

/** Files left in the working folder other than the ones the test wrote itself. */
function strayFiles(before) {
  return readdirSync(dir).filter((name) => !before.includes(name));
}

/** Asserts a failed run: non-zero exit, one line on stderr matching `pattern`, no new file in the folder. */
async function expectFailure(pattern, ...args) {
  const before = readdirSync(dir);
  const result = await run(...args);
  assert.notEqual(result.code, 0, 'exit code');
  assert.match(result.stderr, pattern);
  assert.equal(result.stderr.trim().split('\n').length, 1, `one line: ${result.stderr}`);
  assert.deepEqual(strayFiles(before), [], 'no file left behind');
  return result;
}

describe('netreach --help', () => {
  it('prints the usage with every widget and option', async () => {
    const result = await run('--help');
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^Usage: netreach render <widget>/);
    for (const word of [
      'stat, map, bars, regions, trend, table, dashboard',
      '--data',
      '--metric',
      '--lang',
      '--theme',
      '--width',
      '--height',
      '--scale',
      '--out',
    ]) {
      assert.ok(result.stdout.includes(word), word);
    }
  });
});

describe('netreach render: SVG', () => {
  it('draws a bundled dataset that --dataset names, with the attributes a map takes in a page', async () => {
    const lines = texts(
      await svg('map', '--dataset', 'silk-road', '--highlight', 'CHN', '--legend', 'side', '--width', '960', '--height', '540'),
    );
    assert.ok(lines.includes('Strategic Alliance of Higher Education Institutions'), lines.join(' | '));
  });

  it('compares two networks with --compare: three groups, counted honestly, the other network’s countries drawn too', async () => {
    const markup = await svg('map', '--dataset', 'cinvu', '--compare', 'al-mustafa', '--width', '960', '--height', '540');
    const lines = texts(markup);
    for (const entry of ['In both (≥24)', 'Only in CINVU (≤33)', 'Only in Al-Mustafa (≥21)', 'CINVU and Al-Mustafa: countries compared']) {
      assert.ok(lines.includes(entry), `${entry} in ${lines.join(' | ')}`);
    }
    assert.ok(
      lines.some((line) => line.includes('at least 45 countries of visitors')),
      lines.join(' | '),
    );
    // The groups in three of the region colours; the summary (the file's description) counts them.
    for (const colour of LIGHT_REGIONS) assert.ok(markup.includes(`fill="${colour}"`), colour);
    assert.match(markup, /in both at least 24, only in CINVU at most 33, only in Al-Mustafa at least 21/);
    await expectFailure(
      /--compare mars: neither a bundled dataset \(cinvu, silk-road, al-mustafa\) nor a dataset file/,
      'render',
      'map',
      '--compare',
      'mars',
      '--out',
      outPath('svg'),
    );
    await expectFailure(/the stat widget has no option --compare/, 'render', 'stat', '--compare', 'al-mustafa', '--out', outPath('svg'));
  });

  it('compares with a dataset file too (--compare network.json), validated as --data is', async () => {
    for (const widget of ['map', 'table']) {
      const lines = texts(await svg(widget, '--compare', example, '--width', '960', '--height', '540'));
      // The map's legend and the table's rows name the groups after both networks.
      assert.ok(
        lines.some((line) => line.includes('Only in EOUN') || line.includes('Only in Example Open University Network')),
        `${widget}: ${lines.join(' | ')}`,
      );
    }
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"version": 1}');
    try {
      await expectFailure(/invalid dataset .*broken\.json/, 'render', 'map', '--compare', broken, '--out', outPath('svg'));
    } finally {
      rmSync(broken);
    }
  });

  it('reads a bundled network’s id in any case, as a page does (dataset="CINVU", compare=" Al-Mustafa ")', async () => {
    // <netreach-map dataset="CINVU" compare=" Al-Mustafa "> and embed.html with the same parameters draw CINVU
    // against Al-Mustafa: the command line refused --dataset CINVU (exit 2) and took --compare CINVU for a file.
    const size = ['--width', '800', '--height', '500'];
    const expected = await svg('map', '--dataset', 'cinvu', '--compare', 'al-mustafa', ...size);
    assert.equal(await svg('map', '--dataset', 'CINVU', '--compare', ' Al-Mustafa ', ...size), expected);
    assert.equal(
      await svg('table', '--dataset=Silk-Road', '--compare', 'CINVU', ...size),
      await svg('table', '--dataset', 'silk-road', '--compare', 'cinvu', ...size),
    );
    await expectFailure(
      /--dataset: "Mars" is not one of cinvu, silk-road, al-mustafa/,
      'render',
      'stat',
      '--dataset',
      'Mars',
      '--out',
      outPath('svg'),
    );
  });

  it('draws the stat with the network, the title, the figure and the source line', async () => {
    const markup = await svg('stat', '--width', '1280', '--height', '720');
    assert.match(markup, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1280" height="720" viewBox="0 0 1280 720"/);
    assert.match(markup, /font-family="Vazirmatn, Tahoma, sans-serif"/);
    assert.doesNotMatch(markup, /class=|var\(--|<style/);
    const lines = texts(markup);
    assert.ok(lines.includes('COMSTECH Inter-Islamic Network on Virtual Universities'), lines.join(' | '));
    assert.ok(lines.includes('Member countries'));
    assert.ok(lines.includes('57'));
    // The tile cites the source of its count (57, CINVU's release of 2021), then the library's article, whose 57 of
    // 2020 its sparkline draws.
    assert.ok(
      lines.includes('Sources: CINVU (Public Relations); National Library and Archives of Iran (Public Relations)'),
      lines.join(' | '),
    );
  });

  // A page's --netreach-stat-size is in the browser's files; the command line takes the same option.
  it('draws the big number at --stat-size, scaled with the image as its other type, at most what the box holds', async () => {
    const figure = (text) => Math.max(...[...text.matchAll(/font-size="([\d.]+)" font-weight="700"/g)].map((m) => Number(m[1])));
    const size = ['--width', '960', '--height', '540'];
    const fitted = figure(await svg('stat', ...size));
    assert.equal(figure(await svg('stat', ...size, '--stat-size', '60')), 60);
    assert.notEqual(fitted, 60);
    // 1920×1080 is type scale 2: twice the size, as the image's other text.
    assert.equal(figure(await svg('stat', '--width', '1920', '--height', '1080', '--stat-size', '60')), 120);
    // Larger than the box holds: no larger than fits, not over the lines under it.
    assert.ok(figure(await svg('stat', ...size, '--stat-size', '2000')) < 540);
    // Refused as the other options' values are, and only by the stat.
    const bad = await run('render', 'stat', '--stat-size', 'big', '--out', outPath('svg'));
    assert.equal(bad.code, 2, bad.stderr);
    assert.match(bad.stderr, /stat-size/);
    assert.notEqual((await run('render', 'map', '--stat-size', '60', '--out', outPath('svg'))).code, 0);
  });

  it('draws the stat of a metric with its qualifier, growth and sparkline years', async () => {
    const lines = texts(await svg('stat', '--metric', 'virtual-students'));
    assert.ok(lines.includes('Virtual students'));
    assert.ok(lines.includes('30M+'), lines.join(' | '));
    // 22 million → more than 30 million: at least +33% (22 million may be rounded), no finer than its inputs.
    assert.ok(lines.includes('at least +33% since 2020'), lines.join(' | '));
    assert.ok(
      lines.includes('Sources: CINVU (Public Relations); National Library and Archives of Iran (Public Relations)'),
      lines.join(' | '),
    );
    assert.ok(lines.includes('2021'));
  });

  it('writes no year the sources do not give under the sparkline: the period in the source’s words', async () => {
    const lines = texts(await svg('stat', '--metric', 'virtual-students'));
    assert.ok(!lines.some((line) => line.includes('2019')), lines.join(' | '));
    assert.ok(lines.includes('Before the spread of coronavirus'), lines.join(' | '));
  });

  it('draws the regions waffle: 57 squares, 27 · 27 · 3 in the region colours, with the legend', async () => {
    const markup = await svg('regions');
    const cells = [...markup.matchAll(/<rect [^>]*width="24" height="24" rx="2" fill="(#[0-9a-f]{6})"\/>/g)].map((match) => match[1]);
    assert.equal(cells.length, 57);
    assert.deepEqual(
      LIGHT_REGIONS.map((colour) => cells.filter((cell) => cell === colour).length),
      [27, 27, 3],
    );
    const lines = texts(markup);
    assert.ok(lines.includes('Member countries by region'));
    for (const expected of [
      'Asia and Oceania',
      'Africa and Arab',
      'Europe and America',
      '27 (47%)',
      '3 (5%)',
      'Each square is one member country',
    ]) {
      assert.ok(lines.includes(expected), `${expected} in ${lines.join(' | ')}`);
    }
  });

  it('draws the regions donut with the total in the middle', async () => {
    const markup = await svg('regions', '--type', 'donut');
    const slices = [...markup.matchAll(/<path d="[^"]+" fill="(#[0-9a-f]{6})"\/>/g)].map((match) => match[1]);
    assert.deepEqual(slices, LIGHT_REGIONS);
    assert.ok(texts(markup).includes('57'));
  });

  it('draws the map: every one of the 57 members in its region colour, and the legend', async () => {
    const markup = await svg('map');
    const members = [...markup.matchAll(/<(path|circle) [^>]*fill="(#[0-9a-f]{6})"/g)].filter((match) => LIGHT_REGIONS.includes(match[2]));
    assert.equal(members.length, 57);
    const lines = texts(markup);
    for (const expected of ['Member countries', 'Regions', 'Asia and Oceania (27)', 'Africa and Arab (27)', 'Europe and America (3)']) {
      assert.ok(lines.includes(expected), `${expected} in ${lines.join(' | ')}`);
    }
  });

  it('puts the legend in a column beside the map with --legend side, every label whole, at the inline end', async () => {
    for (const [lang, end] of [
      ['en', 'right'],
      ['fa', 'left'],
    ]) {
      const markup = await svg('map', '--legend', 'side', '--lang', lang, '--width', '960', '--height', '480');
      // The legend group's shift and the chart's: the legend sits beside the chart, not under it.
      const [legendX, legendY] = markup
        .match(/<g transform="translate\(([-\d.]+) ([\d.]+)\)"><text/)
        .slice(1)
        .map(Number);
      const chartY = Number(markup.match(/<g transform="translate\([\d.]+ ([\d.]+)\)"><g/)[1]);
      assert.ok(end === 'right' ? legendX > 500 : legendX < -500, `${lang}: legend shifted by ${legendX}`);
      assert.ok(legendY >= chartY, `${lang}: legend at ${legendY}, chart at ${chartY}`);
      assert.ok(!texts(markup).some((line) => line.endsWith('…')), texts(markup).join(' | '));
    }
  });

  it('draws the map of a metric in classes, with "No data" hatched and the illustrative badge', async () => {
    const markup = await svg('map', '--data', example, '--metric', 'virtual-students');
    assert.match(markup, /<pattern id="netreach-hatch"/);
    assert.match(markup, /fill="url\(#netreach-hatch\)"/);
    const lines = texts(markup);
    assert.ok(lines.includes('Illustrative data'));
    assert.ok(lines.includes('No data'));
    assert.ok(lines.includes('Example Open University Network'));
  });

  it('draws the bars by region and by country', async () => {
    const byRegion = texts(await svg('bars'));
    assert.ok(byRegion.includes('Member countries by region'));
    assert.deepEqual(
      byRegion.filter((line) => ['27', '3'].includes(line)),
      ['27', '27', '3'],
    );
    const byCountry = texts(await svg('bars', '--data', example, '--metric', 'virtual-students', '--group-by', 'country', '--limit', '5'));
    assert.ok(byCountry.includes('Virtual students by country'));
    assert.ok(byCountry.includes('Indonesia'));
    assert.ok(byCountry.includes('Other (23)'), byCountry.join(' | '));
  });

  it('draws the trend at the --height asked for: the image’s, not the chart’s attribute of the same name', async () => {
    assert.match(await svg('trend', '--width', '600', '--height', '300'), /^<svg [^>]*width="600" height="300" viewBox="0 0 600 300"/);
    const help = (await run('render', '--help')).stdout;
    // The paragraph, its lines joined (it wraps at the help's width).
    const refused = /^Attributes an image has no use for[^]*?\.$/m.exec(help)?.[0].replace(/\n/g, ' ') ?? '';
    assert.match(refused, /^Attributes an image has no use for are refused, saying why: --src, .*--presenter \(but dashboard\)\.$/);
    assert.doesNotMatch(refused, /--height/);
  });

  it('keeps every line of every command’s --help within 113 characters, the width its paragraphs are wrapped at', async () => {
    // "Attributes an image has no use for are refused…" ran to 119, past the 104 its options wrap at.
    const long = [];
    for (const args of [['--help'], ['render', '--help'], ['import', '--help'], ['check', '--help']]) {
      const { stdout } = await run(...args);
      assert.ok(stdout.split('\n').length > 3, `${args.join(' ')}: ${stdout}`);
      for (const line of stdout.split('\n')) if ([...line].length > 113) long.push(`${args.join(' ')}: ${[...line].length}: ${line}`);
    }
    assert.deepEqual(long, []);
  });

  it('draws the trend with its points, years and sources', async () => {
    const lines = texts(await svg('trend'));
    assert.ok(lines.includes('Virtual students'));
    // The 8 million has no year in its source: the axis says when, in the source's words.
    for (const expected of ['8M', '22M', '30M+', 'Before the spread of coronavirus', '2020', '2021'])
      assert.ok(lines.includes(expected), expected);
    assert.ok(!lines.includes('2019'), lines.join(' | '));
    assert.ok(lines.some((line) => line.startsWith('Sources: National Library and Archives of Iran')));
  });

  it('draws the table: every row, the image as tall as they need, numbers as the table writes them (issue 12)', async () => {
    const markup = await svg('table', '--width', '960', '--height', '540');
    const lines = texts(markup);
    assert.equal(lines.filter((line) => line === 'Africa and Arab').length, 27, lines.join(' | '));
    for (const expected of ['CINVU: member countries', 'Country', 'Region', 'Afghanistan', 'Pakistan', 'Yemen'])
      assert.ok(lines.includes(expected), expected);
    assert.ok(Number(/^<svg[^>]*\sheight="(\d+)"/.exec(markup)[1]) > 540);
    assert.ok(lines.some((line) => line.startsWith('Not shown, as the sources give no figure per country')));
    const regions = texts(await svg('table', '--of', 'regions', '--lang', 'fa', '--width', '960', '--height', '540'));
    for (const expected of ['۲۷', '۳', '۵۷', '۴۷٪']) assert.ok(regions.includes(expected), `${expected}: ${regions.join(' | ')}`);
    const sorted = texts(await svg('table', '--data', example, '--sort=-virtual-students', '--width', '960', '--height', '540'));
    const figures = sorted
      .filter((line) => /^\d{1,3}(,\d{3})*$/.test(line) && line.length > 4)
      .map((line) => Number(line.replace(/,/g, '')));
    assert.deepEqual(
      figures.slice(0, 3),
      [...figures.slice(0, 3)].sort((a, b) => b - a),
    );
    assert.equal(figures[0], 610000);
  });

  it('draws the dashboard: its parts’ scenes in its layout, the selection shown, the sources once (issue 12)', async () => {
    const markup = await svg('dashboard', '--width', '1920', '--height', '1080');
    const lines = texts(markup);
    for (const expected of ['Overview', 'Member countries', 'Regions', '57', '30M+', '22M', 'Country', 'Afghanistan'])
      assert.ok(lines.includes(expected), `${expected}: ${lines.join(' | ')}`);
    assert.ok(lines.some((line) => /^The first \d+ of 57 rows/.test(line)));
    assert.equal(lines.filter((line) => line.startsWith('Sources: ')).length, 1);
    assert.match(markup, /<clipPath id="netreach-panel-map">/);
    const persian = texts(await svg('dashboard', '--lang', 'fa', '--region', 'africa-and-arab', '--width', '960', '--height', '540'));
    assert.ok(persian.includes('نمای کلی'), persian.join(' | '));
    assert.ok(persian.includes('۵۷'), persian.join(' | '));
    // The table filtered to the region, as the page's is: the region's 27 rows, of which those that fit are drawn.
    assert.ok(
      persian.some((line) => line.endsWith('از ۲۷ ردیف؛ فایل CSV همهٔ آن‌ها را دارد.')),
      persian.join(' | '),
    );
  });

  it('draws a dashboard for a slide with --presenter: no text under 18 px at 1920 × 1080, where its parts’ was 11.5', async () => {
    const plain = await svg('dashboard', '--width', '1920', '--height', '1080');
    const slide = await svg('dashboard', '--presenter', '--width', '1920', '--height', '1080');
    const smallest = (markup) => Math.min(...drawnSizes(markup));
    assert.ok(smallest(plain) < 12.5, `${smallest(plain)}`);
    assert.ok(smallest(slide) >= 18 - 0.05, `${smallest(slide)}`);
    const median = (markup) => drawnSizes(markup).sort((a, b) => a - b)[drawnSizes(markup).length >> 1];
    assert.ok(median(slide) > median(plain) * 1.3, `${median(slide)} against ${median(plain)}`);
    const lines = texts(slide);
    for (const expected of ['Overview', 'Member countries', 'Regions', '57', '30M+', 'at least +33% since 2020'])
      assert.ok(lines.includes(expected), `${expected}: ${lines.join(' | ')}`);
    // Its notes and its sources, as without it.
    assert.equal(lines.filter((line) => line.startsWith('Sources: ')).length, 1);
    assert.ok(lines.some((line) => line.startsWith('Computed from two figures')));
    // Half the size, half the type: a 960 × 540 image placed on the same slide reads the same.
    assert.ok(smallest(await svg('dashboard', '--presenter', '--width', '960', '--height', '540')) >= 9 - 0.05);
    // A 4:3 slide's (unit 4/3: 12 px): the bars beside the map at their size, where under the waffle they shrank to 9.6.
    assert.ok(smallest(await svg('dashboard', '--presenter', '--width', '1280', '--height', '960')) >= 12 - 0.05);
    // Every language and bundled dataset: Urdu's Nastaliq lines, half as far apart again, left its bars 145 px of
    // height at 1920 × 1080 (their axis at 8.3 px, their labels at 9.3) and a tile's "3 کروڑ+" at 14.3.
    const tooSmall = (markup, least) => {
      const sizes = drawnSizes(markup);
      const lines = texts(markup);
      assert.equal(sizes.length, lines.length);
      return sizes.flatMap((size, index) => (size < least - 0.05 ? [`${size.toFixed(2)} px: ${lines[index]}`] : []));
    };
    const slides = [];
    for (const dataset of ['cinvu', 'silk-road', 'al-mustafa'])
      for (const lang of UI_LANGUAGES) slides.push([dataset, lang, '1920', '1080', 18]);
    for (const dataset of ['cinvu', 'silk-road', 'al-mustafa']) slides.push([dataset, 'ur', '960', '540', 9]);
    assert.ok(UI_LANGUAGES.length >= 13 && UI_LANGUAGES.includes('ur'), UI_LANGUAGES.join());
    const small = [];
    let urdu = [];
    for (let index = 0; index < slides.length; index += 4) {
      const batch = slides.slice(index, index + 4);
      const files = await Promise.all(
        batch.map(([dataset, lang, width, height]) =>
          svg('dashboard', '--presenter', '--dataset', dataset, '--lang', lang, '--width', width, '--height', height),
        ),
      );
      files.forEach((markup, at) => {
        const [dataset, lang, width, height, least] = batch[at];
        const under = tooSmall(markup, least);
        if (under.length) small.push(`${dataset} ${lang} ${width}×${height}: ${under.slice(0, 4).join(' | ')}`);
        if (dataset === 'cinvu' && lang === 'ur' && width === '1920') urdu = texts(markup);
      });
    }
    assert.deepEqual(small, []);
    // Urdu's notes whole and its one source line, as in English: the room came from elsewhere.
    assert.equal(urdu.filter((line) => line.startsWith('مآخذ: ')).length, 1, urdu.join(' | '));
    // Its two growth notes ("Computed from two figures: 57 in 2020 (National Library …"), each beginning a line.
    assert.equal(
      urdu.filter((line) => line.includes(': 2020 ') && line.includes('National Library and Archives of Iran')).length,
      2,
      urdu.join(' | '),
    );
    // The bars' labels, each its own line (and over 18 px, above).
    assert.ok(urdu.includes('یورپ اور امریکہ'), urdu.join(' | '));
    // A PNG as well.
    const png = outPath('png');
    const result = await run('render', 'dashboard', '--presenter', '--out', png);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(readFileSync(png).subarray(0, 8).equals(PNG_SIGNATURE));
    // A single chart's image has its type sized by --width and --height: refused there, saying why.
    const bars = await run('render', 'bars', '--presenter', '--out', outPath('svg'));
    assert.notEqual(bars.code, 0);
    assert.match(bars.stderr, /^netreach: --presenter: not an option of netreach render: an image’s type is sized by its --width/m);
  });

  it('draws no text over another in a dashboard’s file: every language and bundled dataset, a slide and a small image', async () => {
    // Each pair of texts whose estimated boxes overlap (test/cli/text-boxes.mjs), by file. Urdu's regions on a
    // slide had 14 px under their heading and legend: the waffle's caption ("ہر خانہ ایک رکن ملک ہے") was drawn
    // into the legend's first line. Their legend now stands beside the waffle. And, in Bengali, each word of a line
    // drawn in the PNG as it is alone (misshapenWords()).
    const found = {};
    for (const id of ['cinvu', 'silk-road', 'al-mustafa']) {
      const dataset = await loadBundledDataset(id);
      for (const lang of UI_LANGUAGES)
        for (const [width, height, presenter] of [
          [1920, 1080, true],
          [960, 540, false],
        ]) {
          const markup = await renderSvg('dashboard', dataset, { lang, width, height, ...(presenter ? { presenter: '' } : {}) });
          const pairs = [...overlappingTexts(markup, lang), ...(await misshapenWords(markup))];
          if (pairs.length) found[`${id} ${lang} ${width}×${height}${presenter ? ' presenter' : ''}`] = pairs;
        }
    }
    assert.ok(UI_LANGUAGES.length >= 13 && UI_LANGUAGES.includes('ur'), UI_LANGUAGES.join());
    // The waffle's caption meets no other text in any file (Urdu's: "each square is one member country").
    assert.deepEqual(
      Object.entries(found).flatMap(([file, pairs]) => pairs.filter((pair) => pair.includes('ہر خانہ')).map((pair) => `${file}: ${pair}`)),
      [],
    );
    // None: the collisions this check found first are mended. An axis writes fewer ticks where their labels would
    // meet (`fittingTicks()`): Urdu's trend on a slide wrote "0" and "2 کروڑ" into each other (its plot a few pixels
    // tall), Al-Mustafa's bars in a small image in French, Turkish and Russian "0", "10" and "20" (its plot a few
    // pixels across). Urdu's tiles in a small image drew their figure ("40", "150+", "45+") into the line box of the
    // heading over it: a Nastaliq figure of digits now has the room above its baseline that an Urdu line has.
    assert.deepEqual(found, {});
  });

  // Beside its legend on a slide, Urdu's waffle was 90 px wide and its caption ("ہر خانہ ایک رکن ملک ہے") wrapped to a
  // word or two a line (three in the file's estimates, four in the browser's font). Past two lines the caption goes
  // under the legend's column (panel() in dashboard.scene.ts).
  it('keeps a dashboard waffle’s caption to two lines: every language and bundled dataset, a slide and a small image', async () => {
    const wrapped = {};
    let checked = 0;
    for (const id of ['cinvu', 'silk-road', 'al-mustafa']) {
      const dataset = await loadBundledDataset(id);
      for (const lang of UI_LANGUAGES) {
        // A network whose sources assign no regions has a sentence in the waffle's place (the Silk Road's).
        if (!regionsModel(dataset, 'countries', lang).available) continue;
        const bare = (text) => text.replace(/[\s\u2066-\u2069\u200e\u200f]/g, '');
        for (const [width, height, presenter] of [
          [1920, 1080, true],
          [960, 540, false],
        ]) {
          const lines = texts(await renderSvg('dashboard', dataset, { lang, width, height, ...(presenter ? { presenter: '' } : {}) }));
          // In the language's words once a file has loaded them.
          const caption = waffleLayout(dataset, regionsModel(dataset, 'countries', lang), { width: 400, rtl: false, locale: lang }).unit;
          // The fewest consecutive texts that spell the caption: its lines.
          let count = 0;
          for (let size = 1; size <= 6 && !count; size += 1)
            for (let at = 0; at + size <= lines.length && !count; at += 1)
              if (bare(lines.slice(at, at + size).join('')) === bare(caption)) count = size;
          assert.ok(count > 0, `${id} ${lang} ${width}×${height}: no "${caption}"`);
          checked += 1;
          if (count > 2) wrapped[`${id} ${lang} ${width}×${height}`] = count;
        }
      }
    }
    assert.equal(checked, 2 * UI_LANGUAGES.length * 2);
    assert.deepEqual(wrapped, {});
  });

  // Urdu's table header ("ملک") stood 0.84 em under the ink of its panel's heading on a slide, every other language's
  // 1 to 1.5 em: Nastaliq's letters rise and fall further than its line box's first 1.35 em allowed for.
  it('leaves as much room between a dashboard table’s heading and its header in Urdu as in the other languages', async () => {
    const dataset = await loadBundledDataset('silk-road');
    const gaps = {};
    for (const lang of UI_LANGUAGES)
      for (const [width, height, presenter] of [
        [1920, 1080, true],
        [960, 540, false],
      ]) {
        const markup = await renderSvg('dashboard', dataset, { lang, width, height, ...(presenter ? { presenter: '' } : {}) });
        const { fonts, defaultFontFamily } = resolveFonts(markup, Error);
        const shape = await textShaper(fonts.find((font) => font.family === defaultFontFamily) ?? fonts[0], fonts);
        // Shown texts in the file's order (textBoxes() skips halos), with their attributes.
        const attributes = [...markup.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)]
          .filter(([, attrs, content]) => xmlText(content).trim() && !/fill="none"/.test(attrs))
          .map(([, attrs]) => attrs);
        const boxes = textBoxes(markup, lang);
        const attribute = (index, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(attributes[index])?.[1];
        // The table's panel: its heading's last line (bold), then its one header (semibold), then its first row.
        const at = boxes.findIndex(
          (box, index) =>
            attribute(index, 'font-weight') === '700' &&
            attribute(index + 1, 'font-weight') === '600' &&
            attribute(index + 2, 'font-weight') === undefined &&
            boxes[index + 2] !== undefined &&
            boxes[index + 1].top > box.top &&
            boxes[index + 2].top > boxes[index + 1].top,
        );
        assert.ok(at >= 0, `${lang} ${width}: no table panel`);
        const spacing = lang === 'ur' ? 1.5 : 1;
        const [heading, header] = [boxes[at], boxes[at + 1]];
        const [headingSize, headerSize] = [Number(attribute(at, 'font-size')), Number(attribute(at + 1, 'font-size'))];
        // textBoxes()' bottom is a fifth of an em, times the line spacing, under the baseline.
        const baseline = (box, size) => box.bottom - 0.2 * size * spacing;
        const headingInk = inkExtents(shape, heading.text, 700);
        const headerInk = inkExtents(shape, header.text, 600);
        const gap =
          baseline(header, headerSize) -
          headerInk.ascent * headerSize -
          (baseline(heading, headingSize) + headingInk.descent * headingSize);
        gaps[`${lang} ${width}×${height}`] = Math.round((gap / headerSize) * 100) / 100;
      }
    assert.ok(Object.keys(gaps).length === 2 * UI_LANGUAGES.length && 'ur 1920×1080' in gaps, JSON.stringify(gaps));
    // At least an em of the header's type between the heading's lowest letter and the header's highest, in every file.
    assert.deepEqual(
      Object.entries(gaps).filter(([, gap]) => gap < 0.95),
      [],
      JSON.stringify(gaps),
    );
  });

  it('wraps a dashboard trend’s period into the room its short neighbours leave it: Urdu’s slide in two lines, not four; Bengali’s, Persian’s and Arabic’s in two, off-centre', async () => {
    const cinvu = await loadBundledDataset('cinvu');
    // The lines of the period's label in the trend's panel: the texts that, in order, make it up.
    const periodLines = async (lang, period) => {
      const lines = texts(await renderSvg('dashboard', cinvu, { lang, width: 1920, height: 1080, presenter: '' })).map((line) =>
        line.replace(/[\u2066-\u2069]/g, ''),
      );
      const start = lines.findIndex((line) => line && period.startsWith(line) && line !== period);
      let joined = '';
      let count = 0;
      while (start >= 0 && joined.length < period.length && period.startsWith(`${joined}${joined ? ' ' : ''}${lines[start + count]}`)) {
        joined = `${joined}${joined ? ' ' : ''}${lines[start + count]}`;
        count += 1;
      }
      assert.equal(joined, period, lines.join(' | '));
      return count;
    };
    // Four lines left its value axis about 10 px: its "0" and "2 کروڑ" touched (the axis now writes "0" alone there).
    // Two, now that the tiles give the panels' row the height the trend's plot needs.
    assert.equal(await periodLines('ur', 'کورونا وائرس کے پھیلاؤ سے پہلے'), 2);
    assert.equal(await periodLines('en', 'Before the spread of coronavirus'), 3);
    // Bengali's took four in its share of the plot's width: the label may run under the value axis's labels,
    // beside the plot over it (three lines), and now off-centre too (two).
    assert.equal(await periodLines('bn', 'করোনাভাইরাস ছড়িয়ে পড়ার আগে'), 2);
    // Persian's and Arabic's took four: centred, their room was twice the side toward "2020". They now stand off
    // their point toward the free side.
    assert.equal(await periodLines('fa', 'پیش از شیوع ویروس کرونا'), 2);
    assert.equal(await periodLines('ar', 'قبل تفشي فيروس كورونا'), 2);
  });

  it('writes Persian digits and right-to-left text with --lang fa', async () => {
    const markup = await svg('stat', '--metric', 'virtual-students', '--lang', 'fa');
    assert.match(markup, /xml:lang="fa"/);
    const lines = texts(markup);
    assert.ok(
      lines.some((line) => line.startsWith('۳۰')),
      lines.join(' | '),
    );
    assert.ok(!lines.some((line) => /[0-9]/.test(line) && !line.startsWith('منبع')), 'no Latin digits outside the source');
    assert.ok(markup.includes('\u202b'), 'right-to-left embedding');
    const regions = texts(await svg('regions', '--lang', 'fa'));
    assert.equal(regions.filter((line) => line.startsWith('۲۷')).length, 2, regions.join(' | '));
  });

  it('writes each language in its own digits, and honours -u-nu- in --lang', async () => {
    const figure = async (lang) => texts(await svg('stat', '--metric', 'virtual-students', '--lang', lang));
    // 30 million: Bengali and Urdu count in crores, Azerbaijani (which Chromium lacks, Node has) in "mln".
    assert.ok((await figure('bn')).includes('৩\u00a0কো+'), (await figure('bn')).join(' | '));
    assert.ok((await figure('ur')).includes('3\u00a0کروڑ+'), (await figure('ur')).join(' | '));
    assert.ok((await figure('ur-u-nu-arabext')).includes('۳\u00a0کروڑ+'), (await figure('ur-u-nu-arabext')).join(' | '));
    assert.ok((await figure('az')).includes('30\u00a0mln+'), (await figure('az')).join(' | '));
    assert.ok((await figure('zh')).includes('3000万+'), (await figure('zh')).join(' | '));
    const persianLatin = await figure('fa-u-nu-latn');
    assert.ok(persianLatin.includes('30\u00a0میلیون+'), persianLatin.join(' | '));
    assert.ok(!persianLatin.some((line) => /[۰-۹]/.test(line)), 'no Persian digits with -u-nu-latn');
    const urdu = texts(await svg('regions', '--lang', 'ur-u-nu-arabext'));
    assert.equal(urdu.filter((line) => line.startsWith('۲۷')).length, 2, urdu.join(' | '));
    assert.ok(!urdu.some((line) => /[0-9]/.test(line) && !line.startsWith('ماخذ') && !line.startsWith('مآخذ')), urdu.join(' | '));
    const bengaliYears = texts(await svg('trend', '--lang', 'bn'));
    assert.ok(bengaliYears.includes('করোনাভাইরাস ছড়িয়ে পড়ার আগে') && bengaliYears.includes('২০২১'), bengaliYears.join(' | '));
  });

  it('mirrors Urdu as it mirrors Persian and Arabic', async () => {
    const markup = await svg('trend', '--lang', 'ur', '--width', '1000', '--height', '600');
    assert.match(markup, /xml:lang="ur"/);
    assert.ok(markup.includes('\u202b'), 'right-to-left embedding');
    const title = markup.match(/<text x="([\d.]+)" y="[\d.]+" font-size="[\d.]+" font-weight="700" fill="#1b1f24" text-anchor="end">/);
    assert.ok(title && Number(title[1]) > 900, 'title anchored at the right margin');
  });

  it('anchors text from the right in right-to-left languages', async () => {
    const markup = await svg('trend', '--lang', 'ar', '--width', '1000', '--height', '600');
    // The title starts at the right margin and is anchored at its end (its right edge).
    const title = markup.match(/<text x="([\d.]+)" y="[\d.]+" font-size="[\d.]+" font-weight="700" fill="#1b1f24" text-anchor="end">/);
    assert.ok(title, 'title anchored at its right edge');
    assert.ok(Number(title[1]) > 900);
  });

  it('paints the dark theme', async () => {
    const dark = await svg('bars', '--theme', 'dark');
    assert.match(dark, /<rect width="1920" height="1080" fill="#15191e"\/>/);
    assert.match(dark, /fill="#eef1f4"/);
    const light = await svg('bars');
    assert.match(light, /<rect width="1920" height="1080" fill="#ffffff"\/>/);
  });

  it('escapes the dataset text', async () => {
    const data = JSON.parse(readFileSync(example, 'utf8'));
    data.network.name = '<script>alert("x")</script> & \'co\'';
    data.sources[0].publisher = 'A < B & C';
    const file = join(dir, 'hostile.json');
    writeFileSync(file, JSON.stringify(data));
    const markup = await svg('stat', '--data', file);
    assert.ok(!markup.includes('<script'));
    assert.ok(markup.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;'));
    assert.ok(texts(markup).includes('Source: A < B & C'));
    // And it stays well-formed: the rasterizer parses it.
    const png = outPath('png');
    const result = await run('render', 'stat', '--data', file, '--width', '400', '--height', '225', '--out', png);
    assert.equal(result.code, 0, result.stderr);
  });
});

describe('netreach render: PNG', () => {
  it('writes a PNG of exactly width × scale by height × scale pixels', async () => {
    const out = outPath('png');
    const result = await run('render', 'regions', '--width', '640', '--height', '360', '--scale', '2', '--out', out);
    assert.equal(result.code, 0, result.stderr);
    const png = readFileSync(out);
    assert.deepEqual(png.subarray(0, 8), PNG_SIGNATURE);
    assert.equal(png.toString('ascii', 12, 16), 'IHDR');
    assert.deepEqual(pngSize(png), { width: 1280, height: 720 });
  });

  // Without a pHYs chunk slide software places every PNG at 96 pixels per inch: a --scale 2 image twice the size of
  // the 1× one. Each says 96 × scale per inch (3780 × scale per metre), so that all are placed at width × height.
  it('says 96 × scale pixels per inch, so that slides place each scale at one size', async () => {
    for (const scale of ['1', '2', '1.5']) {
      const out = outPath('png');
      const result = await run('render', 'stat', '--width', '400', '--height', '240', '--scale', scale, '--out', out);
      assert.equal(result.code, 0, result.stderr);
      const png = readFileSync(out);
      const perMetre = Math.round(3780 * Number(scale));
      assert.deepEqual(pixelDensity(png), { x: perMetre, y: perMetre, unit: 1 }, `--scale ${scale}`);
      // Right after the header, and still an image (decodePng reads every chunk).
      assert.equal(png.toString('ascii', 37, 41), 'pHYs');
      assert.equal(decodePng(png).width, 400 * Number(scale));
    }
    // No --scale: 1×.
    const out = outPath('png');
    assert.equal((await run('render', 'stat', '--width', '400', '--height', '240', '--out', out)).code, 0);
    assert.deepEqual(pixelDensity(readFileSync(out)), { x: 3780, y: 3780, unit: 1 });
  });

  it('leaves the background out with --background transparent: a PNG whose corners show through', async () => {
    const out = outPath('png');
    const result = await run('render', 'map', '--width', '400', '--height', '240', '--background', 'transparent', '--out', out);
    assert.equal(result.code, 0, result.stderr);
    const image = decodePng(readFileSync(out));
    assert.equal(image.data[3], 0, 'the top-left corner is transparent');
    assert.equal(image.data[image.data.length - 1], 0, 'the bottom-right corner is transparent');
    const opaque = outPath('png');
    assert.equal((await run('render', 'map', '--width', '400', '--height', '240', '--out', opaque)).code, 0);
    assert.equal(decodePng(readFileSync(opaque)).data[3], 255, 'without it the corner is the background');
  });

  it('writes a table’s PNG as tall as its SVG, every row in it', async () => {
    const out = outPath('png');
    const result = await run('render', 'table', '--width', '640', '--height', '360', '--scale', '2', '--out', out);
    assert.equal(result.code, 0, result.stderr);
    const drawn = await svg('table', '--width', '640', '--height', '360');
    const height = Number(/^<svg[^>]*\sheight="(\d+)"/.exec(drawn)[1]);
    assert.ok(height > 360);
    assert.deepEqual(pngSize(readFileSync(out)), { width: 1280, height: height * 2 });
  });

  it('renders the map in Persian on a dark slide at a fractional scale', async () => {
    const out = outPath('png');
    const result = await run(
      'render',
      'map',
      '--lang',
      'fa',
      '--theme',
      'dark',
      '--width',
      '800',
      '--height',
      '450',
      '--scale',
      '1.5',
      '--out',
      out,
    );
    assert.equal(result.code, 0, result.stderr);
    const png = readFileSync(out);
    assert.deepEqual(png.subarray(0, 8), PNG_SIGNATURE);
    assert.deepEqual(pngSize(png), { width: 1200, height: 675 });
  });
});

describe('netreach render: bad input', () => {
  const bad = (name, text) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('rejects a file that is not JSON', async () => {
    const file = bad('broken.json', '{"version": 1,');
    await expectFailure(/broken\.json.*not valid JSON/, 'render', 'stat', '--data', file, '--out', outPath('png'));
  });

  it('rejects an unsupported dataset version', async () => {
    const data = JSON.parse(readFileSync(example, 'utf8'));
    const file = bad('v99.json', JSON.stringify({ ...data, version: 99 }));
    await expectFailure(/version: 99 is not supported/, 'render', 'map', '--data', file, '--out', outPath('svg'));
  });

  it('names the JSON path of an invalid value', async () => {
    const data = JSON.parse(readFileSync(example, 'utf8'));
    data.members[2].country = 'ZZZZ';
    const file = bad('bad-member.json', JSON.stringify(data));
    await expectFailure(/members\[2\]\.country/, 'render', 'bars', '--data', file, '--out', outPath('svg'));
  });

  it('rejects an unknown metric, naming it and the known ones', async () => {
    await expectFailure(/unknown metric "students".*virtual-students/, 'render', 'stat', '--metric', 'students', '--out', outPath('png'));
    await expectFailure(/unknown metric "students".*virtual-students/, 'render', 'table', '--metrics', 'students', '--out', outPath('svg'));
  });

  it('rejects an unknown widget, a missing data file, an unknown extension and bad numbers', async () => {
    await expectFailure(/unknown widget "pie"/, 'render', 'pie', '--out', outPath('svg'));
    await expectFailure(
      /cannot read --data .*missing\.json: no such file/,
      'render',
      'stat',
      '--data',
      'missing.json',
      '--out',
      outPath('svg'),
    );
    await expectFailure(
      /--out must end in \.svg or \.png, or --format say which \(got "\.jpg"\)/,
      'render',
      'stat',
      '--out',
      outPath('jpg'),
    );
    await expectFailure(/--width must be a whole number/, 'render', 'stat', '--width', 'wide', '--out', outPath('svg'));
    await expectFailure(
      /^netreach: --height must be a whole number of pixels from 200 to 8192 \(got "20"\)$/m,
      'render',
      'stat',
      '--height',
      '20',
      '--out',
      outPath('svg'),
    );
    await expectFailure(/--scale must be a number above 0/, 'render', 'stat', '--scale', '0', '--out', outPath('png'));
    await expectFailure(/--theme: "sepia" is not one of light, dark, auto/, 'render', 'stat', '--theme', 'sepia', '--out', outPath('svg'));
    await expectFailure(/--type: "pie" is not one of waffle, donut/, 'render', 'regions', '--type', 'pie', '--out', outPath('svg'));
    await expectFailure(/--limit: "-2" is not a whole number, 0 or more/, 'render', 'bars', '--limit=-2', '--out', outPath('svg'));
    await expectFailure(
      /the stat widget has no option --projection/,
      'render',
      'stat',
      '--projection',
      'mercator',
      '--out',
      outPath('svg'),
    );
    await expectFailure(/--controls: not an option of netreach render: /, 'render', 'bars', '--controls', 'none', '--out', outPath('svg'));
    await expectFailure(
      /--data and --dataset both name a dataset/,
      'render',
      'map',
      '--data',
      example,
      '--dataset',
      'silk-road',
      '--out',
      outPath('svg'),
    );
    await expectFailure(/unknown region "mars"/, 'render', 'map', '--region', 'mars', '--out', outPath('svg'));
    await expectFailure(
      /^netreach: unknown option --colour \(see netreach --help\)$/m,
      'render',
      'stat',
      '--colour',
      'red',
      '--out',
      outPath('svg'),
    );
    // A slip of the keyboard is answered with the flag it was near (a swap counts as one slip), a far one is not.
    await expectFailure(/unknown option --srot: did you mean --sort\?/, 'render', 'bars', '--srot', 'value', '--out', outPath('svg'));
    await expectFailure(/unknown option --metirc: did you mean --metric\?/, 'render', 'stat', '--metirc', 'x', '--out', outPath('svg'));
    // A value that starts with a dash after a space: how to write it, not parseArgs' "ambiguous"…
    await expectFailure(
      /--sort needs a value; one that starts with "-" is written --sort=-virtual-students/,
      'render',
      'table',
      '--sort',
      '-virtual-students',
      '--out',
      outPath('svg'),
    );
    // … when the flag takes it; else why not (the bars sort by value, name or none).
    await expectFailure(/--sort: "-value" is not one of value, name, none/, 'render', 'bars', '--sort', '-value', '--out', outPath('svg'));
    // Standard output is a pipe here, where the image goes without --out (stdout.test.mjs): a --format it contradicts.
    await expectFailure(/--format png and --out x\.svg disagree/, 'render', 'stat', '--format', 'png', '--out', 'x.svg');
  });

  it('exits 2 when the command line alone is wrong, 1 when the data lacks what it names (packages/cli/README.md)', async () => {
    const expectExit = async (code, pattern, ...args) => assert.equal((await expectFailure(pattern, ...args)).code, code, args.join(' '));
    const svgOut = () => ['--out', outPath('svg')];
    // Found before any file is read.
    await expectExit(2, /^netreach: unknown widget "pie"/, 'render', 'pie', ...svgOut());
    await expectExit(2, /^netreach: unknown option --colour/, 'render', 'stat', '--colour', 'red', ...svgOut());
    await expectExit(2, /^netreach: --theme: "sepia" is not one of light, dark, auto$/m, 'render', 'stat', '--theme', 'sepia', ...svgOut());
    await expectExit(
      2,
      /^netreach: --width must be a whole number of pixels from 200 to 8192 \(got "100"\)$/m,
      'render',
      'stat',
      '--width',
      '100',
      ...svgOut(),
    );
    await expectExit(
      2,
      /^netreach: --width must be a whole number of pixels from 200 to 8192 \(got "-5"\)$/m,
      'render',
      'stat',
      '--width',
      '-5',
      ...svgOut(),
    );
    await expectExit(
      2,
      /^netreach: --scale must be a number above 0 and at most 8 \(got "-1"\)$/m,
      'render',
      'stat',
      '--scale',
      '-1',
      '--out',
      outPath('png'),
    );
    await expectExit(2, /^netreach: --format must be svg or png \(got "gif"\)$/m, 'render', 'stat', '--format', 'gif');
    // Found in what the command reads: the dataset, the files.
    await expectExit(
      1,
      /^netreach: --metric: unknown metric "nope" \(the dataset has countries, /m,
      'render',
      'stat',
      '--metric',
      'nope',
      ...svgOut(),
    );
    await expectExit(1, /^netreach: --metrics: unknown metric "nope"/, 'render', 'table', '--metrics', 'nope', ...svgOut());
    // The element sorts by its default and says so in the console; the command refuses it, naming the columns.
    await expectExit(
      1,
      /^netreach: --sort: unknown column "-size" \(the table has country, region\)$/m,
      'render',
      'table',
      '--sort=-size',
      ...svgOut(),
    );
    for (const widget of ['map', 'table', 'dashboard']) {
      await expectExit(
        1,
        /^netreach: --region: unknown region "mars" \(the dataset has asia-and-oceania, /m,
        'render',
        widget,
        '--region',
        'mars',
        ...svgOut(),
      );
    }
    await expectExit(1, /^netreach: --country: "XYZ" is not a member country/, 'render', 'dashboard', '--country', 'XYZ', ...svgOut());
    await expectExit(
      1,
      /^netreach: cannot read --data missing\.json: no such file$/m,
      'render',
      'stat',
      '--data',
      'missing.json',
      ...svgOut(),
    );
    // A folder (the data/ of a checkout) is named as such, not with the system's "EISDIR: illegal operation".
    await expectExit(1, /^netreach: cannot read --data \.: a folder, not a dataset file$/m, 'render', 'stat', '--data', '.', ...svgOut());
    await expectExit(1, /^netreach: --compare mars: neither a bundled dataset/, 'render', 'map', '--compare', 'mars', ...svgOut());
    // As the help says.
    assert.match(
      (await run('render', '--help')).stdout,
      /^Exit codes: 0 when the file is written[^]*?; 2 when the command line is wrong[^]*?; 1 when the run\s+fails/m,
    );
  });

  it('warns on standard error of a --highlight code that is not a member, naming it, and draws the map', async () => {
    const out = outPath('svg');
    const result = await run('render', 'map', '--highlight', 'PAK XYZ', '--width', '960', '--height', '540', '--out', out);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, 'netreach: warning: --highlight XYZ ignored: not a member\n');
    assert.match(readFileSync(out, 'utf8'), /^<svg /);
    // A reach's home outside the region shown: the member the arcs start from instead.
    const zoomed = await run('render', 'map', '--mode', 'reach', '--home', 'PAK', '--region', 'africa-and-arab', '--out', outPath('svg'));
    assert.equal(zoomed.code, 0, zoomed.stderr);
    assert.match(zoomed.stderr, /^netreach: warning: --home PAK ignored: not on the map; arcs from [A-Z]{3}\n$/);
    // A reach's home that is no member at all: the same (issue 12: the element warns and draws arcs from another
    // member), in any case, as the map without --home draws it.
    const reach = await svg('map', '--mode', 'reach');
    for (const home of ['XYZ', 'xyz']) {
      const out = outPath('svg');
      const stranger = await run('render', 'map', '--mode', 'reach', '--home', home, '--out', out);
      assert.equal(stranger.code, 0, stranger.stderr);
      assert.match(stranger.stderr, /^netreach: warning: --home XYZ ignored: not on the map; arcs from [A-Z]{3}\n$/);
      assert.equal(readFileSync(out, 'utf8'), reach);
    }
    // Every code a member: not a word.
    const quiet = await run('render', 'map', '--highlight', 'PAK TUR', '--out', outPath('svg'));
    assert.equal(quiet.code, 0, quiet.stderr);
    assert.equal(quiet.stderr, '');
  });

  it('draws --selected and --step as the element draws selected and step: renderSvg()’s file, case and spaces aside', async () => {
    const read = (path) => validateDataset(JSON.parse(readFileSync(path, 'utf8')));
    const [cinvu, network] = [read(join(root, 'data/cinvu.json')), read(example)];
    const size = ['--width', '600', '--height', '400'];
    const file = (widget, options, dataset = cinvu) => renderSvg(widget, dataset, { width: 600, height: 400, ...options });
    const plainMap = await svg('map', ...size);
    const selectedMap = await svg('map', '--selected', 'PAK', ...size);
    assert.equal(selectedMap, await file('map', { selected: 'PAK' }));
    assert.notEqual(selectedMap, plainMap);
    // A member's code in any case, spaces around it aside, as `selected="pak"` on a page.
    assert.equal(await svg('map', '--selected', ' pak ', ...size), selectedMap);
    const stepped = await svg('map', '--step', '1', ...size);
    assert.equal(stepped, await file('map', { step: 1 }));
    assert.notEqual(stepped, plainMap);
    assert.equal(await svg('map', '--selected', 'PAK', '--step', '0', ...size), await file('map', { selected: 'PAK', step: 0 }));
    for (const [widget, selected, more, dataset] of [
      ['bars', 'africa-and-arab', {}],
      ['bars', 'pak', { 'group-by': 'country', metric: 'virtual-students' }, network],
      ['regions', 'asia-and-oceania', {}],
      ['table', 'tur', {}],
      ['table', 'africa-and-arab', { of: 'regions' }],
    ]) {
      const flags = Object.entries(more).flatMap(([name, value]) => [`--${name}`, value]);
      if (dataset) flags.push('--data', example);
      const drawn = await svg(widget, '--selected', selected, ...flags, ...size);
      assert.equal(drawn, await file(widget, { selected, ...more }, dataset), widget);
      assert.notEqual(drawn, await svg(widget, ...flags, ...size), `${widget} --selected ${selected}`);
    }
  });

  it('warns of a --selected that names nothing the data has, and draws no selection, as the element does', async () => {
    for (const [widget, selected, reason] of [
      ['map', 'XYZ', 'not a member'],
      ['bars', 'atlantis', 'no such region'],
      ['regions', 'atlantis', 'no such region'],
      ['table', 'XYZ', 'no such row'],
    ]) {
      const out = outPath('svg');
      const result = await run('render', widget, '--selected', selected, '--out', out);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stderr, `netreach: warning: --selected ${selected} ignored: ${reason}\n`);
      assert.equal(readFileSync(out, 'utf8'), await svg(widget), widget);
    }
  });

  it('warns that --home is used only with --mode reach, and draws the map as without it (the element’s console warning)', async () => {
    for (const home of ['PAK', 'XYZ']) {
      const out = outPath('svg');
      const result = await run('render', 'map', '--home', home, '--out', out);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stderr, `netreach: warning: --home ${home} ignored: used only with --mode reach\n`);
      assert.equal(readFileSync(out, 'utf8'), await svg('map'));
    }
    // In reach mode it is the arcs' origin: not a word.
    const reach = await run('render', 'map', '--mode', 'reach', '--home', 'PAK', '--out', outPath('svg'));
    assert.equal(reach.code, 0, reach.stderr);
    assert.equal(reach.stderr, '');
  });

  it('draws a dashboard whose --country is in another region than --region with the country’s region, saying so', async () => {
    const out = outPath('svg');
    const result = await run('render', 'dashboard', '--region', 'europe-and-america', '--country', 'pak', '--out', out);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, 'netreach: warning: --region europe-and-america ignored: PAK is in asia-and-oceania\n');
    // The element's choice: the country and its region, as with --country alone.
    assert.equal(readFileSync(out, 'utf8'), await svg('dashboard', '--country', 'PAK'));
    // The country's own region: not a word.
    const quiet = await run('render', 'dashboard', '--region', 'asia-and-oceania', '--country', 'PAK', '--out', outPath('svg'));
    assert.equal(quiet.code, 0, quiet.stderr);
    assert.equal(quiet.stderr, '');
  });

  // A chart on a coloured slide: the same document less its background rectangle, light or dark; the map's
  // separations in the theme's background are cut out or drawn in another colour (test/unit/static-svg.test.ts).
  it('writes the same SVG without its background rectangle with --background transparent', async () => {
    for (const [widget, theme, bg] of [
      ['map', 'light', '#ffffff'],
      ['map', 'dark', '#15191e'],
      ['stat', 'light', '#ffffff'],
      ['bars', 'dark', '#15191e'],
    ]) {
      const args = [widget, '--theme', theme, '--width', '640', '--height', '360'];
      const opaque = await svg(...args);
      const transparent = await svg(...args, '--background', 'transparent');
      const rect = `<rect width="640" height="360" fill="${bg}"/>`;
      assert.ok(opaque.includes(rect), `${widget} ${theme}: its background`);
      if (widget === 'map') {
        assert.ok(opaque.includes(`stroke="${bg}"`), `${widget} ${theme}: borders and outlines of the theme's background`);
        assert.ok(!transparent.includes(bg), `${widget} ${theme}: nothing of the theme's background on a slide`);
        assert.ok(transparent.includes('clip-path="url(#netreach-knockout-0)"'), `${widget} ${theme}: its dots' outlines cut out`);
      } else assert.equal(transparent, opaque.replace(rect, ''), `${widget} ${theme}`);
      // renderSvg() takes the option as the command line does.
      assert.equal(
        transparent,
        await renderSvg(widget, await loadDefaultDataset(), { theme, width: 640, height: 360, background: 'transparent' }),
      );
    }
  });

  it('refuses a --background other than transparent, saying so (exit 2)', async () => {
    const result = await run('render', 'stat', '--background', 'blue', '--out', outPath('svg'));
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'netreach: --background must be transparent (got "blue")\n');
    await assert.rejects(renderSvg('stat', await loadDefaultDataset(), { background: 'blue' }), /background: "blue" is not a background/);
  });

  it('warns on standard error of a --lang netreach has no texts in (drawn in English), and not of its own', async () => {
    for (const lang of ['persian', 'de']) {
      const result = await run('render', 'bars', '--lang', lang, '--out', outPath('svg'));
      assert.equal(result.code, 0, result.stderr);
      assert.equal(
        result.stderr,
        `netreach: warning: --lang ${lang}: netreach has no texts in this language: drawn in English (its languages: ${UI_LANGUAGES.join(', ')})\n`,
      );
    }
    // Its own languages in any case, region or script, and English's variants: without a word.
    for (const lang of ['fa-IR', 'AR', 'az-Cyrl', 'ur-u-nu-arabext', 'en-GB']) {
      const result = await run('render', 'bars', '--lang', lang, '--out', outPath('svg'));
      assert.deepEqual([result.code, result.stderr], [0, ''], lang);
    }
  });

  it('draws a --lang netreach has no texts in wholly in English: its lists, and the language the file says', async () => {
    const fileLang = (markup) => /^<svg [^>]*xml:lang="([^"]*)"/.exec(markup)?.[1];
    const german = await svg('table', '--lang', 'de');
    assert.equal(fileLang(german), 'en');
    assert.ok(texts(german).join(' ').includes('Virtual students and Universities with digital divisions'), 'an English list');
    assert.ok(!german.includes(' und '), 'no German "und"');
    // Its own languages keep their tags.
    for (const lang of ['zh', 'ur', 'bn']) assert.equal(fileLang(await svg('table', '--lang', lang)), lang);
  });

  it('refuses a flag that takes one value given twice (exit 2), writing nothing', async () => {
    const [first, second] = [outPath('svg'), outPath('svg')];
    const once = (flag) => new RegExp(`^netreach: --${flag} is given more than once: give it once \\(see netreach --help\\)$`, 'm');
    await expectFailure(once('out'), 'render', 'map', '--out', first, '-o', second);
    await expectFailure(once('highlight'), 'render', 'map', '--highlight', 'IRN', '--highlight=PAK', '--out', first);
    const result = await expectFailure(
      /--width is given more than once/,
      'render',
      'map',
      '--width',
      '800',
      '--width',
      '900',
      '--out',
      first,
    );
    assert.equal(result.code, 2);
  });

  it('warns of a --step past the dataset’s regions, and draws its last step', async () => {
    const out = outPath('svg');
    const result = await run('render', 'map', '--step', '5', '--out', out);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, 'netreach: warning: --step 5: the dataset has 3 regions, all coloured from --step 3\n');
    assert.equal(readFileSync(out, 'utf8'), await svg('map', '--step', '3'));
    assert.equal((await run('render', 'map', '--step', '3', '--out', out)).stderr, '');
    // "1 region", not "1 regions" (issue 12's plurals hold for the command line's English too).
    const data = JSON.parse(readFileSync(example, 'utf8'));
    data.regions = data.regions.slice(0, 1);
    for (const member of data.members) member.region = data.regions[0].id;
    const one = join(dir, 'one-region.json');
    writeFileSync(one, JSON.stringify(data));
    const single = await run('render', 'map', '--data', one, '--step', '2', '--out', out);
    assert.equal(single.stderr, 'netreach: warning: --step 2: the dataset has 1 region, all coloured from --step 1\n');
  });

  it('warns on standard error that --scale does nothing to an SVG, and writes it as asked', async () => {
    const out = outPath('svg');
    const result = await run('render', 'stat', '--scale', '2', '--width', '400', '--height', '240', '--out', out);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, 'netreach: warning: --scale 2 ignored: an SVG has no pixels (it applies to .png)\n');
    assert.match(readFileSync(out, 'utf8'), /^<svg [^>]*width="400" height="240"/);
    // A PNG takes it without a word.
    const png = await run('render', 'stat', '--scale', '2', '--width', '400', '--height', '240', '--out', outPath('png'));
    assert.equal(png.code, 0, png.stderr);
    assert.equal(png.stderr, '');
  });

  it('suggests only flags the widget drawn takes, and the command’s own', async () => {
    // The map has no --sort (the bars and the table have): it is not suggested for the map.
    await expectFailure(
      /^netreach: unknown option --srot \(see netreach --help\)$/m,
      'render',
      'map',
      '--srot',
      'value',
      '--out',
      outPath('svg'),
    );
    await expectFailure(/unknown option --srot: did you mean --sort\?/, 'render', 'table', '--srot', 'name', '--out', outPath('svg'));
    await expectFailure(/unknown option --srot: did you mean --sort\?/, '--srot', 'name', 'render', 'table', '--out', outPath('svg'));
    // Nor a flag the image refuses (the map's --controls, the page's menu).
    await expectFailure(
      /^netreach: unknown option --contrls \(see netreach --help\)$/m,
      'render',
      'map',
      '--contrls',
      'none',
      '--out',
      outPath('svg'),
    );
    // The map's --selected is one it takes (a picture of the map with a member chosen).
    await expectFailure(
      /unknown option --selectd: did you mean --selected\?/,
      'render',
      'map',
      '--selectd',
      'PAK',
      '--out',
      outPath('svg'),
    );
    // The command's own flags go with every widget.
    await expectFailure(/unknown option --hieght: did you mean --height\?/, 'render', 'map', '--hieght', '720', '--out', outPath('svg'));
    // No widget named yet: any widget's flag may be meant.
    await expectFailure(/unknown option --srot: did you mean --sort\?/, 'render', '--srot', 'value', '--out', outPath('svg'));
  });

  it('leaves an existing file untouched when a run fails', async () => {
    const out = outPath('svg');
    writeFileSync(out, 'before');
    const result = await run('render', 'stat', '--metric', 'nope', '--out', out);
    assert.notEqual(result.code, 0);
    assert.equal(readFileSync(out, 'utf8'), 'before');
  });

  it('fails cleanly when the output folder does not exist', async () => {
    await expectFailure(/cannot write .*no such folder/, 'render', 'stat', '--out', join(dir, 'nowhere', 'slide.svg'));
  });
});

// A shipped language whose strings fail to load (a chunk missing from a broken install) is drawn wholly in English,
// as the browser draws it (test/browser/i18n-failure.test.ts), with its warning, rather than English words in Persian
// digits, right to left. The failure is a module hook that refuses lib/core/i18n/fa.js: no network, no copy.
describe('netreach render: a language whose strings fail to load', () => {
  it('writes the English file, warning on standard error (exit 0)', async () => {
    const hooks = join(dir, 'no-fa-hooks.mjs');
    writeFileSync(
      hooks,
      `export async function resolve(specifier, context, next) {
        const resolved = await next(specifier, context);
        if (/\\/lib\\/core\\/i18n\\/fa\\.js$/.test(resolved.url)) throw new Error('simulated: the Persian chunk is missing');
        return resolved;
      }\n`,
    );
    const register = join(dir, 'no-fa.mjs');
    writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hooks}`)});\n`);
    for (const widget of ['stat', 'map']) {
      const out = outPath('svg');
      const failed = await new Promise((resolve) => {
        execFile(
          process.execPath,
          ['--import', register, bin, 'render', widget, '--lang', 'fa', '--width', '640', '--height', '360', '--out', out],
          { cwd: dir, encoding: 'utf8' },
          (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, stderr }),
        );
      });
      assert.equal(failed.code, 0, failed.stderr);
      assert.match(failed.stderr, /netreach: no "fa" UI strings; drawn in English/, widget);
      const file = readFileSync(out, 'utf8');
      assert.equal(file, await svg(widget, '--lang', 'en', '--width', '640', '--height', '360'), `${widget}: the English file`);
      // Without the hook the Persian file is written, so the hook is what failed.
      assert.match(await svg(widget, '--lang', 'fa', '--width', '640', '--height', '360'), /xml:lang="fa"/);
    }
  });
});
