"""Base settings: safe for production on their own (DEBUG off, nothing secret).

Everything that differs per machine comes from the environment; see README.md.
"""

import ipaddress
import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

import dj_database_url
from csp.constants import NONCE, NONE, SELF

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list, empty items dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    if value.strip().lower() in {"1", "true", "yes", "on"}:
        return True
    if value.strip().lower() in {"0", "false", "no", "off", ""}:
        return False
    raise ImproperlyConfigured(f"{name} moet true of false zijn, niet {value!r}.")


def env_networks(name, default=""):
    """A comma-separated list of IP addresses or CIDR networks, checked when loading."""
    networks = []
    for item in env_list(name, default):
        try:
            networks.append(str(ipaddress.ip_network(item, strict=False)))
        except ValueError as error:
            raise ImproperlyConfigured(
                f"{name} bevat {item!r}; dat is geen IP-adres of netwerk (zoals 10.0.0.0/8)."
            ) from error
    return networks


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "jos_portal.taxonomy",
    "jos_portal.core",
    "jos_portal.accounts",
    "jos_portal.discovery",
    "jos_portal.operations",
    "jos_portal.api",
    "jos_portal.scan",
    "jos_portal.reach",
    "practices",
    "workshops",
    "publications",
    "jos_portal.stories",
    "jos_portal.events",
    "jos_portal.alerts",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "jos_portal.accounts.apps.UsersAppConfig",  # wagtail.users, guarded (accounts/users.py)
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "ninja",
    "corsheaders",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "jos_portal.operations.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # The visitor's address behind TRUSTED_PROXIES, as request.client_ip.
    "jos_portal.operations.clientip.ClientIPMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # Publishes what was scheduled, and notices publishing elsewhere, before any cached
    # page is looked up (jos_portal/operations/scheduling.py).
    "jos_portal.operations.scheduling.ScheduledPublishingMiddleware",
    # Counts views of public records, cached hits included (jos_portal/reach/counting.py).
    "jos_portal.reach.middleware.ReachMiddleware",
    # A page-cache hit leaves here, before sessions, CSRF, auth and messages, which an
    # anonymous cached page does not need (jos_portal/operations/pagecache.py).
    "jos_portal.operations.pagecache.PageCacheHitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Before anything reads the body; after auth, as logged-in admin users may upload more.
    "jos_portal.operations.bodylimit.RequestBodyLimitMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "jos_portal.accounts.middleware.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Outside the page cache, so cached feeds and pages answer 304 to a revalidation too.
    "django.middleware.http.ConditionalGetMiddleware",
    # Stores what the hit middleware above missed.
    "jos_portal.operations.pagecache.AnonymousPageCacheMiddleware",
    "jos_portal.operations.conditional.ConditionalContentMiddleware",
    "jos_portal.operations.middleware.DatabaseUnavailableMiddleware",
    # After the page cache and revalidation, so neither of them pays for the lookup.
    "jos_portal.operations.sitecache.CachedSiteMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "jos_portal.operations.middleware.AdminPreviewFrameMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lock-out into its response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "jos_portal.urls"
WSGI_APPLICATION = "jos_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# Database: SQLite in the project by default, anything else through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Fail fast when the database is down (a 503 in seconds, not a hanging worker).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(os.environ.get("DB_CONNECT_TIMEOUT", "3"))
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, process memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Degrades to "no cache" when Redis is unreachable: slower pages, never a 500.
            "BACKEND": "jos_portal.operations.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            # A second portal (or a fault test) on the same Redis uses its own prefix.
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "jos"),
            "TIMEOUT": 300,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "jos",
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Dutch first, English UI under /en/.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]

# Static and media files.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Object storage for uploads (documents, images, submission attachments) when a bucket is
# set: any S3-compatible store, so several app servers share one set of files. Nothing is a
# public object: documents are streamed through the portal's permission check
# (WAGTAILDOCS_SERVE_METHOD below); images and renditions get signed URLs that outlive the
# page cache (AWS_QUERYSTRING_EXPIRE). Local disk stays the default.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "jos_portal.operations.storage.PrivateS3Storage"}
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID") or None
    AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY") or None
    AWS_LOCATION = os.environ.get("AWS_LOCATION", "media")
    AWS_QUERYSTRING_EXPIRE = int(os.environ.get("AWS_QUERYSTRING_EXPIRE", "86400"))

# Uploads: limited by size here, by type in Wagtail below.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Whole request bodies, refused with 413 before they are read (operations/bodylimit.py):
# this much anywhere, and for an upload its file limit plus the overhead of the form.
REQUEST_BODY_MAX_BYTES = int(os.environ.get("REQUEST_BODY_MAX_BYTES", str(1024 * 1024)))
REQUEST_BODY_OVERHEAD = 1024 * 1024

