"""Escaping helpers for XML text and attribute values."""

__all__ = ["escape", "unescape", "quoteattr"]


def _replace_all(data, entities):
    for key, value in entities.items():
        data = data.replace(key, value)
    return data


def escape(data, entities={}):
    """Escapes &, < and > in data, then applies the extra entities map."""
    data = data.replace("&", "&amp;")
    data = data.replace(">", "&gt;")
    data = data.replace("<", "&lt;")
    if entities:
        data = _replace_all(data, entities)
    return data


def unescape(data, entities={}):
    """Turns &lt;, &gt; and &amp; (and the extra entities) back into text."""
    data = data.replace("&lt;", "<")
    data = data.replace("&gt;", ">")
    if entities:
        data = _replace_all(data, entities)
    # &amp; last, so that "&amp;lt;" becomes "&lt;" and not "<".
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """Escapes data for use as an attribute value and adds the quotes.

    Double quotes are used unless the value contains one and no single
    quote; newlines, tabs and carriage returns become character references.
    """
    entities = {**entities, "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
    data = escape(data, entities)
    if '"' in data:
        if "'" in data:
            data = '"%s"' % data.replace('"', "&quot;")
        else:
            data = "'%s'" % data
    else:
        data = '"%s"' % data
    return data
