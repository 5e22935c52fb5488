/**
 * The configurator's "Your data": cells pasted from a spreadsheet, or a CSV or TSV file dropped or chosen, made
 * into a dataset by the importer — loaded with `import()` the first time someone brings data, so that no widget
 * bundle and no visit that brings none pays for it — with its match report beside the cells.
 *
 * A sheet with any problem changes nothing the widgets show: the report names each problem (row, column, cell,
 * the closest countries) and the last good dataset stays. An empty sheet forgets the imported data.
 */
import type { ColumnReport, ImportOptions, ImportResult, OptionHint } from '../src/import/index.js';
import type { Dataset } from '../src/core/types.js';
import { sourceFields } from './source-fields.js';

type Importer = typeof import('../src/import/index.js');

/** The roles a column can be given by hand, as the command line's flags give them (`--country`, `--ignore`…). */
const ROLES = ['country', 'region', 'joined', 'by', 'university', 'city', 'url'] as const;
type Role = (typeof ROLES)[number] | 'ignore';

const DELIMITERS = { tab: '\t', comma: ',', semicolon: ';' } as const;

/**
 * The roles in words a webmaster reads (the page is in English): the options of a column's select, and its advice —
 * the words the importer's own messages use, from the importer once loaded (nothing asks for them before).
 */
let ROLE_WORDS: Importer['ROLE_WORDS'];

let languageNames: Intl.DisplayNames | undefined;

/** How a column was read, in words: "university's name in Persian (fa)", "figures of “Students”". */
function columnRole({ role, language, metric, header }: ColumnReport): string {
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
  const inLanguage = language ? ` in ${languageNames.of(language) ?? language} (${language})` : '';
  if (role === 'names') return `university's name${inLanguage}`;
  if (role === 'regionNames') return `region's name${inLanguage}`;
  if (role === 'ourTranslations') return 'which names were translated for the dataset';
  if (role === 'metric') return `figures: metric "${header}" (${metric})`;
  if (role === 'ignored') return 'left out';
  return role === 'countryName' ? 'country' : ROLE_WORDS[role];
}

/** The importer's advice in this page's words: its fields, not the command line's flags. */
const FORM_HINT: OptionHint = (option, value) => {
  if (option === 'name') return 'the "Network name" field';
  if (option === 'name-in') return 'the "Name in another language" fields';
  if (option === 'decimal') return `the decimal mark "${value}"`;
  if (option === 'sources') return 'the Sources fields';
  // The totals of a source's figures: "the list of members" (`countries`) or a metric's total, ticked under it.
  if (option === 'totals' && value === 'countries in all') return 'the total of "Member countries, in all" under its source';
  if (option === 'totals') return `"It gives the list of members" under its source`;
  if (option === 'listing') return '"The list is"';
  if (option === 'listing-by') return '"Which countries they are is inferred"';
  if (option === 'regions-by') return '"The regions" under The list';
  if (option === 'regions-note') return '"How the regions were assigned"';
  if (option === 'listing-source') return '"It gives the list of members" under its source';
  if (option === 'regions-source') return '"The regions follow it" under its source';
  if (option === 'regions-note-in') return '"The note in another language"';
  if (option === 'metric-id') return "the metric's id under Columns";
  return `the role "${ROLE_WORDS[option as Role] ?? option}" under Columns`;
};

export interface ImportPanel {
  /** The imported dataset, and the file name it downloads as; undefined before an import or once forgotten. */
  readonly current: { dataset: Dataset; file: string } | undefined;
}

/**
 * Wires the panel. `changed` is called with each new dataset (and with undefined when the sheet is emptied);
 * never for a sheet with problems.
 */