# Security defaults that hold everywhere; production.py adds the HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Whole pages for anonymous visitors, until any public content changes (operations/pagecache).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# Cached fragments of pages ({% content_cache %}), in the shared cache and in each process:
# also without a content change no copy is older than this.
FRAGMENT_SECONDS = int(os.environ.get("FRAGMENT_SECONDS", "600"))
# How often the web process publishes what was scheduled and notices publishing by other
# processes (jos_portal/operations/scheduling.py); 0 leaves it to a cron entry.
SCHEDULED_PUBLISHING_INTERVAL = int(os.environ.get("SCHEDULED_PUBLISHING_INTERVAL", "60"))
# Reach counts (jos_portal/reach/counting.py): each process pushes its counters to the
# cache at most every REACH_PUSH_SECONDS; the web process queues the flush to the database
# at most every REACH_FLUSH_SECONDS (0 leaves it to `manage.py flush_reach` from cron).
REACH_PUSH_SECONDS = int(os.environ.get("REACH_PUSH_SECONDS", "10"))
REACH_FLUSH_SECONDS = int(os.environ.get("REACH_FLUSH_SECONDS", "300"))
# Referring domains per record and day kept apart (the rest is "(overig)"), and the visits
# a domain must bring the whole site on a day to keep its own rows once that day is over.
REACH_REFERRERS_PER_RECORD = int(os.environ.get("REACH_REFERRERS_PER_RECORD", "20"))
REACH_REFERRER_MIN_COUNT = int(os.environ.get("REACH_REFERRER_MIN_COUNT", "2"))

# Feeds, exports and the sitemap: ETag and Last-Modified from the content version, so a
# revalidation is a 304 before the view runs (operations/conditional.py).
CONDITIONAL_VIEWS = [
    "practices:feed",
    "practices:export_csv",
    "practices:export_xlsx",
    "practices:list?format",
    "publications:feed",
    "publications:bibtex",
    "publications:ris",
    "workshops:feed",
    "discovery:feed",
    "sitemap",
]

# Content-Security-Policy on the public site (django-csp): own origin only, scripts only
# from files or with the per-request nonce (``{{ CSP_NONCE }}``), no inline styles.
# The Wagtail admin needs inline scripts and styles and keeps Django's other headers.
CONTENT_SECURITY_POLICY = {
    # The API's Swagger page starts with an inline script that django-ninja ships.
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/api/v1/docs/swagger"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Features the portal never uses stay off for every embedded or injected script.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "browsing-topics": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}
# security.txt (RFC 9116): where to report a vulnerability.
SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT", "mailto:platformjep@minszw.nl")
SECURITY_POLICY_URL = os.environ.get("SECURITY_POLICY_URL", "")
CSRF_COOKIE_HTTPONLY = False

# E-mail: console by default; production reads SMTP settings from the environment.
# Mail goes through the task queue (operations/mail.py); the delivery backend sends it.
EMAIL_BACKEND = "jos_portal.operations.mail.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
EMAIL_RETRY_DELAYS = [60, 300, 1800, 7200]
# Other failed tasks (search index, file clean-up, CDN purges) are queued again after these
# many seconds, with the database task backend (operations/tasks.py).
TASK_RETRY_DELAYS = [60, 600, 3600]

# Background tasks: Django's task framework (the django-tasks backport Wagtail 8 uses for
# search-index updates, file clean-up and CDN purges; the portal adds mail). "immediate"
# runs a task at once in the process that queues it (development, tests); "database" stores
# it for the worker, `manage.py db_worker` (production; see docs/beheer.md).
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate")
if TASKS_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND moet een van {sorted(TASK_BACKENDS)} zijn, niet {TASKS_BACKEND!r}."
    )
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]}}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "JOS kennisportaal <noreply@localhost>")

# Wagtail
WAGTAIL_SITE_NAME = "Jongerenwerk en Onderwijs Samen"
# No avatars from Gravatar: the admin loads nothing from another host (initials instead).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The link check (check_links) asks no address on the server's own networks unless this is on.
LINK_CHECK_ALLOW_PRIVATE = False
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "dutch",
    }
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Every download passes the serve view, where jos_portal/accounts/documents.py decides
# whether the file is public; never "direct" or "redirect" (those skip the check).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Collections whose documents are public even when no live record uses them.
PUBLIC_DOCUMENT_COLLECTIONS = env_list("PUBLIC_DOCUMENT_COLLECTIONS", "Openbare documenten")
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
        },
    }
}

TAGGIT_CASE_INSENSITIVE = True


