"""Error reports to Sentry (or a compatible service such as GlitchTip) when SENTRY_DSN is
set, without personal data: no IP addresses, no e-mail addresses, no cookies, no query
strings or form data, no user, no local variables, and no alert token from a URL path
(masked as in the logs, operations/logmask.py).

The SDK's own switch (``send_default_pii=False``) leaves out most of it; ``scrub`` removes
the rest from every event before it leaves the process, so a message or exception text
that happens to contain an address is sent with the address masked.
"""

import ipaddress
import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
IPV6_CANDIDATE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SAFE_HEADERS = {"host", "user-agent", "accept", "accept-language", "content-type"}


def _ipv6(match):
    try:
        ipaddress.IPv6Address(match.group(0))
    except ValueError:
        return match.group(0)
    return "[ip]"


def mask(text):
    if not isinstance(text, str):
        return text
    from .logmask import mask_text  # imports the URL map; the settings import this module

    text = mask_text(text)
    return IPV6_CANDIDATE.sub(_ipv6, IPV4.sub("[ip]", EMAIL.sub("[e-mail]", text)))


def scrub(event, hint=None):
    event.pop("user", None)
    request = event.get("request")
    if isinstance(request, dict):
        for key in ("env", "cookies", "data", "query_string"):
            request.pop(key, None)
        headers = request.get("headers") or {}
        request["headers"] = {k: v for k, v in headers.items() if k.lower() in SAFE_HEADERS}
        if "url" in request:
            request["url"] = mask(request["url"].split("?")[0])
    if isinstance(event.get("transaction"), str):
        event["transaction"] = mask(event["transaction"])
    if "message" in event:
        event["message"] = mask(event["message"])
    logentry = event.get("logentry")
    if isinstance(logentry, dict):
        logentry["message"] = mask(logentry.get("message"))
        logentry.pop("params", None)
    for exception in (event.get("exception") or {}).get("values", []):
        exception["value"] = mask(exception.get("value"))
        for frame in (exception.get("stacktrace") or {}).get("frames", []):
            frame.pop("vars", None)
            frame["context_line"] = mask(frame.get("context_line"))
            for key in ("pre_context", "post_context"):
                frame[key] = [mask(line) for line in frame.get(key) or []]
    crumbs = event.get("breadcrumbs")
    for crumb in crumbs.get("values", []) if isinstance(crumbs, dict) else []:
        crumb["message"] = mask(crumb.get("message"))
        crumb.pop("data", None)
    return event


def init_sentry(dsn, environment="production", release=None, traces_sample_rate=0.0):
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        release=release,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        include_local_variables=False,
        max_request_body_size="never",
        traces_sample_rate=traces_sample_rate,
        before_send=scrub,
        before_send_transaction=scrub,
    )
