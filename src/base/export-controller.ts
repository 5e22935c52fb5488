/**
 * A widget's files: SVG and PNG written from its scene (the document `netreach render` writes for the same
 * options), CSV from its rows and the sources behind them, and downloads of each. The element's public
 * `toSVG()`, `toPNG()`, `toCSV()` and `downloadAs()` are this controller's; the widget says only what its files
 * hold (its scene and option values, its rows, its sources). The file writer, PNG and downloads are in the
 * on-demand chunk, loaded the first time a file is asked for.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '../core/i18n.js';
import { provenanceRows, toCsv, type CsvCell } from '../core/csv.js';
import type { Dataset, Source } from '../core/types.js';
import type { SceneFunction } from '../scene/render.js';
import { loadOnDemand } from './on-demand-loader.js';

/**
 * A widget's scene function and its option values (by property name). A scene only files use (the table's) may
 * come with the on-demand module, hence the promise.
 */
export interface SceneFile {
  readonly scene: SceneFunction;
  readonly options: Readonly<Record<string, unknown>>;
}

export type FileKind = 'png' | 'svg' | 'csv';
export interface FileSize {
  width?: number;
  height?: number;
  theme?: 'light' | 'dark';
  /** `transparent`: no background rectangle, for a slide of another colour. */
  background?: 'transparent';
}

/** The element a controller writes files of. */
export interface ExportHost extends ReactiveControllerHost, HTMLElement {
  readonly locale: string;
  readonly state: string;
  readonly theme?: 'light' | 'dark' | 'auto';
}

/** What the widget's files hold. */
export interface ExportContent {
  /** The dataset shown, if any. */
  dataset(): Dataset | undefined;
  /** The widget's scene and option values (undefined while its own code chunk is loading). */
  sceneFile(): SceneFile | undefined | Promise<SceneFile | undefined>;
  /** The data behind the widget as rows, the first being the header. */
  rows(dataset: Dataset): CsvCell[][];
  /** The sources behind what the widget shows. */
  sources(dataset: Dataset): Source[];
  /** What the source line says besides its sources: the figures no source gives, or that none is given (`uncited()`). */
  uncited(dataset: Dataset): readonly string[];
  /** What the widget says under its picture about the data (regions inferred, a partial list). */
  notes(): readonly string[];
}

export class ExportController implements ReactiveController {
  constructor(
    private readonly host: ExportHost,
    private readonly content: ExportContent,
  ) {
    host.addController(this);
  }

  /** Files need no lifecycle; a reactive controller has at least this hook. */
  hostConnected(): void {}

  #readyDataset(): Dataset {
    const dataset = this.content.dataset();
    if (!dataset || this.host.state !== 'ready') throw new Error(`netreach: nothing to export while the widget is ${this.host.state}`);
    return dataset;
  }

  /**
   * The widget's SVG document at `width`×`height` (its own size by default, at least 200), in the colours and font
   * the page's `--netreach-*` properties give it, written by the on-demand chunk (`widgetFile()`, export.ts).
   */
  async svg(options: FileSize = {}): Promise<string> {
    const dataset = this.#readyDataset();
    return (await loadOnDemand()).widgetFile(this.host, this.content, dataset, options) as Promise<string>;
  }

  /** The widget as a PNG image, `scale` pixels per CSS pixel (2 by default). */
  async png(options: FileSize & { scale?: number } = {}): Promise<Blob> {
    const dataset = this.#readyDataset();
    return (await loadOnDemand()).widgetFile(this.host, this.content, dataset, options, true) as Promise<Blob>;
  }

  /** The data behind the widget as CSV (spreadsheet-safe), with the sources it cites. */
  csv(): string {
    const dataset = this.#readyDataset();
    const { locale } = this.host;
    const note = dataset.illustrative ? msg(locale, 'illustrativeNote') : undefined;
    const notes = [...this.content.uncited(dataset), note, ...this.content.notes()];
    return toCsv(this.content.rows(dataset)) + toCsv(provenanceRows(this.content.sources(dataset), notes, locale));
  }

  /**
   * Saves the widget as a file named after what it shows (`downloadFile()`, in the on-demand chunk):
   * `cinvu-stat-virtual-students-fa.png`.
   */
  async download(kind: FileKind): Promise<void> {
    const dataset = this.#readyDataset();
    return (await loadOnDemand()).downloadFile(this.host, this.content, dataset, kind, () => this.csv());
  }
}
