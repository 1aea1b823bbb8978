"""The demo content, read from the YAML files in this folder (one per section).

Plain data for the loader (demo/loader.py) and the tests: dicts, lists, strings,
numbers, booleans and dates (an unquoted ISO date such as 2018-11-27 reads as a
datetime.date). README.md here describes the files.
"""

from pathlib import Path

import yaml

HERE = Path(__file__).parent


def _load(name):
    with (HERE / name).open(encoding="utf-8") as file:
        return yaml.safe_load(file)


_project = _load("project.yaml")
PROJECT = _project["project"]
PDF_ONLY_PHRASE_DE = _project["pdf_only_phrase_de"]

_terms = _load("terms.yaml")
COUNTRIES = _terms["countries"]
TARGET_GROUPS = _terms["target_groups"]
THEMES = _terms["themes"]
NEWS_CATEGORIES = _terms["news_categories"]
AUDIENCES = _terms["audiences"]

PARTNERS = _load("partners.yaml")
LOGOS = _load("logos.yaml")
NETWORKS = _load("networks.yaml")
CASE_STORIES = _load("case_stories.yaml")
NEWS = _load("news.yaml")
OUTPUTS = _load("outputs.yaml")
STANDARD_PAGES = _load("standard_pages.yaml")
CONTACT = _load("contact.yaml")
EVENTS = _load("events.yaml")
