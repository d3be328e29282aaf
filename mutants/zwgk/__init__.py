"""zwgk (政务公开): government information disclosure, from catalog to annual report."""
