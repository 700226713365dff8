"""Counting views and downloads without tracking anyone, and without slowing a page.

Three stages, each cheap for the one before it:

1. **In the process.** ``ReachMiddleware`` (outside the page cache, so a cached hit is
   counted like a fresh page) reads the label a record's view put on the response
   (``jos_portal.taxonomy.reach.count_as``) and adds one to a counter in process memory:
   a dictionary increment, no I/O. What it keeps is the day, the record, its region and
   the referring *domain*; never an address, a cookie, the browser or the full referrer.
2. **In the cache.** At most every ``REACH_PUSH_SECONDS`` (default 10) a process adds its
   counters to one buffer in the shared cache (on Redis: one pipelined ``HINCRBY`` per
   counter in a single round trip), after the response has been sent (a response closer).
   A process that stops pushes what it holds first (at exit); one that is killed loses at
   most those seconds of its counts. The bot check and the referrer's domain are cached in
   process memory (the last few hundred user agents and referrers), never stored.
3. **In the database.** ``flush`` moves the buffer to ``DailyCount`` rows exactly once:
   the buffer is first renamed to a batch of its own (atomic on Redis), the batch is added
   in one transaction that also records the batch name, and only then deleted. A flush that
   crashes in between, or runs twice, finds the batch recorded and skips it. The web
   process queues the flush task at most every ``REACH_FLUSH_SECONDS`` (default 300;
   ``0`` leaves it to ``manage.py flush_reach`` from cron).

Referring domains cannot grow the table without bound (a bot can send any Referer): a
record gets at most ``REACH_REFERRERS_PER_RECORD`` domains of its own per day, the most
counted first; what comes from more domains is added to its ``(overig)`` row. Once a day
is over, the flush folds every domain that brought fewer than ``REACH_REFERRER_MIN_COUNT``
visits to the whole site that day into ``(overig)`` as well (``fold_rare_referrers``).
Totals never change, only how finely they are split.

Not counted: bots and tools by their user agent, prefetches, HEAD requests, logged-in
editors, previews (never labelled), partial downloads (206) and errors.
"""

import atexit
import logging
import re
import threading
import time
import uuid
from collections import Counter, defaultdict
from datetime import date, timedelta
from functools import lru_cache
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.redis import RedisCache
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone

from jos_portal.taxonomy.reach import DOWNLOAD

from .models import DIRECT, INTERNAL, OTHER, AppliedBatch, DailyCount

logger = logging.getLogger(__name__)

BUFFER_KEY = "reach:buffer"
BATCH_PREFIX = "reach:batch:"
BATCH_INDEX_KEY = "reach:batches"  # the open batches, for caches without key patterns
FLUSH_TURN_KEY = "reach:flush-turn"
FLUSH_LOCK_KEY = "reach:flush-lock"
SEPARATOR = "|"
# Counters a process holds while the cache cannot take them (the failed push is logged);
# beyond this many, new ones are dropped rather than let memory grow.
MAX_PENDING = 20_000
# How long a flushed batch name is remembered; a batch left behind is retried at the next
# flush, minutes later. Finished days this far back are checked for rare referrers.
BATCH_MEMORY = timedelta(days=7)
# Referrer values that are no domain: never capped, never folded.
NOT_A_DOMAIN = (DIRECT, INTERNAL, OTHER)
# Rows per query when folding (SQLite allows only so many parameters).
FOLD_CHUNK = 500

# Words in the user agents of crawlers, link previews, monitors and scripts; browsers send
# none of them. An empty user agent is not a browser either.
BOT_WORDS = (
    "bot", "crawl", "spider", "slurp", "archiver", "facebookexternalhit", "embedly",
    "preview", "scan", "monitor", "uptime", "pingdom", "lighthouse", "pagespeed", "headless",
    "phantom", "selenium", "playwright", "puppeteer", "python", "curl", "wget", "httpie",
    "libwww", "java/", "okhttp", "go-http", "node-fetch", "axios", "feed", "rss",
    "validator", "checker", "http_request", "httpclient",
)  # fmt: skip
DOMAIN = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$")

clock = time.monotonic  # replaced by a fake clock in the tests
_lock = threading.Lock()
_pending = Counter()
_last_push = 0.0
_day = (None, 0.0)  # today and the moment (epoch seconds) it ends


def _local_today():
    """The local date, worked out once a day instead of on every count."""
    global _day
    day, ends = _day
    if day is None or time.time() >= ends:
        now = timezone.localtime()
        day = now.date()
        midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
        _day = (day, midnight.timestamp())
    return day


