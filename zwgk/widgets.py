"""Form widgets shared by the staff and public forms."""
from __future__ import annotations

from django import forms

# Typed dates are read in these forms; they are always shown as YYYY-MM-DD.
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日"]


class IsoDateInput(forms.DateInput):
    """A date box that reads and shows YYYY-MM-DD whatever the browser's locale.

    A native `type="date"` shows the browser's locale order (09/26/2025 on an English system)
    and has tab stops inside it whose focus ring is drawn by the browser, not by our styles.
    """

    input_type = "text"

    def __init__(self, attrs=None):
        base = {"inputmode": "numeric", "placeholder": "YYYY-MM-DD", "pattern": r"\d{4}-\d{1,2}-\d{1,2}",
                "autocomplete": "off", "size": "12", "class": "date-input"}
        super().__init__({**base, **(attrs or {})}, format="%Y-%m-%d")


class NumberOnlyInput(forms.NumberInput):
    """A number box that drops a typed value that is not a number (`?n=x`) instead of echoing it.

    `<input type="number" value="x">` is invalid HTML and browsers show it empty anyway; the
    field's error message still says what was wrong.
    """

    def format_value(self, value):
        value = super().format_value(value)
        try:
            float(value)
        except (TypeError, ValueError):
            return None
        return value


def iso_date_field(**kwargs) -> forms.DateField:
    """A DateField with the YYYY-MM-DD widget and the formats staff actually type."""
    return forms.DateField(widget=IsoDateInput(), input_formats=DATE_INPUT_FORMATS, **kwargs)
