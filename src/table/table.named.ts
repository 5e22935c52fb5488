/**
 * What the table says of its options that name nothing its data has (NetreachElement's `namesNothing()`): in its
 * chunk, as the element reads them once the table's code is here. Each is drawn as if absent. `selected` the element
 * reads itself (NetreachElement's `readSelected()`).
 */
import type { NamedOption } from '../core/options.js';
import type { TableView } from '../core/table-model.js';
import type { Dataset } from '../core/types.js';

/** A region the data does not have (every row listed), and a sort by a column the table does not have (its default order). */
export function namedOptions(dataset: Dataset, view: TableView, element: { region?: string | null; sort?: string }): NamedOption[] {
  const region = element.region?.trim();
  const sort = element.sort?.trim();
  return [
    ['region', region, dataset.regions.some((entry) => entry.id === region), 'no such region'],
    [
      'sort',
      sort !== '-' && sort,
      view.sort?.column === sort?.replace(/^[-+]/, ''),
      `no such column (${view.model.columns.map((column) => column.id).join(', ')})`,
    ],
  ];
}
