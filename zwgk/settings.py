"""zwgk settings: one module, configured by environment variables with safe defaults.

Variables: DATABASE_URL, ZWGK_DATA_DIR, SECRET_KEY (or SECRET_KEY_FILE), ALLOWED_HOSTS, DEBUG,
ZWGK_MEDIA_MAX_MB, ZWGK_HTTPS, ZWGK_LOGIN_FAILURE_LIMIT, ZWGK_LOGIN_COOLOFF_MINUTES,
ZWGK_SQLITE_BUSY_MS, EMAIL_HOST (SMTP; with EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD[_FILE],
EMAIL_USE_TLS, EMAIL_USE_SSL, DEFAULT_FROM_EMAIL), ZWGK_FEE_SCHEDULE (JSON).
"""
import json
import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote, urlparse

BASE_DIR = Path(__file__).resolve().parent


def envbool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def envint(name, default):
    return int(os.environ.get(name, default))


def envsecret(name, default):
    """Read NAME, or the file named by NAME_FILE (for container secrets)."""
    path = os.environ.get(f"{name}_FILE")
    if path:
        return Path(path).read_text().strip()
    return os.environ.get(name, default)


def parse_database_url(url):
    """Turn sqlite:///path or postgres://user:pass@host:port/name into a DATABASES entry."""
    parts = urlparse(url)
    if parts.scheme == "sqlite":
        # sqlite:///relative/path or sqlite:////absolute/path, as in SQLAlchemy URLs.
        path = unquote(parts.path[1:])
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": path or ":memory:",
            # WAL lets the portal read while staff write; IMMEDIATE avoids lock upgrades mid-transaction.
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                f"PRAGMA busy_timeout={envint('ZWGK_SQLITE_BUSY_MS', 15000)};",
                "transaction_mode": "IMMEDIATE",
            },
            # A worker keeps its connection: opening one (file, PRAGMAs, search functions) costs
            # more than most of a page; idle connections hold no lock.
            "CONN_MAX_AGE": 600,
            "CONN_HEALTH_CHECKS": True,
            "TEST": {"NAME": None},
        }
    if parts.scheme in {"postgres", "postgresql"}:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parts.path.lstrip("/")),
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    raise ValueError(f"DATABASE_URL: unsupported scheme {parts.scheme!r} (use sqlite:/// or postgres://)")


DATA_DIR = Path(os.environ.get("ZWGK_DATA_DIR", "./var")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)
DEBUG = envbool("DEBUG", False)
DEFAULT_SECRET_KEY = "zwgk-insecure-development-key-change-me"
SECRET_KEY = envsecret("SECRET_KEY", DEFAULT_SECRET_KEY)
# The key is public (it is in this file): anyone could forge sessions. `zwgk serve` warns loudly.
SECRET_KEY_IS_DEFAULT = SECRET_KEY == DEFAULT_SECRET_KEY
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h.strip()]

DATABASES = {
    "default": parse_database_url(os.environ.get("DATABASE_URL", f"sqlite:///{DATA_DIR / 'zwgk.sqlite3'}"))
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "zwgk.accounts",
    "zwgk.catalog",
    "zwgk.holidays",
    "zwgk.records",
    "zwgk.search",
    "zwgk.applications",
    "zwgk.annualreport",
    "zwgk.oversight",
    "zwgk.portal",
    "zwgk.api",
    "zwgk.backup",
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions, auth and the rest: a cached anonymous page skips all of them.
    "zwgk.portal.pagecache.PortalPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "zwgk.middleware.NulByteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "zwgk.holidays.services.CalendarScopeMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "zwgk.middleware.StaffNoStoreMiddleware",
    "zwgk.middleware.DatabaseBusyMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one account, or
# from one IP address, further attempts are refused for ZWGK_LOGIN_COOLOFF_MINUTES. Platform
# administrators unlock in /admin/ (访问尝试) or with `zwgk axes_reset_username NAME`.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = envint("ZWGK_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=envint("ZWGK_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False

# Anonymous public pages are cached whole in files shared by the workers (zwgk.portal.pagecache)
# and dropped on any change to what they show; this is only the longest an unchanged page is kept.
ZWGK_PORTAL_CACHE_SECONDS = envint("ZWGK_PORTAL_CACHE_SECONDS", 60)
# How long a cached listing or search page may still be served after a new record is published.
ZWGK_PORTAL_PUBLISH_DELAY_SECONDS = envint("ZWGK_PORTAL_PUBLISH_DELAY_SECONDS", 10)
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "zwgk-default"},
    # Files, so that every worker process serves what one of them rendered.
    "portal": {"BACKEND": "zwgk.portal.pagecache.PageFileCache",
               "LOCATION": str(DATA_DIR / "portal-cache"), "OPTIONS": {"MAX_ENTRIES": 5000}},
}

ROOT_URLCONF = "zwgk.urls"
WSGI_APPLICATION = "zwgk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    }
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise warns on every start when it is missing
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
# Attachments above this size are refused at upload.
ATTACHMENT_MAX_BYTES = envint("ZWGK_MEDIA_MAX_MB", 50) * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# Oversight: a website column with nothing new for this many days is a stale obligation;
# records due within this many working days are "due soon" in reminders.
ZWGK_STALE_COLUMN_DAYS = envint("ZWGK_STALE_COLUMN_DAYS", 180)
ZWGK_REMINDER_SOON_DAYS = envint("ZWGK_REMINDER_SOON_DAYS", 5)

LOGIN_URL = "/staff/login/"
LOGIN_REDIRECT_URL = "/staff/"
LOGOUT_REDIRECT_URL = "/"

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SESSION_COOKIE_SAMESITE = "Lax"
# ZWGK_HTTPS=1 when the site is served over HTTPS (directly or by a proxy): cookies are then never
# sent in clear text and browsers are told to keep to HTTPS. Off by default so `make run` works on http.
ZWGK_HTTPS = envbool("ZWGK_HTTPS", False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = ZWGK_HTTPS
SECURE_HSTS_SECONDS = 31536000 if ZWGK_HTTPS else 0
if ZWGK_HTTPS and os.environ.get("ZWGK_PROXY_SSL_HEADER"):
    # Only behind a proxy that sets (and strips from clients) this header, e.g. X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + os.environ["ZWGK_PROXY_SSL_HEADER"].upper().replace("-", "_"), "https")
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp) on every response: scripts, styles and images only from
# the site's own static files, never inline, so an injected <script> or style="" does nothing.
# Charts are SVG files served by their own URL, their styles turned into attributes.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# E-mail (查询码, 办理进展, reminders): printed to the console unless EMAIL_HOST is set, then SMTP.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = envsecret("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = envbool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = envint("EMAIL_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "zwgk@localhost")

# `zwgk send-reminders`: each producer yields reminder mails (see zwgk/applications/reminders.py).
ZWGK_REMINDER_PRODUCERS = [
    "zwgk.applications.reminders.application_reminders",
    "zwgk.oversight.reminders.unit_deadlines",
    "zwgk.oversight.reminders.agency_obligations",
]
# 信息处理费 tiers (国办函〔2020〕109号), as JSON: {"per_item": {...}, "per_volume": {...}}.
ZWGK_FEE_SCHEDULE = json.loads(os.environ.get("ZWGK_FEE_SCHEDULE", "{}"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

try:  # an optional, git-ignored override for one machine
    from zwgk.local_settings import *  # noqa: F401,F403
except ImportError:
    pass
