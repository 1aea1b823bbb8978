"""The project record: /<lang>/project.json against its schema, and the CSV tables."""

import csv
import datetime
import io
import json
from decimal import Decimal

import jsonschema
import pytest
from wagtail.models import Site

from discovery.export import SCHEMA_PATH
from home.models import SiteSettings
from home.tests.factories import CountryFactory, TargetGroupFactory
from partners.tests.factories import (
    CaseStoryPageFactory,
    NetworkPageFactory,
    PartnerPageFactory,
)
from resources.tests.factories import OutputFileFactory, OutputPageFactory

pytestmark = pytest.mark.django_db

SCHEMA = json.loads(SCHEMA_PATH.read_text())


def validate(record):
    jsonschema.validate(
        record, SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


@pytest.fixture
def project(tree):
    """A small project: two partners, a network, a case story and an output."""
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.project_start = datetime.date(2016, 3, 1)
    site_settings.project_end = datetime.date(2019, 2, 28)
    site_settings.total_budget = Decimal("4860664.11")
    site_settings.eu_funding = Decimal("3827755.48")
    site_settings.save()
    germany = CountryFactory(name="Germany", code="DE", slug="germany")
    sweden = CountryFactory(name="Sweden", code="SE", slug="sweden")
    lead = PartnerPageFactory(
        parent=tree.partners,
        title="Diakonisches Werk Schleswig-Holstein",
        country=germany,
        role="lead",
        latitude=Decimal("54.30000"),
        longitude=Decimal("9.66000"),
    )
    partner = PartnerPageFactory(
        parent=tree.partners, title="=HYPERLINK(1)", country=sweden
    )
    network = NetworkPageFactory(
        parent=tree.networks, country=sweden, coordinating_partner=partner
    )
    story = CaseStoryPageFactory(
        parent=tree.case_stories,
        country=sweden,
        network=network,
        target_groups=[TargetGroupFactory(name="Migrants")],
    )
    output = OutputPageFactory(parent=tree.outputs, title="Handbook", partners=[lead])
    OutputFileFactory(page=output, language="de")
    return {"lead": lead, "partner": partner, "story": story, "output": output}


def test_project_json_is_valid_and_complete(client, project):
    response = client.get("/en/project.json")

    record = response.json()
    validate(record)
    assert response["Content-Type"] == "application/json"
    assert record["language"] == "en"
    facts = record["project"]
    assert facts["name"] == "SEMPRE"
    assert facts["programme"] == "Interreg Baltic Sea Region"
    assert facts["start_date"] == "2016-03-01"
    assert facts["total_budget"] == 4860664.11
    assert facts["counts"] == {
        "partners": 2,
        "countries": 2,
        "networks": 1,
        "case_stories": 1,
        "outputs": 1,
    }
    lead = record["partners"][0]
    assert lead["title"] == "Diakonisches Werk Schleswig-Holstein"
    assert facts["lead_partner"] == lead["id"]
    assert lead["country"] == {"slug": "germany", "name": "Germany", "code": "DE"}
    network = record["networks"][0]
    assert network["coordinating_partner"] == record["partners"][1]["id"]
    assert record["case_stories"][0]["network"] == network["id"]
    assert record["case_stories"][0]["target_groups"] == [
        {"slug": "migrants", "name": "Migrants"}
    ]
    output = record["outputs"][0]
    files = {file["language"]: file for file in output["files"]}
    assert set(files) == {"en", "de"}
    assert files["de"]["url"] == f"{project['output'].full_url}download/de/"
    assert output["partners"] == [lead["id"]]


def test_project_json_is_in_the_language_of_its_address(
    client, project, translate, locales
):
    german_lead = translate(project["lead"], "de", title="Diakonie (de)")
    sweden = project["partner"].country.copy_for_translation(locales["de"])
    sweden.name = "Schweden"
    sweden.save()

    record = client.get("/de/project.json").json()

    validate(record)
    assert record["language"] == "de"
    by_title = {p["title"]: p for p in record["partners"]}
    assert by_title["Diakonie (de)"]["language"] == "de"
    assert by_title["Diakonie (de)"]["url"] == german_lead.full_url
    assert by_title["=HYPERLINK(1)"]["language"] == "en"
    assert by_title["=HYPERLINK(1)"]["country"]["name"] == "Schweden"
    assert record["project"]["languages"] == ["en", "de"]
    assert record["project"]["lead_partner"] == by_title["Diakonie (de)"]["id"]


def test_schema_rejects_an_incomplete_record(client, project):
    record = client.get("/en/project.json").json()
    del record["partners"][0]["country"]
    record["outputs"][0]["files"][0]["url"] = "not a url"

    with pytest.raises(jsonschema.ValidationError):
        validate(record)


def read_csv(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_partners_csv(client, project):
    rows = read_csv(client.get("/en/project-partners.csv"))

    assert [row["name"] for row in rows] == [
        "Diakonisches Werk Schleswig-Holstein",
        "'=HYPERLINK(1)",
    ]
    assert rows[0]["role"] == "lead"
    assert rows[0]["country_code"] == "DE"
    assert rows[0]["url"] == project["lead"].full_url


def test_outputs_csv_has_a_row_per_file(client, project):
    rows = read_csv(client.get("/en/project-outputs.csv"))

    assert [row["file_language"] for row in rows] == ["en", "de"]
    assert {row["title"] for row in rows} == {"Handbook"}
    assert all(row["download_url"].startswith("http") for row in rows)
    assert all(int(row["file_size"]) > 0 for row in rows)
