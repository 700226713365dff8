"""Editors keep the search words that mean the same and the editors' picks above the search
results; the matrix in roles.py says so and this migration gives the groups its rights again
(``apply_roles``)."""

from django.db import migrations

from jos_portal.accounts.roles import apply_roles


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_review_reminder"),
        ("discovery", "0003_theme_flag_and_search_synonyms"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
