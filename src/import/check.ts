/**
 * `checkDataset(text)`: every problem of a dataset's JSON text, each with its JSON path and its line and
 * column in the text — the same messages a widget shows in its error state (they come from
 * `core/validate.ts`), all of them rather than the first. Pure, no DOM. Positions come from jsonc-parser's
 * syntax tree (the parser VS Code uses), so they point where an editor would.
 */
import { findNodeAtLocation, parseTree, type Node as JsonNode, type ParseError, type Segment } from 'jsonc-parser';
import { datasetIssues, DatasetError, parseDataset, type DatasetErrorCode } from '../core/validate.js';
import { matchCountry, noIsoCodeText } from './match-country.js';

export interface CheckProblem {
  /** `members[4].country`, or `(root)` for the whole document. */
  path: string;
  message: string;
  /** 1-based line and column (in UTF-16 code units, as editors count) of the value, or of the object missing a field. */
  line?: number;
  column?: number;
  code: DatasetErrorCode;
}

/** `members[4].values["odd key"]` → ["members", 4, "values", "odd key"]; `(root)` → []. */
export function parsePath(path: string): Segment[] {
  if (path === '(root)') return [];
  const segments: Segment[] = [];
  const pattern = /(?:^|\.)([A-Za-z0-9_$-]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(path))) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(match[3]!) as string);
  }
  return segments;
}

/** 1-based line and column of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The node at `path`, else at its nearest ancestor that exists (where a missing field belongs). */
function nearestNode(tree: JsonNode | undefined, path: Segment[]): JsonNode | undefined {
  if (!tree) return undefined;
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? tree : findNodeAtLocation(tree, path.slice(0, length));
    if (node) return node;
  }
  return undefined;
}

/** Every problem of a dataset's JSON text; an empty list when it is valid. */
export function checkDataset(text: string): CheckProblem[] {
  // A byte order mark is not a column: positions are counted after it, as editors do.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    parseDataset(body);
    return [];
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    if (error.code === 'not-json') {
      const errors: ParseError[] = [];
      parseTree(body, errors, { disallowComments: true, allowTrailingComma: false });
      const first = errors[0];
      const issue = error.issues[0]!;
      return [{ ...issue, ...(first ? lineAndColumn(body, first.offset) : {}), code: error.code }];
    }
    const tree = parseTree(body);
    return datasetIssues(JSON.parse(body)).map((issue) => {
      const node = nearestNode(tree, parsePath(issue.path));
      return { ...issue, message: explained(issue.message), ...(node ? lineAndColumn(body, node.offset) : {}), code: error.code };
    });
  }
}

/**
 * The validator's message, with the importer's word on Kosovo ("XK", "XKX", its names) where it says only that a
 * code is not an ISO one: here, not in the validator, which the widgets load (their bundles stay as they are).
 */
function explained(message: string): string {
  const quoted = /^(".*") is not an ISO 3166-1 alpha-3 code$/.exec(message)?.[1];
  const match = quoted && matchCountry(JSON.parse(quoted) as string);
  return match && match.status === 'unknown' && match.reason ? noIsoCodeText(quoted, 'leave it out') : message;
}
