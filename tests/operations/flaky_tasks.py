"""A task for the retry test: it fails until the cache says the outside world is back."""

from django.core.cache import cache

from django_tasks import task


@task()
def needs_the_outside_world(name):
    if not cache.get("outside-world-up"):
        raise ConnectionError("de buitenwereld is onbereikbaar")
    cache.set("outside-world-done", name)
    return name
