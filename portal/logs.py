"""Logs to stdout, one JSON object a line (LOG_FORMAT=json, production's default), so
that journald, Docker or a log shipper can read fields instead of parsing text."""

import json
import logging
from datetime import UTC, datetime

# What a LogRecord always has; anything else given with extra=… becomes a field.
STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "method"):
            # Django's request logger: what was asked, not who asked (no address).
            entry["method"] = request.method
            entry["path"] = request.path
        for name, value in vars(record).items():
            if name not in STANDARD and name not in entry and name != "request":
                entry[name] = (
                    value if isinstance(value, str | int | float | bool) else str(value)
                )
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)
