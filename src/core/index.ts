/** The pure core: no DOM, no Lit. Usable in Node (static rendering) and in tests without a browser. */
export * from './exports.js';
export { parseDataset, validateDataset, DatasetError, type ValidationIssue } from './validate.js';
