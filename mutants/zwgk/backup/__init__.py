"""Backup and restore of a whole installation: the database and the attachments, with a manifest."""
