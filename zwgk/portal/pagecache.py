"""Whole-page cache for anonymous visitors of the public portal and search.

An anonymous GET of a public page is answered from the cache of the worker process when the same
page (path, query string, host, 适老化 mode) was rendered since the last change. Every change
that can show on a public page (a record published, edited, withdrawn or imported; a catalog,
item, unit, agency, attachment or calendar day saved or deleted) bumps one *generation* stamp, a
file in ZWGK_DATA_DIR that every worker checks with one stat() a request: a new generation means
nothing cached before it is served again, in every process. The stamp is bumped when the
transaction making the change commits (once, however many rows it saves: an import costs one
bump, not thousands), which is when other processes can see the change. Within the process
making the changes each change also advances an in-memory counter that is part of the
generation, so that process (a test, a request that saves and then reads) never gets a page from
before a change of its still-open transaction. Saving a record that has never been public (a
draft, submitted or approved) or its revisions and attachments bumps nothing. Entries also expire after ZWGK_PORTAL_CACHE_SECONDS
(default 60, 0 turns the cache off) because some pages show today's date and timeliness.

Never cached: staff, admin, API, tracking and application pages; requests carrying a session or
messages cookie; responses that set a cookie, carry a CSRF token, say no-cache/no-store/private,
stream, or are not 200.
"""
from __future__ import annotations

import hashlib
import itertools
import os
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse

CACHE_ALIAS = "portal"
# Pages that are per-visitor or staff-only; /<agency>/apply/ and /track/ are also never_cache.
SKIP_PREFIXES = ("/staff/", "/admin/", "/api/", "/static/", "/media/", "/track/", "/accounts/", "/elder/")
# Cookies an anonymous public page may depend on (in the key) or ignore (CSRF: pages with a
# token are never stored). Any other cookie (session, messages) bypasses the cache.
KEY_COOKIES = ("zwgk_elder",)
IGNORED_COOKIES = ("csrftoken",)
HEADER = "X-Portal-Cache"


def seconds() -> int:
    return int(getattr(settings, "ZWGK_PORTAL_CACHE_SECONDS", 60))


def _stamp_path():
    return os.path.join(str(settings.DATA_DIR), "portal-cache-generation")


# Changes made by this process (see the module docstring); next() is atomic under the GIL.
_changes = itertools.count(1)
_local_changes = 0


def generation() -> str:
    """The current generation: changes whenever `bump` runs, in any process on this machine, and
    whenever this process changes public content."""
    try:
        st = os.stat(_stamp_path())
    except FileNotFoundError:
        return f"0.{_local_changes}"
    return f"{st.st_mtime_ns}.{st.st_ino}.{st.st_size}.{_local_changes}"


def bump() -> None:
    """Start a new generation: every page cached so far is stale, in every worker."""
    path = _stamp_path()
    tmp = f"{path}.{os.getpid()}.{uuid.uuid4().hex}"
    with open(tmp, "w") as fh:
        fh.write(uuid.uuid4().hex)
    os.replace(tmp, path)  # a new inode: the stamp differs even within one mtime tick


def _bump_on_commit():
    bump()


def content_changed(**kwargs) -> None:
    """Receiver for every signal that means public content may have changed: O(1) per change."""
    global _local_changes
    _local_changes = next(_changes)
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        bump()  # autocommit: the change is visible now
        return
    # Other processes see the change at the commit, and bump then; this process already has a new
    # generation (the counter). Django starts a new run_on_commit list at every commit and rollback
    # (and when a savepoint is rolled back): while the list is the one we queued our bump in, it is
    # still queued.
    if connection.__dict__.get("_portal_bump_queue") is not connection.run_on_commit:
        transaction.on_commit(_bump_on_commit)
        connection._portal_bump_queue = connection.run_on_commit


PUBLIC_APPS = {"catalog", "records", "holidays", "annualreport"}
# Rows of the public apps that no public page shows.
PRIVATE_MODELS = {"auditevent", "auditchainhead", "indexcounter"}
# A record in these states has never been public (published records only move on to withdrawn),
# so saving it, its revisions or its attachments changes no public page: staff drafting and
# reviewing all day do not empty the cache.
NEVER_PUBLIC_STATES = {"draft", "submitted", "approved"}


def _never_public_record(instance) -> bool:
    record = instance if hasattr(instance, "state") else instance._state.fields_cache.get("record")
    return getattr(record, "state", None) in NEVER_PUBLIC_STATES


def model_changed(sender, instance=None, **kwargs) -> None:
    """post_save/post_delete receiver: bumps for models whose rows public pages show."""
    meta = sender._meta
    if meta.app_label not in PUBLIC_APPS or meta.model_name in PRIVATE_MODELS:
        return
    if meta.app_label == "records" and instance is not None and _never_public_record(instance):
        return
    content_changed()


def _cacheable_request(request) -> bool:
    if request.method != "GET" or seconds() <= 0:
        return False
    if request.path.startswith(SKIP_PREFIXES) or request.path.endswith("/apply/"):
        return False
    return all(name in KEY_COOKIES or name in IGNORED_COOKIES for name in request.COOKIES)


def _cacheable_response(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # the page holds a CSRF token
        return False
    control = response.get("Cache-Control", "").lower()
    return not any(word in control for word in ("no-cache", "no-store", "private"))


def _key(request) -> str:
    parts = [generation(), request.scheme, request.get_host(), request.get_full_path(),
             *(request.COOKIES.get(name, "") for name in KEY_COOKIES)]
    return "page:" + hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


class PortalPageCacheMiddleware:
    """Serves anonymous public pages from the per-process cache; see the module docstring."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        cache = caches[CACHE_ALIAS]
        hit = cache.get(key)
        if hit is not None:
            status, headers, content = hit
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if _cacheable_response(request, response):
            cache.set(key, (response.status_code, list(response.items()), response.content), seconds())
            response[HEADER] = "miss"
        return response
