// Reading the PNGs `netreach render` writes, for tests that look at what was drawn: resvg writes 8-bit RGBA,
// not interlaced, which is all this decodes.
import { inflateSync } from 'node:zlib';

/** The pixels of an 8-bit RGBA PNG: { width, height, data } with four bytes a pixel. */
export function decodePng(buffer) {
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  const [depth, colourType, , , interlace] = buffer.subarray(24, 29);
  if (depth !== 8 || colourType !== 6 || interlace !== 0) throw new Error(`not an 8-bit RGBA PNG (${depth}, ${colourType})`);
  const chunks = [];
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    if (buffer.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(buffer.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * 4;
  const data = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const left = x >= 4 ? data[y * stride + x - 4] : 0;
      const up = y > 0 ? data[(y - 1) * stride + x] : 0;
      const corner = x >= 4 && y > 0 ? data[(y - 1) * stride + x - 4] : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const estimate = left + up - corner;
        const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - corner)];
        predicted = a <= b && a <= c ? left : b <= c ? up : corner;
      }
      data[y * stride + x] = (line[x] + predicted) & 0xff;
    }
  }
  return { width, height, data };
}

/** How many pixels in rows `top` to `bottom` are dark (text in the light theme's foreground colour, #1b1f24). */
export function inkCount(image, top = 0, bottom = image.height) {
  let count = 0;
  for (let y = Math.max(0, top); y < Math.min(image.height, bottom); y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const at = (y * image.width + x) * 4;
      if (image.data[at + 3] > 128 && image.data[at] < 96 && image.data[at + 1] < 96 && image.data[at + 2] < 96) count += 1;
    }
  }
  return count;
}

/** How many pixels in rows `top` to `bottom` of two images of one size differ by more than a quarter of the range. */
export function differentPixels(a, b, top = 0, bottom = a.height) {
  let count = 0;
  for (let at = Math.max(0, top) * a.width * 4; at < Math.min(a.height, bottom) * a.width * 4; at += 4) {
    for (let channel = 0; channel < 3; channel += 1) {
      if (Math.abs(a.data[at + channel] - b.data[at + channel]) > 64) {
        count += 1;
        break;
      }
    }
  }
  return count;
}

/**
 * What a PNG's pHYs chunk says, `{ x, y, unit }` (pixels per unit; unit 1 the metre), checked against its CRC; null
 * when it has none. Works on a Buffer or a Uint8Array.
 */
export function pixelDensity(bytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    if (buffer.toString('ascii', at + 4, at + 8) === 'pHYs') {
      if (crc32(buffer.subarray(at + 4, at + 8 + length)) !== buffer.readUInt32BE(at + 8 + length)) throw new Error('bad pHYs CRC');
      return { x: buffer.readUInt32BE(at + 8), y: buffer.readUInt32BE(at + 12), unit: buffer[at + 16] };
    }
    at += length + 12;
  }
  return null;
}

/** CRC-32 (zlib's), written out so that the test checks the library's rather than sharing it. */
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
