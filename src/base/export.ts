/**
 * Files in the browser: a PNG rasterized from a widget's SVG document (written from its scene by
 * `src/scene/document.ts`, as the command line writes it), and downloads.
 */

/** Rasterizes an SVG document to PNG at `scale` device pixels per CSS pixel. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const size = /<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg);
  const width = Number(size?.[1] ?? 600);
  const height = Number(size?.[2] ?? 400);
  const image = new Image();
  image.decoding = 'async';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  // A page whose Content-Security-Policy has no `img-src data:` blocks the image, which then fails to decode.
  await image.decode().catch((error: unknown) => {
    throw new Error('netreach: the SVG could not be drawn into a PNG (a Content-Security-Policy needs img-src data: for it)', {
      cause: error,
    });
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** Offers `content` as a file download. */
export function download(content: Blob | string, filename: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
