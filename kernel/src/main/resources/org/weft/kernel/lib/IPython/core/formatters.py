"""The display formatter: an object's representations, one per MIME type.

As IPython's DisplayFormatter: ``_repr_mimebundle_`` first, then each ``_repr_*_`` method an
object defines, then ``text/plain`` (``_repr_pretty_`` or ``repr``). A method returning None
adds nothing; one returning ``(data, metadata)`` adds metadata under its MIME type. Binary image
data is sent base64-encoded, as ipykernel does.
"""

# IPython's order (DisplayFormatter.format_types).
_METHODS = [
    ("text/html", "_repr_html_"),
    ("text/markdown", "_repr_markdown_"),
    ("image/svg+xml", "_repr_svg_"),
    ("image/png", "_repr_png_"),
    ("application/pdf", "_repr_pdf_"),
    ("image/jpeg", "_repr_jpeg_"),
    ("text/latex", "_repr_latex_"),
    ("application/json", "_repr_json_"),
    ("application/javascript", "_repr_javascript_"),
]
_BINARY = {"image/png", "image/jpeg", "application/pdf"}


class DisplayFormatter:
    """format(obj) -> (data, metadata), the content of display_data and execute_result."""

    @property
    def format_types(self):
        return ["text/plain"] + [m for m, _ in _METHODS]

    def format(self, obj, include=None, exclude=None):
        data, metadata = {}, {}
        bundle = _call(obj, "_repr_mimebundle_", include=include, exclude=exclude)
        if bundle is not None:
            if isinstance(bundle, tuple):
                bundle, md = bundle
                metadata.update(md or {})
            data.update(bundle)
        for mime, method in _METHODS:
            if mime in data or not _wanted(mime, include, exclude):
                continue
            value = _call(obj, method)
            if value is None:
                continue
            if isinstance(value, tuple) and len(value) == 2:
                value, md = value
                if md:
                    metadata[mime] = md
            if mime in _BINARY and isinstance(value, (bytes, bytearray)):
                import base64
                value = base64.b64encode(bytes(value)).decode("ascii")
            data[mime] = value
        if "text/plain" not in data and _wanted("text/plain", include, exclude):
            # IPython's formatters run text/plain first: it leads the bundle.
            data = dict([("text/plain", plain_text(obj))] + list(data.items()))
        return data, metadata


def _wanted(mime, include, exclude):
    return (not include or mime in include) and not (exclude and mime in exclude)


def _call(obj, name, **kwargs):
    # Look the method up on the type, as IPython does, so a class object displays as a class.
    if isinstance(obj, type):
        return None
    method = getattr(type(obj), name, None)
    if method is None:
        return None
    try:
        return method(obj, **kwargs) if kwargs else method(obj)
    except NotImplementedError:
        return None


def plain_text(obj):
    """text/plain: IPython's pretty printer (``IPython.lib.pretty``), ``_repr_pretty_`` included."""
    from IPython.lib.pretty import pretty
    return pretty(obj)
