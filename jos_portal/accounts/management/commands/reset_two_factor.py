"""Remove a user's authenticator app, e.g. after a lost phone; they link a new one at the
next login."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = (
        "Verwijdert de gekoppelde authenticator-app(s) van een gebruiker, bijvoorbeeld na "
        "verlies van een telefoon. Bij de volgende login koppelt de gebruiker een nieuwe."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    @transaction.atomic
    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Gebruiker '{username}' bestaat niet.")
        deleted, _ = TOTPDevice.objects.filter(user=user).delete()
        self.stdout.write(
            self.style.SUCCESS(f"{deleted} authenticator-app(s) van '{username}' verwijderd.")
        )