def frontend_cache_from_env():
    """WAGTAILFRONTENDCACHE for a CDN or Varnish in front of the portal; None when unset.

    Wagtail purges a page on publish; jos_portal/discovery/frontend_cache.py does the same
    for the records and the pages that show them. README "Productie" lists the variables.
    """
    kind = os.environ.get("FRONTEND_CACHE_BACKEND", "").strip().lower()
    if not kind:
        return None

    def need(name):
        value = os.environ.get(f"FRONTEND_CACHE_{name}", "").strip()
        if not value:
            raise ImproperlyConfigured(
                f"FRONTEND_CACHE_BACKEND={kind} heeft FRONTEND_CACHE_{name} nodig."
            )
        return value

    backends = "wagtail.contrib.frontend_cache.backends."
    if kind in ("http", "varnish"):
        config = {"BACKEND": backends + "HTTPBackend", "LOCATION": need("LOCATION")}
    elif kind == "cloudflare":
        config = {"BACKEND": backends + "CloudflareBackend", "ZONEID": need("ZONEID")}
        if os.environ.get("FRONTEND_CACHE_BEARER_TOKEN"):
            config["BEARER_TOKEN"] = need("BEARER_TOKEN")
        else:
            config.update(EMAIL=need("EMAIL"), API_KEY=need("API_KEY"))
    elif kind == "cloudfront":  # needs boto3 and AWS credentials in the environment
        config = {
            "BACKEND": backends + "CloudfrontBackend",
            "DISTRIBUTION_ID": need("DISTRIBUTION_ID"),
        }
    elif kind == "azure-cdn":  # needs azure-mgmt-cdn and azure-identity
        config = {
            "BACKEND": backends + "AzureCdnBackend",
            "RESOURCE_GROUP_NAME": need("RESOURCE_GROUP"),
            "CDN_PROFILE_NAME": need("CDN_PROFILE"),
            "CDN_ENDPOINT_NAME": need("CDN_ENDPOINT"),
        }
    elif kind == "azure-front-door":  # needs azure-mgmt-frontdoor and azure-identity
        config = {
            "BACKEND": backends + "AzureFrontDoorBackend",
            "RESOURCE_GROUP_NAME": need("RESOURCE_GROUP"),
            "FRONT_DOOR_NAME": need("FRONT_DOOR"),
        }
    else:
        raise ImproperlyConfigured(
            f"Onbekende FRONTEND_CACHE_BACKEND {kind!r}; kies http, varnish, cloudflare, "
            "cloudfront, azure-cdn of azure-front-door."
        )
    hostnames = env_list("FRONTEND_CACHE_HOSTNAMES")
    if hostnames:
        config["HOSTNAMES"] = hostnames
    return {"default": config}


# None (off) unless FRONTEND_CACHE_BACKEND is set.
WAGTAILFRONTENDCACHE = frontend_cache_from_env()

# Open-data API: readable from any site's JavaScript, GET only, no cookies.
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s %(message)s"}},
    "filters": {"mask_secret_paths": {"()": "jos_portal.operations.logmask.MaskSecretPaths"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.security.DisallowedHost": {"level": "ERROR"},
        # "Not Found: /path" and the like, with an alert link's token masked.
        "django.request": {"filters": ["mask_secret_paths"]},
        "django.server": {"level": "WARNING", "filters": ["mask_secret_paths"]},
        # Background tasks run inline; one line per task is noise, failures still show.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # One JSON line per request from RequestLogMiddleware; Django's own line is a duplicate.
        "jos.requests": {"level": os.environ.get("REQUEST_LOG_LEVEL", "INFO")},
    },
}

