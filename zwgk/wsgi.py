"""The WSGI application. `zwgk serve` runs gunicorn with --preload, so the warm-up below runs once in
gunicorn's master process and every worker starts from its result."""
import logging
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zwgk.settings")
application = get_wsgi_application()


def warm_up() -> None:
    """Import every view and build the agencies' working-day calendars now: otherwise each worker
    spends its first requests on it (about 3 s of CPU, seconds of waiting for those visitors)."""
    from django.db import DatabaseError, connections
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 (imports the URLconf and every view module)
    try:
        from zwgk.catalog.models import Agency
        from zwgk.holidays.services import calendar_for_region

        for region in {"", *Agency.objects.values_list("region", flat=True).distinct()}:
            calendar_for_region(region, strict=False)
    except DatabaseError:  # not migrated yet: the workers build what they need themselves
        logging.getLogger(__name__).warning("warm-up skipped: the database is not ready", exc_info=True)
    finally:
        connections.close_all()  # workers are forked from this process: each opens its own


warm_up()
