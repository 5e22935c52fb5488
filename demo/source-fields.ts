/**
 * The configurator's "Sources": a few fields per source (title, publisher and its name in another language, link,
 * date, the document's language, a note) and what it gives (the list of members, the regions the members were put
 * in, the members' figures of a metric, a metric's total with its qualifier, dated by the source's year or by a year or period of its own). The page
 * writes them as the command line's sources and totals sheets (`--sources`, `--totals`), which the importer reads
 * as it reads those: one parser, one normalisation, one set of messages — put back in this page's words here.
 */

/** A metric of the imported sheet, which a source may give the total of. */
export interface SourceMetric {
  id: string;
  label: string;
}

export interface SourceSheets {
  /** The sources sheet's text, none when no source is given. */
  sources?: string;
  /** The totals sheet's text (what each source gives), none when no source gives anything. */
  totals?: string;
  /** What the fields lack before the importer can read them (a figure with no year to date it). */
  problems: string[];
  /** The source that lists the members (`--listing-source`). */
  listingSource?: string;
  /** The source the regions follow (`--regions-source`). */
  regionsSource?: string;
  /** An importer's message about these sheets ("sources sheet, row 2, column B (…)"), in the page's words. */
  reword(message: string): string;
}

export interface SourceFields {
  /**
   * The sheets for a members sheet of `members` countries: a source that gives the list is the listing's source and,
   * when the list is the whole, gives their number (a `countries` total); of a list of some (`extent` partial or
   * examples) the number in all is a figure of its own.
   */
  sheets(members: number, extent: string): SourceSheets;
  /** How much of the whole the list is ("" complete, "partial", "examples"): a list of some offers a count of all. */
  setExtent(extent: string): void;
  /** The metrics the imported sheet has: each source offers their totals. */
  setMetrics(metrics: readonly SourceMetric[]): void;
}

/** The sources sheet's columns, as docs/IMPORT.md lists them, and the fields that fill them. */
const FIELDS = [
  ['title', 'Title', 'Annual report 2024'],
  ['publisher', 'Publisher', 'The network’s secretariat'],
  ['publisher-language', 'Publisher’s name in another language: its language tag', 'fa'],
  ['publisher-other', 'and the name in it', ''],
  ['url', 'Link', 'https://example.org/report'],
  ['date', 'Date (2024, or 2024-05-31)', '2024-05-31'],
  ['language', 'The document’s language tag', 'fa'],
] as const;

type Field = (typeof FIELDS)[number][0] | 'note';

/** A total's qualifier, as a totals sheet writes it (`more than`…), and in the page's words. */
const QUALIFIERS = [
  ['', 'as given'],
  ['more than', 'more than'],
  ['at least', 'at least'],
  ['about', 'about'],
] as const;

/** The count of all the countries, which a source of a list of some may give. */
const COUNTRIES: SourceMetric = { id: 'countries', label: 'Member countries, in all' };

const csvLine = (cells: readonly string[]) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');

