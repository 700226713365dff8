"""Counts the views and downloads of public records (see counting.py).

Listed before ``PageCacheHitMiddleware``, so it sees a cached hit on its way out as well
as a page the view built; on a response without a reach label it costs one attribute
lookup.
"""

from .counting import count


class ReachMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(response, "reach", None) is not None:
            count(request, response)
        return response
