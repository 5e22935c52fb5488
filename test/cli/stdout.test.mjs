// The command line writes to standard output, as npm command lines do: `netreach render map > map.svg`,
// `netreach render bars --format png | other-tool`, `--out -`, and `netreach import … --out -`. Runs the real bin
// with its standard output piped (and, through `script`, a terminal), against the compiled lib/ (run
// `node scripts/build.mjs` first): `node --test test/cli/`.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as registry from 'netreach/options';
import { CliError, imageTarget, renderUsage } from '../../packages/cli/bin/render-args.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'packages/cli/bin/netreach.mjs');
const dir = mkdtempSync(join(tmpdir(), 'netreach-stdout-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Runs the command with standard output a pipe; resolves with its exit code and output as bytes (never rejects). */
function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: dir, encoding: 'buffer', maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr: stderr.toString('utf8') });
    });
  });
}

/** The file `--out <name>` writes, with the run's output. */
async function toFile(name, ...args) {
  const result = await run(...args, '--out', join(dir, name));
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout.length, 0, 'nothing on standard output when the image goes to a file');
  return readFileSync(join(dir, name));
}

/** util-linux `script`, which runs a command with a terminal as its standard output. */
const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const quote = (arg) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** Runs the command with a terminal as its standard output (`script -qec`): its exit code and what it printed. */
function runOnTerminal(...args) {
  return new Promise((resolve) => {
    const command = [process.execPath, bin, ...args].map(quote).join(' ');
    execFile('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8' }, (error, stdout) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout });
    });
  });
}

describe('netreach render: standard output', () => {
  it('writes the SVG to standard output without --out when that is a pipe: the document --out file.svg writes', async () => {
    const file = await toFile('stat.svg', 'render', 'stat', '--lang', 'fa');
    const piped = await run('render', 'stat', '--lang', 'fa');
    assert.equal(piped.code, 0, piped.stderr);
    assert.equal(piped.stderr, '');
    assert.ok(piped.stdout.toString('utf8').startsWith('<svg '), piped.stdout.subarray(0, 40).toString());
    assert.ok(piped.stdout.equals(file), 'byte-equal to the file');
  });

  it('writes it for --out - and -o - too', async () => {
    const file = await toFile('bars.svg', 'render', 'bars', '--width', '800', '--height', '450');
    for (const flag of ['--out', '-o']) {
      const piped = await run('render', 'bars', '--width', '800', '--height', '450', flag, '-');
      assert.equal(piped.code, 0, piped.stderr);
      assert.ok(piped.stdout.equals(file), `${flag} -: byte-equal to the file`);
    }
    assert.ok(!readdirSync(dir).includes('-'), 'no file named "-"');
  });

  it('writes a PNG with --format png: the PNG signature, the bytes --out file.png writes', async () => {
    const file = await toFile('map.png', 'render', 'map', '--width', '400', '--height', '225', '--scale', '2');
    const piped = await run('render', 'map', '--width', '400', '--height', '225', '--scale', '2', '--format', 'png');
    assert.equal(piped.code, 0, piped.stderr);
    assert.ok(piped.stdout.subarray(0, 8).equals(PNG_SIGNATURE), piped.stdout.subarray(0, 8).toString('hex'));
    assert.ok(piped.stdout.equals(file), `byte-equal to the file (${piped.stdout.length} and ${file.length} bytes)`);
    const dashed = await run('render', 'map', '--width', '400', '--height', '225', '--scale', '2', '--format', 'png', '--out', '-');
    assert.ok(dashed.stdout.equals(file), '--out - --format png');
  });

  it('writes a file with no .svg or .png in its name in the --format asked for', async () => {
    const png = await toFile('slide', 'render', 'stat', '--width', '400', '--height', '225', '--format', 'png');
    assert.ok(png.subarray(0, 8).equals(PNG_SIGNATURE));
    const svg = await toFile('slide.image', 'render', 'stat', '--format', 'SVG');
    assert.ok(svg.toString('utf8').startsWith('<svg '));
  });

  it('refuses a --format the file name contradicts, and one it does not know (exit 2, nothing written)', async () => {
    const before = readdirSync(dir);
    const disagree = await run('render', 'stat', '--format', 'png', '--out', 'x.svg');
    assert.equal(disagree.code, 2);
    assert.equal(
      disagree.stderr,
      'netreach: --format png and --out x.svg disagree: give one format (or a file name without .svg or .png)\n',
    );
    const unknown = await run('render', 'stat', '--format', 'gif');
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stderr, 'netreach: --format must be svg or png (got "gif")\n');
    assert.equal(unknown.stdout.length, 0);
    const noExtension = await run('render', 'stat', '--out', 'slide.gif');
    assert.equal(noExtension.stderr, 'netreach: --out must end in .svg or .png, or --format say which (got ".gif")\n');
    assert.deepEqual(readdirSync(dir), before);
  });

  it('keeps warnings on standard error: standard output is the image alone', async () => {
    const file = await toFile('warned.svg', 'render', 'map', '--highlight', 'XYZ', '--scale', '2');
    const piped = await run('render', 'map', '--highlight', 'XYZ', '--scale', '2');
    assert.equal(piped.code, 0, piped.stderr);
    assert.match(piped.stderr, /^netreach: warning: --scale 2 ignored: an SVG has no pixels/m);
    assert.match(piped.stderr, /^netreach: warning: --highlight XYZ ignored: not a member$/m);
    assert.ok(piped.stdout.equals(file), 'the image alone, byte-equal to the file');
    assert.doesNotMatch(piped.stdout.toString('utf8'), /warning/);
  });

  it('ends quietly when the reader stops early (| head -c 8): exit 0, no stack trace', async () => {
    // A PNG larger than a pipe holds (64 kB), so that the write is still going when `head` has read its 8 bytes.
    const script = '"$@" 2>stderr.txt | head -c 8 | od -An -tx1; echo "exit ${PIPESTATUS[0]}"';
    const output = await new Promise((resolve, reject) => {
      execFile(
        'bash',
        ['-c', script, 'bash', process.execPath, bin, 'render', 'map', '--format', 'png'],
        { cwd: dir, encoding: 'utf8' },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      );
    });
    assert.equal(output.replace(/\s+/g, ' ').trim(), '89 50 4e 47 0d 0a 1a 0a exit 0');
    assert.equal(readFileSync(join(dir, 'stderr.txt'), 'utf8'), '');
  });

  it(
    'refuses to write to a terminal without --out, saying how to name a file or pipe; a PNG never',
    { skip: !hasScript && 'no script(1)' },
    async () => {
      const bare = await runOnTerminal('render', 'stat');
      assert.equal(bare.code, 2, bare.output);
      assert.match(
        bare.output,
        /^netreach: missing --out: name a file \(--out stat\.svg or \.png\), or redirect or pipe the image \(netreach render stat > stat\.svg\)/,
      );
      assert.doesNotMatch(bare.output, /<svg/);
      const png = await runOnTerminal('render', 'stat', '--format', 'png', '--out', '-');
      assert.equal(png.code, 2, png.output);
      assert.match(png.output, /^netreach: a PNG is not written to a terminal: name a file \(--out stat\.png\) or redirect it/);
      assert.doesNotMatch(png.output, /PNG\r?\n|IHDR/);
      // Asked for by name, the SVG is written there.
      const asked = await runOnTerminal('render', 'stat', '--out', '-');
      assert.equal(asked.code, 0, asked.output);
      assert.match(asked.output, /^<svg /);
    },
  );
});

