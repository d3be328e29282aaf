"""Oversight: timeliness dashboard, stale obligations, charts, 自查 report, reminders."""
