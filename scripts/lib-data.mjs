// One copy of each data module in the package. The world's geometry, the bundled datasets and the language packs
// are each a module of data alone, built twice: by tsc into lib/ (for bundlers) and by Vite into a chunk of dist/
// (for the <script> tag). lib/'s copy becomes a re-export of dist/'s chunk (0.2 MB less in every install, where
// issue 11 allows 3 MB in all). Only when both copies are proven the same: the chunk imports nothing and reads no
// global (it runs alone in Node), its exports are lib's names, and every export is deeply equal to lib's.
import { isDeepStrictEqual } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A chunk that runs without the rest of the bundle: no import, no read of the bundle's shared object. */
const standsAlone = (code) => !/\bimport\b|Symbol\.for\(/.test(code);

/**
 * @param {string} root the repository
 * @param {Record<string, string[]>} bundleModules dist/'s files (relative to dist/) with the modules each holds
 * @returns {Promise<string[]>} the lib/ files that now re-export a chunk
 */
export async function shareDataChunks(root, bundleModules) {
  const shared = [];
  for (const [chunk, modules] of Object.entries(bundleModules)) {
    if (modules.length !== 1 || !/^src\/(generated|core\/i18n)\//.test(modules[0])) continue;
    const chunkPath = join(root, 'dist', chunk);
    if (!standsAlone(readFileSync(chunkPath, 'utf8'))) continue;
    const libPath = join(root, modules[0].replace(/^src\//, 'lib/').replace(/\.ts$/, '.js'));
    const [fromLib, fromChunk] = await Promise.all([import(pathToFileURL(libPath).href), import(pathToFileURL(chunkPath).href)]);
    const names = Object.keys(fromLib).sort();
    if (!isDeepStrictEqual(names, Object.keys(fromChunk).sort())) continue;
    if (!names.every((name) => typeof fromLib[name] !== 'function' && isDeepStrictEqual(fromLib[name], fromChunk[name]))) {
      throw new Error(`${relative(root, libPath)} and dist/${chunk} differ: build from one source`);
    }
    const specifier = relative(dirname(libPath), chunkPath).split('\\').join('/');
    writeFileSync(libPath, `export { ${names.join(', ')} } from '${specifier.startsWith('.') ? specifier : `./${specifier}`}';\n`);
    shared.push(relative(root, libPath));
  }
  return shared;
}
