"""The flush of the reach counts as a background task (queued by the web process at most
every REACH_FLUSH_SECONDS, or by ``manage.py flush_reach --enqueue``)."""

from django_tasks import task

from .counting import flush


@task()
def flush_reach():
    return flush()
