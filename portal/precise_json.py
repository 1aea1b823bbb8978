"""Django's JSON serialization with times to the microsecond, for backups.

Django's JSON encoder cuts datetimes and times to milliseconds, so a restored site
would show other modification times than the one backed up (in its metadata, feeds
and sitemap). Registered as the "precise_json" format (SERIALIZATION_MODULES); the
files it writes end in .precise_json.
"""

import datetime

from django.core.serializers import json
from django.core.serializers.json import DjangoJSONEncoder


class PreciseEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(json.Serializer):
    def _init_options(self):
        self.options.setdefault("cls", PreciseEncoder)
        super()._init_options()


Deserializer = json.Deserializer
