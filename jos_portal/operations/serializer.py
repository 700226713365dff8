"""JSON for backups that keeps every digit of a time.

Django's JSON serializer cuts datetimes and times to milliseconds (the ECMA-262 format),
so a restored revision, log entry or publication date would differ from the original by
up to a millisecond. This one writes full ISO 8601 with microseconds; Django's own JSON
deserializer reads it back unchanged.
"""

import datetime

from django.core.serializers.json import Deserializer, DjangoJSONEncoder
from django.core.serializers.json import Serializer as JSONSerializer

NAME = "jos-exact-json"


class ExactJSONEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime):
            text = o.isoformat()
            return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
        if isinstance(o, datetime.time) and o.tzinfo is None:
            return o.isoformat()
        return super().default(o)


class Serializer(JSONSerializer):
    def _init_options(self):
        super()._init_options()
        self.json_kwargs["cls"] = ExactJSONEncoder


__all__ = ["NAME", "Deserializer", "ExactJSONEncoder", "Serializer"]
