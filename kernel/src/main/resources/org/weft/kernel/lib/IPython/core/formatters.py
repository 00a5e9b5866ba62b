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


class PlainTextFormatter:
    """The text/plain settings that %precision and %pprint change: ``float_format`` (how floats
    print, '%r' for repr) and ``pprint`` (False: plain repr instead of the pretty printer).

    One instance per kernel (``PLAIN``), changed by magics on the execution thread and read when
    any thread displays something; each setting is one atomic attribute store.
    """

    def __init__(self):
        self.float_format = "%r"
        self.pprint = True

    # IPython: PlainTextFormatter._float_precision_changed in IPython/core/formatters.py
    def set_float_precision(self, new):
        """'' for repr, an int for that many decimals, or a %-format such as '%e'; the format."""
        if "%" in new:
            fmt = new
            try:
                fmt % 3.14159
            except Exception as e:
                raise ValueError("Precision must be int or format string, not %r" % new) from e
        elif new:
            try:
                fmt = "%%.%if" % int(new)
            except ValueError as e:
                raise ValueError("Precision must be int or format string, not %r" % new) from e
        else:
            fmt = "%r"
        self.float_format = fmt
        return fmt

    def __call__(self, obj):
        if not self.pprint:
            return repr(obj)
        from IPython.lib import pretty
        import io
        stream = io.StringIO()
        printers = None
        if self.float_format != "%r":
            fmt = self.float_format
            printers = dict(pretty._type_pprinters)
            printers[float] = lambda o, p, cycle: p.text(fmt % o)
        printer = pretty.RepresentationPrinter(stream, type_pprinters=printers)
        printer.pretty(obj)
        printer.flush()
        return stream.getvalue()


PLAIN = PlainTextFormatter()


def plain_text(obj):
    """text/plain: IPython's pretty printer (``IPython.lib.pretty``), ``_repr_pretty_`` included,
    with the settings of %precision and %pprint."""
    return PLAIN(obj)