/** Wires the fields; `changed` runs when any changes (the page imports again). */
export function sourceFields(changed: () => void): SourceFields {
  const list = document.querySelector<HTMLElement>('#source-list')!;
  let metrics: readonly SourceMetric[] = [];
  let extent = '';

  function block(): HTMLElement {
    const source = document.createElement('fieldset');
    source.className = 'source';
    source.append(document.createElement('legend'));
    for (const [field, label, placeholder] of FIELDS) {
      const input = document.createElement('input');
      input.dataset.field = field;
      input.autocomplete = 'off';
      input.placeholder = placeholder;
      if (field === 'url') input.type = 'url';
      if (field === 'publisher-other' || field === 'title' || field === 'publisher') input.dir = 'auto';
      source.append(labelled(label, input));
    }
    const note = document.createElement('textarea');
    note.dataset.field = 'note';
    note.rows = 2;
    note.dir = 'auto';
    note.placeholder = 'The members as of May 2024; the regions are the continents, assigned by us.';
    const noteLabel = labelled('Note: what it gives, and how figures were derived (how the regions were assigned…)', note);
    noteLabel.classList.add('whole');
    const backs = document.createElement('div');
    backs.className = 'backs whole';
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = 'Remove this source';
    remove.addEventListener('click', () => {
      source.remove();
      if (!list.children.length) list.append(block());
      number();
      changed();
    });
    source.append(noteLabel, backs, remove);
    renderBacks(source);
    return source;
  }

  /** A checkbox "It gives …", kept across renders. */
  function tick(backs: HTMLElement, what: string, text: string): HTMLLabelElement {
    const box = backs.querySelector<HTMLInputElement>(`input[data-backs="${what}"]`) ?? document.createElement('input');
    box.type = 'checkbox';
    box.dataset.backs = what;
    const label = labelled(text, box);
    label.prepend(box);
    return label;
  }

  /**
   * "It gives": the list of members, the regions, and a total for each metric (its figure, its qualifier, and the
   * year or the period it is of when not the source's year), keeping what was given.
   */
  function renderBacks(source: HTMLElement): void {
    const backs = source.querySelector<HTMLElement>('.backs')!;
    const kept = (selector: string) =>
      new Map([...backs.querySelectorAll<HTMLInputElement | HTMLSelectElement>(selector)].map((input) => [input.dataset.total!, input]));
    const old = {
      value: kept('[data-metric]'),
      qualifier: kept('[data-qualifier]'),
      when: kept('[data-when]'),
      sort: kept('[data-sort-year]'),
    };
    const parts: Node[] = [
      tick(
        backs,
        'countries',
        extent ? 'It gives the list of members, or some of them (as of its date)' : 'It gives the list of members (as of its date)',
      ),
      tick(backs, 'regions', 'The regions follow it (it says which country is where, or what they were assigned by)'),
      // The members' figures of a metric (the metric's `source`): the sources sheet's "figures" column.
      ...metrics.map((metric) => tick(backs, `figures:${metric.id}`, `It gives the members’ figures of “${metric.label}”`)),
    ];
    for (const metric of extent ? [COUNTRIES, ...metrics] : metrics) {
      const field = (tag: 'input' | 'select', key: 'value' | 'qualifier' | 'when' | 'sort') => {
        const element = old[key].get(metric.id) ?? document.createElement(tag);
        element.dataset.total = metric.id;
        return element;
      };
      /** A text field of the total, `data-<name>` naming its metric. */
      const input = (key: 'value' | 'when' | 'sort', name: string, size: number, placeholder: string, mode = '') => {
        const element = field('input', key) as HTMLInputElement;
        element.dataset[name] = metric.id;
        element.size = size;
        element.placeholder = placeholder;
        if (mode) element.inputMode = mode;
        else element.dir = 'auto';
        return element;
      };
      const value = input('value', 'metric', 10, '12,000', 'decimal');
      const qualifier = field('select', 'qualifier') as HTMLSelectElement;
      qualifier.dataset.qualifier = metric.id;
      if (!qualifier.options.length) qualifier.append(...QUALIFIERS.map(([word, text]) => new Option(text, word)));
      const when = input('when', 'when', 16, 'its year');
      const sort = input('sort', 'sortYear', 5, '2019', 'numeric');
      const line = document.createElement('div');
      line.className = 'total';
      line.append(
        labelled(`It gives the total of “${metric.label}”`, qualifier),
        value,
        labelled('of the year, or the period in its words', when),
        labelled('and for a period, a year to put it in order (never shown)', sort),
      );
      parts.push(line);
    }
    backs.replaceChildren(...parts);
  }

  function number(): void {
    [...list.children].forEach((source, index) => (source.querySelector('legend')!.textContent = `Source ${index + 1}`));
  }

  list.append(block());
  number();
  list.addEventListener('input', (event) => {
    if ((event.target as Element).matches('textarea, input:not([type="checkbox"])')) {
      clearTimeout(typing);
      typing = setTimeout(changed, 300);
    }
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  list.addEventListener('change', changed);
  document.querySelector('#add-source')!.addEventListener('click', () => {
    const added = list.appendChild(block());
    number();
    added.querySelector('input')!.focus();
  });

  return {
    setExtent(next) {
      if (next === extent) return;
      extent = next;
      for (const source of list.children) renderBacks(source as HTMLElement);
    },
    setMetrics(next) {
      if (
        next.map((metric) => `${metric.id} ${metric.label}`).join('\n') ===
        metrics.map((metric) => `${metric.id} ${metric.label}`).join('\n')
      )
        return;
      metrics = next;
      for (const source of list.children) renderBacks(source as HTMLElement);
    },
    sheets(members, wholeOrSome) {
      const some = wholeOrSome !== '' && wholeOrSome !== 'complete';
      let listingSource: string | undefined;
      let regionsSource: string | undefined;
      const sources: string[][] = [];
      const totals: string[][] = [];
      const problems: string[] = [];
      /** By sheet row (the header is row 1): the source's number on the page, and what a totals row is. */
      const sourceRows: number[] = [];
      const totalRows: string[] = [];
      const tags = new Set<string>();
      const filled = [...list.children].map((source, index) => {
        const value = (field: Field) => source.querySelector<HTMLInputElement>(`[data-field="${field}"]`)!.value.trim();
        const tag = value('publisher-language');
        if (tag && value('publisher-other')) tags.add(tag);
        return { source, index, value };
      });
      const publisherColumns = [...tags];
      for (const { source, index, value } of filled) {
        const fields = FIELDS.map(([field]) => value(field)).concat(value('note'));
        const ticked = (what: string) => source.querySelector<HTMLInputElement>(`input[data-backs="${what}"]`)!.checked;
        const regions = ticked('regions');
        // A list of some is the listing's: its number in all, if the source gives it, is a figure of its own.
        const list = ticked('countries') && !some;
        const figures = [...source.querySelectorAll<HTMLInputElement>('input[data-metric]')].filter((input) => input.value.trim());
        const ofMembers = metrics.filter((metric) => ticked(`figures:${metric.id}`)).map((metric) => metric.id);
        if (!fields.some(Boolean) && !ticked('countries') && !regions && !figures.length && !ofMembers.length) continue;
        const id = `source-${index + 1}`;
        if (ticked('countries')) listingSource ??= id;
        if (regions) regionsSource ??= id;
        const tag = value('publisher-language');
        sources.push([
          id,
          value('title'),
          value('publisher'),
          ...publisherColumns.map((column) => (column === tag ? value('publisher-other') : '')),
          value('date'),
          value('url'),
          value('language'),
          value('note'),
          ofMembers.join(', '),
        ]);
        sourceRows.push(index + 1);
        if (!list && !figures.length) continue;
        const year = /^\d{4}/.exec(value('date'))?.[0];
        const dated = figures.map((input) => {
          const total = input.dataset.metric!;
          const of = (field: string) => source.querySelector<HTMLInputElement>(`[data-${field}="${total}"]`)!.value.trim();
          const what = `Source ${index + 1}'s total of “${[COUNTRIES, ...metrics].find((entry) => entry.id === total)?.label ?? total}”`;
          // Of a year of its own ("2021"), of a period in the source's words, or of the source's year.
          const when = of('when');
          const [ownYear, period] = /^[0-9۰-۹٠-٩]{4}$/.test(when) ? [when, ''] : ['', when];
          if (period && !of('sort-year')) problems.push(`${what}: give a year to put “${period}” in order among the figures`);
          return {
            input,
            total,
            what,
            year: period ? '' : ownYear || year || '',
            period,
            sortYear: period ? of('sort-year') : '',
            qualifier: of('qualifier'),
          };
        });
        if ((list || dated.some((entry) => !entry.year && !entry.period)) && !year) {
          problems.push(`Source ${index + 1}: give its date (at least the year): the figures it gives are dated by it`);
          continue;
        }
        if (list) {
          totals.push(['countries', year!, '', '', String(members), '', id]);
          totalRows.push(`source ${index + 1}'s list of members`);
        }
        for (const entry of dated) {
          totals.push([entry.total, entry.year, entry.period, entry.sortYear, entry.input.value.trim(), entry.qualifier, id]);
          totalRows.push(entry.what.replace(/^S/, 's'));
        }
      }
      const header = [
        'id',
        'title',
        'publisher',
        ...publisherColumns.map((tag) => `publisher (${tag})`),
        'date',
        'url',
        'language',
        'note',
        'figures',
      ];
      const sheet = (head: string[], rows: string[][]) => [head, ...rows].map(csvLine).join('\n');
      return {
        sources: sources.length ? sheet(header, sources) : undefined,
        totals: totals.length ? sheet(['metric', 'year', 'period', 'sort year', 'value', 'qualifier', 'source'], totals) : undefined,
        problems,
        listingSource,
        regionsSource,
        reword: (message) =>
          message
            .replace(
              /^sources sheet, row (\d+)(?:, column [A-Z]+ \("([^"]*)"\))?/,
              (_, row: string, column?: string) => `Source ${sourceRows[+row - 2]}${column ? `, its ${column}` : ''}`,
            )
            .replace(
              /^totals sheet, row (\d+)(?:, column [A-Z]+ \("([^"]*)"\))?/,
              (_, row: string) => `${totalRows[+row - 2]?.replace(/^s/, 'S')}`,
            ),
      };
    },
  };
}

function labelled(text: string, input: HTMLElement): HTMLLabelElement {
  const label = document.createElement('label');
  label.append(`${text} `, input);
  return label;
}
