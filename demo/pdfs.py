"""Real, text-based PDFs for the demo outputs, written with reportlab."""

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

FONT_DIR = Path(__file__).parent / "fonts"
_registered = False


def _register_fonts():
    """DejaVu covers the Latvian and Lithuanian letters that the base fonts lack."""
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(
            TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        )
        _registered = True


def _styles():
    ink = colors.HexColor("#1d2b36")
    return {
        "title": ParagraphStyle(
            "title",
            fontName="DejaVu-Bold",
            fontSize=26,
            leading=32,
            textColor=ink,
            spaceAfter=10,
        ),
        "subtitle": ParagraphStyle(
            "subtitle",
            fontName="DejaVu",
            fontSize=14,
            leading=19,
            textColor=colors.HexColor("#35627a"),
            spaceAfter=24,
        ),
        "heading": ParagraphStyle(
            "heading",
            fontName="DejaVu-Bold",
            fontSize=15,
            leading=20,
            textColor=ink,
            spaceBefore=14,
            spaceAfter=6,
        ),
        "body": ParagraphStyle(
            "body",
            fontName="DejaVu",
            fontSize=10.5,
            leading=15,
            textColor=ink,
            spaceAfter=8,
        ),
        "small": ParagraphStyle(
            "small",
            fontName="DejaVu",
            fontSize=9,
            leading=13,
            textColor=colors.HexColor("#4a5560"),
        ),
    }


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def publication(title, subtitle, sections, language="en", footer="", art=None):
    """Return the bytes of an A4 PDF: a title page, then headed sections of text.

    `art` (JPEG bytes) fills the lower part of the title page, which the portal turns
    into the output's cover when the PDF is uploaded.
    """
    _register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title=title,
        subject=subtitle,
        author="SEMPRE partnership",
        creator="SEMPRE portal demo content",
        lang=language,
        invariant=1,
    )
    story = [
        Spacer(1, 60 * mm),
        Paragraph(_escape(title), styles["title"]),
        Paragraph(_escape(subtitle), styles["subtitle"]),
        Paragraph(_escape(footer), styles["small"]),
        PageBreak(),
    ]
    for heading, paragraphs in sections:
        story.append(Paragraph(_escape(heading), styles["heading"]))
        story.extend(Paragraph(_escape(text), styles["body"]) for text in paragraphs)

    def page_number(canvas, document):
        canvas.setFont("DejaVu", 8)
        canvas.drawRightString(A4[0] - 22 * mm, 12 * mm, str(document.page))

    def title_page(canvas, document):
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#e8f1f2"))
        canvas.rect(0, height * 0.42, width, height * 0.58, stroke=0, fill=1)
        if art:
            canvas.drawImage(
                ImageReader(io.BytesIO(art)),
                0,
                0,
                width=width,
                height=height * 0.42,
                preserveAspectRatio=False,
            )
        canvas.restoreState()

    doc.build(story, onFirstPage=title_page, onLaterPages=page_number)
    return buffer.getvalue()
