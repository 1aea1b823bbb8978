"""The resource library: newest first, filtered by type, paginated."""

import datetime

import pytest

from resources.tests.factories import ResourceIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db


def listed(response):
    assert response.status_code == 200
    return list(response.context["items"].object_list)


@pytest.fixture
def outputs(tree):
    def output(title, kind, published):
        return ResourcePageFactory(
            parent=tree.resources,
            title=title,
            resource_type=kind,
            publication_date=published,
        )

    made = {
        "handbook": output("Handbook", "handbook", datetime.date(2025, 6, 1)),
        "roadmap": output("Roadmap", "roadmap", datetime.date(2025, 9, 1)),
        "training_a": output(
            "A training", "training_module", datetime.date(2025, 3, 1)
        ),
        "training_b": output(
            "B training", "training_module", datetime.date(2025, 3, 1)
        ),
    }
    ResourcePageFactory(parent=tree.resources, live=False)
    ResourcePageFactory(parent=ResourceIndexPageFactory(parent=tree.home))
    return made


def test_newest_first_then_by_title(client, tree, outputs):
    assert listed(client.get(tree.resources.url)) == [
        outputs["roadmap"],
        outputs["handbook"],
        outputs["training_a"],
        outputs["training_b"],
    ]


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("handbook", ["handbook"]),
        ("training_module", ["training_a", "training_b"]),
        ("film", []),
    ],
)
def test_filters_by_type(client, tree, outputs, kind, expected):
    items = listed(client.get(tree.resources.url, {"type": kind}))

    assert items == [outputs[name] for name in expected]


@pytest.mark.parametrize(
    "query",
    [{"type": "novel"}, {"type": "<script>alert(1)</script>"}, {"format": "pdf"}],
)
def test_unknown_type_is_ignored(client, tree, outputs, query):
    response = client.get(tree.resources.url, query)

    assert len(listed(response)) == len(outputs)
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_pagination(client, tree, outputs, settings):
    settings.PORTAL_PAGE_SIZE = 3

    assert len(listed(client.get(tree.resources.url))) == 3
    assert listed(client.get(tree.resources.url, {"page": "2"})) == [
        outputs["training_b"]
    ]
    assert len(listed(client.get(tree.resources.url, {"page": "abc"}))) == 3
    assert client.get(tree.resources.url, {"page": "3"}).status_code == 404
