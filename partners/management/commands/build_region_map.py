"""Build ``partners/region_map_data.json``, the region map's outlines, from Natural Earth.

The source is Natural Earth's 1:50m Admin 0 countries as TopoJSON, as the npm package
``world-atlas`` ships it (a devDependency in package.json, so ``npm ci`` puts it in
``node_modules/``)::

    npm ci
    python manage.py build_region_map

The command decodes the topology (delta-encoded, quantised arcs), simplifies each arc
once with Douglas–Peucker (the coast and the borders share arcs, so they stay joined),
assembles the land polygons and the land borders between two countries, clips them to
the map's bounding box, drops islands smaller than a few square units of the map and
writes the result, with where it came from, as JSON. It is deterministic: the same
source gives the same file, byte for byte (partners/tests/test_region_map.py checks).
"""

import json
import math
import re
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from partners.region_map import DATA_FILE, EAST, NORTH, SCALE, SOUTH, WEST, X_SCALE

DEFAULT_SOURCE = Path(settings.BASE_DIR) / "node_modules/world-atlas/countries-50m.json"
TOLERANCE = 0.5  # SVG units of the map (30 units to a degree of latitude)
MIN_AREA = 3.0  # square SVG units: smaller islands are dropped
DECIMALS = 3  # of a degree, in the data file (about 0.03 SVG units)


def decode_arcs(topology):
    """The topology's arcs as lists of (longitude, latitude)."""
    (sx, sy), (tx, ty) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def polygons(geometry):
    """The polygons of a Polygon or MultiPolygon, each a list of rings of arc indexes."""
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def metric(point):
    """A point in SVG units (the map's projection, without its origin)."""
    return point[0] * X_SCALE, point[1] * SCALE


def distance(p, a, b):
    """The distance in SVG units from p to the segment a–b."""
    (px, py), (ax, ay), (bx, by) = metric(p), metric(a), metric(b)
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0 if length == 0 else max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def simplify(points, tolerance):
    """Douglas–Peucker: the points that keep the line within ``tolerance`` of itself."""
    keep = {0, len(points) - 1}
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        farthest, index = 0, None
        for i in range(first + 1, last):
            d = distance(points[i], points[first], points[last])
            if d > farthest:
                farthest, index = d, i
        if index is not None and farthest > tolerance:
            keep.add(index)
            stack += [(first, index), (index, last)]
    return [points[i] for i in sorted(keep)]


def line(arcs, indexes):
    """The points of consecutive arcs (an index ~i is arc i reversed), joined."""
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


EDGES = (
    (lambda p: p[0] >= WEST, lambda a, b: cut_x(a, b, WEST)),
    (lambda p: p[0] <= EAST, lambda a, b: cut_x(a, b, EAST)),
    (lambda p: p[1] >= SOUTH, lambda a, b: cut_y(a, b, SOUTH)),
    (lambda p: p[1] <= NORTH, lambda a, b: cut_y(a, b, NORTH)),
)


def cut_x(a, b, x):
    return x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])


def cut_y(a, b, y):
    return a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y


def clip_ring(ring):
    """Sutherland–Hodgman: a closed ring (no repeated last point) cut to the box."""
    for keeps, cut in EDGES:
        if not ring:
            break
        clipped = []
        previous = ring[-1]
        for point in ring:
            if keeps(point):
                if not keeps(previous):
                    clipped.append(cut(previous, point))
                clipped.append(point)
            elif keeps(previous):
                clipped.append(cut(previous, point))
            previous = point
        ring = clipped
    return ring


def clip_line(points):
    """An open line cut to the box: the pieces of it that lie inside."""
    pieces, current = [], []
    for a, b in zip(points, points[1:], strict=False):
        segment = clip_segment(a, b)
        if segment is None:
            if current:
                pieces.append(current)
            current = []
            continue
        start, end = segment
        if current and current[-1] != start:
            pieces.append(current)
            current = []
        if not current:
            current = [start]
        current.append(end)
    if current:
        pieces.append(current)
    return pieces


def clip_segment(a, b):
    """Liang–Barsky: the part of the segment a–b inside the box, or None."""
    (x0, y0), (x1, y1) = a, b
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for p, q in (
        (-dx, x0 - WEST),
        (dx, EAST - x0),
        (-dy, y0 - SOUTH),
        (dy, NORTH - y0),
    ):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return None
    start = a if low == 0 else (x0 + low * dx, y0 + low * dy)
    end = b if high == 1 else (x0 + high * dx, y0 + high * dy)
    return start, end


def unwrapped(points):
    """A ring or line in continuous longitudes, shifted by whole turns over the box.

    Natural Earth's coordinates are spherical: a coast that crosses the antimeridian
    (Chukotka, on the same ring as the whole of Eurasia) jumps from 180° to -180°, which
    on a plane is a line across the world, through the Baltic. Unwinding the jumps and
    then shifting the ring by 360° so that it spans the map's longitudes fixes that.
    """
    out, turn = [], 0
    for lon, lat in points:
        if out:
            jump = lon + turn - out[-1][0]
            if jump > 180:
                turn -= 360
            elif jump < -180:
                turn += 360
        out.append((lon + turn, lat))
    low, high = min(p[0] for p in out), max(p[0] for p in out)
    for shift in (0, -360, 360, -720, 720):
        if low + shift <= EAST and high + shift >= WEST:
            return [(lon + shift, lat) for lon, lat in out]
    return out


