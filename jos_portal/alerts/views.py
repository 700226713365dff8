"""Public pages of alerts and feeds: Volgen, subscribe, confirm, manage, unsubscribe.

The subscribe form is embedded in cached public pages (the practice list, topic, region
and factor pages), which must not set a cookie; so these POST views take no CSRF token.
That costs nothing here: no visitor is logged in on them, and every change needs either
a fresh confirmation by mail or the secret token of the mail's links. A subscription
posted from another website is refused all the same (``is_cross_site``): it would let any
page make its visitors' browsers mail-bomb a stranger from many addresses. The token
pages are never cached and send no Referer.
"""

from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.http import Http404
from django.http.request import split_domain_port, validate_host
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from jos_portal.stories.models import StoryIndexPage
from jos_portal.taxonomy import params

from . import scopes, subscriptions
from .forms import SubscribeForm
from .models import Alert

TOKEN_LENGTH = 64


def _feeds():
    feeds = [
        (_("Alles wat nieuw is op het portaal"), reverse("discovery:feed")),
        (_("Nieuwe praktijkvoorbeelden"), reverse("practices:feed")),
        (_("Nieuwe publicaties"), reverse("publications:feed")),
        (_("Nieuwe werkplaatssessies"), reverse("workshops:feed")),
    ]
    stories = StoryIndexPage.objects.live().public().first()
    if stories is not None:
        feeds.append((_("Verhalen"), stories.get_url() + "feed/"))
    return feeds


def _scope_from_query(query):
    """The scope named in a query string (from a Volgen link or a posted form)."""
    return scopes.scope_from_form(
        params.text(query, "soort", 20),
        query=params.clean(query.get("selectie", "")),  # never cut: refused when too long
        topic_slug=params.text(query, "onderwerp"),
    )


def follow(request):
    """The Volgen page: what a feed is, what an e-mail alert is, and for a selection (when
    a page linked here with one) its feed address and the alert form."""
    scope, message = None, ""
    if "soort" in request.GET:
        try:
            scope = _scope_from_query(request.GET)
        except ValueError as error:
            message = str(error)
    context = {
        "scope": scope,
        "message": message,
        "feeds": _feeds(),
        "scope_feed": _scope_feed(request, scope),
        "form": SubscribeForm(initial=scope.hidden_fields) if scope else None,
    }
    return render(request, "alerts/follow.html", context, status=400 if message else 200)


def _scope_feed(request, scope):
    if scope is None:
        return ""
    if scope.kind == Alert.Kind.TOPIC:
        path = f"{reverse('practices:feed')}?{urlencode({'onderwerp': scope.topic.slug})}"
    else:
        path = reverse("practices:feed") + (f"?{scope.query}" if scope.query else "")
    return request.build_absolute_uri(path)


def _trusted_hosts():
    hosts = [host for host in settings.ALLOWED_HOSTS if host != "*"]
    hosts += [urlsplit(origin).hostname or "" for origin in settings.CSRF_TRUSTED_ORIGINS]
    return [host.replace("*", "", 1) if host.startswith("*.") else host for host in hosts]


def is_cross_site(request):
    """Whether the browser says this request comes from another website: by
    ``Sec-Fetch-Site: cross-site``, or by an ``Origin`` that is neither this site nor
    one of its host names (``ALLOWED_HOSTS`` without "*", ``CSRF_TRUSTED_ORIGINS``).
    Without either header (older browsers, scripts) the request is believed.
    ``Origin: null`` passes only with ``Sec-Fetch-Site: same-origin`` (a page with
    ``Referrer-Policy: no-referrer`` posts so to its own site)."""
    fetch_site = request.headers.get("Sec-Fetch-Site", "").strip().lower()
    if fetch_site == "cross-site":
        return True
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    origin = origin.strip()
    if origin == "null":
        return fetch_site != "same-origin"
    try:
        parts = urlsplit(origin)
        netloc = parts.netloc.lower()
    except ValueError:
        return True
    if parts.scheme not in ("http", "https") or not netloc:
        return True
    if netloc == request.get_host().lower():
        return False
    domain, _port = split_domain_port(netloc)
    return not (domain and validate_host(domain, _trusted_hosts()))


