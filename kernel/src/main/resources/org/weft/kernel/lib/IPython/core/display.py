"""Display objects (HTML, Markdown, Latex, Math, SVG, JSON, Javascript, Image, Pretty), as in
IPython 8: each wraps data and shows it through one ``_repr_*_`` method."""

import base64
import json as _json
import os

from IPython.core.display_functions import (  # noqa: F401  (re-exported, as IPython does)
    display, update_display, clear_output, DisplayHandle, publish_display_data)

__all__ = ["display", "update_display", "clear_output", "DisplayHandle", "publish_display_data",
           "DisplayObject", "TextDisplayObject", "HTML", "Markdown", "Latex", "Math", "SVG",
           "JSON", "Javascript", "Image", "Pretty", "Code", "Video", "ProgressBar",
           "display_html", "display_markdown", "display_latex", "display_svg", "display_json",
           "display_javascript", "display_png", "display_jpeg", "display_pretty"]


class DisplayObject:
    """Data to display, given directly, from a file (``filename``) or, for images, a URL."""

    _read_flags = "r"

    def __init__(self, data=None, url=None, filename=None, metadata=None):
        if isinstance(data, (str, os.PathLike)) and not isinstance(data, str):
            data = os.fspath(data)
        if data is not None and isinstance(data, str) and filename is None and url is None:
            if data.startswith(("http://", "https://")):
                url, data = data, None
            elif _is_file(data):
                filename, data = data, None
        self.data = data
        self.url = url
        self.filename = filename
        self.metadata = {} if metadata is None else metadata
        self.reload()
        self._check_data()

    def __repr__(self):
        # IPython shows display objects without an address, so notebooks print the same every run.
        return "<%s.%s object>" % (self.__class__.__module__, self.__class__.__name__)

    def _check_data(self):
        pass

    def _data_and_metadata(self):
        return (self.data, self.metadata) if self.metadata else self.data

    def reload(self):
        """Reads the file again (data given by filename)."""
        if self.filename is not None:
            encoding = None if "b" in self._read_flags else "utf-8"
            with open(self.filename, self._read_flags, encoding=encoding) as f:
                self.data = f.read()


def _is_file(s):
    try:
        return len(s) < 4096 and "\n" not in s and os.path.isfile(s)
    except (OSError, ValueError):
        return False


class TextDisplayObject(DisplayObject):
    def _check_data(self):
        if self.data is not None and not isinstance(self.data, str):
            raise TypeError("%s expects text, not %r" % (self.__class__.__name__, self.data))


class Pretty(TextDisplayObject):
    def _repr_pretty_(self, pp, cycle):
        return pp.text(self.data)


class HTML(TextDisplayObject):
    def _repr_html_(self):
        return self._data_and_metadata()

    def __html__(self):
        return self._repr_html_()


class Markdown(TextDisplayObject):
    def _repr_markdown_(self):
        return self._data_and_metadata()


class Math(TextDisplayObject):
    def _repr_latex_(self):
        s = r"$\displaystyle %s$" % self.data.strip("$")
        return (s, self.metadata) if self.metadata else s


class Latex(TextDisplayObject):
    def _repr_latex_(self):
        return self._data_and_metadata()


class SVG(DisplayObject):
    """SVG text; only the <svg> element is kept, as IPython does."""

    def _check_data(self):
        if isinstance(self.data, bytes):
            self.data = self.data.decode("utf-8")
        if isinstance(self.data, str):
            start = self.data.find("<svg")
            if start > 0:
                self.data = self.data[start:]

    def _repr_svg_(self):
        return self._data_and_metadata()


class Javascript(TextDisplayObject):
    def __init__(self, data=None, url=None, filename=None, lib=None, css=None):
        self.lib = [lib] if isinstance(lib, str) else (lib or [])
        self.css = [css] if isinstance(css, str) else (css or [])
        super().__init__(data=data, url=url, filename=filename)

    def _repr_javascript_(self):
        r = ""
        for c in self.css:
            r += ('var link = document.createElement("link"); link.rel = "stylesheet"; '
                  'link.type = "text/css"; link.href = "%s"; '
                  'document.querySelector("head").appendChild(link);\n' % c)
        return r + (self.data or "")


