/** The options of `<netreach-map>`: its attributes, embed.html's parameters and `netreach render map`'s flags. Pure. */
import { BUNDLED_DATASETS } from '../core/default-dataset.js';
import { commonOptions, type OptionSpecs } from '../core/options.js';

/** The map projections, in the order the docs list them. */
export const PROJECTIONS = ['equal-earth', 'natural-earth', 'mercator', 'orthographic'] as const;

export const MAP_OPTIONS: OptionSpecs = [
  {
    property: 'metric',
    attribute: 'metric',
    type: 'string',
    docs: 'A metric id to colour members by; unset (or `countries`, or a metric without member values, which a note under the map then says) colours by region.',
    example: 'virtual-students',
  },
  {
    property: 'region',
    attribute: 'region',
    type: 'string',
    docs: 'A region id: zoom to it and show only its members. An id the dataset does not have is ignored with a console warning (the whole network is shown).',
    cliDocs: 'A region id: zoom to it and show only its members. An id the dataset does not have is refused.',
    example: 'asia-and-oceania',
  },
  {
    property: 'compare',
    attribute: 'compare',
    type: 'string',
    docs: `Another network to compare with: a bundled id (${BUNDLED_DATASETS.map((id) => `\`${id}\``).join(', ')}) or a \`<netreach-data>\` id. Colours the countries in both, only in this one, only in the other (drawn too), counted in the legend, summary and table ("at least" where a list is partial).`,
    cliDocs: `Another network to compare with: a bundled id (${BUNDLED_DATASETS.map((id) => `\`${id}\``).join(', ')}) or a dataset file. Colours the countries in both, only in this one, only in the other (drawn too), counted in the legend and the image's description ("at least" where a list is partial).`,
    example: 'al-mustafa',
  },
  {
    property: 'highlight',
    attribute: 'highlight',
    type: 'string',
    docs: 'Space-separated alpha-3 codes to emphasise ("PAK TUR"). A code that is not a member is ignored with a console warning.',
    cliDocs: 'Space-separated alpha-3 codes to emphasise ("PAK TUR"). A code that is not a member is ignored with a warning.',
    example: 'PAK TUR',
  },
  {
    property: 'projection',
    attribute: 'projection',
    type: 'enum',
    values: PROJECTIONS,
    default: 'equal-earth',
    docs: '`equal-earth` (default), `natural-earth`, `mercator` or `orthographic`.',
  },
  {
    property: 'legend',
    attribute: 'legend',
    type: 'enum',
    values: ['bottom', 'side', 'none'],
    default: 'bottom',
    docs: '`bottom` (default), `side` or `none`.',
  },
  {
    property: 'mode',
    attribute: 'mode',
    type: 'enum',
    values: ['default', 'reach'],
    default: 'default',
    docs: '`reach`: great-circle arcs from `home` to every other member.',
  },
  {
    property: 'home',
    attribute: 'home',
    type: 'string',
    docs: 'The origin of the reach arcs (alpha-3), with `mode="reach"` (else ignored with a console warning); defaults to the first highlighted member. A code that is not a member on the map is ignored with a console warning that names the member the arcs start from instead.',
    cliDocs:
      'The origin of the reach arcs (alpha-3), with `--mode reach` (else ignored with a warning); defaults to the first highlighted member. A code that is not a member on the map (not a member, or outside `--region`) is ignored with a warning that names the member the arcs start from instead.',
    example: 'PAK',
  },
  {
    property: 'selected',
    attribute: 'selected',
    type: 'string',
    docs: 'The selected member (alpha-3); set by clicks and Enter/Space, cleared by Escape. A code that is not a member is ignored with a console warning.',
    cliDocs: 'The selected member (alpha-3, in any case), outlined. A code that is not a member is ignored with a warning.',
    example: 'PAK',
  },
  {
    property: 'step',
    attribute: 'step',
    type: 'number',
    integer: true,
    min: 0,
    docs: "Reveal the regions in turn: `0` colours no member, `n` the members of the first n regions in the dataset's order; unset colours all, as does a step past the dataset's regions (with a console warning). The legend names only the regions coloured (none at `0`), keeping room for the others. Slide decks step it through fragments (see `connectReveal`).",
    cliDocs:
      "Reveal the regions in turn: 0 colours no member, n the members of the first n regions in the dataset's order; unset colours all. The legend names only the regions coloured (none at 0), keeping room for the others: one image per step of a deck.",
    example: '1',
  },
  ...commonOptions({
    state:
      'Reflects `loading`, `ready`, `empty` or `error`. `ready` once drawn at its measured size; `loading` while hidden before its first drawing (see the README, "States and errors").',
  }),
];
