/**
 * The dashboard's selection checked against its data, in its chunk (the element asks once the dashboard's code is
 * here), with what the element says of it (NetreachElement's `namesNothing()`).
 */
import { normalizeSelection, type DashboardSelection } from '../core/dashboard-model.js';
import type { NamedOption } from '../core/options.js';
import type { Dataset } from '../core/types.js';

/**
 * The selection on display (`normalizeSelection()`), and what is said of it: a region or country the data does not
 * have selects nothing, said; what the data selects is known to it, dropped with no word when another network loads.
 */
export function namedSelection(
  dataset: Dataset,
  selection: DashboardSelection,
  prefer: 'region' | 'country',
): [DashboardSelection, NamedOption[]] {
  const { region: named, country: code } = selection;
  const { region, country } = normalizeSelection(dataset, selection, prefer);
  return [
    { region, country },
    [
      ['region', named, dataset.regions.some((entry) => entry.id === named), 'no such region'],
      ['country', code, normalizeSelection(dataset, { country: code }).country, 'not a member'],
      ['region', region, true, ''],
      ['country', country, true, ''],
    ],
  ];
}
