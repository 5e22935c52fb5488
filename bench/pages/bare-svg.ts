// Shared by the bare (hand-written) benchmark pages: SVG elements and the region colours, as a developer would
// write them without a library.
export const REGION_COLOURS = ['#0f766e', '#c2410c', '#6d28d9', '#b45309', '#be185d', '#1d4ed8'];

export function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS('http://www.w3.org/2000/svg', name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}
