"""Various display related classes, as IPython 8's IPython.lib.display: IFrame, YouTubeVideo,
VimeoVideo, FileLink, FileLinks and Audio (from a file, a URL or encoded bytes)."""

import base64
import os

from IPython.core.display import DisplayObject

__all__ = ["Audio", "IFrame", "YouTubeVideo", "VimeoVideo", "ScribdDocument", "FileLink",
           "FileLinks"]


def html_escape(text, quote=True):
    """html.escape (the stdlib's html module is not part of this kernel)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text


def _urlencode(params):
    safe = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~"

    def quote(value):
        return "".join(c if c in safe else "+" if c == " " else
                       "".join("%%%02X" % b for b in c.encode("utf-8")) for c in str(value))

    return "&".join(quote(k) + "=" + quote(v) for k, v in params.items())


class IFrame(object):
    """
    Generic class to embed an iframe in an IPython notebook
    """

    iframe = """
        <iframe
            width="{width}"
            height="{height}"
            src="{src}{params}"
            frameborder="0"
            allowfullscreen
            {extras}
        ></iframe>
        """

    def __init__(self, src, width, height, extras=None, **kwargs):
        self.src = src
        self.width = width
        self.height = height
        self.extras = [] if extras is None else extras
        self.params = kwargs

    def _repr_html_(self):
        """return the embed iframe"""
        params = "?" + _urlencode(self.params) if self.params else ""
        return self.iframe.format(src=self.src, width=self.width, height=self.height,
                                  params=params, extras=" ".join(self.extras))


class YouTubeVideo(IFrame):
    """Class for embedding a YouTube Video in an IPython session, based on its video id."""

    def __init__(self, id, width=400, height=300, allow_autoplay=False, **kwargs):
        self.id = id
        src = "https://www.youtube.com/embed/{0}".format(id)
        if allow_autoplay:
            extras = list(kwargs.get("extras", [])) + ['allow="autoplay"']
            kwargs.update(autoplay=1, extras=extras)
        super().__init__(src, width, height, **kwargs)


class VimeoVideo(IFrame):
    """Class for embedding a Vimeo video in an IPython session, based on its video id."""

    def __init__(self, id, width=400, height=300, **kwargs):
        super().__init__("https://player.vimeo.com/video/{0}".format(id), width, height, **kwargs)


class ScribdDocument(IFrame):
    """Class for embedding a Scribd document in an IPython session."""

    def __init__(self, id, width=400, height=300, **kwargs):
        super().__init__("https://www.scribd.com/embeds/{0}/content".format(id), width, height,
                         **kwargs)


class FileLink(object):
    """Class for embedding a local file link in an IPython session, based on path."""

    html_link_str = "<a href='%s' target='_blank'>%s</a>"

    def __init__(self, path, url_prefix="", result_html_prefix="", result_html_suffix="<br>"):
        if os.path.isdir(path):
            raise ValueError("Cannot display a directory using FileLink. "
                             "Use FileLinks to display '%s'." % path)
        path = os.fspath(path)
        self.path = path.decode("utf-8", "surrogateescape") if isinstance(path, bytes) else path
        self.url_prefix = url_prefix
        self.result_html_prefix = result_html_prefix
        self.result_html_suffix = result_html_suffix

    def _format_path(self):
        fp = "".join([self.url_prefix, html_escape(self.path)])
        return "".join([self.result_html_prefix,
                        self.html_link_str % (fp, html_escape(self.path, quote=False)),
                        self.result_html_suffix])

    def _repr_html_(self):
        """return html link to file"""
        if not os.path.exists(self.path):
            return ("Path (<tt>%s</tt>) doesn't exist. "
                    "It may still be in the process of "
                    "being generated, or you may have the "
                    "incorrect path." % self.path)
        return self._format_path()

    def __repr__(self):
        """return absolute path to file"""
        return os.path.abspath(self.path)


class FileLinks(FileLink):
    """Class for embedding local file links in an IPython session, based on path."""

    def __init__(self, path, url_prefix="", included_suffixes=None, result_html_prefix="",
                 result_html_suffix="<br>", recursive=True):
        if os.path.isfile(path):
            raise ValueError("Cannot display a file using FileLinks. "
                             "Use FileLink to display '%s'." % path)
        self.path = path
        self.url_prefix = url_prefix
        self.included_suffixes = included_suffixes
        self.result_html_prefix = result_html_prefix
        self.result_html_suffix = result_html_suffix
        self.recursive = recursive

    def _files(self):
        for dirname, subdirs, fnames in os.walk(self.path):
            subdirs.sort()
            names = sorted(f for f in fnames if self.included_suffixes is None
                           or os.path.splitext(f)[1] in self.included_suffixes)
            if names:
                yield dirname, names
            if not self.recursive:
                break

    def _repr_html_(self):
        out = []
        for dirname, names in self._files():
            out.append(self.result_html_prefix + html_escape(dirname, quote=False) + "/"
                       + self.result_html_suffix)
            for name in names:
                link = FileLink(os.path.join(dirname, name), self.url_prefix,
                                self.result_html_prefix + "&nbsp;&nbsp;", self.result_html_suffix)
                out.append(link._format_path().replace(
                    ">" + html_escape(link.path, quote=False) + "<", ">" + html_escape(name, quote=False) + "<"))
        return "\n".join(out)

    def __repr__(self):
        out = []
        for dirname, names in self._files():
            out.append(dirname + "/")
            out.extend("  " + name for name in names)
        return "\n".join(out)


_AUDIO_TYPES = {".wav": "audio/x-wav", ".mp3": "audio/mpeg", ".ogg": "audio/ogg",
                ".oga": "audio/ogg", ".flac": "audio/flac", ".m4a": "audio/mp4"}


class Audio(DisplayObject):
    """An audio player from a file, a URL or encoded bytes (WAV, MP3, OGG...).

    Unlike IPython's, a list or array of samples with ``rate=`` is not turned into WAV here.
    """

    _read_flags = "rb"

    def __init__(self, data=None, filename=None, url=None, embed=None, rate=None,
                 autoplay=False, normalize=True, *, element_id=None):
        if filename is None and url is None and data is None:
            raise ValueError("No audio data found. Expecting filename, url, or data.")
        if embed is False and url is None:
            raise ValueError("No url found. Expecting url when embed=False")
        self.embed = embed if embed is not None else url is None
        self.autoplay = autoplay
        self.element_id = element_id
        if data is not None and not isinstance(data, (bytes, str)):
            raise ValueError("Audio from samples needs numpy; pass WAV bytes, a file or a URL")
        super().__init__(data=data, url=url, filename=filename)
        self.mimetype = "audio/wav"
        if self.filename is not None:
            self.mimetype = _AUDIO_TYPES.get(os.path.splitext(self.filename)[1].lower(), "audio/wav")
        elif self.url is not None:
            self.mimetype = _AUDIO_TYPES.get(os.path.splitext(self.url)[1].lower(), "audio/wav")

    def _repr_html_(self):
        src = """
                <audio {element_id} controls="controls" {autoplay}>
                    <source src="{src}" type="{type}" />
                    Your browser does not support the audio element.
                </audio>
              """
        return src.format(src=self.src_attr(), type=self.mimetype, autoplay=self.autoplay_attr(),
                          element_id=self.element_id_attr())

    def src_attr(self):
        if self.embed and self.data is not None:
            data = base64.b64encode(self.data).decode("ascii")
            return "data:{type};base64,{base64}".format(type=self.mimetype, base64=data)
        if self.url is not None:
            return self.url
        return ""

    def autoplay_attr(self):
        return 'autoplay="autoplay"' if self.autoplay else ""

    def element_id_attr(self):
        return 'id="{element_id}"'.format(element_id=self.element_id) if self.element_id else ""
