/**
 * The configurator's "Sources": a few fields per source (title, publisher and its name in another language, link,
 * date, the document's language, a note) and what it gives (the list of members, a metric's total). The page
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
  /** An importer's message about these sheets ("sources sheet, row 2, column B (…)"), in the page's words. */
  reword(message: string): string;
}

export interface SourceFields {
  /** The sheets for a members sheet of `members` countries (the list's total, when a source gives the list). */
  sheets(members: number): SourceSheets;
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

const csvLine = (cells: readonly string[]) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');

/** Wires the fields; `changed` runs when any changes (the page imports again). */
export function sourceFields(changed: () => void): SourceFields {
  const list = document.querySelector<HTMLElement>('#source-list')!;
  let metrics: readonly SourceMetric[] = [];

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

  /** "It gives": the list of members, and a total for each metric, keeping what was given. */
  function renderBacks(source: HTMLElement): void {
    const backs = source.querySelector<HTMLElement>('.backs')!;
    const given = new Map(
      [...backs.querySelectorAll<HTMLInputElement>('input[data-metric]')].map((input) => [input.dataset.metric!, input.value]),
    );
    const list = backs.querySelector<HTMLInputElement>('input[data-backs="countries"]') ?? document.createElement('input');
    list.type = 'checkbox';
    list.dataset.backs = 'countries';
    const listLabel = labelled('It gives the list of members (as of its date)', list);
    listLabel.prepend(list);
    const parts: Node[] = [listLabel];
    for (const metric of metrics) {
      const input = document.createElement('input');
      input.dataset.metric = metric.id;
      input.inputMode = 'decimal';
      input.size = 10;
      input.value = given.get(metric.id) ?? '';
      input.placeholder = '12,000';
      parts.push(labelled(`It gives the total of “${metric.label}” (as of its date)`, input));
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
    setMetrics(next) {
      if (
        next.map((metric) => `${metric.id} ${metric.label}`).join('\n') ===
        metrics.map((metric) => `${metric.id} ${metric.label}`).join('\n')
      )
        return;
      metrics = next;
      for (const source of list.children) renderBacks(source as HTMLElement);
    },
    sheets(members) {
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
        const list = source.querySelector<HTMLInputElement>('input[data-backs="countries"]')!.checked;
        const figures = [...source.querySelectorAll<HTMLInputElement>('input[data-metric]')].filter((input) => input.value.trim());
        if (!fields.some(Boolean) && !list && !figures.length) continue;
        const id = `source-${index + 1}`;
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
        ]);
        sourceRows.push(index + 1);
        if (!list && !figures.length) continue;
        const year = /^\d{4}/.exec(value('date'))?.[0];
        if (!year) {
          problems.push(`Source ${index + 1}: give its date (at least the year): the figures it gives are dated by it`);
          continue;
        }
        if (list) {
          totals.push(['countries', year, String(members), id]);
          totalRows.push(`source ${index + 1}'s list of members`);
        }
        for (const input of figures) {
          const metric = metrics.find((entry) => entry.id === input.dataset.metric);
          totals.push([input.dataset.metric!, year, input.value.trim(), id]);
          totalRows.push(`source ${index + 1}'s total of “${metric?.label ?? input.dataset.metric}”`);
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
      ];
      const sheet = (head: string[], rows: string[][]) => [head, ...rows].map(csvLine).join('\n');
      return {
        sources: sources.length ? sheet(header, sources) : undefined,
        totals: totals.length ? sheet(['metric', 'year', 'value', 'source'], totals) : undefined,
        problems,
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
