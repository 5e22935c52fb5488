// The configurator's "Your data" as a person uses it (demo/configurator.html in a frame, served like every
// test page): cells pasted, a file dropped, the widgets updated, the match report, problems that change nothing,
// the snippet with the data inline — and the importer loaded only once someone brings data.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { Dataset } from '../../src/core/types.js';
import { validateDataset } from '../../src/core/validate.js';
import { importTable } from '../../src/import/index.js';
import { waitUntil } from '../helpers/wait.js';

const SHEET = [
  'Country\tRegion\tVirtual students',
  'Iran (Islamic Republic of)\tAsia\t120,000',
  'Türkiye\tEurope\t',
  "Côte d'Ivoire\tAfrica\t4,500",
].join('\n');

type Widget = HTMLElement & { data?: Dataset; state?: string };

describe('the configurator takes data', () => {
  let frame: HTMLIFrameElement;
  const doc = () => frame.contentDocument!;
  const $ = <T extends Element = HTMLElement>(selector: string) => doc().querySelector<T>(selector)!;
  const text = (selector: string) => $(selector).textContent ?? '';
  const preview = () => $<Widget>('#preview > *');
  const gallery = (widget: string) => $<Widget>(`#gallery-widgets netreach-${widget}`);
  const tableRows = (table: Element) => [...table.shadowRoot!.querySelectorAll('tbody tr')].map((row) => row.textContent ?? '');
  const mapMembers = (map: Element) => map.shadowRoot!.querySelectorAll('[role="option"]').length;
  /** Resources the page requested whose path has `part`. */
  const requested = (part: string) =>
    frame.contentWindow!.performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.includes(part));

  /** Puts text in the cells box as a paste does, and waits for the report on it (the status changes). */
  async function paste(value: string): Promise<void> {
    const sheet = $<HTMLTextAreaElement>('#sheet');
    const status = $('#import-status');
    status.textContent = '';
    sheet.value = value;
    sheet.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    await waitUntil(() => status.textContent, 'no report on the pasted cells');
  }

  /** Types in a field (or chooses in a select, ticks a box: `true`) as a person does: the page imports again. */
  const type = (selector: string, value: string | boolean) => {
    const input = $<HTMLInputElement>(selector);
    if (typeof value === 'boolean') input.checked = value;
    else input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  /** A widget's shadow text, spaces folded. */
  const shown = (widget: Element) => widget.shadowRoot!.textContent!.replace(/\s+/g, ' ');

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1200px; height: 3000px; border: 0';
    frame.src = '/demo/configurator.html';
    document.body.append(frame);
    // The page requests more than the 250 resources a window records by default (every widget's modules, unbundled):
    // record them all from the start, or the importer's requests (and the absence of any before) go unseen.
    await waitUntil(() => frame.contentDocument?.URL.endsWith('/demo/configurator.html'), 'the configurator never started loading');
    frame.contentWindow!.performance.setResourceTimingBufferSize(5000);
    await waitUntil(() => preview()?.state === 'ready' && mapMembers(preview()) > 0, 'the preview map never drew');
  });
  after(() => frame.remove());

  it('loads no importer code until data is brought', () => {
    expect(mapMembers(preview())).to.equal(57); // the bundled CINVU dataset
    expect(requested('/src/import/')).to.deep.equal([]);
    expect(requested('d3-dsv')).to.deep.equal([]);
    expect(requested('jsonc-parser')).to.deep.equal([]);
    expect($('#gallery').hidden).to.equal(true);
    expect($<HTMLButtonElement>('#download-json').disabled).to.equal(true);
  });

  it('reads pasted cells: every widget shows them, the report lists what was matched by a near name', async () => {
    await paste(SHEET);
    await waitUntil(
      () => text('#import-status').startsWith('Imported'),
      () => `not imported: ${text('#import-status')}`,
    );
    expect(text('#import-status')).to.equal(
      'Imported: read 3 rows of the pasted cells (tab-separated): 3 members, 3 regions, 1 metric; check the 1 country matched by a near name.',
    );
    const report = [...doc().querySelectorAll('#import-report li')].map((item) => item.textContent);
    expect(report).to.include('row 2: "Iran (Islamic Republic of)" → IRN Iran: the words of "Islamic Republic of Iran" in another order');
    // The status is a polite live region, and the cells' box is described by it.
    expect($('#import-status').getAttribute('role')).to.equal('status');
    expect($('#sheet').getAttribute('aria-describedby')).to.contain('import-status');
    expect(doc().querySelector('label[for="sheet"]')).to.not.equal(null);

    await waitUntil(() => preview().data?.members.length === 3, 'the preview never got the data');
    await waitUntil(
      () => preview().state === 'ready' && mapMembers(preview()) === 3,
      () => `the map shows ${mapMembers(preview())} members`,
    );
    expect($<HTMLSelectElement>('#options [name="dataset"]').value).to.equal('imported');
    expect($('#gallery').hidden).to.equal(false);
    const table = gallery('table');
    await waitUntil(() => table.state === 'ready' && tableRows(table).length === 3, 'the table never showed the three members');
    expect(tableRows(table).some((row) => row.includes('Iran'))).to.equal(true);
    expect(gallery('stat').data).to.equal(preview().data);
    // The importer was loaded for it.
    expect(requested('/src/import/').length).to.be.greaterThan(0);
  });

  it("imports the map's own CSV download back to the same members and values", () => {
    const original = preview().data!;
    const csv = (preview() as Widget & { toCSV(): string }).toCSV();
    const { dataset } = importTable(csv, { name: original.network.name });
    const shape = (set: Dataset) =>
      set.members.map((member) => [member.country, set.regions.find((region) => region.id === member.region)?.name, member.values]);
    expect(shape(dataset!)).to.deep.equal(shape(original));
  });

  it('offers the imported metric, and a snippet with the data inline that shows the same members', async () => {
    const metric = $<HTMLSelectElement>('#options [name="metric"]');
    expect([...metric.options].map((option) => option.value)).to.include('virtual-students');
    const widget = $<HTMLSelectElement>('#options [name="widget"]');
    widget.value = 'table';
    widget.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => preview().localName === 'netreach-table', 'the preview is not the table');

    const script = text('#snippet-script');
    expect(script).to.contain('<script type="application/json">{"version":1');
    expect(script).to.not.contain(' src="../data'); // the element loads nothing
    expect(text('#snippet-npm')).to.contain('<script type="application/json">');
    expect(text('#snippet-iframe')).to.match(
      /^<!-- network\.json: your dataset .* -->\n<iframe src="[^"]*embed\.html\?widget=table&amp;src=network\.json"/,
    );
    // The frame is named by what it shows, for a screen reader on the embedding page.
    const network = (preview() as Widget).data!.network;
    expect(text('#snippet-iframe')).to.contain(` title="${network.shortName ?? network.name}: table"`);

    // The element, as a page gets it (parsed, not run: the inline JSON is data), shows the data on this page.
    const parsed = new DOMParser().parseFromString(script, 'text/html').querySelector('netreach-table')!;
    const copy = document.importNode(parsed, true) as Widget;
    document.body.append(copy);
    try {
      await waitUntil(
        () => copy.state === 'ready' && tableRows(copy).length === 3,
        () => `the inline snippet's table is ${copy.state}`,
      );
      expect(tableRows(copy)).to.deep.equal(tableRows(preview()));
    } finally {
      copy.remove();
    }
  });

  it('stops at an unknown country, names its row, cell and closest countries, and changes no widget', async () => {
    const before = preview().data;
    const beforeRows = tableRows(gallery('table'));
    await paste(`${SHEET}\nAtlantis\tAfrica\t5`);
    await waitUntil(
      () => text('#import-status').startsWith('Not imported'),
      () => `status: ${text('#import-status')}`,
    );
    expect(text('#import-status')).to.match(
      /^Not imported: 1 problem, and the widgets keep the last data\. row 5, column A \("Country"\): no country matches "Atlantis"; the closest are /,
    );
    const problems = [...doc().querySelectorAll('#import-report .problems li')].map((item) => item.textContent ?? '');
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^row 5, column A \("Country"\): no country matches "Atlantis"; the closest are .+ \([A-Z]{3}\)/);
    expect(preview().data).to.equal(before);
    expect(tableRows(gallery('table'))).to.deep.equal(beforeRows);
    expect($<HTMLButtonElement>('#download-json').disabled).to.equal(false); // the last good data is still there
  });

  it("words its advice as this page's fields, and follows a column's role given under Columns", async () => {
    await paste('Place\tStudents\nIran\t5\nEgypt\t7');
    await waitUntil(
      () => text('#import-status').startsWith('Not imported'),
      () => `status: ${text('#import-status')}`,
    );
    expect(text('#import-report .problems')).to.contain('name it with the role "country" under Columns');
    expect(text('#import-report')).to.not.contain('--');
    const role = [...doc().querySelectorAll<HTMLLabelElement>('#import-report .columns label')]
      .find((label) => label.textContent!.startsWith('A "Place"'))!
      .querySelector('select')!;
    role.value = 'country';
    role.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(
      () => text('#import-status').startsWith('Imported'),
      () => `status: ${text('#import-status')}`,
    );
    await waitUntil(() => tableRows(gallery('table')).length === 2, 'the widgets never showed the two members');
    expect(preview().data!.members.map((member) => member.country)).to.deep.equal(['IRN', 'EGY']);
  });

  it('says in words how it read each column: a name in another language, translations, figures', async () => {
    await paste(
      'University\tUniversity (fa)\tOur translations\tCountry\tRegion\tRegion (fa)\tStudents\n' +
        'University of Tehran\tدانشگاه تهران\ten\tIran\tAsia\tآسیا\t5',
    );
    await waitUntil(
      () => text('#import-status').startsWith('Imported'),
      () => `status: ${text('#import-status')}`,
    );
    const read = [...doc().querySelectorAll('#import-report .columns select')].map((select) => select.querySelector('option')!.textContent);
    expect(read).to.deep.equal([
      'as recognised: university',
      "as recognised: university's name in Persian (fa)",
      'as recognised: which names were translated for the dataset',
      'as recognised: country',
      'as recognised: region',
      "as recognised: region's name in Persian (fa)",
      'as recognised: figures: metric "Students" (students)',
    ]);
    const choices = [...doc().querySelector('#import-report .columns select')!.querySelectorAll('option')].slice(1);
    expect(choices.map((option) => option.textContent)).to.deep.equal([
      'country',
      'region',
      'year joined',
      // A member's `by` (docs/IMPORT.md): a column can be given that role by hand, as --by does.
      'listed by (source or inference)',
      'university',
      "university's city",
      "university's website",
      'leave out',
    ]);
    expect(preview().data!.regions[0]!.names).to.deep.equal({ fa: 'آسیا' });
  });

  it('names a short text column once with "leave out", and says why Kosovo cannot be a member', async () => {
    await paste('Country\tStudents\tContact person\nIran\t5\tAli\nKosovo\t3\t\nEgypt\t7\tMona');
    await waitUntil(
      () => text('#import-status').startsWith('Not imported'),
      () => `status: ${text('#import-status')}`,
    );
    const problems = [...doc().querySelectorAll('#import-report .problems li')].map((item) => item.textContent);
    expect(problems).to.deep.equal([
      'column C ("Contact person"): 2 of its 2 cells are text, not numbers (rows 2, 4): if it is not a metric, leave it out with the role "leave out" under Columns',
      'row 3, column A ("Country"): "Kosovo" is Kosovo, which has no ISO 3166-1 code (XK is only user-assigned): datasets take ISO countries only, and the map has no shape for it; leave its row out',
    ]);
    const role = [...doc().querySelectorAll<HTMLLabelElement>('#import-report .columns label')]
      .find((label) => label.textContent!.startsWith('C "Contact person"'))!
      .querySelector('select')!;
    role.value = 'ignore';
    role.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(
      () => [...doc().querySelectorAll('#import-report .problems li')].length === 1,
      () => `problems: ${text('#import-report .problems')}`,
    );
    await paste('Country\tStudents\tContact person\nIran\t5\tAli\nEgypt\t7\tMona');
    await waitUntil(
      () => text('#import-status').startsWith('Imported'),
      () => `status: ${text('#import-status')}`,
    );
    expect(preview().data!.members.map((member) => member.country)).to.deep.equal(['IRN', 'EGY']);
  });

  it('takes cells pasted anywhere on the page', async () => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', 'Country\nPakistan\nMalaysia\nQatar\nBahrain');
    doc().body.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData }));
    expect($<HTMLTextAreaElement>('#sheet').value).to.equal('Country\nPakistan\nMalaysia\nQatar\nBahrain');
    await waitUntil(() => preview().data?.members.length === 4, 'the paste was not imported');
    expect(text('#import-status')).to.contain('4 members');
  });

  it('reads a dropped TSV file (tab-separated even with one column), and refuses one that is not UTF-8', async () => {
    const drop = (file: File) => {
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(file);
      $('#drop').dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer }));
    };
    drop(new File(['Country\nKorea, Republic of\nNederland\n'], 'members.tsv', { type: 'text/tab-separated-values' }));
    await waitUntil(
      () => preview().data?.members.length === 2,
      () => `status: ${text('#import-status')}`,
    );
    expect(preview().data!.members.map((member) => member.country)).to.deep.equal(['KOR', 'NLD']);
    expect(text('#import-status')).to.contain('read 2 rows of members.tsv (tab-separated)');
    expect($<HTMLSelectElement>('#delimiter').value).to.equal('tab');

    const before = preview().data;
    drop(new File([new Uint8Array([0x43, 0x6f, 0x75, 0x6e, 0x74, 0x72, 0x79, 0x0a, 0x43, 0xf4, 0x74, 0x65])], 'latin1.csv'));
    await waitUntil(
      () => text('#import-status').startsWith('Not imported'),
      () => `status: ${text('#import-status')}`,
    );
    expect(text('#import-status')).to.equal(
      'Not imported: latin1.csv is not UTF-8 text: save it as "CSV UTF-8" (Excel) or with the UTF-8 character set (LibreOffice).',
    );
    expect(preview().data).to.equal(before);
  });

  it('downloads the dataset as JSON that the widgets accept', async () => {
    const win = frame.contentWindow as Window & typeof globalThis;
    let saved: Blob | undefined;
    let name = '';
    const { createObjectURL } = win.URL;
    win.URL.createObjectURL = (blob: Blob) => {
      saved = blob;
      return createObjectURL(new Blob([]));
    };
    const click = win.HTMLAnchorElement.prototype.click;
    win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      name = this.download;
    };
    try {
      $<HTMLButtonElement>('#download-json').click();
    } finally {
      win.URL.createObjectURL = createObjectURL;
      win.HTMLAnchorElement.prototype.click = click;
    }
    expect(name).to.equal('network.json');
    const dataset = JSON.parse(await saved!.text()) as Dataset;
    expect(dataset.members.map((member) => member.country)).to.deep.equal(['KOR', 'NLD']);
  });

  it('prints each snippet flush with its block: the first line starts where the others do', async () => {
    for (const id of ['#snippet-script', '#snippet-iframe', '#snippet-npm']) {
      const code = $(id);
      const node = code.firstChild!;
      const content = node.textContent ?? '';
      expect(content, id).to.match(/^\S/);
      /** The left edge of the character at `index` as drawn. */
      const left = (index: number) => {
        const range = doc().createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        return range.getBoundingClientRect().left;
      };
      const second = content.indexOf('\n') + 1;
      expect(second, `${id} has one line`).to.be.above(0);
      expect(left(0), id).to.be.closeTo(left(second), 0.5);
      // And at the block's own padding edge: the code adds no indent of its own.
      const pre = code.parentElement!;
      const padding = parseFloat(getComputedStyle(pre).paddingLeft) + parseFloat(getComputedStyle(pre).borderLeftWidth);
      expect(left(0), id).to.be.closeTo(pre.getBoundingClientRect().left + padding, 0.5);
    }
  });

  it("takes the sources, what each gives and the network's name in another language: the widgets cite them", async () => {
    await paste(SHEET);
    await waitUntil(() => preview().data?.members.length === 3, 'the preview never got the data');
    const source = (field: string) => `#source-list .source:first-child [data-field="${field}"]`;
    expect(text('#import-report')).to.contain(
      'no sources: the widgets will show its figures without one (add them with the Sources fields)',
    );
    // A figure it gives needs its year: the source's date.
    type('#source-list .source:first-child input[data-metric="virtual-students"]', '124,500');
    await waitUntil(() => text('#import-status').startsWith('Not imported'), 'a total with no year was taken');
    expect(text('#import-report .problems')).to.contain(
      'Source 1: give its date (at least the year): the figures it gives are dated by it',
    );
    type(source('title'), 'گزارش سالانه');
    type(source('publisher'), 'Public Relations');
    type(source('publisher-language'), 'fa');
    type(source('publisher-other'), 'روابط عمومی');
    type(source('url'), 'https://example.org/report');
    type(source('date'), '2024-05-31');
    type(source('language'), 'fa');
    type(source('note'), 'The regions are the continents, assigned by us.');
    const list = $<HTMLInputElement>('#source-list .source:first-child input[data-backs="countries"]');
    list.checked = true;
    list.dispatchEvent(new Event('change', { bubbles: true }));
    type('#network-name-language', 'fa');
    type('#network-name-other', 'شبکه آزمون');
    await waitUntil(
      () => preview().data?.network.names?.fa === 'شبکه آزمون' && preview().data?.totals?.length === 2,
      () => `not imported: ${text('#import-status')} ${text('#import-report')}`,
    );
    const data = preview().data!;
    expect(JSON.parse(JSON.stringify(data.sources))).to.deep.equal([
      {
        id: 'source-1',
        title: 'گزارش سالانه',
        publisher: 'Public Relations',
        publishers: { fa: 'روابط عمومی' },
        date: '2024-05-31',
        url: 'https://example.org/report',
        language: 'fa',
        note: 'The regions are the continents, assigned by us.',
      },
    ]);
    expect(JSON.parse(JSON.stringify(data.totals))).to.deep.equal([
      { metric: 'countries', year: 2024, value: 3, source: 'source-1' },
      { metric: 'virtual-students', year: 2024, value: 124500, source: 'source-1' },
    ]);
    expect(validateDataset(JSON.parse(JSON.stringify(data))).network.names).to.deep.equal({ fa: 'شبکه آزمون' });
    // The source ticked as giving the list is the list's source too.
    expect(JSON.parse(JSON.stringify(data.listing))).to.deep.equal({ source: 'source-1' });
    // What each widget prints: its source, in the reader's language; the snippet carries them.
    const sourceLine = (widget: Widget) => widget.shadowRoot!.querySelector('[part="source"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    await waitUntil(
      () => sourceLine(gallery('map')).includes('Public Relations'),
      () => sourceLine(gallery('map')),
    );
    for (const widget of ['stat', 'map', 'table']) expect(sourceLine(gallery(widget)), widget).to.contain('Public Relations');
    // The members' figures cite no source until one is ticked as giving them (the metric's source): the table says so.
    expect(sourceLine(gallery('table'))).to.contain('Virtual students: no source given in the data');
    const figures = $<HTMLInputElement>('#source-list .source:first-child input[data-backs="figures:virtual-students"]');
    figures.checked = true;
    figures.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(
      () => preview().data?.metrics?.[0]?.source === 'source-1' && !sourceLine(gallery('table')).includes('no source given'),
      () => `${text('#import-report')} ${sourceLine(gallery('table'))}`,
    );
    expect(sourceLine(gallery('table'))).to.contain('Public Relations');
    expect(text('#snippet-script')).to.contain('"publishers":{"fa":"روابط عمومی"}');
    expect(text('#snippet-script')).to.contain('"names":{"fa":"شبکه آزمون"}');
    // An importer's message about a source is in the page's words, not a sheet's row and column.
    type(source('url'), 'not a link');
    await waitUntil(() => text('#import-status').startsWith('Not imported'), 'a source with no link was taken');
    expect(text('#import-report .problems')).to.match(/^Source 1/);
    expect(text('#import-report')).to.not.contain('sheet');
    type(source('url'), 'https://example.org/report');
    await waitUntil(
      () => text('#import-status').startsWith('Imported'),
      () => text('#import-report'),
    );
  });

  it('says what the sources do not: a list "such as", regions assigned for the dataset, "more than", a period', async () => {
    await paste('Country\tRegion\tدانشجویان\nIran\tAsia\t12000\nTürkiye\tAsia\t8000\nEgypt\tAfrica\t5000\nSenegal\tAfrica\t');
    await waitUntil(
      () => preview().data?.members.length === 4,
      () => text('#import-report'),
    );
    // A header without Latin letters: the note names the id it got, and the Columns list takes one.
    expect(text('#import-report')).to.contain(
      'the metric\'s id is "metric-1" (metric="metric-1" in snippets; choose another with the metric\'s id under Columns)',
    );
    expect(text('#import-report')).to.contain('the widgets will not say how the members were put in regions');
    type('#import-report input[data-metric-id="دانشجویان"]', 'students');
    await waitUntil(
      () => preview().data?.metrics?.[0]?.id === 'students',
      () => text('#import-report'),
    );
    type('#listing-extent', 'examples');
    type('#regions-by', 'continents');
    type('#regions-note', 'We put each country in its continent.');
    type('#regions-note-language', 'fa');
    type('#regions-note-other', 'هر کشور را در قارهٔ آن گذاشتیم.');
    const first = (selector: string) => `#source-list .source:first-child ${selector}`;
    type(first('[data-field="date"]'), '2021-10-20');
    type(first('[data-field="note"]'), 'Names four members "such as".');
    type(first('input[data-backs="countries"]'), true);
    type(first('input[data-backs="regions"]'), true);
    type(first('input[data-metric="students"]'), '30,000,000');
    type(first('select[data-qualifier="students"]'), 'more than');
    // A second source gives a figure of a period in its words, with no date of its own: the period dates it.
    $('#add-source').click();
    const second = (selector: string) => `#source-list .source:nth-child(2) ${selector}`;
    type(second('[data-field="title"]'), 'Earlier report');
    type(second('input[data-metric="students"]'), '8,000,000');
    type(second('input[data-when="students"]'), 'before the pandemic');
    await waitUntil(
      () => text('#import-report').includes('give a year to put “before the pandemic” in order'),
      () => text('#import-report'),
    );
    type(second('input[data-sort-year="students"]'), '2019');
    await waitUntil(
      () => preview().data?.totals?.length === 2,
      () => `not imported: ${text('#import-status')} ${text('#import-report')}`,
    );
    const data = JSON.parse(JSON.stringify(preview().data)) as Dataset;
    expect(data.listing).to.deep.equal({ extent: 'examples', source: 'source-1' });
    expect(data.regionAssignment).to.deep.equal({
      by: 'continents',
      source: 'source-1',
      note: 'We put each country in its continent.',
      notes: { fa: 'هر کشور را در قارهٔ آن گذاشتیم.' },
    });
    // No count of all for a list of examples: the ticked source cites the list.
    expect(data.totals).to.deep.equal([
      { metric: 'students', year: 2021, value: 30000000, source: 'source-1', qualifier: 'more-than' },
      { metric: 'students', period: { label: 'before the pandemic', sortYear: 2019 }, value: 8000000, source: 'source-2' },
    ]);
    expect(text('#import-report')).to.not.contain('no source cites the list');
    // What the widgets say of it.
    await waitUntil(
      () => shown(gallery('stat')).includes('more than'),
      () => shown(gallery('stat')),
    );
    expect(shown(gallery('stat'))).to.contain('more than 30');
    expect(shown(gallery('regions'))).to.contain('The regions are continents, assigned for this dataset');
    expect(shown(gallery('map'))).to.contain('(“such as”)');
    // Regions drawn up for the dataset, not continents: the importer's own word, said as such.
    type('#regions-by', 'dataset');
    await waitUntil(
      () => preview().data?.regionAssignment?.by === 'dataset',
      () => text('#import-report'),
    );
    await waitUntil(
      () => shown(gallery('regions')).includes('The regions were drawn up for this dataset: the sources give none.'),
      () => shown(gallery('regions')),
    );
    expect(shown(gallery('regions'))).to.not.match(/continents/i);
    type('#regions-by', 'continents');
    // A list of some offers the number of all under its source.
    type('#listing-extent', 'partial');
    await waitUntil(() => doc().querySelector(first('input[data-metric="countries"]')) !== null, 'no count of all offered');
    type(first('input[data-metric="countries"]'), '30');
    await waitUntil(
      () => preview().data?.listing?.extent === 'partial' && preview().data?.totals?.length === 3,
      () => text('#import-report'),
    );
    expect(JSON.parse(JSON.stringify(preview().data!.totals![0]))).to.deep.equal({
      metric: 'countries',
      year: 2021,
      value: 30,
      source: 'source-1',
    });
    type('#listing-extent', '');
    type('#regions-by', '');
    type('#regions-note', '');
    type('#regions-note-other', '');
    $<HTMLButtonElement>('#source-list .source:nth-child(2) button').click();
  });

  it('forgets the data when the cells are emptied', async () => {
    await paste('');
    await waitUntil(() => $('#gallery').hidden, 'the gallery is still shown');
    expect($<HTMLSelectElement>('#options [name="dataset"]').value).to.equal('');
    expect([...$<HTMLSelectElement>('#options [name="dataset"]').options].map((option) => option.value)).to.not.include('imported');
    await waitUntil(() => preview().state === 'ready' && tableRows(preview()).length === 57, 'the preview is not back to CINVU');
    expect($<HTMLButtonElement>('#download-json').disabled).to.equal(true);
    expect(text('#snippet-script')).to.not.contain('application/json');
  });
});
