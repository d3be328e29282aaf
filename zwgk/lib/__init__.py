"""Shared helpers with one behaviour each, importing no Django and no zwgk app: text decoding,
the zip-bomb guard, dates, HTML to text, query-string integers and the item-tree builder."""
