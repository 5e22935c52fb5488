/**
 * What the table's element works out once its chunk is here (table.chunk.ts): its model and sorted rows made again
 * where the data or an option they are drawn from changed, with what its options name that the data has not. The
 * element (table.ts) reaches this code only when it is ready, which means the chunk is loaded (NetreachElement waits
 * for it): none of it is downloaded up front.
 */
import type { NamedOption } from '../core/options.js';
import { tableView, type TableModel, type TableView } from '../core/table-model.js';
import type { Dataset } from '../core/types.js';
import { namedOptions } from './table.named.js';

/**
 * The table's view of `inputs` (the dataset first, then what the model and its order are drawn from), or undefined
 * where they are those it was made from (`before`) and it has a `model`: sorting 20,000 universities is the costly
 * part of a long table, not done again for a resize or a selection. The view the file draws too (table.scene.ts):
 * the same model, order and region.
 */
export function updateTable(
  inputs: readonly unknown[],
  before: readonly unknown[],
  model: TableModel | undefined,
  /** The options the table is drawn from, by property name (read only when the view is made again). */
  options: () => Record<string, unknown>,
  locale: string,
  element: { region?: string | null; sort?: string },
  /** NetreachElement's `namesNothing()`: a region or a sort the table does not have is said, as the map says it. */
  say: (...entry: NamedOption) => void,
): TableView | undefined {
  if (model && inputs.every((value, index) => value === before[index])) return undefined;
  const dataset = inputs[0] as Dataset;
  const view = tableView(dataset, options(), locale);
  for (const entry of namedOptions(dataset, view, element)) say(...entry);
  return view;
}
