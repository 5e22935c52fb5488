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
 * `png` with a pHYs chunk of 96 × `scale` pixels per inch right after its header: the same image, placed at its CSS
 * pixels' size. `png` is a PNG file (eight bytes of signature, then IHDR) without a pHYs chunk (a canvas's and
 * resvg's have none; a decoder given two reads this first one).
 */
export function withPixelDensity(png: Uint8Array, scale: number): Uint8Array<ArrayBuffer> {
  const perMetre = Math.round(3780 * scale);
  const out = new Uint8Array(png.length + 21);
  const view = new DataView(out.buffer);
  out.set(png.subarray(0, 33));
  view.setUint32(33, 9);
  out.set([112, 72, 89, 115], 37); // "pHYs"
  view.setUint32(41, perMetre);
  view.setUint32(45, perMetre);
  out[49] = 1; // the unit: the metre
  view.setUint32(50, crc32(out.subarray(37, 50)));
  out.set(png.subarray(33), 54);
  return out;
}
