"""The Baltic Sea Region map on the partner and network indexes."""

import io
import re

import pytest
from django.core.management import call_command

from partners.management.commands.build_region_map import DEFAULT_SOURCE
from partners.region_map import (
    DATA_FILE,
    EAST,
    HEIGHT,
    NORTH,
    SOUTH,
    WEST,
    WIDTH,
    data,
    outlines,
    project,
)
from partners.tests.factories import NetworkPageFactory, PartnerPageFactory


def on_land(lon, lat):
    """Whether a point is on land: inside an odd number of the data file's land rings."""
    inside = False
    for ring in data()["land"]:
        for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1], strict=False):
            if (ay > lat) != (by > lat) and lon < ax + (lat - ay) * (bx - ax) / (
                by - ay
            ):
                inside = not inside
    return inside


def test_projection_puts_the_region_inside_the_map_north_up_west_left():
    riga, kiel, lulea = (
        project(24.1, 56.95),
        project(10.14, 54.32),
        project(22.15, 65.58),
    )

    for x, y in (riga, kiel, lulea):
        assert 0 < x < WIDTH and 0 < y < HEIGHT
    assert kiel[0] < riga[0] and lulea[1] < riga[1] < kiel[1]
    # The sea is the map's rectangle with every land ring cut out of it (even-odd).
    sea = outlines()["sea"]
    assert sea.startswith("M0 0H") and sea.count("M") == 1 + len(data()["land"])
    assert outlines()["borders"].count("M") == len(data()["borders"])


def test_the_outlines_name_natural_earth_as_their_public_domain_source():
    source = data()["source"]

    assert source["data"] == "Natural Earth"
    assert source["licence"].startswith("public domain")
    assert source["scale"] == "1:50m"
    assert source["package"].startswith("world-atlas@2.0.2 ")
    assert source["file"] == "countries-50m.json"
    assert data()["simplification"]["tolerance"] > 0


def test_the_outlines_are_real_geography_inside_the_map():
    land = {
        "Riga": (24.1, 56.95),
        "Vilnius": (25.28, 54.69),
        "Berlin": (13.4, 52.52),
        "Uppsala": (17.64, 59.86),
        "Tampere": (23.76, 61.5),
        "Gotland": (18.5, 57.5),
        "Bornholm": (14.9, 55.13),
        "Saaremaa": (22.5, 58.4),
        "Zealand": (11.8, 55.5),
    }
    sea = {
        "east of Gotland": (19.0, 57.0),
        "central Baltic": (19.5, 55.5),
        "Gulf of Bothnia": (20.5, 62.5),
        "Gulf of Finland": (26.0, 59.9),
        "Gulf of Riga": (23.5, 57.5),
        "Kattegat": (11.5, 57.0),
        "Norwegian Sea": (8.0, 64.5),
    }

    assert [name for name, point in land.items() if not on_land(*point)] == []
    assert [name for name, point in sea.items() if on_land(*point)] == []
    lines = data()["land"] + data()["borders"]
    for lon, lat in (point for line in lines for point in line):
        assert WEST <= lon <= EAST and SOUTH <= lat <= NORTH
    # Light enough to inline on every index page.
    assert len(outlines()["sea"]) + len(outlines()["borders"]) < 15_000


@pytest.mark.skipif(
    not DEFAULT_SOURCE.exists(),
    reason=f"{DEFAULT_SOURCE} is missing: `npm ci` installs world-atlas (a "
    "devDependency) to check that the data file is rebuilt from it",
)
def test_the_generator_rebuilds_the_committed_data_file(tmp_path):
    output = tmp_path / "region_map_data.json"

    call_command(
        "build_region_map", source=DEFAULT_SOURCE, output=output, stdout=io.StringIO()
    )

    assert output.read_text(encoding="utf-8") == DATA_FILE.read_text(encoding="utf-8")


def markers(html):
    svg = re.search(r"<svg class=\"region-map__svg\".*?</svg>", html, re.S).group(0)
    return re.findall(
        r'<a class="region-map__marker[^"]*" href="([^"]+)" aria-label="([^"]+)"', svg
    )


def plain_list(html):
    return html.split('class="region-map__lists"')[1].split("</section>")[0]


@pytest.mark.django_db
def test_partner_index_has_a_labelled_link_per_located_partner_and_network(
    client, tree
):
    riga = PartnerPageFactory(
        parent=tree.partners,
        title="Vidzeme Planning Region",
        city="Riga",
        latitude="56.9496",
        longitude="24.1052",
    )
    unplaced = PartnerPageFactory(parent=tree.partners, title="Somewhere Else")
    network = NetworkPageFactory(
        parent=tree.networks,
        title="Network Vidzeme",
        region="Vidzeme",
        coordinating_partner=riga,
    )

    html = client.get(tree.partners.url).content.decode()

    assert markers(html) == [
        (riga.url, "Partner: Vidzeme Planning Region, Riga"),
        (network.url, "Local Empowerment Network: Network Vidzeme, Vidzeme"),
    ]
    # Every partner, placed on the map or not, is in the plain list beside it.
    assert riga.url in plain_list(html) and unplaced.url in plain_list(html)
    assert network.url in plain_list(html)


@pytest.mark.django_db
def test_a_network_without_a_placed_coordinator_is_still_in_the_plain_list(
    client, tree
):
    unplaced = PartnerPageFactory(parent=tree.partners, title="Somewhere Else")
    far_away = PartnerPageFactory(
        parent=tree.partners, title="Far Away", latitude="40.4", longitude="-3.7"
    )
    networks = [
        NetworkPageFactory(parent=tree.networks, coordinating_partner=unplaced),
        NetworkPageFactory(parent=tree.networks, coordinating_partner=far_away),
        NetworkPageFactory(parent=tree.networks, coordinating_partner=None),
    ]

    html = client.get(tree.networks.url).content.decode()

    assert markers(html) == []
    for network in networks:
        assert f'href="{network.url}"' in plain_list(html)


@pytest.mark.django_db
def test_network_index_shows_the_map_too(client, tree):
    assert "region-map__svg" in client.get(tree.networks.url).content.decode()


@pytest.mark.django_db
def test_partners_at_one_place_are_drawn_apart_and_named_once(client, tree):
    """Two partners in one city each get a marker of their own, and a city already
    in a partner's name is not repeated in its label."""
    first = PartnerPageFactory(
        parent=tree.partners,
        title="Lutheran Diaconia, Klaipėda",
        city="Klaipėda",
        latitude="55.7033",
        longitude="21.1443",
    )
    second = PartnerPageFactory(
        parent=tree.partners,
        title="Klaipėda University",
        city="Klaipėda",
        latitude="55.7034",
        longitude="21.1444",
    )

    html = client.get(tree.partners.url).content.decode()
    start = html.index('class="region-map__svg"')
    svg = html[start : html.index("</svg>", start)]
    dots = re.findall(r'<circle cx="([0-9.]+)" cy="([0-9.]+)"', svg)

    assert dict(markers(html)) == {
        first.url: "Partner: Lutheran Diaconia, Klaipėda",
        second.url: "Partner: Klaipėda University",
    }
    (x1, y1), (x2, y2) = [(float(x), float(y)) for x, y in dots]
    assert ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5 >= 12
