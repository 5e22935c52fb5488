// Prints each bundle's gzip size and fails when one is over its budget, or when a widget bundle holds the importer.
// An `aim` is where a bundle is headed (issue 12: main ≤ 40 kB, all code ≤ 48 kB gzip): printed with how far off
// it is, never a failure — budgets are tightened to the aims once the work that reaches them has landed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const dist = join(import.meta.dirname, '..', 'dist');
const BUDGETS = [
  // The budget the library promises: everything a <script type="module"> loads up front.
  // Issue 12's move onto scenes runs widget by widget: the shared controllers, marks and scenes came in with bars
  // and regions before the map's and the trend's old drawing code, tooltips and keyboard handling could go, and
  // before the DOM-cloning export could be deleted: 55 → 58 kB while the move lasts; with the map, trend and stat
  // merged together (their old code deleted, the DOM-cloning export not yet): 59 kB (code 78, classic script 137).
  // The map's box, the table's rows that choose a member and the bars' wrapped labels: 0.3 kB more.
  // Issue 14's map look (dots spread apart, the globe's far side named, a selection's halo): 0.4 kB more.
  // Issue 14's time-direction option, the trend's label placement and thinning on phones (labels under a point the
  // line would cross, every k-th time label) and "unchanged since …": 0.63 kB measured, 59.7 → 60.4 kB.
  // Issue 13's map compare (the compared dataset's controller, the groups' paints, legend and table): +0.6 kB.
  // Counted with the chunks it imports statically since issue 12's size work (the shared chunk): measured so, the
  // same code weighed 66.6 kB, not the 60.8 kB printed. The menu's items, About this data, View data, the file
  // writer, the DOM-cloning export of the table and the dashboard, PNG and downloads then moved into one chunk
  // loaded when the menu opens or a file is asked for, and html`` templates lost their indentation: 66.6 → 64.8 kB.
  // Issue 12's deferral: the validator in a chunk of its own, loaded for a page's own data only (the bundled
  // datasets are validated by the tests), 64.8 → 61.5 kB; the trend's scene and model and the table's model in
  // chunks of their own, loaded with their widget, 61.5 → 58.0 kB. Lowered by the 6.8 kB saved: 65.2 → 58.4 kB.
  // Issue 12's table and dashboard files from scenes (the table's grid in its own chunk, the dashboard's composition
  // with the file writer) and the DOM-cloning export deleted: 58.2 → 56.9 kB measured, lowered 58.4 → 57.2 kB.
  // Issue 12's controllers: scene marks as plain DOM (src/base/marks.ts) and the files in an ExportController,
  // out of the base element: 56.9 → 57.3 kB measured, raised 57.2 → 57.4 kB.
  // Issue 12's cut of a map's nodes (251 → 153 in its shadow root: symbols without a group, text set as properties
  // rather than bound, the source line's separators written in its templates, the hatching only when a value is
  // missing): +0.10 kB measured, 57.26 → 57.36 kB, within the budget.
  // A map drawing the member layer another map of the same chart drew clones it (a page of 100 maps: 0.94× the
  // CPU in an interleaved run): 57.40 → 57.50 kB measured, raised 57.4 → 57.5 kB.
  // The map's box reserved by spacers (padding percentages) rather than a size container, whose subtree the
  // browser styles again inside each layout (a page of 100 maps: 0.91× the CPU): 57.48 → 57.59 kB, raised to 57.6.
  // The map's note when the metric asked for has no figure for the countries shown (one English string):
  // 57.59 → 57.64 kB measured, raised to 57.7 kB.
  // The bars' message instead of empty bars for a metric without figures to draw: 57.64 → 57.71 kB, raised to 57.8.
  // The map's model and scene moved into the chunk of the map's projections and TopoJSON decoder
  // (src/map/map.chunk.ts: one request for all of the map's code, the map's first draw unchanged in interleaved
  // runs): 57.79 → 53.80 kB measured, lowered 57.8 → 53.9 kB. The map's member layer (DOM written only by the
  // element, once the map's code is here) and the world's conversion from its topology into that chunk too:
  // 53.80 → 52.43 kB measured, lowered to 52.5 kB. The stylesheets only a drawn map, table or trend needs (its marks,
  // legend, tooltip; the grid; the line and points) into the chunk each already loads before it draws, adopted from
  // there (CodeController): 52.43 → 50.58 kB measured, lowered to 50.6 kB. The styles of the menu's items, About
  // and View data with them in the on-demand chunk, adopted when one opens: 50.58 → 50.31 kB, lowered to 50.4 kB.
  // The dashboard's plan, template and drawn styles in a chunk of its own, loaded when the first dashboard connects
  // (with its map's geometry and its table's code, asked for at once): 50.31 → 48.86 kB, lowered to 48.9 kB. The
  // table's template (table.view.ts) and the map's chart, legend and data table (map.view.ts) into the chunks that
  // bring their code: 48.86 → 47.76 kB, lowered to 47.8 kB (the map's first draw 1.01×, 100 maps 0.97×: unchanged).
  // The trend's template (trend.view.ts) into its chunk: 47.76 → 47.41 kB, lowered to 47.5 kB. netreach.js as one
  // file, without the shared chunk it imported (scripts/build.mjs: oneFileEntry): 47.41 → 47.19 kB (the names the
  // lazy chunks take from it are no longer exports of the file), lowered to 47.3 kB (47.2 would leave 6 bytes for
  // the registry's key, a hash of the build's code, to gzip differently when the code changes). English written
  // without Intl (src/core/english.ts and the 249 countries' English names: no Intl object on an English page, whose
  // first one cost 11–16 ms; the map's first draw 0.82× the main thread's CPU, the bars' 0.78×): 47.29 → 49.82 kB
  // measured. English names compared without a Collator where the order is plain (src/core/english.ts: the bars
  // sort ties by name, and the default bars have one): 49.82 → 50.02 kB, raised to 50.1 kB. The same for the
  // table's sort, numeric (keys worked out once per text): 50.02 → 50.12 kB, raised to 50.2 kB. The sources' dates
  // in English without Intl.DateTimeFormat (the dashboard's sources, About this data): 50.12 → 50.30 kB, raised to
  // 50.4 kB. The same for the English of the UAE and of CLDR's en-001 (Pakistan, Malaysia, Nigeria, Singapore, Ireland,
  // Britain: nine names, the list's comma, the day first, British compact units): 50.30 → 50.57 kB, raised to 50.7.
  // Widgets that render again on coming into view only where the picture depends on it (the stat): 50.57 → 50.61 kB.
  // The English of the other OIC members without Intl (en-SA, en-EG, en-UG…: 48 region codes): 50.61 → 50.78 kB
  // measured, raised to 50.9 kB. aboutData (src/core/about-data.ts) in the on-demand chunk that brings the About
  // panel, no longer an export of dist/netreach.js: 50.78 → 50.31 kB measured, lowered to 50.4 kB. Values written
  // the other way than their sentence set in bidi isolates by msg(), and wrapped lines that continue them
  // (src/core/bidi.ts: a Persian file's brackets around an English source name face the right way): 50.35 → 50.64 kB
  // measured, raised to 50.7 kB. Each source of the source line isolated (a rule in the base styles): 50.67 kB.
  // The stat's figure with room under it right to left (two rules of its styles): 50.67 → 50.71 kB, raised to 50.8.
  // The Arabic semicolon between the sources in Persian, Arabic and Urdu (listSeparator; the source line's item
  // templates written once per separator, no binding): 50.71 → 50.80 kB, raised to 50.9 kB. Each note once in a
  // dashboard (thirteenth session: every widget's `notes` and `hiddenNotes`, the dashboard telling its parts, and the
  // trend's growth line left to its tile, `tileGrowthNote()`, shared with the dashboard's file; where the notes go,
  // `placeNotes()`, in the dashboard's chunk): 50.80 → 51.14 kB, raised to 51.2 kB. The English strings that only
  // lazy code asks for (45 of them: the map's, the trend's, the table's, the dashboard's, the menu's and About's) in
  // that code, src/core/en/*.ts, added to English as it loads: 51.14 → 50.43 kB, lowered to 50.5 kB. The
  // dashboard's plan (src/core/dashboard-model.ts) in its chunk alone, no longer an export of dist/netreach.js: the
  // file writer is handed it with the other chunks' code (DashboardCode): 50.43 → 50.13 kB, lowered to 50.2 kB. Each
  // source of the source line in its own direction, whole right to left (two rules of the base styles): 50.16 kB.
  // A note's isolated names as boxes of their own right to left (splitIsolates(), renderNotes() and three rules):
  // 50.16 → 50.32 kB, raised to 50.4 kB. The dashboard setting only the parts' notes that changed: 50.30 kB. A drawn
  // widget keeping its language until another's strings are here (LocaleController) and the scenes' lines keeping
  // an isolated name whole (lineWords()): 50.30 → 50.48 kB, raised to 50.6 kB (50.5 would leave 20 bytes). A
  // source's publisher, date and language each isolated, with the language's comma (renderMeta()): 50.55 kB. The
  // tile's figure in words and its year on the page, as in its file (part="figure"): 50.59 kB, raised to 50.7 kB.
  // The bars measuring a label that fits once, and its words only when labels wrap: 50.63 kB. The tile's sparkline
  // with its first and last times under its ends, as in its file: 50.63 → 50.76 kB, raised to 50.8 kB. A language
  // whose strings fail to load drawn with English words, not "Loading…" for ever: 50.81 kB, raised to 50.9 kB.
  // A growth note's sources in square brackets inside its parentheses (withinParentheses): 50.86 kB. The table
  // compact under 400 px (a class on its scroll box): 50.89 kB, raised to 51.0 kB (50.9 would leave 10 bytes). A
  // file's bars fitted to their box after measuring, Urdu's wrapped labels further apart: 50.93 kB. Secondary text
  // at 75 %, a growth's "two figures", right-to-left names flush with their paragraph: 50.95 kB. Their last lines
  // against what follows them (the two right-to-left rules merged into one), an error box filling a stretched host,
  // a sentence in place of a chart clear of the menu button, a partial list's legend: 50.94 kB. A table's header
  // transparent when it does not scroll: 50.95 kB. A bar named by what it shows, then its exact figure: 50.97 kB. A source's date on
  // hover in the reader's words and digits: 50.96 kB. The KPI figure sized to its tile (it ran out of a phone's
  // tile in Persian: "۳٫۶ میلیون+"), measured in the page's font: 51.07 kB, raised to 51.1 kB. Short lists with
  // the Arabic comma right to left (a map member's accessible name, the regions' and the sparkline's): 51.10 kB;
  // the regions' sentences ended by Urdu's "۔" and Chinese "。" (`sentences()`): 51.16 kB, raised to 51.2 kB. French
  // and Chinese punctuation between a label and its value and between sources ("Sources : A ; B", "来源：A；B":
  // `colon()`, `listSeparator()`): 51.26 kB, raised to 51.3 kB. The waffle's unit wrapped to the chart's width
  // (Indonesian's ran out of a phone's widget): 51.31 kB, raised to 51.4 kB. Right to left the sources beside their
  // heading (a span around them): 51.35 kB. The elements' reactive properties declared by one object per class
  // (`specProperties()`) rather than a decorator per property, which took Lit's decorators and TypeScript's
  // `__decorate` out too: 50.53 kB, lowered to 50.6 kB. French and Chinese separators between sources (" ; ",
  // "；": a template per separator, see chart-parts.ts): 50.61 kB, raised to 50.7 kB. The KPI tile's and the regions'
  // scenes, models, templates and drawn styles in chunks of their own (stat.chunk.ts, regions.chunk.ts), loaded when
  // the first such widget connects, while its data loads, as the trend's and the table's are; their models no
  // longer exports of dist/netreach.js (`netreach/core` has them); a module two lazy chunks share up front rather
  // than a chunk of its own (the line shapes; the donut's in donut.ts, the regions' chunk): 50.61 → 44.83 kB,
  // lowered to 44.9 kB. Whole ticks for whole numbers on the bars' axis: 44.87 kB. The stat's and the trend's CSV
  // rows from one function: 44.80 kB. A list of countries inferred from a count said so wherever it is shown (the
  // CINVU list: the sentence in English and the notes' plumbing), 44.95 kB, raised to 45.0 kB. The map's chart
  // skipped off screen from a frame callback (content-visibility), the stat's count-up timed from its first frame and
  // started from zero until the tile is known to be seen, source links in the line's colour: 45.05 kB, raised to
  // 45.1 kB. A computed growth that allows for its other figure being rounded (22 million as up to 22,500,000: at
  // least +33%, and the sentence that says so), a failed PNG said in the menu's place: 45.27 kB, raised to 45.3 kB.
  // A page and `netreach render` writing the same words in every language (what a language's chunk adds to Intl:
  // Azerbaijani's names, order, lists and numbers, the Falklands' variant; Palestine, Hong Kong and Macao short):
  // 45.52 kB, raised to 45.6 kB. Accents, region colours and the map's scale by the text's lightness on a page
  // without a theme (the dark theme's under light text): 45.76 kB, raised to 45.8 kB. Bars of the member count by
  // country said rather than drawn (a sentence in thirteen languages, English's up front): 45.87 kB, raised to 45.9 kB.
  // The bars' rows painted by class (bars.styles.ts: the stylesheet's rules for what each row's marks had as a style
  // of their own; the bars' first draw 0.98× the time and the CPU in 31 interleaved rounds): 46.10 kB, raised to 46.2 kB.
  // English plurals written without Intl.PluralRules (english.ts, `englishPlural`): 46.15 kB. Azerbaijani in Cyrillic
  // script (`az-Cyrl`: a tag's own catalog read before its language's, a dataset's Azerbaijani names written in the
  // tag's script; the transliteration itself is in the language's chunk): 46.24 kB, raised to 46.3 kB. A language's
  // chunk's own dates (Azerbaijani's, which Chromium wrote "2020 M11 18"): 46.26 kB; a language's catalogs in
  // another script read as getters, written when first read: 46.28 kB.
  // The twenty-ninth session's fixes from a review: inline JSON read once the page is parsed (the classic script
  // above the widgets), a missing provider an error, the error event in the widget's language, the regions'
  // legend named in words, a sum of the members' figures marked "at least" where some have none: 46.37 kB,
  // raised to 46.4 kB. A source line that says "Source: none given in the data" where a dataset cites none (it
  // cited nothing): 46.42 kB, raised to 46.5 kB.
  // The map's ignored options in parts, told to renderSvg()'s caller (the command line names them as its flags).
  // View data taking focus and closing on Escape as About does, both drawn by the on-demand chunk from their
  // controller (renderAbout(menu, dataset), renderDataTable(menu, dataset)).
  // The trend's dots and halos in the page's own background (pageBackground() shared with the table), Urdu lines
  // at 2.3 (the frame's --_line-height for lang=ur): 46.48 kB, within 46.5 kB.
  // Escape clearing a selection in one place (RovingFocusController; the bars too), tooltips beside their item,
  // Escape heard on the document while one shows, the map's kept while the pointer is on it (src/base/tooltip.ts).
  // "Hide data" on the map's table toggle while the table shows, the English up front as the menu's item and the
  // map's toggle both ask for it: 46.50 kB, raised to 46.6 kB (46.5 would leave 5 bytes for the build's key).
  // Tooltips moved sideways, or below, rather than over another item's value label (the first bar's, with no room
  // above it, hid the second bar's value), and Urdu tooltips on 2.3 lines: 46.69 kB, raised to 46.7 kB.
  // A review of webmasters' pages: quirks mode (the host a flex column, tables in the widget's font), hosts that
  // shrink in a page's flex row, tooltips on a zoomed page, the menu's corner from the root's font: 46.55 kB.
  // The table's rows' names one tab stop (RovingFocusController in the table's element), the map's table box
  // (closed by Escape) drawn by the map's chunk, the table's View data in its own words (MenuController.view), focus
  // kept on a table's chosen row and the map's View data taking focus: together with the lines above, the thirtieth
  // session's reviews: 46.87 kB, raised to 46.9 kB. The bars' first row below a larger root font's menu button
  // (barsLayout's cornerDepth): 46.89 kB, raised to 47.0 kB (46.9 would leave 6 bytes for the build's key).
  // The second accessibility review: each ⋯ button named with its widget's title, focus back on the items when View
  // data or About closes without a menu button, links in RovingFocusController left to the browser: 47.06 kB,
  // raised to 47.1 kB. The thirty-first session's reviews: focus back on the page's element that opened About or View
  // data in a widget with no button or item (MenuController's opener); a page's font-variant-caps, word-break, hyphens
  // and text-align-last reset in the frame, the trend and the table drawn again when the system's colour scheme
  // changes (MediaController), the forced-colours rule over a theme's; widgets following a <netreach-data> replaced,
  // renamed or removed (data-controller.ts looks again); a widget moved into an iframe's document and back keeps its
  // styles (adopt.ts: restyle(), sheets copied for the other document); focus kept among the items and a removed
  // item's tooltip forgotten when new data comes (RovingFocusController, TooltipController); `dataset` set as a
  // property by React or Vue; no crash under Lit's server rendering: 47.47 kB, raised to 47.5 kB.
  // A file's size and theme chosen in the on-demand chunk (hostDocument(), src/base/export.ts), which reads the page's
  // --netreach-* colours and font for it: 47.35 kB, lowered to 47.4 kB.
  // Sums over a list that is not the whole marked "≥", the bars' and the trend's own colours reaching files (their
  // palette's check of colour names): 47.39 kB, raised to 47.5 kB (47.4 would leave 6 bytes for the build's key).
  // A widget in an iframe's document following that document's lang (the lang observer on each document a widget is
  // in, inheritedLang() without instanceof), its menu's and tooltip's listeners on that document, and the trend and
  // the table following a page's dark-mode class: 47.48 → 47.55 kB, raised to 47.6 kB.
  // No second update after a drawing (Lit's "change-in-update", test/browser/update-cycles.test.ts): a tooltip whose
  // item new data lacks forgotten before the render (TooltipController.hostUpdate), and focus leaving an item whose
  // node an update replaced ignored by the tooltip, the map's focus ring and the regions' legend while the roving
  // focus gives it back (RovingFocusController.restoring): 47.48 → 47.53 kB, raised to 47.6 kB.
  // A refused option value said in the console, once per element, attribute and value, with the values allowed
  // (NetreachElement's option(), every option read on each update; it fell back to the default silently):
  // 47.48 → 47.58 kB, raised to 47.6 kB. Inline JSON edited in place read again (a MutationObserver on the script,
  // DataController): 47.63 kB, raised to 47.7 kB. Sources merged only when the same source (label, title, URL and
  // date: uniqueSources(), core/aggregate.ts), not by label: 47.67 kB. A table's `region` the data does not have
  // said in the console (warnOnce(), shared with the options' warnings; it listed every row with no word):
  // 47.72 kB, raised to 47.8 kB. These fixes together (each branch measured alone against 47.48 kB): 47.83 kB,
  // raised to 47.9 kB. A widget in an iframe's document taking its data and fonts from there (DataController,
  // FontsController, <netreach-data>'s notices): 47.86 kB. The menu button 24 px at least at a small root font
  // (--_corner: max(2rem, 24px), which the layouts keeping its corner clear use too; menuCorner() per document):
  // 47.92 kB, raised to 48.0 kB. Two sources named alike in a source line told apart by their years, else titles
  // (sourceLabels(), core/about.ts: "UNESCO; UNESCO" said nothing to a file's or a screen reader's reader): 47.95 kB,
  // raised to 48.0 kB. Options that name nothing the data has said in the console (NetreachElement.namesNothing(): a
  // table's sort and selected, the selected of a map, bars and regions, a dashboard's region and country; silent
  // before): 48.25 kB, raised to 48.3 kB. The branches above together (each measured alone): 48.34 kB, raised to
  // 48.4 kB. The map's highlight, home and region said through namesNothing() (not of a value the data named before
  // another network loaded: a dataset switch was a warning): 48.52 kB, raised to 48.6 kB. A `selected` read as the
  // data spells it (NetreachElement.readSelected(): a member's code in any case, spaces around it, on the map, bars,
  // regions and table, drawn without changing the property): 48.65 kB, raised to 48.7 kB. Those warnings said once the
  // page has loaded, of the data the widget draws then (not of the bundled dataset drawn while the page's script had
  // not given its own): 48.68 kB.
  // Bytes back, each moved into a widget's chunk that is here before the code runs (no request and no work added to
  // a first draw): the map's drawing after a render (the land, borders, rings and arcs synced, the members, the focus
  // ring: drawMapChart(), member-layer.ts), 132 bytes; the table's scroll box measured after each render
  // (fitScrollBox(), table.view.ts), 130 bytes; the regions' CSV rows (regionsCsvRows(), regions.scene.ts), 110 bytes;
  // the KPI tile's count-up (countUp(), stat.view.ts), 54 bytes (each measured on its own branch). With the
  // `selected` and warnings changes above: 48.27 kB, lowered to 48.3 kB. (The options' warnings worked out in the
  // map's, the table's and the dashboard's chunks, another 256 bytes on that branch, were made before `selected` was
  // read as the data spells it, and not merged.) Those warnings worked out in the chunks again, on top of readSelected()
  // and the load-wait (map.scene.ts namedOptions(), table.named.ts namedOptions(), dashboard.named.ts namedSelection();
  // `selected` stays the element's, readSelected()): 48.27 → 48.03 kB measured (245 bytes), lowered 48.3 → 48.06 kB.
  // An iframe removed with drawn widgets in it: the shared observers let go of its document's elements on its
  // `pagehide` (shared-observers.ts; the ResizeObserver raised a loop error on the page): 48.27 → 48.35 kB
  // measured (+84 bytes), raised to 48.4 kB. Both together: 48.11 kB, budget 48.15 kB. A dashboard's notes placed
  // before its parts draw (dashboard.view.ts hiddenNotes(), in its chunk: the element's second pass after its parts'
  // updates gone, the tiles' chunk loaded with the dashboard's, dashboard.code.ts): 48.11 → 48.06 kB measured (−46
  // bytes), lowered 48.15 → 48.1 kB.
  // measured (+84 bytes), raised to 48.4 kB. Both together: 48.11 kB, budget 48.15 kB.
  // A map whose focused member new data lacks draws the next member's tooltip and ring in that update (map.ts
  // willUpdate(); it took another, asked for by focus moving): 48.109 → 48.163 kB measured (+55 bytes), raised to 48.21 kB.
  // A widget's own shadow root duck-typed (adopt.ts, tooltip.ts, trend.ts; no `instanceof ShadowRoot`): −54 bytes; the
  // lang observers let go of an unloaded iframe's widgets (shared-observers.ts, releaseOnUnload()): +54 bytes. 48.163 kB.
  // The trend's tooltip drawn in the update that moves focus to another figure too, with the map's through one
  // RovingFocusController.moving(): +28 bytes, 48.191 kB.
  // The thirty-second session's bytes back, each into a chunk its widget has loaded before the code runs: the
  // trend's scene prepared and laid out, its chart's box sized and the point nearest the pointer (trend.update.ts):
  // 48.109 → 47.985 kB (127 bytes), lowered to 48.01 kB. The regions' scene prepared and laid out
  // (regions.update.ts): 47.985 → 47.889 kB (98 bytes), lowered to 47.91 kB.
  // The map's drawn template (its box, legend, notes, sources, table toggle and table box: renderMap(), map.view.ts)
  // in the map's chunk: 47.889 → 47.695 kB (−199 bytes), lowered to 47.72 kB.
  // The dashboard's file gathered in the dashboard's chunk, which a ready dashboard has loaded (the parts' code, the
  // map's geometry and the on-demand chunk's scene: dashboardFile(), dashboard.file.ts; not in the on-demand chunk,
  // which would bundle the map's code with a page's KPI tile): 47.695 → 47.583 kB (−115 bytes), lowered to 47.61 kB.
  // The map's box's parts (.fixed, .stack, .body, .map-box and their spacers' rules), which only a drawn map has, in
  // its drawn stylesheet (map.drawn.styles.ts, adopted when the map's chunk is here, before it renders them): 47.583
  // → 47.318 kB (−271 bytes), lowered to 47.34 kB.
  // The regions' legend (renderLegend() and its swatches, regions.legend.ts) in the regions' chunk, the only page
  // widget that draws a scene's legend, and its rules (the legend, its items, swatches and figures, their forced
  // colours) in the regions' drawn stylesheet rather than the chart styles every bars and trend load: 47.318 → 46.899
  // kB (−429 bytes), lowered to 46.92 kB.
  // The map's drawing after each render (its box's aspect ratio, the marks as plain DOM, the focus ring, the chart
  // skipped off screen: drawMap(), member-layer.ts) called from its chunk: 46.899 → 46.765 kB (−137 bytes), lowered
  // to 46.79 kB.
  // The KPI tile's scene prepared again and the menu's title (updateStat(), stat.update.ts) in its chunk; the trend's
  // option values read only when its scene is prepared again, as before its move: 46.765 → 46.661 kB (−106 bytes),
  // lowered to 46.68 kB. All of the session's branches merged (the dashboard's notes, the map's and the trend's moved
  // focus, the lang observers, the table's row buttons): 46.707 kB, budget 46.73 kB.
  // Chinese with no space between two characters in msg() (a figure that ends in one, "12万", where a template
  // spaces a figure: "{value} 的时间"), and the bars' "Other" tooltip's names in andMore's {list}: 46.708 → 46.739 kB
  // (+31 bytes), raised to 46.76 kB. The partial list's note with the plural of those not named ("the other is not
  // shown", "the other 25 are not shown") in English: 46.739 → 46.759 kB (+20 bytes), raised to 46.78 kB.
  // A source's publisher in the reader's language where the dataset gives it (`publishers`, sourcePublisher(), the
  // locale passed to each source line): 46.707 → 46.751 kB (+44 bytes), raised to 46.78 kB.
  // The map's wave delays (.enter .w2–.w8) in the drawn map's styles and the regions' (.enter .c2–.c8) in the regions'
  // drawn styles, rather than the base styles every widget loads: 46.708 → 46.658 kB (−50 bytes), lowered to 46.68 kB.
  // The table's model and sorted rows made again (updateTable(), table.update.ts) and the row holding the tab stop
  // (renderTable(), table.view.ts) worked out in the table's chunk: 46.658 → 46.606 kB (−52 bytes), lowered to 46.63 kB.
  // The map's colours' custom properties (land, borders, arcs, the scale, their dark and text-lit variants) in the
  // drawn map's stylesheet, the only one that reads them: 46.606 → 46.291 kB (−315 bytes), lowered to 46.31 kB.
  // The map's scene prepared again and laid out at its box's size (updateMap(), map.update.ts) in its chunk, the
  // element's drawing state one object (MapState): 46.291 → 46.120 kB (−171 bytes), lowered to 46.14 kB.
  // The map's colour scale by the text's lightness (mapScaleByText, now map.scale.ts) built in the map's chunk, for
  // its drawn stylesheet: 46.120 → 46.086 kB (−34 bytes), lowered to 46.11 kB.
  // The dashboard's plan, menu title and selection read against the data (updateDashboard(), dashboard.update.ts) in
  // its chunk: 46.086 → 46.017 kB (−69 bytes), lowered to 46.04 kB. The second round's branches merged (each measured
  // alone above): 46.092 kB, budget 46.11 kB.
  // The themes' colours the stylesheets are built from (THEME_COLOURS, parseHex, REGION_SLOTS) in a module of their
  // own, src/core/theme-colours.ts, so that palette.ts (the files' palettes, mixed in sRGB and Oklab) is the file
  // writer's alone, in the on-demand chunk: 46.092 → 45.234 kB (−858 bytes), lowered to 45.26 kB. The English of
  // the waffle's unit (four strings) in the regions' chunk (src/core/en/regions.ts) and the map's "Show as table" in
  // the map's: 45.234 → 45.157 kB (−77 bytes), lowered to 45.18 kB. The ISO codes every page loads written shorter
  // (scripts/generate-data.mjs: an alpha-2 code only where it is not the alpha-3 code's first two letters, "." where it
  // is its first and third; decoded by src/core/countries.ts): 45.157 → 44.821 kB (−336 bytes), lowered to 44.84 kB.
  // The third round's branches merged (each measured alone above): 44.832 kB, budget 44.85 kB.
  // What only lazy chunks use out of netreach.js (scripts/build.mjs, lazyOwned and COPY_INTO_CHUNKS): d3-array's
  // merge, fsum and quantile in the map's chunk, the only one that uses them (up front as modules of the package
  // index the scales import from), and the line shapes (src/core/shape.ts) and src/base/page-background.ts copied
  // into each lazy chunk that imports them: 44.830 → 44.140 kB (−690 bytes; measured in one worktree, as below),
  // lowered to 44.16 kB. What the lazy chunks take from netreach.js handed as a frozen array, read by place
  // (`const{5:e,8:t}=…`), not as an object keyed by export names (scripts/build.mjs, oneFileEntry): 44.140 → 43.733 kB
  // (−407 bytes), lowered to 43.76 kB.
  // About this data's translated names each isolated on right-to-left pages (isolateValue() in bidi.ts, which
  // msg() runs up front): 43.738 → 43.757 kB (+19 bytes), raised to 43.78 kB.
  // No "Loading…" render for a page's first data of its own while the validator's chunk loads (shouldUpdate() in
  // netreach-element.ts; the bars' first draw 0.90× the CPU): 43.755 → 43.829 kB (+74 bytes), raised to 43.84 kB.
  // Each chunk imported again by another URL once it has failed (scripts/build.mjs, oneFileEntry: a browser
  // remembers a failed module for the page's life, and a widget connected again never drew): 43.757 → 43.797 kB
  // (+41 bytes), raised to 43.82 kB. A menu whose on-demand chunk failed closed again (src/base/menu.ts), so that its
  // button does not say it is open and the next click asks again: 43.797 → 43.823 kB (+26 bytes), raised to 43.84 kB.
  // A widget whose chunk failed asks again when the page gives it new data or an option's value (NetreachElement's
  // willUpdate), not only when connected again: 43.823 → 43.884 kB (+62 bytes), raised to 43.90 kB; the map's
  // geometry too (retry()): 43.910 kB (+26 bytes), raised to 43.93 kB.
  // Every figure added up from the members' figures says so, as the stat's total did (the bars and regions of a
  // metric by region, the regions table: sumNotes(), with the stat's two sentences now up front), and is no more
  // precise than its least precise figure (figureUnit(), toUnit() in aggregate.ts): 43.755 → 44.136 kB
  // (+381 bytes), raised to 44.15 kB. The bars' "Other (n)" added up likewise (foldRows()): 44.136 → 44.177 kB (+41
  // bytes), raised to 44.20 kB.
  // The first round's branches merged (each measured alone above): 44.365 kB, budget 44.385 kB.
  // Keys a widget acts on go no further than it (consume(), roving-focus.ts: a reveal.js deck moved a fragment or
  // a slide as the arrows moved focus in a map, a chart or the menu), the tooltip's Escape heard as it goes down:
  // 43.829 → 43.903 kB (+74 bytes), raised to 43.92 kB.
  // Won back (measured in one worktree, one step after another): the sums' and growth's rounding written once
  // (addUp(), placeOf(), toStep() in aggregate.ts), 44.364 → 44.267 kB (−97 bytes); each chunk handed to the import
  // helper by its file name, 44.253 (−14); the geometry's second reset and Lit's shouldUpdate() dropped, 44.242
  // (−11); the stat's sum sentences in the up-front catalog rather than en/stat.ts, 44.187 (−55); the unused
  // 'computed' string, 44.185 (−2); the bars' sums without a second metric test, 44.175 (−10): lowered to 44.195 kB.
  // A growth's qualifier through qualifiedPhrase() (knowledge.ts), 44.167 (−8): lowered to 44.187 kB.
  // The second round's branches merged (each measured alone above): 44.234 kB, budget 44.255 kB.
  // A chunk that could not load (a widget's code, a bundled dataset, the validator, the map's geometry) says a short
  // sentence in the widget's language (`chunk`, errorChunk), its URL and the browser's words in the console once
  // (chunkError() in errors.ts): 44.365 → 44.404 kB (+39 bytes), raised to 44.425 kB. A menu whose chunk could
  // not load says so in its place (MenuController's `message`, a plain box for it up front, as the on-demand styles
  // did not come): 44.404 → 44.452 kB (+48 bytes), raised to 44.47 kB. A widget connected again asks again for
  // its language's strings that did not load (LocaleController): 44.460 kB (+8 bytes).
  // With the chunk-failure messages merged (measured alone above): 44.352 kB, budget 44.37 kB.
  // The members' figures cite the source their metric names (a metric's `source`, about.ts), and the source line says
  // when none gives them ("Students: none given in the data": unsourcedFigures(), renderSources()), rather than cite
  // the list's source under them: 44.364 → 44.498 kB (+137 bytes), raised to 44.52 kB.
  // A metric's source for its members' figures merged (measured alone above), and a consumed key stopped at the
  // host rather than in the shadow root (stopConsumed()): 44.534 kB, budget 44.555 kB.
  // Regions drawn up for the dataset (`regionAssignment.by: "dataset"`): the sentence that says so, in the up-front
  // catalog (regionGrouping() in knowledge.ts), 44.352 → 44.379 kB (+27 bytes), raised to 44.40 kB.
  // With regions drawn up for the dataset (regionAssignment.by "dataset", measured alone above): 44.562 kB, budget 44.58 kB.
  // Presenters' files (s34-12): the download's name after what it shows, read in the on-demand chunk with the
  // widget's scene options: 44.438 → 44.442 kB (+4 bytes), raised to 44.389 kB. (44.438 kB was measured at the
  // branch's start, already over the 44.385 kB budget.)
  // A number kept with its unit word (formatCompact(): a no-break space, "۲۲ میلیون" never split across lines):
  // 44.442 → 44.452 kB (+10 bytes), raised to 44.399 kB.
  // The third round's branches merged (each measured alone above): 44.593 kB, budget 44.61 kB.
  // `whenReady()`, the `netreach-ready` event and toSVG()/toPNG() waiting for the drawing (the base element; the
  // events' dispatch shared through fire()): 44.597 → 44.729 kB (+132 bytes), raised to 44.75 kB.
  // The widgets' font read at their first measurement, not in a render before it (fontMeasure(), s35-2: 40 bar
  // charts given `.data` restyled the page 44 times before drawing, now 5): 44.597 → 44.610 kB (+14 bytes), raised
  // to 44.625 kB.
  // The members' figures no source gives said alike on the line, in the CSV and in About ("Students: no source given
  // in the data", one more string, and the CSV's rows of them): 44.593 → 44.623 kB (+30 bytes), raised to 44.64 kB.
  // A region's bar says in its tooltip and name that its figure is a sum (sumNotes(), the bars' model and scene):
  // 44.623 → 44.675 kB (+52 bytes), raised to 44.69 kB.
  // "Other (n)" says likewise that it adds up the members' figures it folds (foldRows()): 44.675 → 44.729 kB
  // (+54 bytes), raised to 44.745 kB.
  // A CSV and About this data of what no source backs say "Source: none given in the data", as the line does
  // (uncited() in about.ts): 44.732 → 44.773 kB (+41 bytes), raised to 44.79 kB.
  // The countries' "Other (n)" says under the chart too that it is a sum (barsScene()): 44.774 → 44.808 kB (+34 bytes),
  // raised to 44.825 kB.
  // The thirty-fifth session's first round merged (ready event, bars' font read, source lines and sums, the
  // languages' words): 44.954 kB, budget 44.975 kB.
  // No render of a widget still loading as it last rendered (shouldUpdate(): a map's data, code and geometry arrive
  // apart; 100 maps 0.98× the CPU, docs/PERFORMANCE.md): 44.597 → 44.654 kB (+57 bytes), raised to 44.67 kB.
  // The map's menu corner (the root's font) read once its box has its size, not in the render before it (s35-5:
  // one style recalculation fewer on the first draw's path): 44.746 → 44.752 kB (+6 bytes), raised to 44.76 kB.
  // The 100 maps' and the single map's branches merged (no "Loading…" drawn again, the corner read with the first
  // size): 45.010 kB, budget 45.03 kB.
  // A themed widget padded off the edges of the background it paints (the base styles; a dashboard's parts not):
  // 44.733 → 44.758 kB (+25 bytes), raised to 44.78 kB.
  // A region's and "Other"'s name joins its sum's sentence with the language's full stop ("。" in Chinese, "۔" in
  // Urdu: followedBy() in locale.ts), not ". ": 44.950 → 44.977 kB (+27 bytes), raised to 45.002 kB.
  // A page's first data whose validator's chunk is not here two frames on says "Loading…" rather than show an empty
  // box (shouldUpdate() in netreach-element.ts): 44.977 → 45.002 kB (+25 bytes), raised to 45.027 kB.
  // The outside review's and the loose ends' branches merged (themed widgets padded, the trend's label lines,
  // downloadAs() waits, sentences joined the language's way, "Loading…" after two frames): 45.083 kB, budget 45.105 kB.
  // Each source of the source line in a box with its separator (renderSources(): right to left "؛" stood a box's
  // width from a Persian name's last word): 45.025 → 45.049 kB (+24 bytes), raised to 45.05 kB.
  // Merged after the round, that raise was lost: 45.002 kB over a budget of 44.975 kB. No "Loading…" render before
  // LOADING_DELAY (shouldUpdate(); the map holds its box meanwhile, and a widget seen without an area is asked about
  // again: 100 maps render twice, not three times, docs/PERFORMANCE.md): 45.002 → 45.080 kB (+80 bytes), raised to
  // 45.10 kB.
  // The minifier's pure annotations (`/* @__PURE__ */`, 65 of them, for a bundler's tree-shaking) left out of the
  // module bundle's files (scripts/build.mjs: `comments: { annotation: false }`; browsers run them, nothing
  // bundles them again; bundlers read lib/, untouched): 45.009 → 44.915 kB (−96 bytes), lowered to 44.935 kB.
  // chartSources() (the sources a KPI tile of the member count cites) in the stat's model, its chunk, the only code
  // that asks for it (the bars' model held it): 44.915 → 44.869 kB (−47 bytes), lowered to 44.89 kB.
  // formatStatValue() through formatQualifiedCompact()'s `full` (the qualifier's suffix written once):
  // 44.869 → 44.846 kB (−23 bytes), lowered to 44.865 kB.
  // renderMeta(), a source's details after its title, which only About this data (the on-demand chunk) and the
  // dashboard's sources (its chunk) show, in src/base/source-meta.ts, copied into both (COPY_INTO_CHUNKS):
  // 44.846 → 44.746 kB (−102 bytes), lowered to 44.765 kB.
  // The member an arrow key moves the map's focus to (memberTowards(), map.update.ts, and its arrows' directions) in
  // the map's chunk, which a map whose member has focus has loaded: 44.746 → 44.686 kB (−61 bytes), lowered to 44.705 kB.
  // The second round merged ("Loading…" after 200 ms, the trend's labels, the source line's separator, the bytes won
  // back): 44.845 kB, budget 44.865 kB.
  // The source line's separator boxes reverted (a box and a space more per source: the map's node counts grew past
  // map-nodes.test.ts's): 44.826 kB, budget 44.845 kB.
  // Every widget's host holds its "Loading…" line's box before it says it (base styles, a spacer; the map's Urdu rule
  // moved there): 44.845 → 44.898 kB (+53 bytes), raised to 44.918 kB.
  // A note's right-to-left isolated name holds its punctuation in its box (renderNotes(), RTL_FIRST in bidi.ts):
  // 44.898 → 44.930 kB (+32 bytes), raised to 44.95 kB.
  // A loading widget's box and the notes' right-to-left names merged: 44.925 kB, budget 44.945 kB. A source's name
  // that begins right to left flows inline, its separator after its last word (class="rtl" on its element, bound in
  // sourceItem()'s ten templates, and the rule): +36 bytes, 44.961 kB, budget 44.981 kB.
  // A loading widget's box and the notes' right-to-left names merged: 44.925 kB, budget 44.945 kB.
  // The bars' and the regions' menu corner (the root's font) read where their chart is laid out at a width, not in
  // the render before their first size (s35-13, data given first): 44.924 → 44.947 kB (+23 bytes), raised to 44.968 kB.
  // The last three merged (languages, the right-to-left source names inline, the bars' and regions' corner read
  // later): 44.986 kB, budget 45.005 kB.
  // The options set before the first render reflected while the widget waits out LOADING_DELAY (reflectNow(): Lit
  // reflects only in an update, which the delay skips; CI saw [presenter] missing after updateComplete): 44.986 →
  // 45.073 kB (+87 bytes), budget 45.095 kB.
  // A widget taken off the page while it waits out LOADING_DELAY stops its timer (no "Loading…" rendered detached)
  // and waits again when put back (NetreachElement's connected and disconnected callbacks): 45.072 → 45.100 kB
  // (+28 bytes), raised to 45.12 kB.
  // A theme given at run time drawn once, at the padded width read in the widget's update (measureNow(),
  // controllers.ts; it drew twice, the second time when the ResizeObserver told the narrower width): 45.100 →
  // 45.161 kB (+61 bytes), raised to 45.18 kB.
  // A `src` a page opened as a file cannot fetch (a file: URL) says in the console what to do instead: serve the page,
  // or put the data inline (fetchDataset(), load.ts; the box's sentence unchanged, no string in 13 languages):
  // 45.161 → 45.222 kB (+61 bytes), raised to 45.24 kB.
  // The map's highlighted members in a download's name (fileName(), in the on-demand chunk) changed no code up front,
  // only the hashed names of the chunks it imports (gzip's noise): 45.090 → 45.098 kB, raised to 45.105 kB.
  // Escape clearing a selection says so (`netreach-select` with null: the map's, the bars', the regions' and the
  // table's onClear, RovingFocusController): 45.057 → 45.096 kB (+40 bytes), raised to 45.118 kB.
  // table's onClear, RovingFocusController): 45.057 → 45.096 kB (+40 bytes), raised to 45.118 kB. One unknownMetric()
  // for six widgets' checks (−20 bytes), then the bars' tied regions in the dataset's order (+20 bytes): 45.096 kB.
  // The branches s36-6 and s36-7 merged (English wholly for a language without texts, Escape's netreach-select,
  // the unknown metric's ids, ties by the dataset's order): 45.275 kB, raised to 45.295 kB.
  // A trend fits a height the page gives it (s36-5: its ResizeController follows the chart's box, told each size
  // through fitTrend() whether the drawing already fits it): 45.088 → 45.130 kB (+42 bytes), raised to 45.137 kB.
  // s36-5 merged (a map and a trend fit a height given): 45.318 kB, raised to 45.34 kB.
  // s36-8: the private members of the classes up front (the element's base, its controllers, the widgets' elements) as
  // ECMAScript private names (`#loadingDue`), which the minifier shortens (`#e`) where it keeps a TypeScript `private`
  // name whole; not those a test reads (a map's `drawn`, a bars' `tooltip`, LazyModule's `loading`…):
  // 45.215 → 44.905 kB (−310 bytes), lowered to 44.925 kB.
  // s36-8 merged onto the round's other branches (ECMAScript private names): 45.014 kB, lowered to 45.035 kB.
  // A member listed by inference (`member.by`, Silk Road's China) named under every list of the countries
  // (countriesKnowledge(), knowledge.ts) with one new string up front, "listed by inference (see the source’s note)":
  // 45.275 → 45.349 kB (+74 bytes), raised to 45.365 kB.
  // s36-10 merged (a member listed by inference says so: one string in 13 languages, up front with knowledge.ts):
  // 45.092 kB, raised to 45.11 kB.
  // A dashboard's selection handlers (a part's netreach-select, Escape, "Clear selection") moved into its chunk
  // (dashboard.view.ts, choose(): the dashboard says each choice as its own netreach-select): 45.275 → 45.156 kB
  // (−119 bytes), lowered to 45.18 kB.
  // A loading map's box no taller than a height given (four rules of map.styles.ts): 45.318 → 45.338 kB (+20 bytes);
  // a map's step past the dataset's regions said in the console (in the map's chunk: only its hashed name changed
  // here): 45.345 kB (46433), raised to 45.36 kB.
  // s36-9 (the dashboard's handlers into its chunk, −119 bytes) and s36-11 merged: 45.004 kB, lowered to 45.025 kB.
  // s36-11's loading box reverted (the 100 maps 1.05–1.06× the time and CPU, 9 interleaved rounds): 44.981 kB,
  // lowered to 45.0 kB.
  // The session's last commits (ku-arab, the map's .body a flex column): 44.966 kB, lowered to 44.985 kB.
  // The thirty-seventh session's bytes back (s37-4), each measured one after another: toSVG(), toPNG() and
  // downloadAs() written by the on-demand chunk, which each already loaded (widgetFile(), downloadFile() in export.ts;
  // toCSV() stays, synchronous), 44.966 → 44.812 kB (−159 bytes); Lit's css`` errors said in a word in the bundles
  // (shortLitErrors, scripts/build.mjs), 44.709 (−105); "About this data" in en/on-demand.ts, its only reader, 44.697
  // (−12); the table's growth by a batch a frame in its chunk (growRows(), table.view.ts), 44.605 (−94); the themes'
  // declarations without the spaces the CSS minifier takes out of css``, 44.599 (−7); About's and View data's close
  // (closePanel(), about-panel.ts) with the panels, 44.583 (−16): lowered to 44.605 kB.
  // s37-2 merged: the stat ready once its count-up has ended (+55) and the inferred member's mark in the bars' labels
  // (+76): 44.732 kB measured, raised to 44.75 kB.
  // s37-3 merged (a map's table in a height given: a class set when it is toggled): 44.747 kB, raised to 44.765 kB.
  // s37-7 merged (a failed language chunk drawn wholly in English +9; the inferred member in "Other (n)" +38): 44.800 kB,
  // raised to 44.82 kB.
  // s37-6 merged (a loading map within a height given: one CSS rule; the menu's pointerdown on the document only while
  // open, fullscreenchange on the host): 44.843 kB, raised to 44.86 kB.
  // The source line's names isolated only where one has right-to-left text (a `bidi` class, renderSources()): the
  // 100 maps 0.92-0.98x the time in three quiet interleaved runs (docs/PERFORMANCE.md). 44.932 kB, raised to 44.95 kB.
  // s38-3: the two networks' overlap (countryOverlap(), overlapModel() and their five English strings, en/overlap.ts)
  // copied into the map's and the table's chunks, the only code that runs it, and no longer an export of netreach.js
  // (`netreach/core` and the classic script keep it): 44.928 → 44.416 kB (−512 bytes), lowered to 44.436 kB.
  // An error code's message key worked out from the code (`not-json` → errorNotJson; messageKey() in errors.ts, typed
  // so that a code without its message does not compile) rather than a table of thirteen: 44.416 → 44.335 kB (−81
  // bytes), lowered to 44.355 kB.
  // s38-1's bars (above) merged after s38-3's cuts: 44.469 kB, budget 44.49 kB.
  // s38-6 merged (an update with new data alone reads the options once): 44.483 kB, budget 44.505 kB.
  // s38-7 merged (the ISO codes as a letter tree, the options' refusal words on demand): 44.107 kB, budget 44.13 kB.
  // s38-10: the 249 English names out of it (a bundled dataset's chunk brings its countries', the validator's chunk
  // all of them; src/core/english-table.ts empty in this file): 44.111 → 42.597 kB (−1.514), lowered to 42.617 kB.
  // s38-11 merged (axes' ticks thinned where their labels would meet, fittingTicks(), the bars' up front): 42.720 kB,
  // budget 42.74 kB.
  // s38-12: English that only lazy chunks say into them (the overlap table's caption and column in en/overlap.ts;
  // "Hide data" and a figure with its share in en/later.ts, copied into the map's, regions' and on-demand chunks):
  // 42.716 → 42.664 kB (−52 bytes), lowered to 42.684 kB.
  // s38-12 merged in main: 42.668 kB, budget 42.69 kB.
  // s39-2: the map's probe (map.ts: its box's size read while it loads, so that each of 100 maps renders once, not
  // twice; 0.88–0.99× the CPU of the 100 maps in four A/Bs): +201 bytes, 42.864 kB, budget 42.885 kB.
  // s39-1..4 merged in main (s39-2's probe +201, s39-3 −412): 42.450 kB, budget 42.47 kB.
  // s39-7: en-001's nine country names worked out from en's by three edits (−92), a fetched body read and parsed by
  // the validator's chunk in one call (−21): 42.445 → 42.332 kB measured, lowered to 42.35 kB.
  // s39-10: the map's probe taken out (its size a guess: 19 of 42 layouts ready at a wrong size), with sizeOf()
  // taking a border box's padding and border off: 42.332 → 42.248 kB measured, lowered to 42.27 kB.
  // s39-9 (a sentence in a chart's place spaced for Urdu, +83) and s39-10 merged in main: 42.329 kB, budget 42.35 kB.
  // s40-3: a figure over time in words (src/core/growth.ts, en/growth.ts: growthText(), periodNotes(), whenText(),
  // whenPhrase(), spokenFigure(), formatStatValue() and their eight English strings) out of netreach.js, a copy in
  // each of the four lazy chunks that say them (COPY_INTO_CHUNKS): 42.330 → 41.547 kB (−802 bytes), lowered to 41.57 kB.
  // s40-3: the growth's computation too (metricGrowth(), from aggregate.ts into growth.ts and its copies):
  // 41.547 → 41.173 kB (−383 bytes), lowered to 41.195 kB.
  // s40-7: text widths keyed by the resolved font (fontKey(): style, stretch, spacing, family) and measured again when
  // a widget moves or its font changes (a font sample watched by the shared ResizeObserver): 41.173 → 41.796 kB
  // (+623 bytes), raised to 41.815 kB.
  // s40-5: the stat's option spec gains --netreach-stat-size (a CSS property its files read): 41.797 → 41.839 kB
  // (+42 bytes after merging), raised to 41.86 kB.
  // s40-6: an RTL source name its own box on LTR pages: 41.839 → 41.868 kB (+29 bytes), raised to 41.89 kB.
  // s40-10: the KPI tile's and the trend's CSV rows (total-rows.ts) into their chunks: 41.868 → 41.776 kB (−92 bytes
  // after merging), lowered to 41.795 kB.
  // s40-9: the font-following code in fewer bytes (the canvas's letterSpacing/wordSpacing, one controller for the
  // probe and loadingdone): 41.776 → 41.625 kB (−151 bytes after merging), lowered to 41.645 kB.
  // The font sample's width read with the first size, so its first report compares rather than reads the page's
  // style after the first draw: 41.625 → 41.677 kB (+52 bytes), raised to 41.7 kB.
  // s41-3: percentages (percent.ts: formatPercent(), formatPercentChange(), englishPercent()) copied into the
  // regions', the table's, the KPI tile's, the trend's and the on-demand chunks, and what only growth.ts used
  // (formatQualifiedCompact(), isLowerBound(), roundSignificant()) moved into it; none an export of dist/netreach.js
  // any more (`netreach/core` has them): 41.675 → 41.431 kB (−250 bytes; the growth part alone −54), lowered to 41.45 kB.
  // s41-2: the tooltip's lines and placement, the arrow keys' moves and the charts' tooltip rules in a lazy chunk
  // (src/base/interaction.ts) asked for after a first draw; with s41-3's and s41-4's changes: 41.433 → 40.827 kB
  // (−606 bytes), lowered to 40.85 kB.
  // s41-8: a fetched file's load after its request (load.ts: the shared requests, their deadline, the response's
  // checks and errors) in the validator's chunk, which a `src` page loads anyway; up front only the request's start
  // (load-start.ts): 40.824 → 40.537 kB (−287 bytes), lowered to 40.56 kB.
  // s41-9: bars and regions given too small a height scroll their frame (a `.scroll` column in chart-styles.ts), the
  // menu button's anchor a flex box: 40.545 → 40.625 kB (+80 bytes), raised to 40.65 kB.
  // s41-10: the menu's item focus and its full-screen rules in the on-demand chunk (opening the menu, or the page's
  // own full screen, loads them): 40.625 → 40.564 kB (−61 bytes), lowered to 40.58 kB.
  { file: 'netreach.js', limit: 40.58 * 1024, aim: 40 * 1024, withStaticImports: true },
  // The whole library's code: netreach.js plus the code the map loads lazily (d3-geo, topojson); data chunks
  // (geometry, bundled datasets, language packs) are counted apart. A guard against lazy chunks growing unseen.
  // Issue 13 (what the sources know: partial lists, periods, computed growth, derived regions, "About this
  // data", overlap) added about 6 kB of core code and English strings: 60 → 65 kB. Issue 12's file writer (the
  // standalone document of a scene, loaded by toSVG() on first use) came before the widgets' old drawing code
  // and the DOM-cloning export could go: 65 → 70 kB while the widgets move onto scenes. Issue 16's width estimates
  // for Bengali and Chinese text (the file writer measures with them) added 0.1 kB, and the widgets' option specs
  // (each attribute declared once, read by the element, embed.html and the command line; 1.3 kB with their docs
  // left out of the bundles) came before the code they replace could go: 70 → 73 kB.
  // The same transition: 73 → 78 kB. The map's box sized before its content and the table's rows that choose a
  // member (cross-filtering the dashboard), the bars' wrapped labels and the files' side legend: 0.5 kB more.
  // Issue 14's map look (above, and the world fitted to the land masses and members, the far side of the globe in
  // the projection chunk): 0.6 kB more. Issue 14's time direction, trend labels on phones and "unchanged since …"
  // (see above): 0.7 kB, 79.2 → 79.9 kB. Issue 13's map compare: +0.6 kB.
  // Issue 12's size work: what only the menu and files need in a chunk of its own (one more file, gzipped alone),
  // less the templates' indentation, the classic script's lazy wrappers and one chunk fewer for the map (d3-geo
  // with topojson-client): 80.3 → 80.7 kB (80.8 after main's overlap change).
  // Issue 12's deferral (above) moves 6.8 kB out of what a page loads up front into three chunks, each gzipped
  // apart, with the loaders' code: the validator 80.8 → 81.4 kB, the trend's and the table's code 81.4 → 83.2 kB.
  // Raised by the 2.4 kB measured: 81.1 → 83.5 kB.
  // Issue 12's table and dashboard scenes (the grid and the taller file in the table's chunk, the parts composed
  // in the on-demand chunk), less the DOM-cloning export: 83.4 → 84.8 kB measured, raised 83.5 → 85 kB.
  // Scene marks drawn as plain DOM rather than Lit templates (src/base/marks.ts: a 57-bar chart's first draw 0.95×
  // the CPU, 0.91× the time, in one interleaved run): 84.8 → 85.0 kB measured, raised to 85.2 kB.
  // Issue 12's cut of a map's nodes (see above): 85.15 → 85.24 kB measured, raised to 85.3 kB.
  // The cloned member layers (above): 85.28 → 85.38 kB measured, raised to 85.4 kB.
  // The map's spacers (above): 85.38 → 85.49 kB measured, raised to 85.5 kB.
  // The map's note on a metric without figures by country (above): 85.49 → 85.54 kB measured, raised to 85.6 kB.
  // The bars' message for a metric without figures (above): 85.54 → 85.62 kB measured, raised to 85.7 kB.
  // The map's model and scene in the map's chunk (above): 4 kB out of what a page loads up front cost 0.5 kB in
  // all (the chunk's imports from the shared one), 85.70 → 86.21 kB measured, raised to 86.3 kB. The member layer
  // and the world's conversion (above): 86.21 → 86.02 kB measured, lowered to 86.1 kB. The drawn widgets' stylesheets
  // in their chunks (above): 1.85 kB out of what a page loads up front cost 1.16 kB in all (CSS gzipped apart from
  // the rest, and the code that adopts it), 86.02 → 87.18 kB measured, raised to 87.2 kB. A page of one widget loads
  // less than before; a dashboard's, which loads every chunk but the menu's, more (see the README's Builds and sizes).
  // The menu's and panels' styles in the on-demand chunk (above): 87.18 → 87.44 kB measured, raised to 87.5 kB.
  // The dashboard's chunk (above): 87.44 → 88.26 kB measured, raised to 88.3 kB. The table's and the map's templates
  // in their chunks (above): 88.26 → 88.84 kB, raised to 88.9 kB. netreach.js as one file (above): 88.84 → 88.62 kB,
  // lowered to 88.7 kB. Equal Earth and Natural Earth maps drawn with the projection's formula alone where no
  // clipping is needed (src/geo/projection.ts: a map's first draw 0.956× the time): 88.69 → 88.81 kB measured, raised
  // to 88.9 kB. V8's compile hint atop the five chunks a widget runs as it draws (scripts/build.mjs: the map's first
  // draw 0.962× the time, 0.939× the main thread's CPU): 88.81 → 88.94 kB measured, raised to 89.0 kB. English
  // without Intl (above): 88.94 → 92.15 kB, raised to 92.3 kB. The OIC members' English (above): 92.19 → 92.36 kB
  // measured, raised to 92.5 kB. aboutData in the on-demand chunk (above; gzipped apart from the code it shares
  // words with): 92.36 → 92.59 kB measured, raised to 92.7 kB. The dashboard's file laid out for slides (its notes
  // in two columns, the trend's growth left to its tile; in the on-demand chunk): 92.59 → 92.76 kB, raised to 92.8;
  // its map as wide as the world needs, the columns beside it the wider: 92.76 → 92.88 kB, raised to 92.9. Its
  // tiles' row as tall as Urdu's lines need, and a table panel too short for one row saying so (the English
  // sentence up front, 50.31 → 50.35 kB): 92.88 → 92.95 kB, raised to 93.0. Its file's own title and source line
  // at 0.7 (a scene's frameScale): 92.95 → 92.98 kB, raised to 93.1 (93.0 would leave 20 bytes). Bidi isolates
  // (above): 92.98 → 93.26 kB, raised to 93.3 kB; and around each source of a file's source line (the file
  // writer), 93.26 → 93.32 kB, raised to 93.4 kB. The stat's figure right to left and the Arabic semicolon (above):
  // 93.32 → 93.47 kB, raised to 93.5 kB. Each note once in a dashboard (above; the dashboard's chunk places them):
  // 93.47 → 94.03 kB, raised to 94.1 kB. The lazy code's English in its chunks (above; each gzipped apart):
  // 94.03 → 94.17 kB, raised to 94.2 kB. The dashboard's plan in its chunk (above): 94.17 → 94.25 kB, raised to
  // 94.3 kB; the source line's rules (above), 94.28 kB, raised to 94.4 kB (94.3 would leave 20 bytes). A note's
  // names as boxes (above): 94.28 → 94.44 kB, raised to 94.5 kB. The language kept while another loads and whole
  // names in lines (above): 94.44 → 94.63 kB, raised to 94.7 kB. A source's details isolated (above): 94.67 kB,
  // raised to 94.8 kB (94.7 would leave 30 bytes). The tile's year, the bars measuring less and the sparkline's
  // times (above): 94.89 kB, raised to 95.0 kB. A dashboard file's panels side by side when its row is too short to
  // stack them, and a panel's note wrapped to its width: 94.93 → 95.11 kB, raised to 95.2 kB. Files' Latin wider in
  // the Noto faces (Urdu, Bengali, Chinese, Russian): 95.18 kB, raised to 95.3 kB (95.2 would leave 20 bytes). Files'
  // lines broken between ideographs (the file writer's chunk; the page's scenes do without): 95.51 kB, raised to 95.6.
  // Growth notes' nested brackets and the compact table (above; its styles in the table's chunk): 95.66 kB, raised
  // to 95.8 kB. The bars fitted to a file's box (above), a dashboard file's strip without a table of one row (the
  // on-demand chunk): 95.77 kB, raised to 95.9 kB. A table's caption kept in its box as it scrolls sideways and its
  // compact headers (the table's chunk), a dashboard without bars when its network has no regions (the dashboard's
  // chunk and the on-demand chunk's file layout), secondary text at 75 %: 95.90 kB, raised to 96.0 kB; right-to-left
  // names flush with their paragraph: 95.92 kB; their last lines, the error box, the message's corner and a
  // partial list's legend (above): 95.93 kB; the table's header (above): 95.92 kB; a bar's name (above): 95.94 kB;
  // a legend's name and figure in one box: 95.95 kB; localizedName in a module of its own (for embed.js): 95.96 kB.
  // The dashboard's sources numbered in the language's digits ("۱.", the dashboard's chunk): 96.08 kB, raised to 96.2
  // kB (96.1 would leave 20 bytes). A source's date on hover in the reader's words (formatSourceDate, up front
  // already): 96.05 kB. A side legend's entries below the menu button (the map's chunk): 96.08 kB; its title and a table's
  // caption wrapped before it: 96.11 kB. The KPI figure sized to its tile (above): 96.22 kB, raised to 96.3 kB.
  // The Arabic comma and the languages' full stops (above): 96.34 kB, raised to 96.4 kB. French and Chinese
  // punctuation (above): 96.50 kB, raised to 96.6 kB. The waffle's unit wrapped (above): 96.56 kB, raised to 96.7 kB.
  // The sources beside their heading (above): 96.60 kB; properties without decorators (above): 95.79 kB, lowered to 95.9 kB;
  // French and Chinese separators between sources (above): 95.86 kB. The stat's and the regions' chunks (above),
  // each gzipped apart from the code it shares words with: 97.85 kB, raised to 97.9 kB. A dashboard asking for its
  // parts' code as it connects, and whole ticks for whole numbers on the bars' and the trend's axes: 97.92 kB, raised
  // to 98.0 kB. A list of countries inferred from a count said so (above): 98.00 kB, raised to 98.1 kB. The map's
  // chart skipped off screen, the stat's count-up, source links (above): 98.14 kB, raised to 98.2 kB. The growth's
  // rounding, the failed PNG's message and its style (above): 98.61 kB, raised to 98.7 kB. The same words in every
  // language (above): 98.86 kB, raised to 98.9 kB. Colours by the text's lightness (above): 99.10 kB, raised to 99.2 kB.
  // Right to left, each name of the dashboard's and About this data's sources a box of its own: 99.21 kB, raised to
  // 99.3 kB. Reach mode's sentence among the map's notes (a table file's title, above): 99.32 kB, raised to 99.4 kB.
  // A dashboard file's table leaving out the columns its panel has no room for, and saying so: 99.48 kB, raised to
  // 99.5 kB. A waffle narrower where it would reach under the menu button: 99.51 kB, raised to 99.6 kB. A printed
  // deck's widgets, and a regions table saying that its rounded shares do not add up: 99.68 kB, raised to 99.7 kB.
  // Bars of the member count by country said rather than drawn: 99.76 kB, raised to 99.8 kB. The bars' rows painted
  // by class (above): 99.99 kB, raised to 100.0 kB. English plurals without Intl.PluralRules: 100.04 kB, raised to
  // 100.1 kB. Azerbaijani in Cyrillic script (above): 100.16 kB, raised to 100.2 kB. Azerbaijani's dates and language
  // names (About this data): 100.20 kB, raised to 100.3 kB. The Cyrillic written when first read: 100.22 kB;
  // the transliteration in a module of its own (for embed.js): 100.23 kB. The map's options that name nothing in the
  // data (a `home`, `highlight` or `region` not in it) said in a console warning: 100.39 kB, raised to 100.4 kB.
  // The fixes above and the stat's sentence on a sum of the members' figures (two strings, thirteen languages):
  // 100.63 kB, raised to 100.7 kB.
  // The map's ignored options in parts (attribute, value, reason), told to renderSvg()'s caller, "Source: none
  // given in the data" and the stat's source line citing its sparkline's totals: 100.74 kB, raised to 100.8 kB.
  // View data in words (src/core/data-view.ts, its caption, headers, row headers and styles, Escape closing it: the
  // on-demand chunk, 10.08 → 11.07 kB; its three headers in English there): 101.75 kB, raised to 101.8 kB.
  // The dashboard's and About's sources right to left as the English list, Urdu lines at 2.3 and the tile's
  // sparkline lower in Urdu, a flat sparkline along its box's middle (sparklineY()): 101.91 kB, raised to 102.0 kB.
  // Escape clearing a selection in one place, tooltips beside their item (above).
  // "Hide data" on the map's table toggle while the table shows (its English in en/map.ts).
  // The map's legend naming only the regions its `step` has coloured (a deck's step 0 named all three): 102.09 kB,
  // raised to 102.1 kB. Tooltips clear of the other items' values, Urdu tooltips on 2.3 lines (above): 102.28 kB,
  // raised to 102.3 kB.
  // The map's members kept clear of the menu button's corner (a zoom's fitted below it or beside it, src/geo/
  // projection.ts): 101.98 → 102.19 kB measured, raised to 102.3 kB. The tile and the dashboard in boxes as wide as
  // their content, tooltips on a zoomed page, the menu's corner from the root's font: 102.27 kB. The trend's chart
  // below the menu button (its title's row at least the button's height): 102.31 kB, raised to 102.4 kB.
  // The table's rows' names one tab stop (RovingFocusController with `vertical`, Up and Down between rows; 57 stops
  // before), the dashboard's trend and table panels named groups with a heading each, the map's table closed by
  // Escape, the table's View data in its own headers and cells (tableDataView(), in its chunk), focus kept on a
  // table's chosen row, the map's View data taking focus: with the lines above, 102.97 kB, raised to 103.0 kB.
  // Nothing under the menu button (the regions' grid scaled to clear it, long words in the trend's and the dashboard's
  // titles broken, the bars' first row below a larger root font's button): 103.04 kB, raised to 103.1 kB. The map's
  // corner checked by what its members draw there, their symbols' reach included (src/geo/projection.ts): 103.12 kB,
  // raised to 103.2 kB; without their reach: 103.09 kB.
  // The second accessibility review (above; in the table's chunk the sort's live region and the links' tab stop)
  // and the corner check's members' bounds through the formula: 103.58 kB, raised to 103.7 kB.
  // The thirty-first session's reviews (above; in the chunks the honesty sweep's fixes): 104.06 kB, raised to 104.1 kB.
  // Files in the colours the page gives a widget (the on-demand chunk reads its --netreach-* colours and font once
  // per file, src/base/export.ts; src/scene/render.ts's filePalette() lays them over the theme's): +0.41 kB
  // measured, 104.06 → 104.47 kB, raised to 104.5 kB.
  // The dashboard's regions' menu button named by their heading (104.09 kB), and the regions' legend beside the chart
  // kept clear of the menu button's corner (a margin in their chunk's stylesheet): 104.15 kB, raised to 104.2 kB. A
  // presenter's narrow waffle in fewer columns rather than scaled below 10 px squares (waffleLayout's `fit`). All
  // together: 104.58 kB, raised to 104.6 kB.
  // The thirty-first session's honesty fixes: the bars', the regions' and the regions table's CSV keep a lower bound's
  // qualifier (`at-least`) and write a share to four places (csv.ts's csvShare; the table's CSV rows built in its
  // chunk, tableCsvRows, to keep them out of what a page loads up front), the universities tile says how many the
  // sources name, no arrow-key hint in a trend with nothing to move between: 104.06 → 104.31 kB, raised to 104.4 kB.
  // With the lines above: 104.80 kB, raised to 104.9 kB.
  // A lower bound's compact figure rounded down ("124K+", "at least 124 thousand" of a sum of 124,500, not "125K+":
  // locale.ts's formatCompact(…, down), english.ts's roundTo): 104.85 → 104.93 kB, raised to 105.0 kB; at the bars'
  // ends and in the waffle too: 104.95 kB.
  // The trend and the table follow a page's dark-mode class (a transition on the text colour their box inherits
  // tells them to read the page's background again: pageBackground()): 104.95 → 105.00 kB, raised to 105.1 kB. A
  // widget in an iframe's document following its lang, menu and tooltip there (above): 105.06 kB.
  // Files keep a page's translucent --netreach-* colours (`#rrggbbaa`; what follows the text at that much of it, the
  // map's scale mixing alpha) and read colours the canvas says in another space (`oklch(…)`) through a pixel; all in
  // the on-demand chunk: 104.99 → 105.25 kB, raised to 105.3 kB. A widget without `theme` under light text writes
  // a dark file, as it shows dark colours (export.ts's theme()): 105.31 kB, raised to 105.4 kB.
  // No second update after a drawing (above): 104.95 → 104.99 kB, raised to 105.1 kB (105.0 would leave 6 bytes).
  // A refused option value said in the console (above): 105.05 kB. Inline JSON edited in place read again (above):
  // 105.10 kB. Sources merged only when the same source (above), in the file's source line too: 105.16 kB. A table's
  // unknown `region` said in the console (above): 105.20 kB.
  // The thirty-second session's eleven fixes above together (each branch measured alone against 104.95 kB):
  // 105.71 kB, raised to 105.8 kB. A widget's data and fonts from its own document (above): 105.73 kB. The menu
  // button 24 px at least (above): 105.83 kB, raised to 105.9 kB. Two sources named alike told apart by their years, else titles, on the
  // page and in the file (sourceLabels()): 105.83 kB, raised to 105.9 kB. Options that name nothing the data has said in the
  // console (namesNothing()), and the regions' scene ignoring such a selected region: 106.17 kB, raised to 106.2 kB.
  // The branches above together (each measured alone): 106.28 kB, raised to 106.4 kB (106.3 would leave 17 bytes).
  // The map's highlight, home and region said through namesNothing() (above): 106.46 kB, raised to 106.5 kB. A widget
  // in an iframe's document (its events' targets duck-typed, its provider, opener, fonts, files and tooltip viewport
  // its own document's) with the branches above: 106.55 kB, raised to 106.6 kB. A `selected` read as the data spells
  // it (readSelected(), above): 106.65 kB, raised to 106.7 kB. Warnings once the page has loaded (above): 106.68 kB.
  // The bytes taken back from netreach.js above, into the map's, the table's, the regions' and the KPI tile's chunks
  // (each gzipped apart), with the above: 106.84 kB, raised to 106.9 kB. The options' warnings in the map's, the
  // table's and the dashboard's chunks (above; each gzipped apart): 106.84 → 106.90 kB (67 bytes), raised to 106.97 kB.
  // The iframe's document let go of on its
  // `pagehide` (above): 106.84 → 106.91 kB measured, raised to 107.0 kB. Both together: 106.97 kB, budget 107.0 kB.
  // The table's row buttons 24 px tall (WCAG 2.5.8) and its focused row clear of a header of several lines (its
  // height measured), in the table's chunk: 106.97 → 107.02 kB (109,587 bytes), raised to 107.02 kB.
  // A dashboard's notes placed before its parts draw (above): 106.96 → 106.98 kB (+24 bytes), within 107.0 kB.
  // The map's tooltip and ring for the next member drawn in the new data's update (above): 106.958 → 107.013 kB
  // measured, raised to 107.06 kB. The shadow root duck-typed and the lang observers' release (above): 107.014 kB.
  // The trend's tooltip with the map's, RovingFocusController.moving() (above): 107.052 kB.
  // The trend's update in its chunk (above; gzipped apart from the element's code it was like): 106.958 → 107.291 kB
  // (+333 bytes), raised to 107.31 kB. The regions' (above): 107.291 → 107.468 kB (+177 bytes), raised to 107.49 kB.
  // The map's drawn template (its box, legend, notes, sources, table toggle and table box: renderMap(), map.view.ts)
  // in the map's chunk (above): 107.468 → 107.579 kB (+114 bytes), raised to 107.60 kB.
  // The dashboard's file gathered in the dashboard's chunk, which a ready dashboard has loaded (the parts' code, the
  // map's geometry and the on-demand chunk's scene: dashboardFile(), dashboard.file.ts; not in the on-demand chunk,
  // which would bundle the map's code with a page's KPI tile) (above): 107.579 → 107.654 kB (+77 bytes), raised to
  // 107.68 kB.
  // The map's box's parts (.fixed, .stack, .body, .map-box and their spacers' rules), which only a drawn map has, in
  // its drawn stylesheet (map.drawn.styles.ts, adopted when the map's chunk is here, before it renders them) (above):
  // 107.654 → 107.656 kB (+2 bytes), within 107.68 kB.
  // The regions' legend (renderLegend() and its swatches, regions.legend.ts) in the regions' chunk, the only page
  // widget that draws a scene's legend, and its rules (the legend, its items, swatches and figures, their forced
  // colours) in the regions' drawn stylesheet rather than the chart styles every bars and trend load (above): 107.656
  // → 107.875 kB (+224 bytes), raised to 107.90 kB.
  // The map's drawing after each render (its box's aspect ratio, the marks as plain DOM, the focus ring, the chart
  // skipped off screen: drawMap(), member-layer.ts) called from its chunk (above): 107.875 → 107.896 kB (+22 bytes),
  // raised to 107.92 kB.
  // The KPI tile's scene prepared again and the menu's title (updateStat(), stat.update.ts) in its chunk; the trend's
  // option values read only when its scene is prepared again, as before its move (above): 107.896 → 107.922 kB (+27
  // bytes), raised to 107.94 kB. All of the session's branches merged: 108.091 kB, budget 108.11 kB.
  // The KPI tile's note on a sum of some members' figures with the plural of the members left out ("(the other has
  // none)", "(the other 2 have none)") in English, in the stat's chunk: 108.091 → 108.131 kB (+40 bytes), raised to
  // 108.15 kB. Chinese with no space between two characters, andMore's {list} (above): 108.131 → 108.160 kB (+29
  // bytes), raised to 108.18 kB. The partial list's note with the plural of those not named (above): 108.160 →
  // 108.185 kB (+25 bytes), raised to 108.21 kB.
  // A map's `home` outside reach mode said in the console as ignored (`used only with mode="reach"`, the map model's
  // `ignored`, in the map's chunk), as the command line now warns of it: 108.091 → 108.125 kB (+34 bytes), raised to
  // 108.14 kB.
  // A source's publisher in the reader's language (above; About this data, the dashboard's list, the trend's
  // tooltips, View data, the CSV): 108.091 → 108.182 kB (+91 bytes), raised to 108.21 kB.
  // The map's and the regions' entrance delays in their drawn styles (above): 108.095 → 108.148 kB (+53 bytes),
  // raised to 108.17 kB.
  // The table's model and tab stop in its chunk (above): 108.148 → 108.221 kB (+73 bytes), raised to 108.24 kB.
  // The map's colours' custom properties in its drawn stylesheet (above): 108.221 → 108.124 kB (−97 bytes), within
  // 108.24 kB.
  // The map's scene prepared and laid out in its chunk (above): 108.124 → 108.175 kB (+51 bytes), within 108.24 kB.
  // The map's colour scale built in its chunk (above): 108.175 → 108.176 kB (+1 byte), within 108.24 kB.
  // The dashboard's plan and selection in its chunk (above): 108.176 → 108.216 kB (+40 bytes), within 108.24 kB.
  // The second round's branches merged (each measured alone above): 108.393 kB, budget 108.41 kB.
  // The palette's mixing in the on-demand chunk (above): 108.393 → 108.298 kB (−95 bytes); the waffle's and "Show as
  // table"'s English in their chunks: 108.333 kB (+35 bytes); the ISO codes written shorter: 107.998 kB (−335 bytes),
  // lowered to 108.02 kB.
  // A dashboard's regions that read their panel's new width as they draw when other data has no regions, or has them
  // again (regions.update.ts; they drew again when the ResizeObserver reported it): 108.393 → 108.484 kB (+91 bytes),
  // raised to 108.50 kB. A dashboard's notes placed again once its tiles' code, which could not load with the
  // dashboard's, is here (dashboard.view.ts): 108.484 → 108.509 kB (+25 bytes), raised to 108.52 kB. The regions'
  // chunk loaded with the dashboard's, and their notes given to the next part while they show an error:
  // 108.509 → 108.518 kB (+9 bytes), within 108.52 kB.
  // Files' label halos drawn as a stroked copy under the text rather than with SVG 2's paint-order (which slide
  // software does not read), textEl's unused halo gone: 108.393 → 108.375 kB (−18 bytes), within 108.41 kB.
  // A page's translucent colours written as #rrggbb and fill-opacity/stroke-opacity in files (attributes(),
  // src/static/svg.ts: slide software reads no #rrggbbaa): 108.375 → 108.478 kB (+103 bytes), raised to 108.50 kB.
  // A source's ourTranslations (its publisher's English name ours: read by the validator, listed by About this
  // data among the names translated for the dataset): 108.390 → 108.422 kB (+32 bytes), raised to 108.44 kB.
  // Reach mode's sentence for none (mapReachNone, reachText() in the map's chunk: "No other member country is on this
  // map: no arcs from …", not "reaches 0 countries") and a summary without an empty list of regions: 108.422 →
  // 108.493 kB (+71 bytes), raised to 108.51 kB.
  // The third round's branches merged (each measured alone above): 108.300 kB, budget 108.32 kB.
  // A map zoomed to a region with no member says so in a sentence of its own (mapSummaryNone, "Member countries in
  // Europe and America: none on this map."; Arabic read "خريطة لا دول أعضاء"): 108.300 → 108.337 kB (+37 bytes),
  // raised to 108.36 kB.
  // The line shapes copied into the trend's, the stat's and the regions' chunks, the page's background into the
  // trend's and the table's (scripts/build.mjs, COPY_INTO_CHUNKS), d3-array's merge, fsum and quantile moved into the
  // map's chunk: 108.282 → 108.540 kB (+258 bytes, for 690 bytes less up front), raised to 108.56 kB. What the
  // chunks take from netreach.js read by place in a frozen array, not by name (oneFileEntry): 108.540 → 107.665 kB
  // (−875 bytes), lowered to 107.69 kB. With the fourth round's other branch (the empty region's sentence): 107.711
  // kB, budget 107.73 kB.
  // The translated names in About this data each isolated (aboutData(), on-demand chunk) and isolateValue() leaving
  // a list of isolated names without an isolate of its own (up front, +22 bytes): 107.702 → 107.759 kB (+57 bytes),
  // raised to 107.78 kB.
  // No "Loading…" render while the validator's chunk loads (above): 107.759 → 107.835 kB (+76 bytes), raised to
  // 107.86 kB.
  // A failed chunk imported again by another URL (netreach.js, +41 bytes): raised to 107.82 kB. A menu whose chunk
  // failed closed again (netreach.js, +26 bytes): 107.818 kB, raised to 107.84 kB. A failed chunk asked for again on
  // new data or an option's value (netreach.js, +62 bytes): 107.870 kB, raised to 107.89 kB.
  // new data or an option's value (netreach.js, +62 bytes): 107.870 kB, raised to 107.89 kB; the map's geometry too
  // (+26 bytes): 107.910 kB, raised to 107.93 kB.
  // Every figure added up from the members' figures saying so, no more precise than its figures (above): 107.759 →
  // 108.048 kB (+289 bytes), raised to 108.06 kB. The bars' "Other (n)" likewise: 108.080 kB, raised to 108.10 kB.
  // The first round's branches merged (each measured alone above): 108.270 kB, budget 108.29 kB.
  // Keys a widget acts on go no further than it (consume(), above): 107.835 → 107.898 kB (+63 bytes), raised to
  // 107.92 kB.
  // The same steps as netreach.js's above: 108.278 → 108.086 kB (−192 bytes), lowered to 108.105 kB.
  // The same steps as netreach.js's above: 108.278 → 108.086 kB (−192 bytes), lowered to 108.105 kB; a growth's
  // qualifier through qualifiedPhrase(), 108.070 kB (−16), lowered to 108.09 kB.
  // The second round's branches merged (each measured alone above): 108.102 kB, budget 108.12 kB.
  // A chunk that could not load says a short sentence in the widget's language, the detail in the console once
  // (chunkError()): 108.270 → 108.307 kB (+37 bytes), raised to 108.33 kB. A menu whose chunk could not load says
  // so in its place: 108.307 → 108.347 kB (+40 bytes), raised to 108.37 kB.
  // With the chunk-failure messages merged (measured alone above): 108.193 kB, budget 108.21 kB.
  // The members' figures citing their metric's source, or saying none gives them (above; the table, map, regions and
  // stat too, the importer's sheets aside): 108.278 → 108.516 kB (+243 bytes), raised to 108.54 kB.
  // stat too, the importer's sheets aside; the dashboard's list of sources): 108.278 → 108.545 kB (+273 bytes),
  // raised to 108.57 kB.
  // A metric's source for its members' figures merged (measured alone above), and a consumed key stopped at the
  // host rather than in the shadow root (stopConsumed()): 108.544 kB, budget 108.565 kB.
  // Regions drawn up for the dataset (as netreach.js's above): 108.193 → 108.228 kB (+35 bytes), raised to 108.25 kB.
  // With regions drawn up for the dataset (regionAssignment.by "dataset", measured alone above): 108.583 kB, budget 108.60 kB.
  // A chart of the members cites its metric's totals only where it shows them (AboutScope.totals), and "About this
  // data" gives their periods and growth only there (about-data.ts): 108.583 → 108.628 kB (+45 bytes), raised to
  // 108.65 kB. (netreach.js alone: 44.562 → 44.574 kB, within its budget.)
  // Presenters' files (s34-12, the on-demand chunk): downloads named after what they show (fileName(), +153 bytes),
  // PNGs that say 96 × scale pixels per inch (withPixelDensity(), a pHYs chunk and its CRC-32, +214 bytes) and a
  // transparent background (+16 bytes): 108.302 → 108.685 kB (+383 bytes), raised to 108.673 kB. (108.302 kB was
  // measured at the branch's start, already over the 108.29 kB budget.)
  // A number kept with its unit word (above): 108.685 → 108.692 kB (+7 bytes), raised to 108.680 kB.
  // The third round's branches merged (each measured alone above): 109.021 kB, budget 109.04 kB.
  // File names set apart by the options that draw another picture (fileName(), in the on-demand chunk: the bars'
  // group-by, the regions' and trend's type, the table's of and metrics, the map's mode, the dashboard's selection):
  // 109.020 → 109.142 kB (+125 bytes), raised to 109.15 kB.
  // Merged: 109.136 kB, budget 109.16 kB (the chunks' hashed names, which the import helper lists, move it by ~10 bytes).
  // whenReady() and netreach-ready (above; the dashboard keeps its parts' events inside): 109.142 → 109.293 kB
  // (+151 bytes), raised to 109.31 kB.
  // The members' figures no source gives said alike on the line, in the CSV and in About (above): 109.136 → 109.166 kB
  // (+30 bytes), raised to 109.19 kB.
  // A region's bar says in its tooltip and name that its figure is a sum (above): 109.166 → 109.225 kB (+59 bytes),
  // raised to 109.24 kB.
  // "Other (n)" says likewise that it is a sum (above): 109.225 → 109.264 kB (+39 bytes), raised to 109.28 kB.
  // The regions table's sum sentences, where its columns' differ, each after its column's name (tableModel(), in the
  // table's chunk): 109.264 → 109.320 kB (+56 bytes), raised to 109.34 kB.
  // "Source: none given in the data" in the CSV and About too (above): 109.318 → 109.347 kB (+29 bytes), raised to
  // 109.36 kB.
  // The countries' "Other (n)" says under the chart that it is a sum (above): 109.355 → 109.393 kB (+38 bytes), raised
  // to 109.41 kB.
  // The regions chart's slices of a metric say in their tooltip and name that they are sums (regionsModel(), the
  // regions' chunk): 109.393 → 109.409 kB (+16 bytes), raised to 109.43 kB. (Up front: 44.808 → 44.811 kB.)
  // The thirty-fifth session's first round merged: 109.584 kB, budget 109.605 kB.
  // No render of a widget still loading as it last rendered (above): 109.142 → 109.194 kB (+52 bytes), raised to 109.21 kB.
  // The same merged: 109.646 kB, budget 109.665 kB.
  // A themed widget padded off the edges of its background (above): 109.301 → 109.320 kB (+19 bytes), raised to
  // 109.33 kB.
  // A period's label on the trend's time axis kept to the four lines the axis makes room for (trend.scene.ts):
  // 109.320 → 109.353 kB (+33 bytes), raised to 109.37 kB.
  // Sum sentences joined with the language's full stop (above): 109.590 → 109.604 kB (+14 bytes), raised to 109.619 kB.
  // "Loading…" when the validator's chunk is slow (above): 109.604 → 109.637 kB (+33 bytes), raised to 109.652 kB.
  // The same merged: 109.746 kB, budget 109.765 kB.
  // A trend's value label crossed above its point and with no room below raised and shifted off the line
  // (trendLayout(), the trend's chunk): 109.690 → 109.792 kB (+104 bytes; 109.690 kB measured at the branch's start,
  // already over), raised to 109.81 kB.
  // already over), raised to 109.81 kB. Each source in a box with its separator (above): 109.792 → 109.808 kB (+16
  // bytes), within it.
  // Merged, that raise was lost: 109.629 kB. No "Loading…" render before LOADING_DELAY (above): 109.629 → 109.702 kB
  // (+75 bytes), raised to 109.72 kB.
  // The pure annotations out of the module bundle's files (above): 109.636 → 109.419 kB (−222 bytes), lowered to
  // 109.44 kB.
  // chartSources() in the stat's chunk (above; gzipped apart): 109.419 → 109.438 kB (+19 bytes), raised to 109.46 kB.
  // formatStatValue() through formatQualifiedCompact() (above): 109.438 → 109.416 kB (−22 bytes), lowered to 109.44 kB.
  // renderMeta() copied into the on-demand and the dashboard's chunks (above): 109.416 → 109.475 kB (+59 bytes),
  // raised to 109.495 kB.
  // memberTowards() in the map's chunk (above): 109.475 → 109.508 kB (+33 bytes), raised to 109.53 kB.
  // The second round merged: 109.806 kB, budget 109.825 kB.
  // The separator boxes reverted: 109.787 kB, budget 109.805 kB.
  // The loading box in the base styles (see netreach.js's): 109.806 → 109.864 kB (+58 bytes), raised to 109.884 kB.
  // A note's right-to-left name with its punctuation (see netreach.js's): 109.864 → 109.889 kB (+25 bytes), raised
  // to 109.909 kB.
  // The same merged: 109.881 kB, budget 109.9 kB. A right-to-left source name inline: +37 bytes, 109.918 kB, budget
  // 109.937 kB.
  // The same merged: 109.939 kB, budget 109.96 kB.
  // reflectNow() (above): 109.939 → 110.028 kB, budget 110.05 kB.
  // A map's focused dot ringed as a bar is (s36-4: two 2 px solid rings, from its edge or its selection's, in the
  // map's chunk, rather than one 6 px dashed band drawn twice): 110.036 → 110.088 kB (+52 bytes), raised to 110.11 kB.
  // A dashboard tells a part's netreach-error as its own, naming the part (tellAsOwn(), dashboard.view.ts, its chunk):
  // 110.028 → 110.094 kB (+66 bytes), raised to 110.115 kB.
  // The LOADING_DELAY timer stopped off the page (above): 110.091 → 110.118 kB (+27 bytes), raised to 110.14 kB.
  // A theme given at run time drawn once (above): 110.118 → 110.180 kB (+62 bytes), raised to 110.2 kB.
  // The file: URL's console hint (above): 110.180 → 110.236 kB (+56 bytes), raised to 110.255 kB.
  // The first round's branches merged (s36-1..4): 110.266 kB, raised to 110.29 kB.
  // The map's highlighted members in a download's name (fileName(), in the on-demand chunk), and the chunks' hashed
  // names that changed with it: 110.088 → 110.110 kB, raised to 110.12 kB.
  // s36-6 and s36-7 merged: 110.386 kB, raised to 110.405 kB.
  // A map and a trend fit a height the page gives them (s36-5: the map's rows shrink, its spacers by aspect-ratio; the
  // trend's box flexes from the height it asks for, fitTrend() in its chunk): 110.088 → 110.218 kB (+130 bytes),
  // raised to 110.24 kB.
  // s36-5 merged: 110.528 kB, raised to 110.55 kB.
  // Private members as private names (s36-8, above): 110.265 → 109.957 kB (−308 bytes), lowered to 109.98 kB.
  // s36-8 merged: 110.214 kB, lowered to 110.235 kB.
  // A member listed by inference named under the lists (above) and in its map tooltip and accessible name (the map's
  // chunk): 110.386 → 110.529 kB (+143 bytes), raised to 110.545 kB.
  // s36-10 merged: 110.363 kB, raised to 110.385 kB.
  // A dashboard saying each choice as its own netreach-select (choose(), in its chunk; its handlers moved there from
  // the element), and an Escape that cleared it kept in the dashboard: 110.386 → 110.432 kB (+46 bytes), raised to
  // 110.45 kB.
  // A loading map's box no taller than a height given: 110.539 kB (+11 bytes). A map's step past the dataset's regions
  // said in the console (updateMap(), in the map's chunk): 110.605 kB (113260), raised to 110.62 kB.
  // s36-9 and s36-11 merged: 110.505 kB, raised to 110.525 kB.
  // s36-11's loading box reverted: 110.474 kB, lowered to 110.495 kB.
  // A file's name with the highlighted members that are the dataset's, sorted (fileName(), on-demand chunk): 110.515 kB,
  // raised to 110.535 kB.
  // The session's last commits: 110.509 kB, lowered to 110.53 kB.
  // The thirty-seventh session's bytes back (s37-4, see netreach.js's): 110.509 → 110.438 kB (Lit's errors −98
  // bytes, the files' code in the on-demand chunk −11, the table's growth +62), lowered to 110.46 kB.
  // s37-2 merged (the stat's ready, the inferred mark in the bars and the table's chunk): 110.709 kB, raised to 110.73.
  // s37-3 merged (the presenter dashboard's files, the map's table in a height given): 110.816 kB, raised to 110.835.
  // s37-5 merged (a table's chosen row scrolled into view in its box; a highlighted member's name says so): 111.004 kB,
  // raised to 111.025.
  // s37-7 merged (the failed language chunk in English, the inferred member in "Other (n)"): 111.046 kB, raised to 111.065.
  // s37-8 merged ("1 region" in the map's and the CLI's step warnings): 111.071 kB, raised to 111.09.
  // s37-6 merged (the same): 111.114 kB, raised to 111.135.
  // The source line's bidi class (above): 111.194 kB, raised to 111.215. The same commit measured 111.211 kB in another
  // checkout (chunks' hashed names differ between checkouts, and gzip with them): raised to 111.235.
  // s38-4: a value update reuses the members' places (the spread symbols) on the same projected map, in the map's
  // chunk: 111.268 kB (the build before, 111.208 kB in the same checkout), raised to 111.29.
  // s38-3's overlap copied into the map's and the table's chunks and s38-4's members' places merged: 111.737 kB
  // (chunk hashes move this ~17 bytes between checkouts), budget 111.765 kB.
  // s38-1 merged too: 112.130 kB, budget 112.16 kB.
  // s38-6 merged (the map model's value-free parts kept, in the map's chunk): 112.418 kB, budget 112.445 kB.
  // s38-7 merged: 112.208 kB, budget 112.235 kB.
  // s38-8 merged (a dashboard file's legend beside a chart that does not fit over it; a trend's period wrapping into
  // its neighbours' room): 112.480 kB, budget 112.505 kB.
  // s38-10 merged (the English names in the validator's and the bundled datasets' chunks): 112.530 kB, budget
  // 112.555 kB.
  // s38-11 merged: 112.737 kB, budget 112.765 kB.
  // s38-12 (those strings in the chunks that say them; a copied module once a chunk, not once an importer): 112.751 →
  // 112.814 kB (+63 bytes), budget 112.839 kB.
  // s38-12 merged in main: 112.827 kB (chunk hashes move it ~17 bytes between checkouts), budget 112.855 kB.
  // s39-1: the validator keeps what it checked of each part (a value update checks the members alone): +594 bytes,
  // all in its lazy chunk (112.814 → 113.408 kB against the same checkout built alone; up front +2 bytes, the chunk's
  // name), budget 113.435 kB.
  // s39-1..4 merged in main (the validator's kept parts, the slide's panel sizes): 114.033 kB, budget 114.06 kB.
  // s39-7 (en-001's names by a rule −84, the body read and parsed in one call +12): 114.023 → 113.951 kB, to 113.97.
  // s39-10: the map's probe taken out (sizeOf()'s padding fix kept): 113.951 → 113.863 kB, lowered to 113.88 kB.
  // s39-9 (the slide's table rows and bars' width) and s39-10 merged in main: 114.172 kB, budget 114.195 kB.
  // s39-11: a trend's time label off-centre toward its free side (fewer lines for Persian's, Arabic's and Bengali's
  // period on a slide), in the trend's code: 114.172 → 114.251 kB (+79 bytes), budget 114.275 kB.
  // s40-3: a figure over time in words copied into the KPI tile's, the trend's, the dashboard's and the on-demand
  // chunks (each +630 to +690 bytes) for −802 up front: 114.251 → 116.004 kB (+1,795 bytes), raised to 116.025 kB.
  // s40-3: and metricGrowth() in those four copies (each +330 to +360 bytes) for −383 up front: 116.004 → 116.953 kB
  // (+972 bytes), raised to 116.975 kB.
  // s40-7: text widths follow the resolved font (above): 116.953 → 117.572 kB (+619 bytes), raised to 117.597 kB.
  // s40-8: the dashboard's chunk takes growth.ts from the KPI tile's chunk, not a third copy: 117.572 → 116.623 kB
  // (−949 bytes after merging with s40-7), lowered to 116.645 kB.
  // s40-5: exports for slides (one pHYs replacing the encoder's, --netreach-stat-size in files, transparent files'
  // knockout halos instead of halos in the theme's background): 116.623 → 117.564 kB (+941 bytes), raised to 117.59 kB.
  // s40-6: Urdu and RTL slides (a dashboard waffle's caption under its legend column, table rows' baseline by the
  // language's line spacing, RTL source names whole): 117.564 → 117.813 kB (+249 bytes), raised to 117.84 kB.
  // s40-10: the CSV rows' copies in the stat's and trend's chunks: 117.813 → 117.897 kB (+84 bytes), raised to 117.92 kB.
  // s40-9: the font-following code in fewer bytes: 117.897 → 117.740 kB (−157 bytes), lowered to 117.765 kB.
  // The font sample's width read with the first size (above): 117.740 → 117.798 kB (+58 bytes), raised to 117.82 kB.
  // s40-11: a file in a page's --netreach-font laid out in its measured widths (the file writer's measure passed on,
  // in its lazy chunks; netreach.js unchanged but for its chunks' names): 117.789 → 117.901 kB (+115 bytes), raised
  // to 117.92 kB.
  // s41-3: percent.ts's five copies and growth.ts's three with what only it used (above, −250 bytes up front): the
  // regions' chunk +194, the table's +205, the tile's +291, the trend's +290, the on-demand +252: 117.886 → 118.866 kB
  // (+1,003 bytes), raised to 118.89 kB.
  // s41-4: a transparent map's dot outlines cut out (clip paths) and the CLI's English fallback, in the file writer's
  // lazy chunk; with s41-3's copies: 118.866 → 119.182 kB (+316 bytes), raised to 119.2 kB.
  // s41-2: the interaction chunk (1,448 bytes) and the controllers' loader up front: 119.182 → 120.004 kB (+822
  // bytes), raised to 120.02 kB.
  // s41-7: a map given too small a height keeps its least height (the map's chunk): 120.004 → 120.146 kB (+142
  // bytes), raised to 120.17 kB.
  // s41-5: a page's donut clear of the menu's corner and its centre's text kept readable (the regions' chunk):
  // 120.146 → 120.339 kB (+193 bytes), raised to 120.36 kB.
  // s41-8: a fetched file's load in the validator's chunk (7.5 kB from 6.8; a page handing over `.data` fetches it
  // too): 120.339 → 120.838 kB (+499 bytes), raised to 120.86 kB.
  // s41-9: the trend's least height (least-height.ts shared with the map) and the scrolling frames: 120.838 →
  // 121.074 kB (+236 bytes), raised to 121.1 kB.
  // s41-10: the menu's focus and rules in the on-demand chunk: 121.074 → 121.107 kB (+33 bytes), raised to 121.13 kB.
  // s41-12: the table's scroll-down shadows (CSS in the table's chunk, one attribute set by fitScrollBox()):
  // 121.107 → 121.227 kB (+122 bytes), raised to 121.25 kB.
  { file: 'netreach.js', limit: 121.25 * 1024, aim: 48 * 1024, withCodeChunks: true },
  // Everything, geometry, the bundled datasets and every language's UI strings included. It was 100 kB with six
  // languages; the seven of issue 16, which the classic script must inline too, add 8.6 kB (about 1.2 kB each).
  // Issue 13 asks for all three networks inlined (7.7 kB: their names in thirteen languages and the sources'
  // notes) and its new texts in thirteen languages (about 10 kB), besides the code above: 110 → 125 kB. The file
  // writer and "About this data" (inlined here, lazy in the module): 125 → 130 kB. Issue 16's width estimates and
  // three universities' names in Urdu and Bengali (0.2 kB), the option specs (1.3 kB): 130 → 133 kB.
  // The same transition: 133 → 136 kB. The same additions as above: 0.4 kB. Issue 14's map look (its code above and
  // "Not visible on this side of the globe" in thirteen languages): 0.9 kB more. Issue 14's time direction, trend
  // labels on phones and "unchanged since …" in thirteen languages: 0.7 kB, 138.3 → 139 kB. Issue 13's map compare
  // (and its sentence in thirteen languages): +0.6 kB.
  // Issue 12's size work (the templates' indentation; the on-demand module and the file writer imported statically
  // rather than wrapped as lazy modules): 139.2 → 138.7 kB (138.8 after main's overlap change).
  // Issue 12's deferral: the loaders of the validator and of the trend's and the table's code, and the modules'
  // namespaces they import statically here (no lazy wrappers): 138.8 → 139.4 kB, raised by the 0.6 kB: 139.8 kB.
  // Borders on dark pages that declare no colour scheme, the note on compared counts zoomed to a region (13
  // languages) and the validator's required region basis: 139.8 → 139.9 kB, raised to 140.0 kB.
  // Issue 12's table and dashboard scenes less the DOM-cloning export, and "Overview" in thirteen languages:
  // 139.9 → 141.8 kB measured, raised 140.0 → 142.0 kB. Scene marks as plain DOM (above): 141.8 → 142.2 kB,
  // raised to 142.4 kB.
  // Issue 12's cut of a map's nodes (see above): 142.35 → 142.47 kB measured, raised to 142.5 kB.
  // Widgets' fonts read with their sizes (ResizeController.fontFamily): a few bytes over, raised 142.5 → 142.6 kB.
  // The cloned member layers (above): 142.54 → 142.62 kB measured, raised 142.6 → 142.7 kB.
  // The map's note on a metric without figures by country, in all 13 languages: 142.65 → 143.05 kB, raised to 143.1.
  // The bars' message for a metric without figures, in all 13 languages: 143.05 → 143.42 kB, raised to 143.5 kB.
  // The regions' use of that message (143.46 kB), and the table's note on named columns without figures, in all 13
  // languages: 143.46 → 143.63 kB measured, raised to 143.7 kB.
  // The map's chunk (above): the map's model and scene, loaded through a controller as the trend's and the table's
  // code are, 143.63 → 143.93 kB measured, raised to 144.0 kB. The drawn widgets' stylesheets adopted from their
  // modules (above; here all inlined, the stylesheets split in two apiece): 143.93 → 144.23 kB, raised to 144.3 kB.
  // The menu's and panels' styles adopted the same way: 144.23 → 144.46 kB, raised to 144.5 kB. The dashboard's code
  // through a controller as the others' is: 144.46 → 144.63 kB, raised to 144.7 kB. The table's and the map's
  // templates as functions of their chunks (above): 144.63 → 144.74 kB, raised to 144.8 kB. The trend's the same
  // way: 144.74 → 144.81 kB, raised to 144.9 kB. The maps drawn with the projection's formula (above): 144.88 →
  // 144.99 kB measured, raised to 145.1 kB (145.0 would leave 10 bytes). English without Intl (above): 145.02 →
  // 148.87 kB, raised to 149.0 kB.
  // The OIC members' English (above): 148.90 → 149.10 kB measured, raised to 149.2 kB. The dashboard's file laid
  // out for slides (above): 149.10 → 149.49 kB measured, raised to 149.6 kB (149.5 would leave 10 bytes). The
  // table panel's "No room here for the table's rows" in thirteen languages: 149.49 → 149.87 kB, raised to 150.0 kB.
  // Bidi isolates (above): 149.90 → 150.25 kB measured, raised to 150.3 kB. The stat's figure right to left
  // (above): 150.25 → 150.29 kB, raised to 150.4 kB (150.3 would leave 10 bytes). The Arabic semicolon (above):
  // 150.29 → 150.41 kB, raised to 150.5 kB. Each note once in a dashboard (above): 150.41 → 150.85 kB, raised to
  // 150.9 kB. The lazy code's English in modules of its own (above), which the classic script inlines with their
  // calls to addEnglish() and the other languages' catalogs farther from it: 150.85 → 151.30 kB, raised to 151.4 kB.
  // The dashboard's plan handed to the file writer and the source line's rules (above): 151.39 kB, raised to 151.5.
  // A note's names as boxes (above): 151.39 → 151.56 kB, raised to 151.6 kB. The language kept while another loads
  // and whole names in lines (above): 151.55 → 151.75 kB, raised to 151.8 kB. A source's details isolated
  // (above): 151.79 kB, raised to 151.9 kB (151.8 would leave 10 bytes). The tile's year and the bars measuring
  // less (above): 151.88 kB, raised to 152.0 kB (151.9 would leave 20 bytes). The sparkline's times (above):
  // 152.01 kB, raised to 152.1 kB. A dashboard file's panels side by side (above): 152.07 → 152.29 kB, raised to
  // 152.4 kB (152.3 would leave 10 bytes). Files' Latin wider in the Noto faces (above): 152.39 kB, raised to 152.5.
  // Files' lines broken between ideographs (above): 152.73 kB, raised to 152.8. Growth notes' nested brackets and
  // the compact table (above): 152.85 kB, raised to 153.0 kB. The bars fitted to a file's box and the dashboard
  // file's strip (above): 152.99 kB, raised to 153.1 kB. The table's caption and compact headers, a dashboard
  // without bars when its network has no regions (above): 153.11 kB, raised to 153.2 kB; right-to-left names
  // flush with their paragraph: 153.13 kB; the eighteenth session's changes (above): 153.15 kB; localizedName in a
  // module of its own: 153.16 kB. The dashboard's sources numbered in the language's digits (above): 153.30 kB,
  // raised to 153.4 kB. A side legend's entries below the menu button (above): 153.33 kB; its
  // title and a table's caption wrapped before it: 153.35 kB. The KPI figure sized to its tile (above): 153.46 kB,
  // raised to 153.5 kB. The Arabic comma and the languages' full stops (above): 153.54 kB, raised to 153.6 kB;
  // French and Chinese punctuation (above): 153.67 kB, raised to 153.7 kB; the waffle's unit wrapped (above):
  // 153.70 kB, raised to 153.8 kB. The sources beside their heading (above): 153.74 kB; properties without
  // decorators (above): 152.92 kB, lowered to 153.0 kB; French and Chinese separators between sources (above):
  // 153.01 kB, raised to 153.1 kB. The stat's and the regions' code as chunks (above; here imported eagerly, each
  // a module namespace object, the elements reaching their code through it): 153.78 kB, raised to 153.8 kB. A
  // dashboard asking for its parts' code, whole ticks for whole numbers (above): 153.83 kB, raised to 153.9 kB. A list
  // of countries inferred from a count said so (above; its two sentences in thirteen languages) and CINVU's note on
  // its regions completed in three: 154.37 kB, raised to 154.5 kB. The map's chart skipped off screen, the stat's
  // count-up, source links (above): 154.49 kB, raised to 154.6 kB. The growth's rounding and the failed PNG's
  // message (above), two sentences in thirteen languages: 156.15 kB, raised to 156.2 kB. The same words in every
  // language (above; Azerbaijani's 249 country names among it): 159.88 kB, raised to 160.0 kB. Colours by the
  // text's lightness (above): 160.09 kB, raised to 160.2 kB. Right-to-left source names as boxes (above) and a table
  // file's title without the network's name said twice: 160.27 kB, raised to 160.3 kB. Reach mode's sentence among
  // the map's notes: 160.29 kB, raised to 160.4 kB. A dashboard file's table leaving out the columns its panel has
  // no room for (a sentence in thirteen languages): 160.71 kB, raised to 160.8 kB. A printed deck's widgets, and a
  // regions table saying that its rounded shares do not add up (a sentence in thirteen languages): 161.23 kB, raised
  // to 161.3 kB. Bars of the member count by country said rather than drawn (a sentence in thirteen languages):
  // 161.77 kB, raised to 161.8 kB. Azerbaijani's order numeric where a sort asks: 161.89 kB, raised to 161.9 kB.
  // The bars' rows painted by class (above): 162.04 kB, raised to 162.1 kB. English plurals without Intl: 162.09 kB.
  // Azerbaijani in Cyrillic script (its transliteration, names, order and units in the Azerbaijani chunk, inlined
  // here): 162.52 kB, raised to 162.6 kB. Azerbaijani's dates and language names, in either script: 162.92 kB,
  // raised to 163.0 kB. The Cyrillic written when first read (a Latin page no longer writes it as the chunk
  // loads, about 1 ms): 162.97 kB; the transliteration in a module of its own (for embed.js): 162.99 kB. The map's
  // ignored options in a console warning: 163.14 kB, raised to 163.2 kB. Its byte-order mark, the fixes above and
  // the stat's sentence on a sum in its thirteen languages: 163.81 kB, raised to 163.9 kB. "Source: none given in
  // the data" in thirteen languages: 163.95 kB, raised to 164.0 kB.
  // The map's ignored options in parts, told to renderSvg()'s caller: 164.00 kB, raised to 164.1 kB. The map's
  // emphasised members said in its summary (thirteen languages): 164.21 kB, raised to 164.3 kB. View data in words
  // (above), its three headers in thirteen languages: 164.94 kB, raised to 165.0 kB.
  // The trend's dots and halos in the page's background, the sources right to left, Urdu's lines and the flat
  // sparkline (above): 165.06 kB, raised to 165.1 kB. Escape clearing a selection in one place, tooltips beside
  // their item, "Hide data" on the map's table toggle (above): 165.12 kB, raised to 165.2 kB. The map's legend
  // following its `step` (above): 165.24 kB, raised to 165.3 kB. Tooltips clear of the other items' values, Urdu
  // tooltips on 2.3 lines (above): 165.37 kB, raised to 165.4 kB.
  // The map's members clear of the menu button's corner (above): 165.11 → 165.33 kB, raised to 165.4 kB. The tile and
  // the dashboard in boxes as wide as their content, tooltips on a zoomed page, the menu's corner from the root's
  // font (menuCorner()): 165.40 kB, raised to 165.5 kB (165.4 would leave 5 bytes). The trend's chart below the menu
  // button (above): 165.43 kB.
  // The table's names one tab stop, the dashboard's trend and table panels headed, the map's table closed by Escape,
  // the table's View data in its own words, focus kept on a table's chosen row, the map's View data taking focus:
  // with the lines above, 165.99 kB, raised to 166.1 kB (166.0 would leave 15 bytes). Nothing under the menu button
  // (above: the regions, the titles, the bars, the map's corner by what is drawn): 166.09 kB, raised to 166.2 kB.
  // The second accessibility review (above; the sort's two sentences in thirteen languages): 166.93 kB, raised to
  // 167.0 kB. The thirty-first session's reviews (above, and the honesty sweep's fixes: the trend's About scoped to
  // its metric, the stat's CSV qualifier, sources cited where a widget draws nothing, no column of regions the
  // sources do not assign, the map's summary's lower bounds): 167.49 kB, raised to 167.5 kB.
  // Files in the colours the page gives a widget (above): +0.37 kB measured, 167.49 → 167.86 kB, raised to 167.9 kB.
  // A dashboard's regions' menu button named by their panel's heading (menuTitle; it was the bars' name), the regions'
  // legend clear of the corner, their narrow waffle in fewer columns (above): 167.94 kB, raised to 168.0 kB.
  // The thirty-first session's honesty fixes (above: CSV qualifiers and shares, the universities tile, the trend's
  // hint): 167.49 → 167.68 kB, raised to 167.7 kB. With the lines above: 168.12 kB, raised to 168.2 kB.
  // Sums over a list that is not the whole marked "≥" (the regions table, the bars' folded Other, the stat), the bars'
  // and the trend's own colours reaching files: 168.20 kB, raised to 168.3 kB (168.2 would leave 1 byte).
  // The trend and the table following a page's dark-mode class (above): 168.28 → 168.31 kB, raised to 168.4 kB. A
  // widget in an iframe's document following its lang, menu and tooltip there: 168.36 kB.
  // The map's --netreach-map-border and -map-arc reaching files (the scene's `line` and `arc` paints): 168.28 →
  // 168.33 kB, raised to 168.4 kB. Translucent and other colour spaces' colours in files (above): 168.54 kB, raised
  // to 168.6 kB. A dark file for a widget without `theme` under light text (above): 168.60 kB, raised to 168.7 kB.
  // No second update after a drawing (above): 168.28 → 168.34 kB. A refused option value said in the console
  // (above): 168.37 kB. Inline JSON edited in place read again (above): 168.41 kB. Sources merged only when the same
  // source (above): 168.44 kB. A table's unknown `region` said in the console (above): 168.50 kB.
  // The thirty-second session's fixes above together: 168.95 kB, raised to 169.0 kB. A widget's data and fonts from
  // its own document (above): 168.96 kB. The menu button 24 px at least (above): 169.05 kB, raised to 169.1 kB.
  // Two sources named alike told apart by their years, else titles (sourceLabels()): 169.04 kB, raised to 169.1 kB. Options that name nothing
  // the data has said in the console (namesNothing()): 169.35 kB, raised to 169.4 kB.
  // The branches above together (each measured alone): 169.46 kB, raised to 169.5 kB. A widget in an iframe's
  // document: its events' targets duck-typed, its provider, opener, fonts, files and tooltip viewport its own
  // document's (docs/STATES.md): 169.50 kB (4 bytes over), raised to 169.6 kB. The map's highlight, home and
  // region said through namesNothing() (above): 169.64 kB, raised to 169.7 kB. Both together: 169.73 kB, raised to
  // 169.8 kB. A `selected` read as the data spells it (readSelected(), above): 169.81 kB, raised to 169.9 kB. Warnings once the page has loaded
  // (above): 169.86 kB.
  // The bytes taken back from netreach.js above (the same code in another place of the one script, which gzips it
  // less well), with the above: 170.04 kB, raised to 170.1 kB. The options' warnings in the widgets' chunks (above):
  // 170.04 → 170.08 kB (41 bytes), within 170.1 kB. The iframe's document let go of on its `pagehide` (above):
  // 170.04 → 170.13 kB measured, raised to 170.2 kB. Both together: 170.17 kB, budget 170.2 kB. The table's row
  // buttons and focused row (above): 170.17 → 170.22 kB (174,308 bytes), raised to 170.23 kB.
  // A dashboard's notes
  // placed before its parts draw (above): 170.17 kB (−4 bytes).
  // The map's tooltip and ring for the next member drawn in the new data's update (above): 170.171 → 170.223 kB
  // measured, raised to 170.26 kB. The shadow root duck-typed and the lang observers' release (above): 170.229 kB.
  // The trend's tooltip with the map's, RovingFocusController.moving() (above): 170.229 → 170.262 kB measured (+33
  // bytes), raised to 170.3 kB.
  // The trend's update in its chunk (above: exports of a chunk's namespace, code apart from the element's like it):
  // 170.171 → 170.412 kB (+241 bytes), raised to 170.43 kB. The regions' (above): 170.412 → 170.551 kB (+139 bytes),
  // raised to 170.57 kB.
  // The map's drawn template (its box, legend, notes, sources, table toggle and table box: renderMap(), map.view.ts)
  // in the map's chunk (above): 170.551 → 170.662 kB (+114 bytes), raised to 170.69 kB.
  // The dashboard's file gathered in the dashboard's chunk, which a ready dashboard has loaded (the parts' code, the
  // map's geometry and the on-demand chunk's scene: dashboardFile(), dashboard.file.ts; not in the on-demand chunk,
  // which would bundle the map's code with a page's KPI tile) (above): 170.662 → 170.687 kB (+26 bytes), raised to
  // 170.71 kB.
  // The map's box's parts (.fixed, .stack, .body, .map-box and their spacers' rules), which only a drawn map has, in
  // its drawn stylesheet (map.drawn.styles.ts, adopted when the map's chunk is here, before it renders them) (above):
  // 170.687 → 170.694 kB (+7 bytes), within 170.71 kB.
  // The regions' legend (renderLegend() and its swatches, regions.legend.ts) in the regions' chunk, the only page
  // widget that draws a scene's legend, and its rules (the legend, its items, swatches and figures, their forced
  // colours) in the regions' drawn stylesheet rather than the chart styles every bars and trend load (above): 170.694
  // → 170.572 kB (−125 bytes), lowered to 170.59 kB.
  // The map's drawing after each render (its box's aspect ratio, the marks as plain DOM, the focus ring, the chart
  // skipped off screen: drawMap(), member-layer.ts) called from its chunk (above): 170.572 → 170.573 kB (+1 byte),
  // within 170.59 kB.
  // The KPI tile's scene prepared again and the menu's title (updateStat(), stat.update.ts) in its chunk; the trend's
  // option values read only when its scene is prepared again, as before its move (above): 170.573 → 170.582 kB (+9
  // bytes), raised to 170.60 kB. All of the session's branches merged: 170.772 kB, budget 170.79 kB.
  // The KPI tile's note on a sum of some members' figures with the plural of the members left out, in all 13
  // languages the classic script inlines (above): 170.772 → 171.171 kB (+399 bytes), raised to 171.19 kB. Chinese
  // with no space between two characters, andMore's {list} in 13 languages (above): 171.171 → 171.215 kB (+44
  // bytes), raised to 171.24 kB. The partial list's note with the plural of those not named, in 13 languages (above):
  // 171.215 → 171.381 kB (+166 bytes), raised to 171.4 kB. A table with no room for its one row says the CSV has
  // the table, not "them all", in 9 languages: 171.381 → 171.459 kB (+78 bytes), raised to 171.48 kB.
  // A map's `home` outside reach mode said in the console as ignored (above): 170.772 → 170.789 kB (+17 bytes),
  // raised to 170.81 kB.
  // A source's publisher in the reader's language (above), with CINVU's Iranian article's publisher in Persian and
  // its note saying the English name is ours: 170.772 → 170.962 kB (+195 bytes), raised to 170.98 kB.
  // The map's and the regions' entrance delays in their drawn styles (above): 170.772 → 170.825 kB (+53 bytes),
  // raised to 170.85 kB.
  // The table's model and tab stop in its chunk (above): 170.825 → 170.911 kB (+86 bytes), raised to 170.93 kB.
  // The map's colours' custom properties in its drawn stylesheet (above): 170.911 → 170.938 kB (+27 bytes), raised to
  // 170.96 kB.
  // The map's scene prepared and laid out in its chunk (above): 170.938 → 170.995 kB (+57 bytes), raised to 171.02 kB
  // (with menuCorner() imported by map.update.ts rather than the element, +643 bytes: the classic script's modules
  // initialised in another order).
  // The map's colour scale built in its chunk (above): 170.995 → 170.999 kB (+4 bytes), within 171.02 kB.
  // The dashboard's plan and selection in its chunk (above): 170.999 → 171.029 kB (+30 bytes), raised to 171.05 kB.
  // The second round's branches merged (each measured alone above): 171.902 kB, budget 171.92 kB.
  // The palette split (above): 171.902 → 171.886 kB (−16 bytes); the waffle's and "Show as table"'s English in their
  // chunks' modules: 171.909 kB (+23 bytes); the ISO codes written shorter: 171.441 kB (−468 bytes), lowered to
  // 171.46 kB.
  // A dashboard's regions that read their panel's new width as they draw (above): 171.902 → 172.010 kB (+108 bytes),
  // raised to 172.03 kB. A dashboard's notes placed again once its tiles' code is here (above): 172.010 → 172.017 kB
  // (+7 bytes), within 172.03 kB. The regions' chunk loaded with the dashboard's, and their notes given to the next
  // part while they show an error (above): 172.017 → 172.030 kB (+13 bytes), raised to 172.05 kB.
  // Files' label halos without paint-order (above): 171.902 → 171.877 kB (−25 bytes), within 171.92 kB.
  // Translucent colours as #rrggbb and an opacity in files (above): 171.877 → 172.018 kB (+141 bytes), raised to
  // 172.04 kB.
  // A source's ourTranslations (validator, About this data, CINVU's data): 171.902 → 171.949 kB (+47 bytes), raised
  // to 171.97 kB.
  // Reach mode's sentence for none in the thirteen languages (mapReachNone), Arabic's andMore in its six forms ("مصر
  // وواحدة أخرى", not "و١ أخرى"): 171.949 → 172.427 kB (+478 bytes), raised to 172.45 kB.
  // The third round's branches merged (each measured alone above): 172.253 kB, budget 172.27 kB.
  // A region with no member's sentence (mapSummaryNone, above) in the thirteen languages: 172.253 → 172.517 kB
  // (+264 bytes), raised to 172.54 kB.
  // The translated names in About this data each isolated (above): 172.517 → 172.558 kB (+41 bytes), raised to
  // 172.58 kB.
  // No "Loading…" render while the validator loads (above; here it is inlined, a microtask away): 172.558 → 172.631 kB
  // (+73 bytes), raised to 172.64 kB.
  // A menu whose on-demand module failed closed again (above; the classic script imports it, but shares the code):
  // 172.558 → 172.591 kB (+33 bytes), raised to 172.61 kB. A failed chunk asked for again on new data or an option's
  // value (above; the classic script has no chunks, but shares the code): 172.650 kB, raised to 172.67 kB.
  // Every figure added up from the members' figures saying so, no more precise than its figures (above): 172.558 →
  // 172.828 kB (+270 bytes), raised to 172.85 kB. The bars' "Other (n)" likewise: 172.870 kB, raised to 172.89 kB.
  // The first round's branches merged (each measured alone above): 173.051 kB, budget 173.07 kB.
  // Keys a widget acts on go no further than it (consume(), above): 172.631 → 172.765 kB (+134 bytes), raised to
  // 172.78 kB.
  // The steps that won netreach.js's bytes back (above): 173.051 → 172.810 kB (−241 bytes; the unused 'computed' in
  // thirteen languages −101 of them), lowered to 172.83 kB.
  // thirteen languages −101 of them), lowered to 172.83 kB; a growth's qualifier through qualifiedPhrase(),
  // 172.798 kB (−12), lowered to 172.82 kB.
  // The second round's branches merged (each measured alone above): 172.912 kB, budget 172.93 kB.
  // With the chunk-failure messages merged (measured alone above): 171.813 kB (−1.1 kB: 0.87 kB of it the bundler's own code, unmapped in the source map, round the inlined imports of the
  // map's chunk, which the geometry's modules now import once through MAP_CODE), lowered to 171.83 kB.
  // The members' figures citing their metric's source, or saying none gives them (above): 173.051 → 173.451 kB
  // (+410 bytes), raised to 173.47 kB.
  // The members' figures citing their metric's source, or saying none gives them (above): 173.051 → 173.477 kB
  // (+436 bytes), raised to 173.50 kB.
  // A metric's source for its members' figures merged (measured alone above), and a consumed key stopped at the
  // host rather than in the shadow root (stopConsumed()): 172.062 kB, budget 172.08 kB.
  // Regions drawn up for the dataset: its sentence in thirteen languages, 171.813 → 172.014 kB (+201 bytes), raised
  // to 172.03 kB.
  // With regions drawn up for the dataset (regionAssignment.by "dataset", measured alone above): 172.269 kB, budget 172.29 kB.
  // A metric's totals cited only where they are shown (AboutScope.totals): 172.269 → 172.306 kB (+37 bytes), raised
  // to 172.33 kB.
  // Presenters' files (s34-12, above): 173.184 → 173.775 kB (+591 bytes), raised to 173.661 kB. (173.184 kB was
  // measured at the branch's start, already over the 173.07 kB budget.)
  // A number kept with its unit word (above): 173.775 → 173.792 kB (+17 bytes), raised to 173.678 kB.
  // The third round's branches merged (each measured alone above): 172.862 kB, budget 172.88 kB.
  // File names set apart by the options that draw another picture (above): 172.862 → 172.969 kB (+109 bytes),
  // raised to 172.99 kB.
  // whenReady() and netreach-ready (above): 172.969 → 173.124 kB (+155 bytes), raised to 173.14 kB.
  // The members' figures no source gives said alike on the line, in the CSV and in About (above; the string in 13
  // languages): 172.969 → 173.128 kB (+159 bytes), raised to 173.15 kB.
  // A region's bar says in its tooltip and name that its figure is a sum (above): 173.128 → 173.188 kB (+60 bytes),
  // raised to 173.21 kB.
  // "Other (n)" says likewise that it is a sum (above): 173.188 → 173.220 kB (+32 bytes), raised to 173.24 kB.
  // The regions table's sum sentences named after their columns (above): 173.220 → 173.294 kB (+74 bytes), raised
  // to 173.31 kB.
  // "Source: none given in the data" in the CSV and About too (above): 173.294 → 173.331 kB (+37 bytes), raised to
  // 173.35 kB.
  // The countries' "Other (n)" says under the chart that it is a sum (above): 173.331 → 173.384 kB (+53 bytes), raised
  // to 173.40 kB.
  // The regions chart's slices say they are sums (above): 173.384 → 173.438 kB (+54 bytes), raised to 173.455 kB.
  // The thirty-fifth session's first round merged: 173.563 kB, budget 173.585 kB.
  // No render of a widget still loading as it last rendered (above): 172.969 → 173.049 kB (+80 bytes), raised to 173.07 kB.
  // The map's menu corner read with its box's size (above): 173.145 → 173.150 kB (+6 bytes; 173.145 kB measured at
  // the branch's start, already over: fontMeasure() raised netreach.js's budget only), raised to 173.16 kB.
  // The same merged: 173.639 kB, budget 173.66 kB.
  // A themed widget padded off the edges of its background (above): 173.125 → 173.155 kB (+30 bytes), raised to
  // 173.17 kB.
  // A period's label on the trend's time axis kept to four lines (above): 173.155 → 173.171 kB (+16 bytes), raised to
  // 173.19 kB.
  // Sum sentences joined with the language's full stop (above): 173.566 → 173.590 kB (+24 bytes), raised to 173.609 kB.
  // "Loading…" when the validator's chunk is slow (above): 173.590 → 173.635 kB (+45 bytes), raised to 173.654 kB.
  // The same merged: 173.758 kB, budget 173.78 kB.
  // A trend's value label raised and shifted off the line (above): 173.687 → 173.835 kB (+152 bytes; 173.687 kB
  // measured at the branch's start, already over), raised to 173.85 kB.
  // Merged, that raise was lost: 173.632 kB. No "Loading…" render before LOADING_DELAY (above): 173.632 → 173.709 kB
  // (+79 bytes), raised to 173.73 kB.
  // formatStatValue() through formatQualifiedCompact() (see netreach.js's): 173.651 → 173.620 kB (−31 bytes),
  // lowered to 173.64 kB.
  // renderMeta() in a module of its own (see netreach.js's): 173.620 → 173.651 kB (+31 bytes: the same code, its
  // modules in another order), raised to 173.67 kB.
  // memberTowards() in map.update.ts (see netreach.js's): 173.651 → 173.692 kB (+41 bytes), raised to 173.71 kB.
  // The second round merged: 174.020 kB, budget 174.04 kB.
  // The separator boxes reverted: 173.997 kB, budget 174.02 kB.
  // The loading box in the base styles (see netreach.js's): 174.020 → 174.096 kB (+76 bytes), raised to 174.116 kB.
  // A note's right-to-left name with its punctuation (see netreach.js's): 174.096 → 174.140 kB (+44 bytes), raised
  // to 174.16 kB.
  // The same merged: 174.134 kB, budget 174.155 kB. A right-to-left source name inline: +39 bytes, 174.173 kB, budget
  // 174.194 kB.
  // The same merged: 174.134 kB, budget 174.155 kB.
  // The bars' and the regions' menu corner read at their chart's width (above): 174.134 → 174.163 kB (+29 bytes),
  // raised to 174.184 kB.
  // The same merged: 174.187 kB, budget 174.21 kB.
  // reflectNow() (above): 174.187 → 174.301 kB, budget 174.32 kB.
  // A region bar's tooltip says its count of members once (s36-4: before the sentence of its sum, or only in it):
  // 174.301 → 174.331 kB (+30 bytes), raised to 174.35 kB.
  // A map's focused dot ringed as a bar is (see the code chunks'): 174.314 → 174.379 kB (+65 bytes), raised to 174.4 kB.
  // A part's netreach-error told by its dashboard (above): 174.301 → 174.354 kB (+53 bytes), raised to 174.375 kB.
  // The LOADING_DELAY timer stopped off the page (above): 174.366 → 174.402 kB (+36 bytes), raised to 174.42 kB.
  // A theme given at run time drawn once (above): 174.402 → 174.499 kB (+97 bytes), raised to 174.52 kB.
  // The file: URL's console hint (above): 174.499 → 174.607 kB (+108 bytes), raised to 174.63 kB.
  // The first round's branches merged (s36-1..4): 174.640 kB, raised to 174.66 kB.
  // A page in a language netreach has no words in drawn wholly in English, its lists, plurals, numbers and `lang`
  // too (textLocale() in i18n.ts): 174.379 → 174.404 kB, raised to 174.41 kB.
  // The map's highlighted members in a download's name (fileName()): 174.404 → 174.415 kB, raised to 174.42 kB.
  // Escape clearing a selection says so (above; and a dashboard clears on a part's null): 174.348 → 174.441 kB
  // (+93 bytes), raised to 174.46 kB.
  // The bars' tied regions in the dataset's order, as the regions' chart and the legends (sortRows()): 174.433 →
  // 174.463 kB (+30 bytes), raised to 174.48 kB.
  // s36-6 and s36-7 merged: 174.830 kB, raised to 174.85 kB.
  // A map fits a height the page gives it (its rows shrink, its spacers sized by aspect-ratio, not padding):
  // 174.379 → 174.402 kB (+23 bytes), raised to 174.42 kB.
  // 174.379 → 174.402 kB (+23 bytes), raised to 174.42 kB. A trend too (see the code chunks'): 174.402 → 174.573 kB
  // (+171 bytes), raised to 174.59 kB.
  // s36-5 merged: 175.043 kB, raised to 175.065 kB.
  // Private members as private names (s36-8, see netreach.js's): 174.640 → 174.393 kB (−247 bytes), lowered to
  // 174.415 kB.
  // s36-8 merged: 174.769 kB, lowered to 174.79 kB.
  // A member listed by inference (above), its one new string in the thirteen languages the classic script inlines:
  // 174.830 → 175.436 kB (+606 bytes), raised to 175.455 kB.
  // s36-10 merged (its string in 13 languages): 175.368 kB, raised to 175.39 kB.
  // A loading map's box no taller than a height given (its host a grid of one cell while loading, the spacer by
  // aspect-ratio as the drawn map's): 175.043 → 175.065 kB (+22 bytes, 179267), raised to 175.08 kB.
  // A map's step past the dataset's regions said in the console: 175.145 kB (+81 bytes, 179348), raised to 175.16 kB.
  // s36-9 and s36-11 merged: 175.485 kB, raised to 175.505 kB.
  // s36-11's loading box reverted: 175.468 kB, lowered to 175.49 kB.
  // The highlighted members in file names (above): 175.512 kB, raised to 175.53 kB.
  // The session's last commits: 175.502 kB, lowered to 175.52 kB.
  // The thirty-seventh session's bytes back (s37-4, see netreach.js's): 175.502 → 175.374 kB (Lit's errors −160
  // bytes; the panels' close +5: 175.379 kB), lowered to 175.395 kB.
  // s37-2 merged (the stat's ready, the inferred mark): 175.711 kB, raised to 175.73 kB.
  // s37-3 merged (the presenter dashboard's files, the map's table in a height given): 175.825 kB, raised to 175.845.
  // s37-5 merged (the table's chosen row in view, the highlighted member's name): 176.038 kB, raised to 176.06.
  // s37-7 merged (the same): 176.126 kB, raised to 176.145.
  // s37-8 merged (the same): 176.147 kB, raised to 176.165.
  // s37-6 merged (the same): 176.201 kB, raised to 176.22.
  // s37-10's Turkish language names ("Farsça", not "Farsça dilinde"; Azerbaycanca, Hausaca, Svahilice): 176.244 kB,
  // raised to 176.265.
  // The source line's bidi class (above): 176.388 kB, raised to 176.41.
  // s38-4's members' places reused (above): 176.476 kB (176.388 before, same checkout), raised to 176.5.
  // s38-3's and s38-4's changes merged: 176.517 kB, budget 176.54 kB.
  // s38-1 merged too: 176.956 kB, budget 176.98 kB.
  // s38-6 merged: 177.287 kB, budget 177.31 kB.
  // s38-7 merged: 177.034 kB, budget 177.055 kB.
  // s38-8 merged: 177.355 kB, budget 177.375 kB.
  // s38-10 merged: 177.474 kB, budget 177.495 kB.
  // s38-11 merged: 177.721 kB, budget 177.745 kB.
  // s38-12 (the strings' copies, one a chunk, in the classic script too): 177.751 kB, budget 177.775 kB.
  // s39-1 (the validator's kept parts, inlined here): 177.751 → 178.407 kB (+656 bytes), budget 178.43 kB.
  // s39-1..4 merged in main: 179.021 kB, budget 179.045 kB.
  // s39-7 (en-001's names by a rule −53, the body read and parsed in one call +22): 178.990 kB, lowered to 179.01 kB.
  // s39-10: the map's probe taken out (sizeOf()'s padding fix kept): 178.990 → 178.892 kB, lowered to 178.91 kB.
  // s39-9 and s39-10 merged in main: 179.271 kB, budget 179.295 kB.
  // s39-11: a trend's time label off-centre toward its free side: 179.271 → 179.360 kB (+89 bytes), budget 179.385 kB.
  // s40-3: a figure over time in words in four copies (the lazy chunks' modules, inlined): 179.360 → 179.470 kB
  // (+112 bytes), raised to 179.49 kB.
  // s40-3: metricGrowth() moved with them: 179.470 → 179.455 kB (−15 bytes), lowered to 179.475 kB.
  // s40-7: text widths follow the resolved font: 179.455 → 180.092 kB (+637 bytes), raised to 180.115 kB.
  // s40-8: the stat's and trend's chunks export growthText()/periodNotes() for the dashboard, inlined here too:
  // 180.092 → 180.180 kB (+88 bytes), raised to 180.2 kB.
  // s40-5: exports for slides (above): 180.180 → 181.171 kB (+991 bytes), raised to 181.195 kB.
  // s40-6: Urdu and RTL slides (above): 181.171 → 181.414 kB (+243 bytes), raised to 181.435 kB.
  // s40-10: the CSV rows' module: 181.414 → 181.476 kB (+62 bytes), raised to 181.5 kB.
  // s40-9: the font-following code in fewer bytes: 181.476 → 181.326 kB (−150 bytes), lowered to 181.35 kB.
  // The font sample's width read with the first size: 181.326 → 181.372 kB (+46 bytes), raised to 181.395 kB.
  // s40-11: a file in a page's --netreach-font laid out in its measured widths: 181.372 → 181.472 kB (+102 bytes),
  // raised to 181.495 kB.
  // s41-3: percent.ts and the growth-only functions in growth.ts (their modules in another order; netreach/core's
  // exports unchanged): 181.464 → 181.526 kB (+62 bytes), raised to 181.55 kB.
  // s41-4: the transparent map's cut-out rings and the CLI's English fallback: 181.526 → 181.860 kB (+334 bytes),
  // raised to 181.88 kB.
  // s41-2: the interaction module inlined, its code as functions taking the controllers' options: 181.860 →
  // 182.193 kB (+333 bytes), raised to 182.21 kB.
  // s41-7: the map's least height: 182.193 → 182.377 kB (+184 bytes), raised to 182.4 kB.
  // s41-5: the donut's corner and centre text: 182.377 → 182.591 kB (+214 bytes), raised to 182.61 kB.
  // s41-8: the load's up-front wrappers beside the load itself: 182.591 → 182.910 kB (+319 bytes), raised to
  // 182.93 kB.
  // s41-9: the least heights and scrolling frames: 182.910 → 183.123 kB (+213 bytes), raised to 183.15 kB.
  // s41-10: the menu's focus and rules: 183.123 → 183.153 kB (+30 bytes), raised to 183.17 kB.
  // s41-12: the table's scroll-down shadows: 183.153 → 183.291 kB (+141 bytes), raised to 183.3 kB.
  { file: 'netreach.iife.js', limit: 183.3 * 1024 },
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const gzipOf = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
let failed = false;
/** The UI languages shipped as lazy chunks, one per file in src/core/i18n/ (named after it). */
const LANGUAGES = readdirSync(join(import.meta.dirname, '..', 'src', 'core', 'i18n'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.slice(0, -3));
/** Lazy chunks that hold data rather than code: named after their source module. */
const DATA_CHUNK = new RegExp(`^(world-geo|cinvu|silk-road|al-mustafa|example-network|${LANGUAGES.join('|')})-`);
const chunkDir = join(dist, 'chunks');
let chunks = [];
try {
  chunks = readdirSync(chunkDir).filter((name) => name.endsWith('.js') && statSync(join(chunkDir, name)).isFile());
} catch {
  // No lazy chunks.
}
const codeChunks = chunks.filter((name) => !DATA_CHUNK.test(name));

/**
 * The chunks `file` imports statically (`import … from "./chunks/…"`), transitively: the browser fetches and runs
 * them before the file itself runs, so they are part of its first download. (Until issue 12's size work this was
 * overlooked: Rolldown put the modules netreach.js shares with the file writer in a chunk of their own, 5.8 kB
 * gzip that netreach.js imported up front while the line below printed netreach.js alone.)
 */
function staticImports(file, seen = new Set()) {
  const code = readFileSync(join(dist, file), 'utf8');
  const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    const target = new URL(specifier, `file:///${base}`).pathname.slice(1);
    if (!seen.has(target)) {
      seen.add(target);
      staticImports(target, seen);
    }
  }
  return seen;
}

for (const { file, limit, aim, withCodeChunks, withStaticImports } of BUDGETS) {
  const path = join(dist, file);
  let size;
  try {
    size = gzipOf(path);
  } catch {
    console.error(`size: ${file} is missing; run npm run build first`);
    process.exit(1);
  }
  let label = file;
  if (withStaticImports) {
    const imported = [...staticImports(file)];
    size += imported.reduce((sum, name) => sum + gzipOf(join(dist, name)), 0);
    if (imported.length) label = `${file} + ${imported.length} static import${imported.length > 1 ? 's' : ''}`;
  }
  if (withCodeChunks && codeChunks.length) {
    size += codeChunks.reduce((sum, name) => sum + gzipOf(join(chunkDir, name)), 0);
    label = `${file} + code chunks`;
  }
  const over = size > limit;
  failed ||= over;
  const aimed = aim === undefined ? '' : `; aim ${kb(aim)}: ${size > aim ? `${kb(size - aim)} to go` : 'met'}`;
  console.log(`${over ? 'FAIL' : 'ok  '} ${label.padEnd(30)} ${kb(size).padStart(9)} gzip  (budget ${kb(limit)}${aimed})`);
}
// The world geometry the map fetches (issue: a compact asset, at most 40 kB gzip).
const GEOMETRY_LIMIT = 40 * 1024;
const geometry = chunks.find((name) => name.startsWith('world-geo-'));
if (!geometry) {
  console.error('size: no world-geo chunk in dist/chunks');
  failed = true;
} else {
  const size = gzipOf(join(chunkDir, geometry));
  failed ||= size > GEOMETRY_LIMIT;
  console.log(
    `${size > GEOMETRY_LIMIT ? 'FAIL' : 'ok  '} ${'world geometry (lazy chunk)'.padEnd(30)} ${kb(size).padStart(9)} gzip  (budget ${kb(GEOMETRY_LIMIT)})`,
  );
}
const languageOf = (name) => LANGUAGES.find((language) => name.startsWith(`${language}-`));
for (const name of chunks.filter((chunk) => !languageOf(chunk))) {
  const kind = DATA_CHUNK.test(name) ? 'data, lazy' : 'code, lazy';
  console.log(`     chunks/${name.padEnd(32)} ${kb(gzipOf(join(chunkDir, name))).padStart(9)} gzip  (${kind})`);
}
// What each UI language adds: its lazy chunk for a page in that language (ES module), and about as much to the
// classic script, which inlines every language (English is in the main bundle).
const languageChunks = chunks.filter(languageOf).sort();
let languagesTotal = 0;
for (const name of languageChunks) {
  const size = gzipOf(join(chunkDir, name));
  languagesTotal += size;
  console.log(`     UI strings ${languageOf(name).padEnd(4)} chunks/${name.padEnd(21)} ${kb(size).padStart(9)} gzip  (data, lazy)`);
}
const missingLanguages = LANGUAGES.filter((language) => !languageChunks.some((name) => languageOf(name) === language));
if (missingLanguages.length) {
  console.error(`size: no lazy chunk for ${missingLanguages.join(', ')} (a language imported eagerly?)`);
  failed = true;
}
console.log(
  `     UI strings, ${languageChunks.length} languages besides English      ${kb(languagesTotal).padStart(9)} gzip  (each page loads one)`,
);
// The spreadsheet importer (src/import/ and the CSV and JSON parsers only it uses) is for the pages that bring
// data (the configurator, the command line): no widget bundle may hold any of it. The build records which
// source modules each bundle file holds.
const IMPORTER_ONLY = /^(src\/import\/|node_modules\/(d3-dsv|jsonc-parser)\/)/;
/** What the build recorded in .cache/ (scripts/build.mjs). */
function recorded(name) {
  try {
    return JSON.parse(readFileSync(join(dist, '..', '.cache', name), 'utf8'));
  } catch {
    console.error(`size: .cache/${name} is missing; run npm run build first`);
    process.exit(1);
  }
}
const bundleModules = recorded('bundle-modules.json');
const leaks = Object.entries(bundleModules).flatMap(([file, modules]) =>
  modules.filter((id) => IMPORTER_ONLY.test(id)).map((id) => `${file}: ${id}`),
);
failed ||= leaks.length > 0;
console.log(
  `${leaks.length ? 'FAIL' : 'ok  '} ${'importer in no widget bundle'.padEnd(30)} ${Object.keys(bundleModules).length} bundle files checked (src/import/, d3-dsv, jsonc-parser)`,
);
for (const leak of leaks) console.error(`     ${leak}`);
// The same from the files themselves, whatever the build recorded: text that only the importer's code holds —
// a message of importTable(), a string of d3-dsv, an option name of jsonc-parser — is in no file of dist/ (the
// module bundle, its chunks, the classic script, the embed page's script). The markers are first found in the
// importer bundled and minified as a page that imports it gets it, so that the check cannot pass by looking
// for text that minification would have changed anyway.
const IMPORTER_MARKERS = [
  ['no country matches', 'src/import/'],
  ['Invalid Date', 'd3-dsv'],
  ['disallowComments', 'jsonc-parser'],
];
const [importerBuild] = await build({
  configFile: false,
  root: join(import.meta.dirname, '..'),
  logLevel: 'silent',
  build: {
    write: false,
    minify: true,
    lib: { entry: join(import.meta.dirname, '..', 'src/import/index.ts'), formats: ['es'], fileName: () => 'import.js' },
    rolldownOptions: { output: { minify: true } },
  },
});
const importerCode = importerBuild.output.map((chunk) => chunk.code ?? '').join('\n');
const unproven = IMPORTER_MARKERS.filter(([marker]) => !importerCode.includes(marker));
for (const [marker, from] of unproven)
  console.error(`size: the importer's bundle has no ${JSON.stringify(marker)} (${from}): pick another marker`);
const distFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? distFiles(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );
const scanned = distFiles(dist);
const found = scanned.flatMap((path) => {
  const code = readFileSync(path, 'utf8');
  return IMPORTER_MARKERS.filter(([marker]) => code.includes(marker)).map(
    ([marker, from]) => `${path.slice(dist.length + 1)}: ${JSON.stringify(marker)} (${from})`,
  );
});
failed ||= unproven.length > 0 || found.length > 0 || !scanned.some((path) => path.endsWith('netreach.iife.js'));
console.log(
  `${found.length || unproven.length ? 'FAIL' : 'ok  '} ${'importer code in no dist file'.padEnd(30)} ${scanned.length} files of dist/ scanned for ${IMPORTER_MARKERS.map(([marker]) => JSON.stringify(marker)).join(', ')}`,
);
for (const leak of found) console.error(`     ${leak}`);
// `npm run size -- --modules`: what each file of the module bundle holds, its largest source modules first, in
// bytes as rendered into the file before minification (the build records them): to find what a page loads up
// front that it needs only later.
if (process.argv.includes('--modules')) {
  for (const [file, modules] of Object.entries(recorded('bundle-module-sizes.json'))) {
    if (DATA_CHUNK.test(file.replace(/^chunks\//, ''))) continue;
    const rows = Object.entries(modules).sort(([, a], [, b]) => b - a);
    const total = rows.reduce((sum, [, length]) => sum + length, 0);
    console.log(`\n${file}: ${kb(gzipOf(join(dist, file)))} gzip; ${kb(total)} of modules before minification`);
    for (const [id, length] of rows.slice(0, 25)) console.log(`  ${kb(length).padStart(9)}  ${id}`);
    if (rows.length > 25) console.log(`  … and ${rows.length - 25} more`);
  }
}
if (failed) {
  console.error('size: over budget, or importer code in a bundle');
  process.exit(1);
}
