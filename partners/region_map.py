"""The Baltic Sea Region map: a hand-simplified coastline and a marker per partner and network.

The outlines are polygons through well-known coastal points (capes, ports, river
mouths; longitude and latitude in degrees, as on any public-domain map such as Natural
Earth), simplified to a few hundred points so that the whole map weighs a few kilobytes.
The projection is equirectangular with the longitude scaled by cos(59°), which keeps the
region's shapes recognisable without a projection library.
"""

import math
from functools import cache

from django.utils.translation import gettext as _

WEST, EAST, SOUTH, NORTH = 7.5, 31.5, 52.0, 66.3
SCALE = 30  # SVG units per degree of latitude
X_SCALE = SCALE * math.cos(math.radians(59))
WIDTH = round((EAST - WEST) * X_SCALE)
HEIGHT = round((NORTH - SOUTH) * SCALE)

# The sea: North Sea edge, Skagerrak, Kattegat and the Baltic with its gulfs.
SEA = [
    (7.5, 53.6), (8.1, 53.55), (8.7, 53.87), (8.85, 54.13), (8.6, 54.3),
    (8.95, 54.5), (8.3, 54.9), (8.5, 55.1), (8.45, 55.47), (8.08, 55.56),
    (8.1, 56.0), (8.2, 56.7), (8.6, 57.1), (9.95, 57.6), (10.6, 57.75),
    (10.55, 57.45), (10.3, 56.95), (10.95, 56.45), (10.2, 56.15), (10.0, 55.7),
    (9.75, 55.57), (9.5, 55.5), (9.5, 55.25), (9.95, 54.95), (9.45, 54.8),
    (10.0, 54.68), (10.15, 54.4), (11.0, 54.45), (10.85, 54.0), (11.45, 53.95),
    (12.1, 54.18), (12.5, 54.45), (13.35, 54.68), (13.7, 54.4), (14.2, 53.95),
    (14.6, 53.95), (15.6, 54.18), (16.85, 54.6), (17.55, 54.77), (18.35, 54.83),
    (18.8, 54.6), (18.55, 54.5), (18.65, 54.38), (19.6, 54.45), (19.9, 54.65),
    (20.0, 54.95), (20.5, 54.96), (21.1, 55.7), (21.05, 55.92), (21.0, 56.5),
    (21.2, 56.9), (21.55, 57.4), (22.6, 57.75), (22.8, 57.5), (23.6, 56.98),
    (24.1, 57.05), (24.4, 57.3), (24.35, 57.87), (24.5, 58.38), (23.5, 58.57),
    (23.5, 58.95), (23.7, 59.2), (24.05, 59.35), (24.75, 59.45), (26.5, 59.52),
    (28.05, 59.47), (29.0, 59.9), (30.25, 59.92), (29.95, 60.1), (29.0, 60.2),
    (28.75, 60.7), (27.2, 60.55), (26.9, 60.45), (25.6, 60.3), (24.95, 60.15),
    (24.4, 59.98), (22.95, 59.82), (22.4, 60.05), (22.25, 60.45), (21.4, 60.8),
    (21.45, 61.13), (21.45, 61.6), (21.35, 62.27), (21.55, 63.1), (22.3, 63.45),
    (23.1, 63.85), (24.45, 64.68), (25.4, 65.0), (24.55, 65.73), (24.15, 65.85),
    (23.9, 65.8), (22.15, 65.58), (21.5, 65.3), (21.2, 64.7), (20.9, 64.2),
    (20.3, 63.8), (18.7, 63.25), (17.95, 62.63), (17.35, 62.4), (17.15, 61.73),
    (17.1, 61.3), (17.2, 60.68), (18.0, 60.5), (18.45, 60.35), (19.0, 59.9),
    (18.9, 59.45), (18.0, 59.0), (17.95, 58.9), (17.1, 58.67), (16.6, 58.55),
    (16.8, 58.2), (16.65, 57.75), (16.45, 57.27), (16.35, 56.67), (16.0, 56.25),
    (15.6, 56.15), (14.85, 56.15), (14.3, 55.93), (14.35, 55.55), (13.8, 55.43),
    (13.15, 55.37), (12.95, 55.6), (12.83, 55.87), (12.7, 56.05), (12.45, 56.3),
    (12.85, 56.43), (12.85, 56.67), (12.5, 56.9), (12.25, 57.1), (11.85, 57.7),
    (11.45, 58.27), (11.15, 58.93), (10.9, 59.2), (10.4, 59.27), (10.05, 59.05),
    (9.4, 58.87), (8.77, 58.46), (8.0, 58.15), (7.5, 58.05),
]  # fmt: skip