today = _local_today  # replaced by a fake calendar in the tests


@lru_cache(maxsize=512)
def _is_bot(agent):
    agent = agent.lower()
    return not agent or any(word in agent for word in BOT_WORDS)


def is_bot(user_agent):
    return _is_bot(user_agent[:512])


def _bare(host):
    host = host.lower().strip("[").rstrip(".")
    return host[4:] if host.startswith("www.") else host


@lru_cache(maxsize=1024)
def _referrer_host(referrer):
    """The bare host of a referrer, or OTHER when it has none or is not a domain."""
    try:
        host = urlsplit(referrer).hostname
    except ValueError:
        return OTHER
    if not host:
        return OTHER
    host = _bare(host)
    if len(host) > 253 or not DOMAIN.match(host):
        return OTHER
    return host


def referrer_domain(request):
    """The domain of the referring page (without "www."), ``(intern)`` for this site,
    ``(direct)`` without a referrer and ``(overig)`` for anything that is not a domain."""
    referrer = request.META.get("HTTP_REFERER", "")
    if not referrer:
        return DIRECT
    host = _referrer_host(referrer[:2000])
    own = request.META.get("HTTP_HOST") or request.META.get("SERVER_NAME", "")
    own = own.partition("]")[0] if own.startswith("[") else own.partition(":")[0]
    return INTERNAL if host == _bare(own) else host


def counts(request, response):
    """Whether this request and response are one countable view or download."""
    if request.method != "GET" or response.status_code not in (200, 302):
        return False
    if response.status_code == 302 and response.reach[0] != DOWNLOAD:
        return False
    meta = request.META
    if "HTTP_RANGE" in meta and not meta["HTTP_RANGE"].replace(" ", "").startswith("bytes=0-"):
        return False
    if meta.get("HTTP_SEC_PURPOSE", "").startswith("prefetch") or meta.get("HTTP_PURPOSE"):
        return False
    if is_bot(meta.get("HTTP_USER_AGENT", "")):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        # Only here can it be an editor (a page-cache hit never has a session cookie).
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return False
    return not getattr(request, "is_preview", False)


def field_for(request, label, day=None):
    kind, record_type, record_id, region = label
    day = day or today()
    referrer = referrer_domain(request)
    return SEPARATOR.join((day.isoformat(), kind, record_type, str(record_id), region, referrer))


def count(request, response):
    """Count the labelled response, if it counts (see ``counts``); the push to the cache
    is attached to the response, to run after it was sent."""
    if not counts(request, response):
        return
    field = field_for(request, response.reach)
    with _lock:
        if field in _pending or len(_pending) < MAX_PENDING:
            _pending[field] += 1
    closers = getattr(response, "_resource_closers", None)
    if closers is None:
        push_if_due()
    else:
        closers.append(push_if_due)


def push_if_due():
    """Push this process's counters to the cache when ``REACH_PUSH_SECONDS`` have passed,
    and queue the flush when it is due. Never raises: counting must not break a page."""
    global _last_push
    now = clock()
    if now - _last_push < getattr(settings, "REACH_PUSH_SECONDS", 10):
        return
    _last_push = now
    try:
        push()
        _queue_flush_if_due()
    except Exception:
        logger.exception("Bereiktellingen niet naar de cache geschreven")


def push():
    """Add this process's counters to the buffer in the cache; on failure they stay here
    for the next push."""
    with _lock:
        taken = dict(_pending)
        _pending.clear()
    if not taken:
        return
    try:
        store().add(taken)
    except Exception:
        with _lock:
            for field, number in taken.items():
                if field in _pending or len(_pending) < MAX_PENDING:
                    _pending[field] += number
        raise


def _queue_flush_if_due():
    seconds = getattr(settings, "REACH_FLUSH_SECONDS", 300)
    if seconds and cache.add(FLUSH_TURN_KEY, 1, seconds):
        from .tasks import flush_reach

        flush_reach.enqueue()


def _push_at_exit():
    try:
        push()
    except Exception:  # at exit there is nobody left to tell but the log
        logger.warning("Bereiktellingen bij het stoppen niet weggeschreven", exc_info=True)


atexit.register(_push_at_exit)


def reset_process_counters():
    """Forget what this process has not pushed yet (tests)."""
    global _last_push
    with _lock:
        _pending.clear()
    _last_push = 0.0