export function importPanel(changed: (data: ImportPanel['current']) => void): ImportPanel {
  const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
  const sheet = $<HTMLTextAreaElement>('#sheet');
  const fileInput = $<HTMLInputElement>('#sheet-file');
  const drop = $<HTMLElement>('#drop');
  const name = $<HTMLInputElement>('#network-name');
  const otherLanguage = $<HTMLInputElement>('#network-name-language');
  const otherName = $<HTMLInputElement>('#network-name-other');
  const delimiter = $<HTMLSelectElement>('#delimiter');
  const decimal = $<HTMLSelectElement>('#decimal');
  const status = $<HTMLElement>('#import-status');
  const extent = $<HTMLSelectElement>('#listing-extent');
  const inferred = $<HTMLInputElement>('#listing-inferred');
  const regionsBy = $<HTMLSelectElement>('#regions-by');
  const regionsNote = $<HTMLTextAreaElement>('#regions-note');
  const noteLanguage = $<HTMLInputElement>('#regions-note-language');
  const noteOther = $<HTMLTextAreaElement>('#regions-note-other');
  const details = $<HTMLElement>('#import-report');

  let importer: Promise<Importer> | undefined;
  let current: ImportPanel['current'];
  /** Which import is the latest: an older one finishing later is dropped. */
  let generation = 0;
  /** Roles given by hand, by column header. */
  const roles = new Map<string, Role>();
  /** Metric ids given by hand, by column header (`--metric-id`). */
  const metricIds = new Map<string, string>();
  /** Where the sheet came from, for the report's first line: typing in it keeps what it was. */
  let source = 'the cells';

  /** The importer, loaded the first time it is needed; undefined (and said) when it cannot be, to try again later. */
  async function load(): Promise<Importer | undefined> {
    try {
      const loaded = await (importer ??= import('../src/import/index.js'));
      ROLE_WORDS = loaded.ROLE_WORDS;
      return loaded;
    } catch (error) {
      importer = undefined;
      status.textContent = `Could not load the importer (${(error as Error).message}): try again.`;
      return undefined;
    }
  }

  async function run(): Promise<void> {
    const mine = ++generation;
    const text = sheet.value;
    if (text.trim() === '') {
      details.replaceChildren();
      status.textContent = current
        ? 'The sheet is empty: the imported data is forgotten, and the widgets show the dataset chosen under Widget options.'
        : 'Nothing imported yet: the widgets show the dataset chosen under Widget options.';
      if (current) changed((current = undefined));
      return;
    }
    if (!importer) status.textContent = 'Loading the importer…';
    const loaded = await load();
    if (!loaded || mine !== generation) return;
    const { importTable, readSheet } = loaded;
    const chosen = delimiter.value as keyof typeof DELIMITERS | '';
    const options: ImportOptions = {
      name: name.value,
      decimal: decimal.value === 'comma' ? 'comma' : 'dot',
      delimiter: chosen ? DELIMITERS[chosen] : undefined,
      hint: FORM_HINT,
      columns: {},
      ignore: [],
    };
    // Roles of columns the sheet no longer has are dropped, not reported: the sheet was edited since.
    const headers = new Set(readSheet(text, options.delimiter).header);
    for (const [header, role] of roles) {
      if (!headers.has(header)) roles.delete(header);
      else if (role === 'ignore') (options.ignore as string[]).push(header);
      else options.columns![role] = header;
    }
    if (otherName.value.trim()) options.names = { [otherLanguage.value.trim()]: otherName.value };
    options.metricIds = Object.fromEntries([...metricIds].filter(([header]) => headers.has(header)));
    sources.setExtent(extent.value);
    // Once for the members (their number, which a source giving the list gives) and metrics (whose totals a
    // source may give), then with the sources and what they give, as the command line's two sheets.
    const members = importTable(text, options);
    if (members.dataset) sources.setMetrics(members.dataset.metrics ?? []);
    const given = sources.sheets(members.dataset?.members.length ?? 0, extent.value);
    // What the list is and how its regions were assigned: the options the command line's --listing… flags give.
    const listing = { extent: extent.value, by: inferred.checked ? 'inference' : '', source: given.listingSource };
    const regions = {
      by: regionsBy.value,
      source: given.regionsSource,
      note: regionsNote.value,
      notes: noteOther.value.trim() ? { [noteLanguage.value.trim()]: noteOther.value } : {},
    };
    const imported = members.dataset
      ? importTable(text, { ...options, sources: given.sources, totals: given.totals, listing, regions })
      : members;
    const problems = [
      ...given.problems.map((message) => ({ code: 'invalid' as const, sheet: 'sources' as const, message })),
      ...imported.problems.map((problem) => ({ ...problem, message: given.reword(problem.message) })),
    ];
    const notes = imported.report.notes.map((note) => ({ ...note, message: given.reword(note.message) }));
    const result: ImportResult = {
      dataset: problems.length ? null : imported.dataset,
      report: { ...imported.report, notes },
      problems,
    };
    show(result, loaded);
    if (result.dataset) {
      current = { dataset: result.dataset, file: `${result.dataset.network.id}.json` };
      changed(current);
    }
  }

  function show(result: ImportResult, { describeMatch, importSummary, matchesToCheck }: Importer): void {
    const parts: Node[] = [];
    if (result.dataset) {
      const { fuzzy, aliases } = matchesToCheck(result.report);
      const check = fuzzy.length ? `; check the ${count(fuzzy.length, 'country', 'countries')} matched by a near name` : '';
      status.textContent = `Imported: ${importSummary(result.report, result.dataset, source)}${check}.`;
      if (fuzzy.length)
        parts.push(
          ...list(
            `Check ${fuzzy.length === 1 ? 'this country' : `these ${fuzzy.length} countries`}, not written exactly as a known name`,
            fuzzy.map(describeMatch),
          ),
        );
      if (aliases.length) parts.push(...list(`Found by another name (${aliases.length})`, aliases.map(describeMatch)));
    } else {
      const problems = result.problems;
      status.textContent =
        `Not imported: ${count(problems.length, 'problem')}` +
        `${current ? ', and the widgets keep the last data' : ''}. ${problems[0]?.message ?? ''}`;
      parts.push(
        ...list(
          `${count(problems.length, 'problem')}: nothing imported`,
          problems.map((problem) => problem.message),
          'problems',
        ),
      );
    }
    if (result.report.notes.length)
      parts.push(
        ...list(
          'Notes',
          result.report.notes.map((note) => note.message),
        ),
      );
    if (result.report.columns.length) parts.push(...columnList(result.report.columns));
    details.replaceChildren(...parts);
  }

  /** The columns as read, each with a select to give it another role (or leave it out). */
  function columnList(columns: ColumnReport[]): Node[] {
    const heading = element('h4', 'Columns');
    const items = element('ul');
    items.className = 'columns';
    for (const column of columns) {
      if (!column.header) continue;
      const item = element('li');
      const label = element('label', `${column.column} ${JSON.stringify(column.header)} `);
      const select = element('select');
      const given = roles.get(column.header);
      select.append(new Option(given ? 'as recognised' : `as recognised: ${columnRole(column)}`, ''));
      for (const role of [...ROLES, 'ignore'] as const) select.append(new Option(ROLE_WORDS[role], role));
      select.value = given ?? '';
      select.addEventListener('change', () => {
        const role = select.value as Role | '';
        // One column per role: giving it to this one takes it from any other.
        for (const [header, other] of roles) if (other === role && role !== 'ignore') roles.delete(header);
        if (role) roles.set(column.header, role);
        else roles.delete(column.header);
        void run();
      });
      label.append(select);
      item.append(label);
      // A metric's id (what a snippet's metric="…" says), made from its header: one of the person's own instead.
      if (column.role === 'metric') {
        const id = element('input');
        id.dataset.metricId = column.header;
        id.size = 14;
        id.placeholder = column.metric ?? '';
        id.value = metricIds.get(column.header) ?? '';
        id.addEventListener('change', () => {
          if (id.value.trim()) metricIds.set(column.header, id.value.trim());
          else metricIds.delete(column.header);
          void run();
        });
        const idLabel = element('label', ' id ');
        idLabel.append(id);
        item.append(idLabel);
      }
      items.append(item);
    }
    return [heading, items];
  }

  async function readFile(file: File): Promise<void> {
    const loaded = await load();
    if (!loaded) return;
    const { decodeSheet } = loaded;
    let text: string;
    try {
      text = decodeSheet(new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      status.textContent = `Not imported: ${file.name} is ${(error as Error).message}.`;
      details.replaceChildren();
      return;
    }
    source = file.name;
    // A .tsv file is tab-separated even when its header has a single column (and so no tab to tell).
    delimiter.value = /\.(tsv|tab)$/i.test(file.name) ? 'tab' : '';
    sheet.value = text;
    await run();
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  sheet.addEventListener('input', (event) => {
    // Pasted cells are read at once; typing, once it pauses.
    const pasted = (event as InputEvent).inputType === 'insertFromPaste';
    if (pasted) source = 'the pasted cells';
    clearTimeout(typing);
    if (pasted) void run();
    else typing = setTimeout(() => void run(), 300);
  });
  for (const input of [
    name,
    delimiter,
    decimal,
    otherLanguage,
    otherName,
    extent,
    inferred,
    regionsBy,
    regionsNote,
    noteLanguage,
    noteOther,
  ])
    input.addEventListener('change', () => void run());
  const sources = sourceFields(() => void run());
  for (const input of [name, otherLanguage, otherName])
    input.addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => void run(), 300);
    });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void readFile(file);
  });
  // Cells pasted anywhere on the page but a field land in the sheet.
  document.addEventListener('paste', (event) => {
    const target = event.target as Element | null;
    if (target?.closest('input, textarea, select, [contenteditable]')) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!text.trim()) return;
    event.preventDefault();
    sheet.value = text;
    source = 'the pasted cells';
    void run();
  });
  for (const zone of [drop, sheet]) {
    zone.addEventListener('dragover', (event) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      drop.classList.add('over');
    });
    zone.addEventListener('dragleave', () => drop.classList.remove('over'));
    zone.addEventListener('drop', (event) => {
      const file = event.dataTransfer?.files[0];
      drop.classList.remove('over');
      if (!file) return;
      event.preventDefault();
      void readFile(file);
    });
  }

  return {
    get current() {
      return current;
    },
  };
}

function count(n: number, word: string, plural = `${word}s`): string {
  return `${n} ${n === 1 ? word : plural}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A heading and a list of lines. */
function list(title: string, lines: string[], className?: string): Node[] {
  const items = element('ul');
  if (className) items.className = className;
  items.append(...lines.map((line) => element('li', line)));
  return [element('h4', title), items];
}
