"""Mail leaves the request: every message, the portal's and Wagtail's, becomes a task.

``QueuedEmailBackend`` (``EMAIL_BACKEND``) turns each message into a task argument (plain
JSON) and enqueues ``deliver_email``; the task sends it with the real backend
(``EMAIL_DELIVERY_BACKEND``: SMTP in production). With the immediate task backend
(development, tests, the quick start) that happens at once, in the request; with the
database backend (``TASKS_BACKEND=database``) the worker (``manage.py db_worker``) sends it,
so a slow or absent mail server never holds up an editor, and mail queued while the worker
or the mail server is down waits in the database.

A failed delivery is logged and tried again after each of ``EMAIL_RETRY_DELAYS`` seconds;
after the last one the task is marked failed (and stays visible in the task results).
"""

import base64
import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

from django_tasks import task

logger = logging.getLogger(__name__)


def serialise(message):
    """A message as JSON-safe data; attachments given as (name, content, type) are kept."""
    attachments = []
    for attachment in message.attachments:
        if not isinstance(attachment, tuple):
            raise ValueError("Een MIME-bijlage kan niet in de wachtrij; geef (naam, inhoud, type).")
        filename, content, mimetype = attachment
        data = content.encode() if isinstance(content, str) else content
        attachments.append([filename, base64.b64encode(data).decode("ascii"), mimetype])
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {str(k): str(v) for k, v in message.extra_headers.items()},
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": attachments,
    }


def rebuild(data, connection=None):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        connection=connection,
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


@task()
def deliver_email(data, attempt=1):
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND)
    try:
        rebuild(data, connection).send()
    except Exception:
        delays = settings.EMAIL_RETRY_DELAYS
        if attempt <= len(delays) and deliver_email.get_backend().supports_defer:
            logger.warning(
                "Mail '%s' niet verstuurd (poging %s); nieuwe poging over %s s",
                data["subject"],
                attempt,
                delays[attempt - 1],
                exc_info=True,
            )
            run_after = timezone.now() + timedelta(seconds=delays[attempt - 1])
            deliver_email.using(run_after=run_after).enqueue(data, attempt + 1)
            return "opnieuw ingepland"
        logger.exception("Mail '%s' niet verstuurd na %s pogingen", data["subject"], attempt)
        raise
    return "verstuurd"


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        for message in email_messages:
            deliver_email.enqueue(serialise(message))
        return len(email_messages)