# Accounts and login security (jos_portal.accounts; README "Rollen, review en inloggen").
# django-axes locks a username + IP pair out after repeated failed logins.
AUTHENTICATION_BACKENDS = ["jos_portal.accounts.backends.LockoutBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/lockout.html"
# The client's address behind the proxies in TRUSTED_PROXIES (IPs or CIDR networks),
# the same one the submission limit counts (operations/clientip.py). Loopback by default:
# a proxy on the same machine; a request from anywhere else is counted by its own address.
TRUSTED_PROXIES = env_networks("TRUSTED_PROXIES", "127.0.0.1,::1")
AXES_CLIENT_IP_CALLABLE = "jos_portal.operations.clientip.client_ip"
LOGGING["loggers"]["axes"] = {"level": "WARNING"}  # failed attempts at INFO are noise
# Admin sessions end after a working day, and when the browser closes.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(60 * 60 * 8)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# Workflow notifications (Wagtail's own) come from this address; users' e-mail preferences
# in their admin profile decide what they receive.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Autosave (Wagtail 8): the editor of every record with revisions (practices, sessions,
# publications, pages) saves a draft revision this many milliseconds after the last
# keystroke; the published version is untouched. 0 switches it off. Wagtail's default.
WAGTAIL_AUTOSAVE_INTERVAL = 500
WAGTAILADMIN_NOTIFICATION_USE_HTML = False
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# Public practice submissions (practices/submission.py): attachment limit, per-IP rate limit,
# and at most one confirmation mail per e-mail address in this many seconds.
SUBMISSION_MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
# Attachments hold personal data: their collection is restricted to these groups.
SUBMISSION_ATTACHMENT_GROUPS = ["Eindredacteur"]
SUBMISSION_RATE_LIMIT = int(os.environ.get("SUBMISSION_RATE_LIMIT", "5"))
SUBMISSION_RATE_WINDOW = int(os.environ.get("SUBMISSION_RATE_WINDOW", str(60 * 60)))
SUBMISSION_CONFIRMATION_WINDOW = int(
    os.environ.get("SUBMISSION_CONFIRMATION_WINDOW", str(24 * 60 * 60))
)
# E-mail alerts (jos_portal/alerts/subscriptions.py): unconfirmed alerts are deleted after
# this many days; per address (lower case, without a +tag) at most so many confirmation
# mails per window and so many confirmed alerts; per visitor (IPv4 address or IPv6 /64,
# counted in the cache only) so many subscriptions per window; for the whole site at most
# so many confirmation mails per clock hour.
ALERT_CONFIRMATION_DAYS = int(os.environ.get("ALERT_CONFIRMATION_DAYS", "7"))
ALERT_CONFIRMATIONS_PER_ADDRESS = int(os.environ.get("ALERT_CONFIRMATIONS_PER_ADDRESS", "3"))
ALERT_CONFIRMATION_WINDOW = int(os.environ.get("ALERT_CONFIRMATION_WINDOW", str(24 * 60 * 60)))
ALERT_MAX_PER_ADDRESS = int(os.environ.get("ALERT_MAX_PER_ADDRESS", "20"))
ALERT_RATE_LIMIT = int(os.environ.get("ALERT_RATE_LIMIT", "10"))
ALERT_RATE_WINDOW = int(os.environ.get("ALERT_RATE_WINDOW", str(60 * 60)))
ALERT_CONFIRMATIONS_PER_HOUR = int(os.environ.get("ALERT_CONFIRMATIONS_PER_HOUR", "100"))
# Bulk import of practices in the admin (practices/imports.py): largest file and most rows.
# The import runs inside the request, in one transaction: 200 rows took about 20 seconds
# on PostgreSQL on a busy two-core machine, within gunicorn's 30-second timeout.
PRACTICE_IMPORT_MAX_BYTES = 2 * 1024 * 1024
PRACTICE_IMPORT_MAX_ROWS = 200
# Two-factor authentication (TOTP, django-otp): optional for everyone with an admin account,
# required for superusers and the groups below; they set it up at /admin/tweestapsverificatie/.
# One login for everyone: the admin's, which asks the code; Wagtail's front-end login
# (/_util/login/) sends there too, and so does Django's login_required.
WAGTAILADMIN_USER_LOGIN_FORM = "jos_portal.accounts.forms.TwoFactorLoginForm"
WAGTAIL_FRONTEND_LOGIN_URL = "wagtailadmin_login"
LOGIN_URL = "wagtailadmin_login"
# Every account is an editor's: after a login without "next", go to the admin, not
# Django's /accounts/profile/ (a 404).
LOGIN_REDIRECT_URL = "wagtailadmin_home"
TWO_FACTOR_REQUIRED_GROUPS = env_list("TWO_FACTOR_REQUIRED_GROUPS", "Beheerder")
OTP_TOTP_ISSUER = "JOS kennisportaal"
# Demo content (fictional examples) may only be loaded where this is on: dev, test and
# benchmarks switch it on; production leaves it off (`load_demo_data --force` overrides).
DEMO_CONTENT_ALLOWED = env_bool("DEMO_CONTENT_ALLOWED", False)

# Who may read the Prometheus metrics on /metrics (operations/metrics.py): addresses or
# networks, comma-separated; everyone else gets a 404.
METRICS_ALLOWED_IPS = env_networks("METRICS_ALLOWED_IPS", "127.0.0.1,::1")

# Error reports to Sentry (or GlitchTip) when SENTRY_DSN is set, without personal data
# (operations/errors.py). Off by default: nothing leaves the site unless configured.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    from jos_portal.operations.errors import init_sentry

    init_sentry(
        SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        release=os.environ.get("SENTRY_RELEASE") or None,
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )
