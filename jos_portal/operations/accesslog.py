"""Gunicorn's access log without secrets: the path as the portal's request log wrote it
(alert tokens masked, operations/logmask.py), never the query string.

The URL and request-line atoms both carry that path; a request that never reached Django (a
malformed request line, say) has its path masked here.
"""

from gunicorn.glogging import Logger


def _masked(path):
    try:
        from .logmask import mask_path

        return mask_path(path)
    except Exception:  # noqa: BLE001 - no Django here: a log line must still be written
        return path


class AccessLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        path = environ.get("jos.log_path")
        if path is None:
            path = _masked(environ.get("PATH_INFO") or "")
        atoms["U"] = path
        atoms["r"] = f"{environ.get('REQUEST_METHOD', '-')} {path} {atoms.get('H') or '-'}"
        atoms["q"] = ""
        # Headers and environ values are atoms too ({referer}i, {raw_uri}e): left out,
        # as they can hold the same path, a query string or an address.
        return {key: value for key, value in atoms.items() if not key.startswith("{")}
