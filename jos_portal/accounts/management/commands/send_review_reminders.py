"""Mail each owning editor the records that are due for review (for a daily cron job).

A record is due when its 'laatst gecontroleerd' is more than a year old, or when it was
never reviewed and has been online for more than a year (``reminder_due_q``). Each editor
gets one mail with at most ``--max-per-mail`` records, oldest first, each with its admin
link; a record is named again only after ``--interval-days``. Records whose owner cannot
be mailed go to the eindredacteuren.
"""

import datetime
from collections import defaultdict

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from jos_portal.accounts.freshness import due_records
from jos_portal.accounts.models import ReviewReminder
from jos_portal.accounts.roles import MODERATOR

DEFAULT_INTERVAL_DAYS = 30
DEFAULT_MAX_PER_MAIL = 25


def parse_day(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"--today verwacht een datum als 2026-12-31, niet {value!r}") from error


def reachable(user):
    return user is not None and user.is_active and bool(user.email)


class Command(BaseCommand):
    help = "Mail de redacteuren welke records ze opnieuw moeten controleren."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Toon alleen wat er zou gaan.")
        parser.add_argument("--today", type=parse_day, help="Rekenen alsof het deze dag is.")
        parser.add_argument(
            "--interval-days",
            type=int,
            default=DEFAULT_INTERVAL_DAYS,
            help="Hoeveel dagen voordat een record opnieuw in een herinnering staat.",
        )
        parser.add_argument(
            "--max-per-mail",
            type=int,
            default=DEFAULT_MAX_PER_MAIL,
            help="Hoeveel records hoogstens in één mail staan.",
        )

    def handle(self, *args, dry_run=False, today=None, interval_days, max_per_mail, **options):
        if max_per_mail < 1 or interval_days < 1:
            raise CommandError("--max-per-mail en --interval-days moeten minstens 1 zijn.")
        now = timezone.now()
        if today is not None:
            now = timezone.make_aware(datetime.datetime.combine(today, datetime.time(6)))
        today = timezone.localdate(now)

        records = self.not_recently_reminded(
            due_records(today, for_reminders=True), now - datetime.timedelta(days=interval_days)
        )
        by_recipient = self.group_by_recipient(records)
        sent = 0
        for recipient, items in by_recipient.items():
            batch, rest = items[:max_per_mail], len(items) - max_per_mail
            if dry_run:
                self.stdout.write(f"{recipient.email}: {len(batch)} record(s)")
                for record in batch:
                    self.stdout.write(f"  - {record.type_label}: {record.title}")
                continue
            self.send(recipient, batch, max(rest, 0), now)
            sent += 1
        if dry_run:
            self.stdout.write(f"Proefdraai: {len(by_recipient)} mail(s) niet verstuurd.")
        else:
            self.stdout.write(self.style.SUCCESS(f"{sent} herinnering(en) verstuurd."))

    def not_recently_reminded(self, records, since):
        recent = set(
            ReviewReminder.objects.filter(sent_at__gt=since).values_list(
                "content_type_id", "object_id"
            )
        )
        return [
            record
            for record in records
            if (record.content_type.pk, str(record.instance.pk)) not in recent
        ]

    def group_by_recipient(self, records):
        moderators = list(
            get_user_model()
            ._default_manager.filter(groups__name=MODERATOR, is_active=True)
            .exclude(email="")
            .order_by("pk")
        )
        grouped = defaultdict(list)
        for record in records:
            if reachable(record.owner):
                grouped[record.owner].append(record)
            elif moderators:
                for moderator in moderators:
                    grouped[moderator].append(record)
            else:
                self.stderr.write(
                    f"Niemand om te mailen over {record.type_label} '{record.title}'."
                )
        return grouped

    def send(self, recipient, batch, rest, now):
        context = {
            "recipient": recipient,
            "records": batch,
            "rest": rest,
            "owns_all": all(record.owner == recipient for record in batch),
        }
        subject = render_to_string("accounts/mail/review_reminder_subject.txt", context)
        body = render_to_string("accounts/mail/review_reminder.txt", context)
        with transaction.atomic():
            for record in batch:
                ReviewReminder.objects.update_or_create(
                    content_type=record.content_type,
                    object_id=str(record.instance.pk),
                    defaults={"sent_at": now, "recipient": recipient.email},
                )
            send_mail(" ".join(subject.split()), body, None, [recipient.email])