class RedisStore:
    """The buffer as one Redis hash: HINCRBY to add, RENAME to close a batch."""

    def __init__(self, cache):
        self.cache = cache
        self.client = cache._cache.get_client(write=True)
        self.buffer = cache.make_key(BUFFER_KEY)
        self.batch_prefix = cache.make_key(BATCH_PREFIX)

    def add(self, taken):
        pipe = self.client.pipeline(transaction=False)
        for field, number in taken.items():
            pipe.hincrby(self.buffer, field, number)
        pipe.execute()

    def close_buffer(self):
        """Rename the buffer to a new batch (nothing when there is no buffer)."""
        try:
            self.client.rename(self.buffer, self.batch_prefix + uuid.uuid4().hex)
        except Exception as error:  # redis: "no such key"
            if "no such key" not in str(error).lower():
                raise

    def batches(self):
        pattern = re.sub(r"([\\*?\[\]])", r"\\\1", self.batch_prefix) + "*"
        for key in self.client.scan_iter(match=pattern, count=1000):
            name = key.decode()[len(self.batch_prefix) :]
            data = self.client.hgetall(key)
            yield name, {field.decode(): int(value) for field, value in data.items()}

    def drop(self, name):
        self.client.delete(self.batch_prefix + name)


class CacheStore:
    """The buffer in any other cache (process memory in the quick start and the tests):
    a dictionary under one key, changed under a lock. Only as shared as the cache is."""

    lock = threading.Lock()

    def __init__(self, cache):
        self.cache = cache

    def add(self, taken):
        with self.lock:
            buffer = self.cache.get(BUFFER_KEY) or {}
            for field, number in taken.items():
                buffer[field] = buffer.get(field, 0) + number
            self.cache.set(BUFFER_KEY, buffer, None)

    def close_buffer(self):
        with self.lock:
            buffer = self.cache.get(BUFFER_KEY)
            if not buffer:
                return
            name = uuid.uuid4().hex
            self.cache.set(BATCH_PREFIX + name, buffer, None)
            self.cache.set(BATCH_INDEX_KEY, [*(self.cache.get(BATCH_INDEX_KEY) or []), name], None)
            self.cache.delete(BUFFER_KEY)

    def batches(self):
        for name in list(self.cache.get(BATCH_INDEX_KEY) or []):
            yield name, self.cache.get(BATCH_PREFIX + name) or {}

    def drop(self, name):
        with self.lock:
            names = [other for other in self.cache.get(BATCH_INDEX_KEY) or [] if other != name]
            self.cache.set(BATCH_INDEX_KEY, names, None)
            self.cache.delete(BATCH_PREFIX + name)


def store():
    backend = caches[DEFAULT_CACHE_ALIAS]
    if isinstance(backend, RedisCache):
        return RedisStore(backend)
    return CacheStore(backend)


def parse(counters):
    """{(day, kind, record_type, record_id, region, referrer): number} from buffer fields;
    a field that does not parse is skipped (and logged)."""
    rows = Counter()
    for field, number in counters.items():
        parts = field.split(SEPARATOR)
        try:
            day, kind, record_type, record_id, region, referrer = parts
            key = (date.fromisoformat(day), kind, record_type, int(record_id), region, referrer)
        except ValueError:
            logger.warning("Onleesbare bereiktelling overgeslagen: %r", field[:200])
            continue
        rows[key] += int(number)
    return rows


def apply(name, counters):
    """Add one batch to the table, in one transaction with its name; the number of views
    and downloads added (0 when the batch was added before)."""
    rows = parse(counters)
    with transaction.atomic():
        try:
            with transaction.atomic():
                AppliedBatch.objects.create(batch=name)
        except IntegrityError:
            return 0
        if not rows:
            return 0
        days = {key[0] for key in rows}
        ids = {key[3] for key in rows}
        existing = {
            (row.day, row.kind, row.record_type, row.record_id, row.region, row.referrer): row
            for row in DailyCount.objects.select_for_update().filter(
                day__in=days, record_id__in=ids
            )
        }
        rows = cap_referrers(rows, existing)
        changed, new = [], []
        for key, number in rows.items():
            row = existing.get(key)
            if row is None:
                day, kind, record_type, record_id, region, referrer = key
                new.append(
                    DailyCount(
                        day=day,
                        kind=kind,
                        record_type=record_type[:100],
                        record_id=record_id,
                        region=region[:100],
                        referrer=referrer[:253],
                        count=number,
                    )
                )
            else:
                row.count += number
                changed.append(row)
        DailyCount.objects.bulk_update(changed, ["count"], batch_size=500)
        DailyCount.objects.bulk_create(new, batch_size=500)
    return sum(rows.values())