describe('imageTarget: where the image goes, from --out, --format and whether standard output is a terminal', () => {
  const target = (values, isTTY) => {
    try {
      return imageTarget(values, { isTTY, widget: 'map' });
    } catch (error) {
      if (error instanceof CliError) return { error: error.message, exitCode: error.exitCode };
      throw error;
    }
  };

  it('standard output (out undefined): --out -, or no --out when it is not a terminal; SVG unless --format png', () => {
    assert.deepEqual(target({}, false), { out: undefined, format: '.svg' });
    assert.deepEqual(target({ out: '-' }, false), { out: undefined, format: '.svg' });
    assert.deepEqual(target({ out: '-' }, true), { out: undefined, format: '.svg' });
    assert.deepEqual(target({ format: 'png' }, false), { out: undefined, format: '.png' });
    assert.deepEqual(target({ out: '-', format: 'svg' }, false), { out: undefined, format: '.svg' });
  });

  it('a terminal: no --out refused, a PNG refused even with --out -', () => {
    assert.equal(target({}, true).exitCode, 2);
    assert.match(target({}, true).error, /^missing --out: name a file \(--out map\.svg or \.png\), or redirect or pipe the image/);
    assert.match(target({ format: 'png' }, true).error, /^a PNG is not written to a terminal/);
    assert.match(target({ out: '-', format: 'png' }, true).error, /^a PNG is not written to a terminal/);
  });

  it('a file: its extension, or --format when it has none it knows; the two must agree', () => {
    assert.deepEqual(target({ out: 'a.PNG' }, true), { out: 'a.PNG', format: '.png' });
    assert.deepEqual(target({ out: 'a.svg', format: 'svg' }, false), { out: 'a.svg', format: '.svg' });
    assert.deepEqual(target({ out: 'slide', format: 'png' }, true), { out: 'slide', format: '.png' });
    assert.deepEqual(target({ out: 'slide.img', format: 'svg' }, false), { out: 'slide.img', format: '.svg' });
    assert.match(target({ out: 'x.svg', format: 'png' }, false).error, /^--format png and --out x\.svg disagree/);
    assert.match(target({ out: 'x.png', format: 'svg' }, false).error, /^--format svg and --out x\.png disagree/);
    assert.match(target({ out: 'slide' }, false).error, /^--out must end in \.svg or \.png, or --format say which/);
  });

  it('is in the help once, with the other flags of the image', () => {
    const usage = renderUsage(registry, ['en']);
    assert.equal(usage.match(/^ {2}--format <svg\|png> /gm)?.length, 1, usage);
    assert.match(usage, /^ {2}-o, --out <file> +Where to write the image: a \.svg or \.png file, or "-" for standard output/m);
    assert.match(usage, /^Usage: netreach render <widget> \[--out <file\.svg\|file\.png\|->\] \[--format svg\|png\]/);
  });
});

describe('netreach import: standard output', () => {
  it('writes the dataset to standard output for --out -, as without --out', async () => {
    const sheet = join(root, 'test/fixtures/import/al-mustafa-visitors.csv');
    const bare = await run('import', sheet, '--name', 'A');
    const dashed = await run('import', sheet, '--name', 'A', '--out', '-');
    assert.equal(dashed.code, 0, dashed.stderr);
    assert.ok(dashed.stdout.equals(bare.stdout), 'the same JSON');
    assert.equal(JSON.parse(dashed.stdout.toString('utf8')).members.length, 45);
    assert.doesNotMatch(dashed.stderr, /^wrote /m);
    assert.ok(!readdirSync(dir).includes('-'), 'no file named "-"');
  });
});
