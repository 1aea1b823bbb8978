"""The demo's accessibility statement has what Directive (EU) 2016/2102 asks of one.

Article 7 and the model statement of Implementing Decision (EU) 2018/1523: compliance
status, non-accessible content (with disproportionate burden and content outside the
scope), how the statement was prepared and when, a feedback mechanism with contact
information, and the enforcement procedure.
"""

from demo.content import STANDARD_PAGES

REQUIRED_SECTIONS = [
    "Compliance status",
    "Non-accessible content",
    "Disproportionate burden",
    "Content outside the scope of the Directive",
    "Preparation of this statement",
    "Feedback and contact information",
    "Enforcement procedure",
]


def statement():
    return next(
        page for page in STANDARD_PAGES if page["slug"] == "accessibility-statement"
    )


def test_statement_has_every_section_the_directive_requires():
    headings = [
        item["text"]
        for item in statement()["body"]
        if isinstance(item, dict) and item["type"] == "heading"
    ]

    assert [h for h in headings if h in REQUIRED_SECTIONS] == REQUIRED_SECTIONS


def test_statement_names_the_directive_standard_status_and_date():
    text = " ".join(item for item in statement()["body"] if isinstance(item, str))

    assert "Directive (EU) 2016/2102" in text
    assert "WCAG" in text and "2.1 at level AA" in text
    assert "partially conformant" in text
    assert "prepared on" in text
