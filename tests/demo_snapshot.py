"""The demo content, loaded once per test run and applied again to each test that needs it.

``load_demo_data`` takes about five seconds (pages, revisions, the search and reference
indexes), and a hundred and fifty tests start from it. The first test that asks for the
demo content runs the real command once in the test database and records, per table, what
it changed: the rows it removed or altered, and the rows it added or altered. Each test
after that replays the change with one ``DELETE`` and one ``INSERT ... SELECT`` per table,
inside its own transaction, in milliseconds. Rows a test made before asking for the demo
content (users, say) stay, as they did when every test ran the command. Unlike the
command, the replay does not reuse what a test made first: a test that creates a tag or
page the demo content also has, and only then asks for ``demo``, gets an IntegrityError
(no test does; ask for ``demo`` first).

The change tables are not Django tables, so neither a rollback nor the flush after a
live-server test touches them. Foreign keys are deferred on SQLite and PostgreSQL, so the
order of the tables does not matter. SQLite's full-text table is left out: triggers on the
search index keep it in step. ``tests/core/test_demo_data.py`` runs the real command on an
empty database, so the loader itself stays tested.
"""

from io import StringIO

from django.core.management import call_command
from django.db import connection, transaction

PREFIX = "zz_demo"
STATES = ("before", "after", "gone", "added")


def django_tables():
    """Django's tables, less SQLite's full-text table: its triggers fill it from the index."""
    with connection.cursor() as cursor:
        tables = set(connection.introspection.django_table_names(only_existing=True))
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%%'")
            tables -= {name for (name,) in cursor.fetchall()}
        keys = {
            table: connection.introspection.get_primary_key_column(cursor, table)
            for table in tables
        }
    return sorted(keys.items())


def _name(state, index):
    # By position, not by table name: PostgreSQL cuts identifiers at 63 characters.
    return connection.ops.quote_name(f"{PREFIX}_{state}_{index}")


def _copy(cursor, tables, state):
    qn = connection.ops.quote_name
    for index, (table, _key) in enumerate(tables):
        cursor.execute(f"CREATE TABLE {_name(state, index)} AS SELECT * FROM {qn(table)}")  # noqa: S608


def take():
    """Run the real command once, record what it changed, then undo it in the database."""
    tables = django_tables()
    drop(tables)
    _restore_migration_data()
    with transaction.atomic(), connection.cursor() as cursor:
        _copy(cursor, tables, "before")
    with transaction.atomic():
        call_command("load_demo_data", stdout=StringIO())
        with connection.cursor() as cursor:
            _copy(cursor, tables, "after")
            for index in range(len(tables)):
                for state, old, new in (("gone", "before", "after"), ("added", "after", "before")):
                    old, new = _name(old, index), _name(new, index)
                    cursor.execute(
                        f"CREATE TABLE {_name(state, index)} AS SELECT * FROM "  # noqa: S608
                        f"(SELECT * FROM {old} EXCEPT SELECT * FROM {new}) AS d"
                    )
    _replay(tables, remove="added", insert="gone")  # back to the database as it was
    return tables


def _restore_migration_data():
    """A live-server test before this one flushed the database, and the session fixture runs
    before the next test's own restore: put back what the migrations made (the root page,
    the default site, groups) first, from the copy Django serialised for exactly that."""
    from wagtail.models import Page

    if Page.objects.filter(depth=1).exists():
        return
    serialized = getattr(connection, "_test_serialized_contents", None)
    if not serialized:
        raise RuntimeError("De testdatabase is leeg en er is geen geserialiseerde kopie.")
    connection.creation.deserialize_db_from_string(serialized)


def _replay(tables, remove, insert):
    qn = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        for index, (table, key) in enumerate(tables):
            cursor.execute(
                f"DELETE FROM {qn(table)} WHERE {qn(key)} IN "  # noqa: S608
                f"(SELECT {qn(key)} FROM {_name(remove, index)})"
            )
        for index, (table, _key) in enumerate(tables):
            cursor.execute(f"INSERT INTO {qn(table)} SELECT * FROM {_name(insert, index)}")  # noqa: S608


def apply(tables):
    """Turn the current database into itself plus the demo content (in a transaction)."""
    _replay(tables, remove="gone", insert="added")


def drop(tables):
    with connection.cursor() as cursor:
        for state in STATES:
            for index in range(len(tables)):
                cursor.execute(f"DROP TABLE IF EXISTS {_name(state, index)}")
