"""``field__any_of=[...]``: ``IN`` for long lists of integers, one parameter on PostgreSQL.

A free-text search on the practice list can match thousands of practices; their pks then
filter the list, every facet count and the relevance order. With ``__in`` Django turns
each pk into its own placeholder (and psycopg splits the statement on every one of them):
about 10 ms of CPU for 3,000 pks. ``__any_of`` sends the list as one array,
``= ANY(%s::bigint[])``, which PostgreSQL plans the same way. Other databases get the
ordinary ``IN``. Pass a set: Django walks a list or tuple value element by element
before any lookup sees it (another 4 ms for 3,000 pks).
"""

from django.db.models import IntegerField
from django.db.models.lookups import In


@IntegerField.register_lookup
class AnyOf(In):
    lookup_name = "any_of"

    def get_prep_lookup(self):
        if self.rhs_is_direct_value():
            return [int(value) for value in self.rhs if value is not None]
        return super().get_prep_lookup()

    def as_postgresql(self, compiler, connection):
        if not self.rhs_is_direct_value():
            return super().as_sql(compiler, connection)
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s::bigint[])", (*lhs_params, list(self.rhs))
