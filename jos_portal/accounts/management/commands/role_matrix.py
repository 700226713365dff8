"""Print the role matrix as a Markdown table, or write it into docs/beveiliging.md."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from jos_portal.accounts.roles import render_matrix

BEGIN = "<!-- rolmatrix: begin (manage.py role_matrix --write) -->"
END = "<!-- rolmatrix: eind -->"


class Command(BaseCommand):
    help = (
        "Toont de rolmatrix uit jos_portal/accounts/roles.py als tabel; met --write zet hij "
        "de tabel in docs/beveiliging.md (tussen de markeringen)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--write", action="store_true", help="docs/beveiliging.md bijwerken")

    def handle(self, *args, write=False, **options):
        table = render_matrix()
        if not write:
            self.stdout.write(table, ending="")
            return
        path = Path(settings.BASE_DIR) / "docs" / "beveiliging.md"
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        if BEGIN not in text or END not in text:
            raise CommandError(f"{path} mist de markeringen {BEGIN!r} en {END!r}.")
        head, rest = text.split(BEGIN, 1)
        _old, tail = rest.split(END, 1)
        path.write_text(f"{head}{BEGIN}\n{table}{END}{tail}", encoding="utf-8")
        self.stdout.write(self.style.SUCCESS(f"Rolmatrix bijgewerkt in {path}."))
