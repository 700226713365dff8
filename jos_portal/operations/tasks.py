"""Failed tasks are tried again: with the database task backend, a task that raised is
queued anew after each of ``TASK_RETRY_DELAYS`` seconds (Wagtail's index updates, file
clean-up and CDN purges as much as the portal's own), then left failed. The attempt number
is the count of earlier failures of the same task with the same arguments. Mail has its
own retries (operations/mail.py) and is left out here. Without a backend that can defer
(the immediate one of the quick start) nothing is retried: the failure is logged as always.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from django_tasks.signals import task_finished

logger = logging.getLogger(__name__)
OWN_RETRIES = {"jos_portal.operations.mail.deliver_email"}


def retry_failed_task(sender, task_result, **kwargs):
    if task_result.status != "FAILED":
        return
    task = task_result.task
    if task.module_path in OWN_RETRIES or not task.get_backend().supports_defer:
        return
    from django_tasks_db.models import DBTaskResult

    failures = DBTaskResult.objects.filter(
        task_path=task.module_path,
        args_kwargs={"args": list(task_result.args), "kwargs": dict(task_result.kwargs)},
        status="FAILED",
    ).count()
    delays = settings.TASK_RETRY_DELAYS
    if failures > len(delays):
        logger.error("Taak %s blijft mislukken na %s pogingen", task.module_path, failures)
        return
    delay = delays[failures - 1] if failures else delays[0]
    logger.warning(
        "Taak %s mislukt (poging %s); nieuwe poging over %s s", task.module_path, failures, delay
    )
    task.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
        *task_result.args, **task_result.kwargs
    )


def connect():
    task_finished.connect(retry_failed_task, dispatch_uid="jos-retry-failed-task")
