/**
 * The pixel density a PNG file says (its pHYs chunk), so that slide software places a `scale` 2 image at the size of
 * the 1× one: 96 × `scale` pixels per inch, 3780 × `scale` per metre (a PNG without it is placed at 96 per inch
 * whatever its pixels, twice the size at 2×). The browser's `toPNG()` and `netreach render`'s PNG both write it.
 * Pure; no DOM.
 */

/** PNG's CRC-32 of `bytes`. */
function crc32(bytes: Uint8Array): number {
  let crc = -1;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/**
 * `png` with one pHYs chunk of 96 × `scale` pixels per inch, right after its header (so before its first IDAT, as PNG
 * requires): the same image, placed at its CSS pixels' size. Any pHYs `png` had is dropped, not kept beside the new
 * one: PNG allows one, and an encoder (a browser's canvas, resvg) may write its own, of 72 or 96 per inch whatever
 * the scale. The other chunks are kept as they are, in their order.
 */
export function withPixelDensity(png: Uint8Array, scale: number): Uint8Array<ArrayBuffer> {
  const source = new DataView(png.buffer, png.byteOffset, png.byteLength);
  // The chunks after the signature, as [start, end) byte ranges; a pHYs among them left out.
  const kept: [number, number][] = [];
  for (let at = 8; at + 12 <= png.length;) {
    const end = at + 12 + source.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type !== 'pHYs') kept.push([at, Math.min(end, png.length)]);
    at = end;
  }
  const perMetre = Math.round(3780 * scale);
  const chunk = new Uint8Array(21);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([112, 72, 89, 115], 4); // "pHYs"
  view.setUint32(8, perMetre);
  view.setUint32(12, perMetre);
  chunk[16] = 1; // the unit: the metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  const size = 8 + chunk.length + kept.reduce((sum, [from, to]) => sum + to - from, 0);
  const out = new Uint8Array(size);
  out.set(png.subarray(0, 8));
  let at = 8;
  kept.forEach(([from, to], index) => {
    out.set(png.subarray(from, to), at);
    at += to - from;
    // IHDR comes first in every PNG: the density follows it.
    if (index === 0) {
      out.set(chunk, at);
      at += chunk.length;
    }
  });
  return out;
}