def rounded(points, closed):
    """Points rounded for the data file, without repeats (nor a closing point)."""
    out = []
    for lon, lat in points:
        point = [round(lon, DECIMALS), round(lat, DECIMALS)]
        if not out or point != out[-1]:
            out.append(point)
    if closed and len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def area(ring):
    """The area of a ring in square SVG units (shoelace formula)."""
    total = 0.0
    for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1], strict=False):
        total += ax * by - bx * ay
    return abs(total) / 2 * X_SCALE * SCALE


def build(topology, tolerance=TOLERANCE, min_area=MIN_AREA):
    """The land rings and the borders inside the box, simplified."""
    arcs = decode_arcs(topology)
    land = [
        rings
        for geometry in topology["objects"]["land"]["geometries"]
        for rings in polygons(geometry)
    ]
    # An arc is a land border when two countries share it.
    owners = {}
    for number, geometry in enumerate(topology["objects"]["countries"]["geometries"]):
        for rings in polygons(geometry):
            for ring in rings:
                for index in ring:
                    owners.setdefault(index if index >= 0 else ~index, set()).add(
                        number
                    )
    borders = sorted(index for index, countries in owners.items() if len(countries) > 1)

    used = {i if i >= 0 else ~i for rings in land for ring in rings for i in ring}
    used.update(borders)
    simple = {i: simplify(arcs[i], tolerance) for i in sorted(used)}
    arcs = [simple.get(i, arc) for i, arc in enumerate(arcs)]

    land_rings = []
    for rings in land:
        for ring in rings:
            points = unwrapped(line(arcs, ring)[:-1])
            clipped = rounded(clip_ring(points), closed=True)
            if len(clipped) >= 3 and area(clipped) >= min_area:
                land_rings.append(clipped)
    border_lines = []
    for index in borders:
        for piece in clip_line(unwrapped(arcs[index])):
            piece = rounded(piece, closed=False)
            if len(piece) >= 2:
                border_lines.append(piece)
    return land_rings, border_lines


def package_of(source):
    """The npm package (name, version) that ships the source file, from its package.json."""
    manifest = source.parent / "package.json"
    if not manifest.exists():
        raise CommandError(
            f"{manifest} is missing: pass a file of the world-atlas npm package "
            "(run `npm ci`), so the data file can say where its data came from."
        )
    package = json.loads(manifest.read_text())
    return package["name"], package["version"], package.get("license")


def natural_earth_edition(source):
    """Natural Earth's version, as the package's README gives it (world-atlas 2: 4.1.0)."""
    readme = source.parent / "README.md"
    if readme.exists():
        found = re.search(
            r"Natural Earth.{0,200}?version (\d+(?:\.\d+)+)", readme.read_text(), re.S
        )
        if found:
            return found.group(1)
    return None


def render(topology, source, tolerance=TOLERANCE, min_area=MIN_AREA):
    """The data file's text."""
    name, version, licence = package_of(source)
    scale = re.search(r"-(\d+)m\.json$", source.name)
    land, borders = build(topology, tolerance, min_area)
    header = {
        "source": {
            "data": "Natural Earth",
            "edition": natural_earth_edition(source),
            "scale": f"1:{scale.group(1)}m" if scale else None,
            "theme": "Admin 0 – Countries; land is the union of the countries",
            "licence": "public domain (https://www.naturalearthdata.com/about/terms-of-use/)",
            "package": f"{name}@{version} (npm, {licence} licence)",
            "file": source.name,
        },
        "generator": "python manage.py build_region_map (partners/management/commands/build_region_map.py)",
        "bbox": {"west": WEST, "east": EAST, "south": SOUTH, "north": NORTH},
        "simplification": {
            "method": "Douglas-Peucker on each topology arc, then clipped to the bbox",
            "tolerance": tolerance,
            "min_area": min_area,
            "units": f"SVG units of the map: {SCALE} to a degree of latitude",
        },
        "points": sum(map(len, land)) + sum(map(len, borders)),
    }
    text = json.dumps(header, indent=2, ensure_ascii=False)[:-2]

    def rows(lines):
        return ",\n".join(
            "    " + json.dumps(points, separators=(",", ":")) for points in lines
        )

    return (
        text
        + ',\n  "land": [\n'
        + rows(land)
        + '\n  ],\n  "borders": [\n'
        + rows(borders)
        + "\n  ]\n}\n"
    )


class Command(BaseCommand):
    help = "Rebuild the region map's outlines (partners/region_map_data.json) from Natural Earth TopoJSON."

    def add_arguments(self, parser):
        parser.add_argument(
            "--source",
            type=Path,
            default=DEFAULT_SOURCE,
            help="world-atlas countries TopoJSON (default: %(default)s, from `npm ci`)",
        )
        parser.add_argument("--output", type=Path, default=DATA_FILE)
        parser.add_argument("--tolerance", type=float, default=TOLERANCE)
        parser.add_argument("--min-area", type=float, default=MIN_AREA)

    def handle(self, *args, source, output, tolerance, min_area, **options):
        if not source.exists():
            raise CommandError(f"{source} is missing: run `npm ci` or pass --source.")
        topology = json.loads(source.read_text())
        text = render(topology, source, tolerance, min_area)
        output.write_text(text, encoding="utf-8")
        self.stdout.write(self.style.SUCCESS(f"Wrote {output} ({len(text)} bytes)."))