def cap_referrers(rows, existing):
    """``rows`` with the domains beyond ``REACH_REFERRERS_PER_RECORD`` per record and day
    (counting those in the table, ``existing``) moved to ``(overig)``."""
    cap = getattr(settings, "REACH_REFERRERS_PER_RECORD", 20)
    known = defaultdict(set)
    for day, _kind, record_type, record_id, _region, referrer in existing:
        if referrer not in NOT_A_DOMAIN:
            known[day, record_type, record_id].add(referrer)
    arriving = defaultdict(Counter)
    for (day, _kind, record_type, record_id, _region, referrer), number in rows.items():
        record = (day, record_type, record_id)
        if referrer not in NOT_A_DOMAIN and referrer not in known[record]:
            arriving[record][referrer] += number
    over = set()
    for record, domains in arriving.items():
        room = max(cap - len(known[record]), 0)
        ranked = sorted(domains.items(), key=lambda item: (-item[1], item[0]))
        over.update((record, domain) for domain, _number in ranked[room:])
    if not over:
        return rows
    capped = Counter()
    for key, number in rows.items():
        day, kind, record_type, record_id, region, referrer = key
        if ((day, record_type, record_id), referrer) in over:
            key = (day, kind, record_type, record_id, region, OTHER)
        capped[key] += number
    return capped


def fold_rare_referrers():
    """Fold the domains that brought fewer than ``REACH_REFERRER_MIN_COUNT`` visits to the
    site on a finished day (of the last week) into that day's ``(overig)`` rows; the
    number of rows folded. Running it again changes nothing."""
    threshold = getattr(settings, "REACH_REFERRER_MIN_COUNT", 2)
    if threshold <= 1:
        return 0
    end = today()
    rare = defaultdict(list)
    totals = (
        DailyCount.objects.filter(day__gte=end - BATCH_MEMORY, day__lt=end)
        .exclude(referrer__in=NOT_A_DOMAIN)
        .values("day", "referrer")
        .annotate(total=Sum("count"))
        .filter(total__lt=threshold)
    )
    for item in totals:
        rare[item["day"]].append(item["referrer"])
    folded = 0
    for day, domains in rare.items():
        with transaction.atomic():
            sums, doomed = Counter(), []
            for start in range(0, len(domains), FOLD_CHUNK):
                chunk = domains[start : start + FOLD_CHUNK]
                for row in DailyCount.objects.select_for_update().filter(
                    day=day, referrer__in=chunk
                ):
                    sums[row.kind, row.record_type, row.record_id, row.region] += row.count
                    doomed.append(row.pk)
            others = {
                (row.kind, row.record_type, row.record_id, row.region): row
                for row in DailyCount.objects.select_for_update().filter(day=day, referrer=OTHER)
            }
            changed, new = [], []
            for key, number in sums.items():
                row = others.get(key)
                if row is None:
                    kind, record_type, record_id, region = key
                    new.append(
                        DailyCount(
                            day=day,
                            kind=kind,
                            record_type=record_type,
                            record_id=record_id,
                            region=region,
                            referrer=OTHER,
                            count=number,
                        )
                    )
                else:
                    row.count += number
                    changed.append(row)
            for start in range(0, len(doomed), FOLD_CHUNK):
                DailyCount.objects.filter(pk__in=doomed[start : start + FOLD_CHUNK]).delete()
            DailyCount.objects.bulk_update(changed, ["count"], batch_size=500)
            DailyCount.objects.bulk_create(new, batch_size=500)
        folded += len(doomed)
    if folded:
        logger.info("%s bereikrijen van zelden geziene verwijzers samengevoegd", folded)
    return folded


def flush():
    """Move the counts from the cache to the database, exactly once, then fold the rare
    referrers of finished days; the number added, or None when another flush is running."""
    push()  # this process's own counters too (the task or command runs in one)
    if not cache.add(FLUSH_LOCK_KEY, 1, 600):
        return None
    try:
        buffer_store = store()
        buffer_store.close_buffer()
        added = 0
        for name, counters in buffer_store.batches():
            added += apply(name, counters)
            buffer_store.drop(name)
        fold_rare_referrers()
        AppliedBatch.objects.filter(applied_at__lt=timezone.now() - BATCH_MEMORY).delete()
        return added
    finally:
        cache.delete(FLUSH_LOCK_KEY)