class JSON(DisplayObject):
    """JSON data, shown as a collapsible tree by JupyterLab."""

    def __init__(self, data=None, url=None, filename=None, expanded=False, metadata=None,
                 root="root", **kwargs):
        self.metadata = {"expanded": expanded, "root": root}
        if metadata:
            self.metadata.update(metadata)
        if kwargs:
            self.metadata.update(kwargs)
        super().__init__(data=data, url=url, filename=filename, metadata=self.metadata)

    def _check_data(self):
        if isinstance(self.data, str):
            self.data = _json.loads(self.data)
        if self.data is not None and not isinstance(self.data, (dict, list)):
            raise TypeError("%s expects JSONable dict or list, not %r"
                            % (self.__class__.__name__, self.data))

    def _repr_json_(self):
        return self.data, self.metadata


_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8"


class Image(DisplayObject):
    """A PNG or JPEG image from bytes, a file or a URL; width and height in pixels."""

    _read_flags = "rb"
    _FMT_JPEG = "jpeg"
    _FMT_PNG = "png"
    _ACCEPTABLE = {"png": "png", "jpeg": "jpeg", "jpg": "jpeg"}

    def __init__(self, data=None, url=None, filename=None, format=None, embed=None,
                 width=None, height=None, retina=False, unconfined=False, metadata=None, alt=None):
        if filename is not None:
            ext = os.path.splitext(filename)[1][1:].lower()
        elif url is not None:
            ext = url.rsplit(".", 1)[-1].lower()
        elif isinstance(data, str) and not data.startswith(("http://", "https://")) and _is_file(data):
            ext = os.path.splitext(data)[1][1:].lower()
        else:
            ext = None
        if format is None and ext in self._ACCEPTABLE:
            format = self._ACCEPTABLE[ext]
        if isinstance(data, bytes) and format is None:
            format = self._FMT_JPEG if data[:2] == _JPEG else self._FMT_PNG
        self.format = (format or "png").lower()
        if self.format == "jpg":
            self.format = "jpeg"
        if self.format not in ("png", "jpeg"):
            raise ValueError("Cannot embed the '%s' image format" % self.format)
        self.embed = embed if embed is not None else (url is None)
        self.width, self.height, self.retina, self.unconfined, self.alt = \
            width, height, retina, unconfined, alt
        super().__init__(data=data, url=url, filename=filename, metadata=metadata)
        if self.width is None and self.metadata.get("width"):
            self.width = self.metadata["width"]
        if self.height is None and self.metadata.get("height"):
            self.height = self.metadata["height"]

    def _image_metadata(self):
        md = {}
        if self.metadata:
            md.update(self.metadata)
        if self.width:
            md["width"] = self.width
        if self.height:
            md["height"] = self.height
        if self.unconfined:
            md["unconfined"] = self.unconfined
        if self.alt:
            md["alt"] = self.alt
        return md

    def _data_and_metadata(self, always_both=False):
        data = base64.b64encode(self.data).decode("ascii") if self.data is not None else None
        md = self._image_metadata()
        return (data, md) if md or always_both else data

    def _repr_html_(self):
        if self.embed:
            return None
        attrs = ""
        if self.width:
            attrs += ' width="%d"' % self.width
        if self.height:
            attrs += ' height="%d"' % self.height
        return '<img src="%s"%s/>' % (self.url, attrs)

    def _repr_png_(self):
        if self.embed and self.format == self._FMT_PNG:
            return self._data_and_metadata()
        return None

    def _repr_jpeg_(self):
        if self.embed and self.format == self._FMT_JPEG:
            return self._data_and_metadata()
        return None


class Code(TextDisplayObject):
    """Source code shown as a code block."""

    def __init__(self, data=None, url=None, filename=None, language=None):
        self.language = language
        super().__init__(data=data, url=url, filename=filename)

    def _repr_markdown_(self):
        return "```%s\n%s\n```" % (self.language or "", self.data)

    def __repr__(self):
        return self.data or ""


