"""Download figures as table rows, for the Downloads report and an output's tab."""

from home.languages import language_name

#: The "recent" column counts the downloads of this many days, today included.
RECENT_DAYS = 30


def output_rows(totals, outputs):
    """Rows for a table: output, [(language, name, all time, recent)], sums."""
    rows = []
    for output in outputs:
        counts = totals.get(output.translation_key, {})
        languages = [f.language.lower() for f in output.files.all()]
        languages += sorted(set(counts) - set(languages))
        cells = [
            (code, language_name(code), *counts.get(code, (0, 0)))
            for code in dict.fromkeys(languages)
        ]
        rows.append(
            {
                "page": output,
                "cells": cells,
                "total": sum(cell[2] for cell in cells),
                "recent": sum(cell[3] for cell in cells),
            }
        )
    return rows
