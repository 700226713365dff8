"""Redacteuren lift each other's locks (records and pages); the matrix in roles.py says so
and this migration gives the groups its rights again (``apply_roles``)."""

from django.db import migrations

from jos_portal.accounts.roles import apply_roles


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_role_matrix")]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