@csrf_exempt
@require_http_methods(["GET", "POST"])
def subscribe(request):
    """GET: the form for one scope. POST: store a pending alert and mail the link."""
    if request.method == "POST" and is_cross_site(request):
        return _bad_request(
            request,
            _(
                "Dit formulier is verstuurd vanaf een andere website. Wil je een "
                "e-mailattendering? Meld je dan aan via het formulier op deze website."
            ),
        )
    source = request.POST if request.method == "POST" else request.GET
    try:
        scope = _scope_from_query(source)
    except ValueError as error:
        return _bad_request(request, str(error))
    if request.method == "GET":
        form = SubscribeForm(initial=scope.hidden_fields)
        return render(request, "alerts/subscribe.html", {"form": form, "scope": scope})
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return render(request, "alerts/subscribe.html", {"form": form, "scope": scope}, status=400)
    if not subscriptions.count_request(request.client_ip):
        context = {"form": form, "scope": scope, "throttled": True}
        return render(request, "alerts/subscribe.html", context, status=429)
    if not form.is_spam:
        try:
            subscriptions.subscribe(
                form.cleaned_data["email"], form.cleaned_data["frequency"], scope
            )
        except subscriptions.MailCapReached:
            context = {"form": form, "scope": scope, "busy": True}
            response = render(request, "alerts/subscribe.html", context, status=429)
            response["Retry-After"] = "3600"
            return response
    return redirect("alerts:check_mail")


def check_mail(request):
    return render(request, "alerts/check_mail.html", {"days": settings.ALERT_CONFIRMATION_DAYS})


def _bad_request(request, message, status=400):
    context = {
        "message": message,
        "back_url": reverse("alerts:follow"),
        "back_label": _("Naar de pagina Volgen"),
    }
    return render(request, "bad_request.html", context, status=status)


def _alert_for(token):
    if len(token) > TOKEN_LENGTH or params.clean(token) != token:
        raise Http404
    return get_object_or_404(Alert.objects.select_related("topic"), token=token)


def _no_referrer(response):
    response["Referrer-Policy"] = "no-referrer"
    return response


def _gone(request):
    response = render(request, "alerts/gone.html", status=404)
    return _no_referrer(response)


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows one button, POST confirms: a mail scanner that opens links does not
    subscribe anyone."""
    try:
        alert = _alert_for(token)
    except Http404:
        return _gone(request)
    if request.method == "POST" and not alert.is_confirmed:
        Alert.objects.filter(pk=alert.pk, confirmed_at__isnull=True).update(
            confirmed_at=timezone.now()
        )
        alert.refresh_from_db()
    return _no_referrer(render(request, "alerts/confirm.html", {"alert": alert}))


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def manage(request, token):
    """All alerts of the address that this alert's token belongs to."""
    try:
        alert = _alert_for(token)
    except Http404:
        return _gone(request)
    alerts = Alert.objects.filter(email__iexact=alert.email).select_related("topic")
    if request.method == "POST" and request.POST.get("actie") == "alles":
        alerts.delete()
        return _no_referrer(render(request, "alerts/unsubscribed.html", {"all": True}))
    context = {"alert": alert, "alerts": list(alerts)}
    return _no_referrer(render(request, "alerts/manage.html", context))


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET shows one button; POST deletes the alert (also the one-click POST a mail
    program sends for List-Unsubscribe-Post, RFC 8058)."""
    try:
        alert = _alert_for(token)
    except Http404:
        return _gone(request)
    if request.method == "GET":
        return _no_referrer(render(request, "alerts/unsubscribe.html", {"alert": alert}))
    other = Alert.objects.filter(email__iexact=alert.email).exclude(pk=alert.pk).first()
    label = scopes.alert_label(alert)
    alert.delete()
    context = {"label": label, "other": other}
    return _no_referrer(render(request, "alerts/unsubscribed.html", context))