ISLANDS = {
    "Zealand": [
        (12.3, 56.12), (12.6, 56.03), (12.6, 55.65), (12.45, 55.3), (12.1, 55.15),
        (11.9, 55.0), (11.15, 55.33), (11.1, 55.7), (11.35, 55.97), (11.85, 55.97),
    ],
    "Funen": [
        (9.75, 55.5), (10.1, 55.57), (10.65, 55.45), (10.8, 55.3), (10.6, 55.05),
        (10.2, 55.1), (9.9, 55.27),
    ],
    "Lolland-Falster": [
        (11.1, 54.85), (11.6, 54.65), (12.0, 54.57), (12.1, 54.95), (11.5, 54.95),
    ],
    "Bornholm": [(14.7, 55.3), (15.15, 55.15), (14.9, 55.0), (14.7, 55.1)],
    "Gotland": [
        (18.1, 56.9), (18.5, 57.2), (18.9, 57.45), (18.7, 57.9), (19.35, 57.98),
        (18.75, 57.95), (18.3, 57.64), (18.1, 57.4),
    ],
    "Öland": [(16.4, 56.2), (16.7, 56.6), (17.1, 57.35), (16.9, 57.3), (16.45, 56.7)],
    "Saaremaa": [
        (22.05, 57.9), (22.3, 58.1), (23.1, 58.2), (23.3, 58.5), (22.5, 58.6),
        (21.85, 58.5), (21.9, 58.3),
    ],
    "Hiiumaa": [(22.2, 58.72), (22.9, 58.8), (23.0, 59.0), (22.5, 59.05), (22.05, 58.95)],
    "Åland": [(19.6, 60.1), (20.3, 60.05), (20.4, 60.4), (19.9, 60.45), (19.6, 60.4)],
}  # fmt: skip

LAKES = {
    "Vänern": [
        (12.4, 58.45), (13.2, 58.55), (13.75, 58.95), (13.5, 59.35), (12.8, 59.25),
        (12.3, 58.9),
    ],
    "Vättern": [(14.2, 57.8), (14.6, 58.15), (14.8, 58.7), (14.5, 58.6), (14.1, 58.0)],
    "Peipus": [(27.4, 57.95), (27.9, 58.2), (27.75, 58.9), (27.0, 58.95), (27.3, 58.4)],
    "Ladoga": [
        (30.0, 60.1), (31.5, 60.0), (31.5, 61.2), (30.5, 61.3), (29.9, 61.0),
        (29.6, 60.5),
    ],
}  # fmt: skip


def project(lon, lat):
    """SVG coordinates of a point, rounded to a tenth of a unit."""
    x = (float(lon) - WEST) * X_SCALE
    y = (NORTH - float(lat)) * SCALE
    return round(x, 1), round(y, 1)


def path(points):
    """An SVG path that closes a polygon of (longitude, latitude) points."""
    first, *rest = (project(lon, lat) for lon, lat in points)
    return "M{} {}".format(*first) + "".join("L{} {}".format(*p) for p in rest) + "Z"


@cache
def outlines():
    """The sea, islands and lakes as SVG path data, computed once per process."""
    return {
        "sea": path(SEA),
        "islands": [path(points) for points in ISLANDS.values()],
        "lakes": [path(points) for points in LAKES.values()],
    }


def inside(x, y):
    return 0 <= x <= WIDTH and 0 <= y <= HEIGHT


def region_map(partners, networks, request=None):
    """The map's outlines and markers: a partner where it is, a network by its coordinator.

    ``partners`` and ``networks`` are live pages of one language; a network is drawn
    beside its coordinating partner (networks have no coordinates of their own), so
    several networks of one partner sit side by side.
    """
    markers = []
    located = {}
    for partner in partners:
        if partner.latitude is None or partner.longitude is None:
            continue
        x, y = project(partner.longitude, partner.latitude)
        if not inside(x, y):
            continue
        located[partner.translation_key] = (x, y)
        name = ", ".join(part for part in (partner.title, partner.city) if part)
        markers.append(
            {
                "kind": "partner",
                "x": x,
                "y": y,
                "url": partner.get_url(request),
                "label": _("Partner: %(name)s") % {"name": name},
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
        markers.append(
            {
                "kind": "network",
                "x": x,
                "y": y,
                "points": f"{x} {y - 6} {x + 6} {y} {x} {y + 6} {x - 6} {y}",
                "url": network.get_url(request),
                "label": _("Local Empowerment Network: %(name)s, %(region)s")
                % {"name": network.title, "region": network.region},
            }
        )
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "outlines": outlines(),
        "markers": markers,
        "partners": list(partners),
        "networks": list(networks),
    }
