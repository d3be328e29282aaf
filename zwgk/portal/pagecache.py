"""Whole-page cache for anonymous visitors of the public portal and search.

An anonymous GET of a public page is answered from the cache when the same page (path, query
string, host, 适老化 mode) was rendered since the last change to what it shows. The cache lives in
files under ZWGK_DATA_DIR, shared by every worker process, so a page is rendered once for all of
them. Two *generation* stamps, files that a request checks with one stat() each, say what changed:

- the change stamp: a public record edited, withdrawn or deleted; an attachment of one; a
  catalog, item, unit, agency or calendar day saved or deleted. It is part of every cache key, so
  a page from before such a change is never served again, in any process: a withdrawn record or
  a corrected mistake disappears at once.
- the publication stamp: a record published for the first time (one by one or imported). Such a
  record only adds to listings, feeds and search results; a page rendered before it is still
  served for up to ZWGK_PORTAL_PUBLISH_DELAY_SECONDS (default 10) after it, then rendered anew.
  So a burst of publications costs each busy page one rendering per delay, not one per
  publication. Staff are logged in and never see cached pages.

Stamps are bumped when the transaction making the change commits (once, however many rows it
saves: an import costs one bump, not thousands), which is when other processes can see the
change; while a process has uncommitted public changes it neither reads nor fills the cache, so
it never gets a page from before its own change. Saving a record that has never been public (a
draft, submitted or approved) or its revisions and attachments bumps nothing. Entries also expire
after ZWGK_PORTAL_CACHE_SECONDS (default 60, 0 turns the cache off) because some pages show
today's date and timeliness.

Never cached: staff, admin, API, tracking and application pages; requests carrying a session or
messages cookie; responses that set a cookie, carry a CSRF token, say no-cache/no-store/private,
stream, or are not 200.
"""
from __future__ import annotations

import functools
import hashlib
import os
import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
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
CHANGE_STAMP = "portal-cache-generation"
PUBLICATION_STAMP = "portal-cache-publications"


class PageFileCache(FileBasedCache):
    """Django's file cache, counting its files at most every CULL_SECONDS per process: the stock
    one lists the whole directory on every store, milliseconds once thousands of pages are kept."""

    CULL_SECONDS = 10
    _culled_at = float("-inf")

    def _cull(self):
        now = time.monotonic()
        if now - self._culled_at >= self.CULL_SECONDS:
            type(self)._culled_at = now
            super()._cull()


def seconds() -> int:
    return int(getattr(settings, "ZWGK_PORTAL_CACHE_SECONDS", 60))


def publish_delay() -> float:
    return float(getattr(settings, "ZWGK_PORTAL_PUBLISH_DELAY_SECONDS", 10))


def _stamp_path(name: str) -> str:
    return os.path.join(str(settings.DATA_DIR), name)


def _stamp(name: str) -> str:
    try:
        st = os.stat(_stamp_path(name))
    except FileNotFoundError:
        return "0"
    return f"{st.st_mtime_ns}.{st.st_ino}.{st.st_size}"


def generation() -> str:
    """The change stamp: a new value whenever `bump` runs, in any process on this machine."""
    return _stamp(CHANGE_STAMP)


def publications() -> str:
    """The publication stamp: a new value whenever `bump(publication=True)` runs."""
    return _stamp(PUBLICATION_STAMP)


def bump(publication: bool = False) -> None:
    """Start a new generation: every page cached so far is stale in every worker (at once, or
    after the publish delay for a first publication)."""
    path = _stamp_path(PUBLICATION_STAMP if publication else CHANGE_STAMP)
    tmp = f"{path}.{os.getpid()}.{uuid.uuid4().hex}"
    with open(tmp, "w") as fh:
        fh.write(uuid.uuid4().hex)
    os.replace(tmp, path)  # a new inode: the stamp differs even within one mtime tick


def _queued(connection) -> dict | None:
    """The kinds of change this process queued for the current transaction's commit, if any."""
    pending = connection.__dict__.get("_portal_pending")
    # Django starts a new run_on_commit list at every commit and rollback (and when a savepoint
    # is rolled back): while the list is the one we queued our bump in, it is still queued.
    if pending is not None and pending[0] is connection.run_on_commit and connection.in_atomic_block:
        return pending[1]
    return None


def has_uncommitted_changes() -> bool:
    """True while this process's open transaction has changed public content."""
    return _queued(transaction.get_connection()) is not None


def content_changed(*, publication: bool = False, **kwargs) -> None:
    """Public content may have changed (publication: only records published for the first time
    were added). O(1) per change; the stamp is bumped once at the commit."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        bump(publication)  # autocommit: the change is visible now
        return
    kinds = _queued(connection)
    if kinds is None:
        kinds = {"change": False, "publication": False}
        connection._portal_pending = (connection.run_on_commit, kinds)
        transaction.on_commit(functools.partial(_bump_on_commit, kinds))
    kinds["publication" if publication else "change"] = True


def _bump_on_commit(kinds: dict) -> None:
    if kinds["change"]:
        bump()
    elif kinds["publication"]:
        bump(publication=True)


def records_changed(sender, records=(), created=False, **kwargs) -> None:
    """Receiver of records_changed: a first publication or an import of new records only adds."""
    first = created or (bool(records) and all(getattr(r, "just_published", False) for r in records))
    content_changed(publication=first)


PUBLIC_APPS = {"catalog", "records", "holidays", "annualreport"}
# Rows of the public apps that no public page shows.
PRIVATE_MODELS = {"auditevent", "auditchainhead", "indexcounter"}
# A record in these states has never been public (published records only move on to withdrawn),
# so saving it, its revisions or its attachments changes no public page: staff drafting and
# reviewing all day do not empty the cache.
NEVER_PUBLIC_STATES = {"draft", "submitted", "approved"}


def _record_of(instance):
    return instance if hasattr(instance, "state") else instance._state.fields_cache.get("record")


def model_changed(sender, instance=None, **kwargs) -> None:
    """post_save/post_delete receiver: bumps for models whose rows public pages show."""
    meta = sender._meta
    if meta.app_label not in PUBLIC_APPS or meta.model_name in PRIVATE_MODELS:
        return
    record = _record_of(instance) if meta.app_label == "records" and instance is not None else None
    if getattr(record, "state", None) in NEVER_PUBLIC_STATES:
        return
    # The revision written as a record is first published only adds that record.
    content_changed(publication=getattr(record, "just_published", False) and kwargs.get("created", False))


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
        if not _cacheable_request(request) or has_uncommitted_changes():
            return self.get_response(request)
        key, published = _key(request), publications()
        cache = caches[CACHE_ALIAS]
        hit = cache.get(key)
        if hit is not None:
            status, headers, content, published_then, rendered_at = hit
            if published_then == published or time.time() - rendered_at < publish_delay():
                response = HttpResponse(content, status=status)
                for name, value in headers:
                    response[name] = value
                response[HEADER] = "hit"
                return response
        rendered_at = time.time()
        response = self.get_response(request)
        if _cacheable_response(request, response) and not has_uncommitted_changes():
            entry = (response.status_code, list(response.items()), response.content, published, rendered_at)
            cache.set(key, entry, seconds())
            response[HEADER] = "miss"
        return response