_VIDEO_TYPES = {".mp4": "video/mp4", ".webm": "video/webm", ".ogv": "video/ogg",
                ".ogg": "video/ogg", ".mov": "video/quicktime", ".m4v": "video/mp4"}


class Video(DisplayObject):
    """A video from a URL, a local file (shown by URL unless embed=True) or bytes (embed=True)."""

    def __init__(self, data=None, url=None, filename=None, embed=False, mimetype=None,
                 width=None, height=None, html_attributes="controls"):
        if isinstance(data, os.PathLike):
            data = os.fspath(data)
        if url is None and isinstance(data, str) and data.startswith(("http:", "https:")):
            url, data = data, None
        elif isinstance(data, str) and os.path.exists(data):
            filename, data = data, None
        if data and not embed:
            raise ValueError("To embed videos, you must pass embed=True (this may make your "
                             "notebook files huge)\nConsider passing Video(url='...')")
        self.mimetype = mimetype
        self.embed = embed
        self.width = width
        self.height = height
        self.html_attributes = html_attributes
        self._embed_file = filename if embed else None
        super().__init__(data=data, url=url, filename=filename if embed else None)
        if not embed:
            self.filename = filename

    def _repr_html_(self):
        width = ' width="%d"' % self.width if self.width else ""
        height = ' height="%d"' % self.height if self.height else ""
        if not self.embed:
            url = self.url if self.url is not None else self.filename
            return """<video src="{0}" {1} {2} {3}>
      Your browser does not support the <code>video</code> element.
    </video>""".format(url, self.html_attributes, width, height)
        mimetype = self.mimetype
        if mimetype is None and self.filename is not None:
            mimetype = _VIDEO_TYPES.get(os.path.splitext(self.filename)[1].lower())
        data = self.data if isinstance(self.data, str) else base64.b64encode(self.data).decode("ascii")
        return """<video {0} {1} {2}>
 <source src="data:{3};base64,{4}" type="{3}">
 Your browser does not support the video tag.
 </video>""".format(self.html_attributes, width, height, mimetype, data)

    def reload(self):
        if self.filename is not None and self.embed:
            with open(self.filename, "rb") as f:
                self.data = f.read()


class ProgressBar(DisplayObject):
    """Progressbar supports displaying a progressbar like element"""

    def __init__(self, total):
        self.total = total
        self._progress = 0
        self.html_width = "60ex"
        self.text_width = 60
        self._display_id = os.urandom(8).hex()

    def __repr__(self):
        fraction = self.progress / self.total
        filled = "=" * int(fraction * self.text_width)
        rest = " " * (self.text_width - len(filled))
        return "[{}{}] {}/{}".format(filled, rest, self.progress, self.total)

    def _repr_html_(self):
        return "<progress style='width:{}' max='{}' value='{}'></progress>".format(
            self.html_width, self.total, self.progress)

    def display(self):
        display(self, display_id=self._display_id)

    def update(self):
        display(self, display_id=self._display_id, update=True)

    @property
    def progress(self):
        return self._progress

    @progress.setter
    def progress(self, value):
        self._progress = value
        self.update()

    def __iter__(self):
        self.display()
        self._progress = -1  # First iteration is 0
        return self

    def __next__(self):
        """Returns current value and increments display by one."""
        self.progress += 1
        if self.progress < self.total:
            return self.progress
        raise StopIteration()


def _display_mime(mime):
    def show(*objs, raw=False, metadata=None):
        for obj in objs:
            if raw:
                display({mime: obj}, raw=True, metadata=metadata)
            else:
                display(obj, include=[mime], metadata=metadata)
    show.__name__ = "display_" + mime.split("/")[-1].replace("+xml", "")
    return show


display_html = _display_mime("text/html")
display_markdown = _display_mime("text/markdown")
display_latex = _display_mime("text/latex")
display_svg = _display_mime("image/svg+xml")
display_json = _display_mime("application/json")
display_javascript = _display_mime("application/javascript")
display_png = _display_mime("image/png")
display_jpeg = _display_mime("image/jpeg")
display_pretty = _display_mime("text/plain")
