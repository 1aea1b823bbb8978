"""The Baltic Sea Region map on the partner and network indexes."""

import re

import pytest

from partners.region_map import HEIGHT, SEA, WIDTH, outlines, project
from partners.tests.factories import NetworkPageFactory, PartnerPageFactory

pytestmark = pytest.mark.django_db


def test_projection_puts_the_region_inside_the_map_north_up_west_left():
    riga, kiel, lulea = (
        project(24.1, 56.95),
        project(10.14, 54.32),
        project(22.15, 65.58),
    )

    for x, y in (riga, kiel, lulea):
        assert 0 < x < WIDTH and 0 < y < HEIGHT
    assert kiel[0] < riga[0] and lulea[1] < riga[1] < kiel[1]
    assert outlines()["sea"].count("L") == len(SEA) - 1


def test_partner_index_has_a_labelled_link_per_located_partner_and_network(
    client, tree
):
    riga = PartnerPageFactory(
        parent=tree.partners,
        title="Riga Planning Region",
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

    svg = re.search(r"<svg class=\"region-map__svg\".*?</svg>", html, re.S).group(0)
    links = re.findall(
        r'<a class="region-map__marker[^"]*" href="([^"]+)" aria-label="([^"]+)"', svg
    )
    assert links == [
        (riga.url, "Partner: Riga Planning Region, Riga"),
        (network.url, "Local Empowerment Network: Network Vidzeme, Vidzeme"),
    ]
    # Every partner, placed on the map or not, is in the plain list beside it.
    plain_list = html.split('class="region-map__lists"')[1].split("</section>")[0]
    assert riga.url in plain_list and unplaced.url in plain_list
    assert network.url in plain_list


def test_network_index_shows_the_map_too(client, tree):
    assert "region-map__svg" in client.get(tree.networks.url).content.decode()
