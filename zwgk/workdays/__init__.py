"""Working-day calendar (工作日). Plain Python: no Django here."""
