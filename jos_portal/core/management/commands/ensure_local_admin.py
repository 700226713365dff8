"""Create the local development admin account and print how to log in."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

PASSWORD_FILE = Path(settings.BASE_DIR) / ".admin-password"


class Command(BaseCommand):
    help = (
        "Maakt voor lokaal gebruik het beheeraccount 'admin' aan met een willekeurig "
        "wachtwoord (bewaard in .admin-password) en toont de inloggegevens. Alleen met DEBUG."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument(
            "--base-url",
            help="Adres van de site voor de inloglink (standaard WAGTAILADMIN_BASE_URL); "
            "'make admin' geeft http://HOST:PORT mee.",
        )

    def handle(self, *args, username, base_url=None, **options):
        if not settings.DEBUG:
            raise CommandError(
                "Dit commando is alleen voor lokale ontwikkeling (DEBUG=True). Maak in "
                "productie een account met 'manage.py createsuperuser'."
            )
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first()
        if user is None:
            password = secrets.token_urlsafe(12)
            user_model.objects.create_superuser(
                username=username, email=f"{username}@localhost", password=password
            )
            PASSWORD_FILE.write_text(password + "\n", encoding="utf-8")
            PASSWORD_FILE.chmod(0o600)
            note = "aangemaakt"
        elif PASSWORD_FILE.exists():
            password = PASSWORD_FILE.read_text(encoding="utf-8").strip()
            note = "bestond al"
        else:
            password = None
            note = "bestond al"
        self.stdout.write(self.style.SUCCESS(f"Beheeraccount '{username}' {note}."))
        base_url = (base_url or settings.WAGTAILADMIN_BASE_URL).rstrip("/")
        self.stdout.write(f"  Inloggen: {base_url}/admin/")
        self.stdout.write(f"  Gebruikersnaam: {username}")
        if password:
            self.stdout.write(f"  Wachtwoord: {password}  (ook in {PASSWORD_FILE.name})")
        else:
            self.stdout.write(
                f"  Wachtwoord: onbekend; zet een nieuw met 'manage.py changepassword {username}'."
            )
