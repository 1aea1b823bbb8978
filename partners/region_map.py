"""The Baltic Sea Region map: Natural Earth's coastline and a marker per partner and network.

The outlines are Natural Earth's (public domain) 1:50m land and land borders, clipped
to the map's box and simplified by ``manage.py build_region_map`` into
``region_map_data.json`` beside this module; the file's header says where the data came
from and how it was simplified. Nothing is fetched at run time. The projection is
equirectangular with the longitude scaled by cos(59°), which keeps the region's shapes
recognisable without a projection library.
"""

import json
import math
from functools import cache
from pathlib import Path

from django.utils.translation import gettext as _

from home.localization import in_language, item_address

WEST, EAST, SOUTH, NORTH = 7.5, 31.5, 52.0, 66.3
SCALE = 30  # SVG units per degree of latitude
X_SCALE = SCALE * math.cos(math.radians(59))
WIDTH = round((EAST - WEST) * X_SCALE)
HEIGHT = round((NORTH - SOUTH) * SCALE)

DATA_FILE = Path(__file__).with_name("region_map_data.json")


def project(lon, lat):
    """SVG coordinates of a point, rounded to a tenth of a unit."""
    x = (float(lon) - WEST) * X_SCALE
    y = (NORTH - float(lat)) * SCALE
    return round(x, 1), round(y, 1)


@cache
def data():
    """The committed outlines: ``land`` rings and ``borders`` lines of [lon, lat]."""
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def numbers(values):
    """Numbers for SVG path data, tenths of a unit, a minus sign doubling as a space."""
    text = ""
    for value in values:
        number = f"{value / 10:g}"
        text += number if not text or number.startswith("-") else " " + number
    return text


def path(points, closed=True):
    """Compact SVG path data through (longitude, latitude) points: relative line-tos."""
    tenths = []
    for lon, lat in points:
        x, y = project(lon, lat)
        point = round(x * 10), round(y * 10)
        if not tenths or point != tenths[-1]:
            tenths.append(point)
    (x0, y0), deltas = tenths[0], []
    for (ax, ay), (bx, by) in zip(tenths, tenths[1:], strict=False):
        deltas += [bx - ax, by - ay]
    return f"M{numbers([x0, y0])}l{numbers(deltas)}" + ("z" if closed else "")


@cache
def outlines():
    """The map's SVG path data, computed once per process.

    ``sea`` is the map's rectangle with every land ring in it, to be filled with the
    even-odd rule (so land, islands and any lake in them come out right); ``borders``
    are the land borders between countries, open lines.
    """
    outline = data()
    right, bottom = project(EAST, SOUTH)
    return {
        "sea": f"M0 0H{right:g}V{bottom:g}H0z"
        + "".join(path(ring) for ring in outline["land"]),
        "borders": "".join(path(line, closed=False) for line in outline["borders"]),
    }


def svg_number(value):
    """A coordinate as SVG reads it: a decimal point in every language, no exponent."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def inside(x, y):
    return 0 <= x <= WIDTH and 0 <= y <= HEIGHT


# Markers closer than this (in SVG units) are drawn around their common centre.
CROWDED = 9
SPREAD_RADIUS = 8


def spread(places):
    """Positions {key: (x, y)} with markers at (nearly) one place set in a ring around
    it, so that each can be seen and clicked (two partners in Tallinn, two in Luleå)."""
    groups = []
    for key, (x, y) in places.items():
        for group in groups:
            gx, gy = group["centre"]
            if math.hypot(x - gx, y - gy) < CROWDED:
                group["keys"].append(key)
                break
        else:
            groups.append({"centre": (x, y), "keys": [key]})
    spread_out = {}
    for group in groups:
        gx, gy = group["centre"]
        count = len(group["keys"])
        for number, key in enumerate(group["keys"]):
            if count == 1:
                spread_out[key] = (gx, gy)
                continue
            angle = math.pi + 2 * math.pi * number / count
            spread_out[key] = (
                round(gx + SPREAD_RADIUS * math.cos(angle), 1),
                round(gy + SPREAD_RADIUS * math.sin(angle), 1),
            )
    return spread_out


def marked(label, page):
    """A marker's label, with "(In English)" for a page in another language."""
    code = getattr(page, "fallback_language", None)
    return f"{label} ({in_language(code)})" if code else label


def region_map(partners, networks, request=None):
    """The map's outlines and markers: a partner where it is, a network by its coordinator.

    ``partners`` and ``networks`` are live pages of one language; a network is drawn
    beside its coordinating partner (networks have no coordinates of their own), so
    several networks of one partner sit side by side. A page with no place on the map
    (a partner without coordinates or outside the map, a network without a coordinator
    or whose coordinator has none) gets no marker, but every page is in ``partners`` or
    ``networks``, the plain lists beside the map.
    """
    partners, networks = list(partners), list(networks)
    markers = []
    places = {}
    for partner in partners:
        if partner.latitude is None or partner.longitude is None:
            continue
        x, y = project(partner.longitude, partner.latitude)
        if inside(x, y):
            places[partner.translation_key] = (x, y)
    located = spread(places)
    for partner in partners:
        if partner.translation_key not in located:
            continue
        x, y = located[partner.translation_key]
        parts = [partner.title]
        if partner.city and partner.city not in partner.title:
            parts.append(partner.city)
        name = ", ".join(parts)
        markers.append(
            {
                "kind": "partner",
                "x": svg_number(x),
                "y": svg_number(y),
                "url": item_address(partner, request),
                "language": getattr(partner, "fallback_language", None),
                "label": marked(_("Partner: %(name)s") % {"name": name}, partner),
            }
        )
    stacked = {}
    for network in networks:
        coordinator = network.coordinating_partner
        key = coordinator.translation_key if coordinator else None
        if key not in located:
            continue
        x, y = located[key]
        offset = stacked.get(key, 0)
        stacked[key] = offset + 1
        x, y = round(x + 10 + 10 * offset, 1), round(y - 8, 1)
        points = [(x, y - 6), (x + 6, y), (x, y + 6), (x - 6, y)]
        markers.append(
            {
                "kind": "network",
                "x": svg_number(x),
                "y": svg_number(y),
                "points": " ".join(
                    f"{svg_number(px)} {svg_number(py)}" for px, py in points
                ),
                "url": item_address(network, request),
                "language": getattr(network, "fallback_language", None),
                "label": marked(
                    _("Local Empowerment Network: %(name)s, %(region)s")
                    % {"name": network.title, "region": network.region},
                    network,
                ),
            }
        )
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "outlines": outlines(),
        "markers": markers,
        "partners": partners,
        "networks": networks,
    }
