import { expect } from '@open-wc/testing';
import { withPixelDensity } from '../../src/static/png.js';

/** CRC-32 by its table, written apart from png.ts's so that the two check each other. */
const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: number[]): number[] {
  const body = new Uint8Array([...type].map((c) => c.charCodeAt(0)).concat(data));
  const word = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  return [...word(data.length), ...body, ...word(crc(body))];
}

/** A 1×1 grey PNG: IHDR, the chunks `before` its image data, IDAT, IEND. */
function png(before: number[][] = []): Uint8Array {
  const ihdr = chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  const idat = chunk('IDAT', [120, 156, 99, 96, 0, 0, 0, 2, 0, 1]); // zlib of one row: filter 0, pixel 0
  return new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, ...ihdr, ...before.flat(), ...idat, ...chunk('IEND', [])]);
}

/** 72 per inch (2835 per metre), as an encoder that writes its own might say. */
const PHYS_72 = chunk('pHYs', [0, 0, 11, 19, 0, 0, 11, 19, 1]);
const TEXT = chunk(
  'tEXt',
  [...'Software\0test'].map((c) => c.charCodeAt(0)),
);

/** The file's chunks in order: type, and for pHYs its pixels per metre across, down and unit; every CRC checked. */
function chunks(bytes: Uint8Array): string[] {
  expect([...bytes.subarray(0, 8)].join(' ')).to.equal('137 80 78 71 13 10 26 10');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: string[] = [];
  let at = 8;
  while (at < bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    expect(view.getUint32(at + 8 + length), `${type}'s CRC`).to.equal(crc(bytes.subarray(at + 4, at + 8 + length)));
    out.push(type === 'pHYs' ? `pHYs ${view.getUint32(at + 8)} ${view.getUint32(at + 12)} ${bytes[at + 16]}` : type);
    at += length + 12;
  }
  expect(at, 'ends at its last chunk').to.equal(bytes.length);
  return out;
}

describe('withPixelDensity', () => {
  it('adds one pHYs of 96 × scale per inch after the header of a PNG that has none', () => {
    // 96, 192 and 288 per inch: a 2× image placed in slides at the 1× one's (CSS) size, 3780 × scale per metre.
    for (const [scale, perMetre, perInch] of [
      [1, 3780, 96],
      [2, 7560, 192],
      [3, 11340, 288],
    ]) {
      expect(chunks(withPixelDensity(png(), scale)), `scale ${scale}`).to.deep.equal([
        'IHDR',
        `pHYs ${perMetre} ${perMetre} 1`,
        'IDAT',
        'IEND',
      ]);
      expect(Math.round(perMetre * 0.0254), `scale ${scale}`).to.equal(perInch);
    }
  });

  it('replaces a pHYs the encoder wrote, keeping one, before the image data, and the other chunks in order', () => {
    for (const scale of [1, 2, 3]) {
      const perMetre = 3780 * scale;
      const input = png([TEXT, PHYS_72]);
      expect(chunks(input)).to.deep.equal(['IHDR', 'tEXt', 'pHYs 2835 2835 1', 'IDAT', 'IEND']);
      expect(chunks(withPixelDensity(input, scale)), `scale ${scale}`).to.deep.equal([
        'IHDR',
        `pHYs ${perMetre} ${perMetre} 1`,
        'tEXt',
        'IDAT',
        'IEND',
      ]);
    }
    // Applied twice (a file passed through again): still one.
    const twice = withPixelDensity(withPixelDensity(png([PHYS_72]), 3), 2);
    expect(chunks(twice).filter((type) => type.startsWith('pHYs'))).to.deep.equal(['pHYs 7560 7560 1']);
  });

  it('writes a file the browser still decodes', async () => {
    for (const input of [png(), png([PHYS_72])]) {
      const bitmap = await createImageBitmap(new Blob([withPixelDensity(input, 2)], { type: 'image/png' }));
      expect(`${bitmap.width}×${bitmap.height}`).to.equal('1×1');
    }
  });
});
