import { expect } from '@open-wc/testing';
import { geoStream, type GeoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { decodeArcs, streamArcLine, streamArcPolygon } from '../../src/geo/topology-stream.js';
import { WORLD_TOPOLOGY } from '../../src/generated/world-geo.js';

/** A stream that writes down every call it gets. */
function recorder(): { stream: GeoStream; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const stream: GeoStream = {
    point: (x, y) => calls.push(['point', x, y]),
    lineStart: () => calls.push(['lineStart']),
    lineEnd: () => calls.push(['lineEnd']),
    polygonStart: () => calls.push(['polygonStart']),
    polygonEnd: () => calls.push(['polygonEnd']),
    sphere: () => calls.push(['sphere']),
  };
  return { stream, calls };
}

/** What d3 streams for the GeoJSON topojson-client makes of `object`. */
function viaGeoJson(topology: Topology, object: Parameters<typeof feature>[1]): unknown[][] {
  const { stream, calls } = recorder();
  geoStream(feature(topology, object), stream);
  return calls;
}

describe('streamArcPolygon and streamArcLine', () => {
  const topology = WORLD_TOPOLOGY as unknown as Topology;
  const decoded = decodeArcs(topology);
  const { land, borders, countries } = WORLD_TOPOLOGY.objects;

  it('stream the land polygon by polygon as geoStream streams feature()', () => {
    const { stream, calls } = recorder();
    for (const rings of land.arcs) streamArcPolygon(decoded, rings, stream);
    expect(calls.length).to.be.greaterThan(1000);
    expect(calls).to.deep.equal(viaGeoJson(topology, land));
  });

  it('stream the borders line by line as geoStream streams feature()', () => {
    const { stream, calls } = recorder();
    for (const arcs of borders.arcs) streamArcLine(decoded, arcs, stream);
    expect(calls).to.deep.equal(viaGeoJson(topology, borders));
  });

  it('stream every country, arcs walked backwards included, as geoStream streams feature()', () => {
    let backwards = 0;
    for (const geometry of countries.geometries) {
      const { stream, calls } = recorder();
      const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
      for (const rings of polygons) {
        backwards += rings.flat().filter((arc) => arc < 0).length;
        streamArcPolygon(decoded, rings, stream);
      }
      expect(calls, String(geometry.id)).to.deep.equal(viaGeoJson(topology, geometry));
    }
    expect(backwards).to.be.greaterThan(100);
  });

  it('pad degenerate rings and lines as feature() does, in topologies without a transform', () => {
    const tiny: Topology = {
      type: 'Topology',
      arcs: [
        [
          [1, 2],
          [3, 4],
        ],
        [[5, 6]],
      ],
      objects: {
        ring: { type: 'Polygon', arcs: [[0]] },
        line: { type: 'LineString', arcs: [1] },
      },
    };
    const arcs = decodeArcs(tiny);
    const ring = recorder();
    streamArcPolygon(arcs, [[0]], ring.stream);
    expect(ring.calls).to.deep.equal(viaGeoJson(tiny, tiny.objects.ring!));
    const line = recorder();
    streamArcLine(arcs, [1], line.stream);
    expect(line.calls).to.deep.equal(viaGeoJson(tiny, tiny.objects.line!));
  });
});
