/** The options of `<netreach-dashboard>`: its attributes, embed.html's parameters and `netreach render dashboard`'s flags. Pure. */
import { commonOptions, type OptionSpecs } from '../core/options.js';

export const DASHBOARD_OPTIONS: OptionSpecs = [
  {
    property: 'selectedRegion',
    attribute: 'region',
    type: 'string',
    docs: 'The selected region id: its members highlighted on the map, the table filtered to it. An id the dataset does not have is ignored with a console warning.',
    cliDocs:
      'The selected region id: its members highlighted on the map, the table filtered to it. An id the dataset does not have is refused.',
    example: 'asia-and-oceania',
  },
  {
    property: 'selectedCountry',
    attribute: 'country',
    type: 'string',
    docs: 'The selected member country (alpha-3); its region comes with it. A code that is not a member is ignored with a console warning.',
    cliDocs: 'The selected member country (alpha-3); its region comes with it. A code that is not a member is refused.',
    example: 'PAK',
  },
  ...commonOptions({
    controls: '`none` hides the menus of the dashboard and of its parts.',
    src: 'URL of a netreach dataset (fetched once for all the parts).',
    theme: '`light`, `dark` or `auto`; passed on to every part.',
    presenter: 'Sized for a projector: larger type, stronger contrast, more room, thicker lines; passed on to every part.',
    lang: 'The language of the dashboard and its parts (a BCP 47 tag); inherited from the page when absent.',
    state:
      'Reflects `loading`, `ready`, `empty` or `error`. `ready` once every part is settled (drawn, empty or in error); `loading` while hidden before its first drawing (see the README, "States and errors").',
  }).map((spec) =>
    // A dashboard's image shares its box among seven parts, their type a size below a single chart's (11.5–12 px in
    // 1920 × 1080): for a slide it is raised to a presenter's 18 px. A single chart's image has its type sized by its
    // --width and --height already, and refuses it.
    spec.attribute === 'presenter'
      ? {
          ...spec,
          cli: true,
          unavailable: undefined,
          cliDocs: 'For a slide: no text under 18 px at 1920 × 1080 (the parts’ is 11.5 px), tiles without sparklines.',
        }
      : spec,
  ),
];
