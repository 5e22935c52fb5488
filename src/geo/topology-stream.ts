/**
 * TopoJSON lines and polygons streamed to a d3 stream straight from the topology's arcs: the same calls, in
 * the same order, with the same numbers as `geoStream(feature(topology, object), stream)` would make with
 * topojson-client's `feature()`, but without building the GeoJSON first. Converting the land and the borders
 * to GeoJSON (an array per point) costs more than projecting them; a map streams them from the arcs instead.
 */
import type { GeoStream } from 'd3-geo';
import type { Topology } from 'topojson-specification';

/** Every arc of a topology, decoded once: [lon0, lat0, lon1, lat1, …] as `feature()` computes them. */
export type DecodedArcs = readonly Float64Array[];

export function decodeArcs(topology: Topology): DecodedArcs {
  const transform = topology.transform;
  const [kx, ky] = transform ? transform.scale : [1, 1];
  const [dx, dy] = transform ? transform.translate : [0, 0];
  return topology.arcs.map((arc) => {
    const out = new Float64Array(arc.length * 2);
    let x = 0;
    let y = 0;
    for (let k = 0; k < arc.length; k++) {
      const [px, py] = arc[k] as [number, number];
      if (transform) {
        // Delta-encoded integers: the running sums are exact, then scaled as topojson-client does.
        x += px;
        y += py;
        out[2 * k] = x * kx + dx;
        out[2 * k + 1] = y * ky + dy;
      } else {
        out[2 * k] = px;
        out[2 * k + 1] = py;
      }
    }
    return out;
  });
}

/** The points of the line being streamed, flat; reused (streaming is synchronous). */
const buffer: number[] = [];
let size = 0;

/** Fills `buffer` with the points of a line made of `arcs` (~i: arc i backwards), as `feature()` joins them. */
function join(decoded: DecodedArcs, arcs: readonly number[]): void {
  size = 0;
  for (const index of arcs) {
    // Each arc after the first starts where the one before ended: that end point is replaced by its start.
    if (size) size -= 1;
    const arc = decoded[index < 0 ? ~index : index]!;
    const count = arc.length / 2;
    for (let k = 0; k < count; k++) {
      const at = index < 0 ? count - 1 - k : k;
      buffer[2 * size] = arc[2 * at]!;
      buffer[2 * size + 1] = arc[2 * at + 1]!;
      size += 1;
    }
  }
}

/** Repeats the first point until the line has `length` points (what `feature()` does with degenerate lines). */
function pad(length: number): void {
  while (size < length) {
    buffer[2 * size] = buffer[0]!;
    buffer[2 * size + 1] = buffer[1]!;
    size += 1;
  }
}

/** Streams the first `count` points of the buffer as one line. */
function emit(stream: GeoStream, count: number): void {
  stream.lineStart();
  for (let k = 0; k < count; k++) stream.point(buffer[2 * k]!, buffer[2 * k + 1]!);
  stream.lineEnd();
}

/** Streams a TopoJSON LineString given by its arcs. */
export function streamArcLine(decoded: DecodedArcs, arcs: readonly number[], stream: GeoStream): void {
  join(decoded, arcs);
  pad(2);
  emit(stream, size);
}

/** Streams a TopoJSON Polygon given by its rings' arcs. As d3 streams rings, the closing point is left out. */
export function streamArcPolygon(decoded: DecodedArcs, rings: readonly (readonly number[])[], stream: GeoStream): void {
  stream.polygonStart();
  for (const ring of rings) {
    join(decoded, ring);
    pad(4);
    emit(stream, size - 1);
  }
  stream.polygonEnd();
}
