import { css } from 'lit';
import { darkTheme, defaultAccents, lightTheme, textAccents } from './theme.js';

/**
 * Styles every widget shares. Public `--netreach-*` properties are read once into private `--_*` aliases, so
 * each rule has one place for its default. By default a widget takes the page's font and text colour.
 */
export const baseStyles = css`
  :host {
    --_font: var(--netreach-font, inherit);
    --_fg: var(--netreach-color, currentColor);
    --_bg: var(--netreach-background, transparent);
    /* Secondary text (sources, notes, axes) at 4.5:1 or more on a page whose text has 9.7:1 (#444 on white): at
       62 %, the text of Bootstrap (#212529) and of GitHub (#24292f) gave 4.3–4.5:1, #333's 3.9:1. */
    --_muted: var(--netreach-muted-color, color-mix(in srgb, currentColor 75%, transparent));
    --_surface: var(--netreach-surface, color-mix(in srgb, currentColor 6%, transparent));
    --_border: var(--netreach-border-color, color-mix(in srgb, currentColor 18%, transparent));
    --_radius: var(--netreach-radius, 8px);
    --_space: var(--netreach-spacing, 0.75rem);
    /* The menu button's square (menuCorner()): 2rem, and 24 px at least (WCAG 2.2's target size) where a page's root
       font is small (html { font-size: 62.5% }: 1rem = 10 px); what keeps clear of the button keeps this clear. */
    --_corner: max(2rem, 24px);
    ${defaultAccents}

    /* A column: the frame's 100 % is the host's height where the host has one (a row of tiles stretches it), and its
       content's where it has none — in quirks mode too, where a block's would be the nearest ancestor's with a
       height (the viewport's). */
    display: flex;
    flex-direction: column;
    /* In a page's flex row or grid, it shrinks to the room there, as a paragraph does (the table scrolls). */
    min-inline-size: 0;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_fg);
    background: var(--_bg);
    /* Hostile page CSS (text-transform, letter-spacing) must not reshape the widget. */
    text-transform: none;
    letter-spacing: normal;
    line-height: 1.35;
    text-align: start;
  }
  @supports (color: rgb(from oklch(from currentColor l c h) r g b)) {
    :host {
      ${textAccents}
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* For a projector: larger type (at least 20 px, more when the slide's is), stronger secondary text, more room;
     widgets read --_stroke (a multiplier) for their lines. */
  :host([presenter]) {
    font-size: max(1.25rem, 1em);
    line-height: 1.25;
    --_line-height: 1.25;
    --_muted: var(--netreach-muted-color, color-mix(in srgb, currentColor 85%, transparent));
    --_border: var(--netreach-border-color, color-mix(in srgb, currentColor 35%, transparent));
    --_space: var(--netreach-spacing, 1.25rem);
    --_stroke: 2;
  }
  /* On a slide no text is under 18 px (read from the back of a room): sources, notes, legends, the table button and
     tooltips, smaller than the text elsewhere, stop there. */
  :host([presenter]) [part~='source'],
  :host([presenter]) [part~='note'],
  :host([presenter]) [part~='legend'],
  :host([presenter]) [part~='table-toggle'],
  :host([presenter]) [part~='tooltip'] {
    font-size: max(18px, 0.8em);
  }
  /* A theme paints the widget's background, a card on the page: the text keeps off its edges, as a tile's does (the
     stat's tile is a card of its own; a dashboard's panels pad its parts). */
  :host([theme]:not(netreach-stat)) {
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  /* "auto" starts light; a dark system switches it below. */
  :host([theme='light']),
  :host([theme='auto']) {
    ${lightTheme}
  }
  /* Dark on screens only: paper is light (see print below). */
  @media screen {
    :host([theme='dark']) {
      ${darkTheme}
    }
  }
  @media screen and (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTheme}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  svg {
    max-width: none;
    overflow: visible;
  }
  /* In quirks mode (a page without a doctype) a table's font starts afresh (16 px, line-height normal), not the
     widget's: the table's, the map's and View data's. */
  table {
    font: inherit;
  }
  /* Nastaliq (Urdu) reaches well above its baseline and below it (Noto Nastaliq Urdu: 1.9 em and 0.6; its letters up to
     1.89 and 0.69 em): at 1.35 the tall letters of a line cut through the line above, a growth's "کم" through the
     figure's words. 2.3, as the stat's figure in words (the files' 1.5 times as much again, lineSpacing()). */
  .frame[lang|='ur'] {
    --_line-height: 2.3;
  }
  .frame {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    block-size: 100%;
    /* A page's \`* { … !important }\` wins on the host; the inside starts afresh from the host's settings. */
    line-height: var(--_line-height, 1.35);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    font-style: normal;
    font-variant-caps: normal;
    white-space: normal;
    word-break: normal;
    hyphens: manual;
    text-align-last: auto;
  }
  .status {
    color: var(--_muted);
    padding: var(--_space);
  }
  /* Before its first render (a widget still waiting after a moment renders "Loading…": NetreachElement's
     shouldUpdate()) the host holds the box of that status line, its padding and one line in the widget's line height
     (Urdu's, as .frame[lang|='ur'], on the host too), with a spacer the frame's content lies over once it is there:
     text below it moves once, when it draws. The map holds its own box (map.styles.ts). */
  :host([state='loading']:lang(ur)) {
    --_line-height: 2.3;
  }
  :host([state='loading'])::before {
    content: '';
    padding-block-start: calc(2 * var(--_space) + var(--_line-height, 1.35) * 1em);
  }
  :host([state='loading']) .frame {
    margin-block-start: calc(-2 * var(--_space) - var(--_line-height, 1.35) * 1em);
  }
  [part='error'] {
    color: var(--_error);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    overflow-wrap: anywhere;
    /* In place of the picture: as tall as a host stretched to its row (a row of tiles), as a tile is. */
    flex: 1 1 auto;
  }
  [part='badge'] {
    align-self: flex-start;
    justify-self: start;
    font-size: 0.75em;
    font-weight: 600;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    border: 1px dashed currentColor;
    color: var(--_muted);
  }
  [part='source'] {
    font-size: 0.8em;
    color: var(--_muted);
    margin: 0;
  }
  /* Every widget's links in the source line: the line's colour (underlined), never the browser's blue, which is
     nearly invisible on a dark page. */
  [part='source'] a {
    color: inherit;
  }
  /* Each source on its own, in its own direction (as the file's first-strong isolates): English names in a Persian
     line follow one another from the right, each read left to right with its brackets. Right to left, each is a
     box of its own, so that a name too long for what is left of a line starts the next one whole rather than ending
     this line and beginning the next at its other end (but a name that begins right to left: below). In a
     left-to-right line only where some name or figure has right-to-left text (.bidi, renderSources()): without
     any, the isolates change nothing on screen, and they make the browser lay the line out as bidi text. */
  [dir='rtl'] .sources > a,
  [dir='rtl'] .sources > span,
  .bidi > a,
  .bidi > span {
    unicode-bidi: plaintext;
  }
  /* A name a note's sentence isolates, with its brackets and the punctuation after it (renderNotes()): right to
     left a box of its own, as the source line's names are, the punctuation kept on its last line. */
  [part='note'] .run {
    white-space: nowrap;
  }
  [part='note'] bdi {
    white-space: normal;
  }
  /* A name that wraps is flush with the right-to-left sources' right edge, whichever way it is written (an
     English publisher in an Arabic tile stood indented from it, its lines left-aligned in its box); but the last
     line of a name written left to right ends against what follows it (the separator, "و", a full stop), which
     stood a box's width away from "Relations)" at the line's other end. \`start\` is the side each name begins on
     (unicode-bidi: plaintext): a Persian name's last line stays where a Persian line begins. A note's right-to-left
     name holds its punctuation in its box, after its last word (renderNotes()). */
  [dir='rtl'] .sources > a,
  [dir='rtl'] .sources > span,
  [dir='rtl'] [part='note'] bdi {
    display: inline-block;
    /* Room on its last line for what follows, which would otherwise begin the next line. */
    max-inline-size: calc(100% - 1em);
    text-align: right;
    text-align-last: start;
  }
  /* A source's name that begins right to left (sourceItem()) flows in the line as its words do, read from one line
     to the next as the line's own: its separator, outside its element, ends its last line against its last word.
     In a box, its last line at the box's right, "؛" stood alone at the line's far left, 81 px from "و کتابخانه ملی"
     (the regions in a 200 px Persian sidebar). No element more: the map's page counts its nodes. */
  [dir='rtl'] .sources > .rtl {
    display: inline;
  }
  /* Left to right, a name that begins right to left (a Persian publisher on an English page) is a box of its own, as
     the names of a right-to-left line are: at a line's end it went on at the next line's other end, its words read
     in two pieces. Its top with the line's, so that a name wider than a line stands beside "Source:" by its first
     line, not its last. */
  [dir='ltr'] .bidi > .rtl {
    display: inline-block;
    max-inline-size: calc(100% - 1em);
    vertical-align: top;
  }
  /* The line's last source: nothing follows it. */
  [dir='rtl'] .sources > :last-child,
  [dir='ltr'] .bidi > .rtl:last-child {
    max-inline-size: 100%;
    text-align-last: auto;
  }
  /* Right to left the sources stand beside the heading, their lines under the first source's: with the boxes
     inline after it, "منبع:" stood alone on its line above a name too long to follow it. */
  [dir='rtl'] [part='source'] {
    display: flex;
    column-gap: 0.25em;
  }
  [dir='rtl'] .sources {
    flex: 1 1 0;
    min-inline-size: 0;
  }
  /* What a figure cannot say by itself (a period, a computed growth, a partial list): read before the source. */
  [part='note'] {
    font-size: 0.8em;
    margin: 0;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The entrance (see NetreachElement.replay): widgets animate their marks under .enter; regions (colour
     classes r2 and on) come in turn. The regions' squares and slices (c2 and on) and the map's groups (w2 and on)
     have theirs in their drawn styles, which their chunks bring. A rule a class rather than :is() with several:
     the browser files a rule under its last class and tries it on elements of that class only, but tries a rule
     ending in :is(.a, .b) on every element (a page of 100 maps: 11,800 of them, for each such rule, at each style
     recalculation). */
  @keyframes netreach-in {
    from {
      opacity: 0;
    }
  }
  .enter .r2 {
    animation-delay: 0.3s;
  }
  .enter .r3 {
    animation-delay: 0.6s;
  }
  .enter .r4 {
    animation-delay: 0.9s;
  }
  .enter .r5 {
    animation-delay: 1.2s;
  }
  .enter .r6 {
    animation-delay: 1.5s;
  }
  .enter .r7 {
    animation-delay: 1.8s;
  }
  .enter .r8 {
    animation-delay: 2.1s;
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    /* On a slide the page is the slide: a widget is not moved to a page of its own, which reveal.js's PDF pages,
       each clipped to its slide, lost (every widget of a printed deck but the map). */
    :host([presenter]) {
      break-inside: auto;
    }
    /* A dark (or dark auto) theme prints in the light palette: the dark one applies to screens only. */
    :host([theme]) {
      ${lightTheme}
    }
    [part~='tooltip'],
    .focus-ring {
      display: none !important;
    }
    /* Printing restyles the page: nothing may be caught mid-transition. */
    * {
      outline: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      --_fg: CanvasText;
      --_bg: Canvas;
      --_muted: CanvasText;
      --_accent: Highlight;
      --_error: CanvasText;
      --_focus: Highlight;
    }
  }
`;
