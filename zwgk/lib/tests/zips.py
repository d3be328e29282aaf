"""Zip archives built in memory for the tests of every importer's zip-bomb guard."""
import io
import zipfile


def make_zip(entries: dict) -> bytes:
    """A deflated zip of {name: text or bytes}."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()
