"""Back-office views."""
