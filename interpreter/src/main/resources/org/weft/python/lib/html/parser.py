"""A parser for HTML and XHTML: HTMLParser calls handle_* methods as it meets tags, text, references,
comments, declarations and processing instructions. Weft's own implementation of CPython 3.11's
tolerant parser: malformed markup is reported as well as it can be, never rejected.
"""

import re
from html import unescape

__all__ = ["HTMLParser"]

_name_start = re.compile(r"[a-zA-Z]")
_tag_name = re.compile(r"[a-zA-Z][^\t\n\r\f />\x00]*")
_space_or_slash = re.compile(r"(?:\s|/(?!>))*")
_attr_name = re.compile(r"[^\s/>][^\s/=>]*")
_attr_eq = re.compile(r"\s*=+\s*")
_bare_value = re.compile(r"[^>\s]*")
_end_tag = re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_comment_close = re.compile(r"--\s*>")
_marked_close = re.compile(r"]\s*]\s*>")
_charref = re.compile("&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_entityref = re.compile("&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_incomplete = re.compile("&[a-zA-Z#]")
_ref_end = re.compile(r"[\s;]")


class HTMLParser:
    """Find tags and other markup and call handler functions.

    Usage: p = HTMLParser(); p.feed(data); ...; p.close(). Tag and attribute names are lowercased;
    with convert_charrefs (the default) character and entity references in text and attribute
    values are replaced by the characters they stand for.
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance.  Loses all unprocessed data."""
        self.rawdata = ""
        self.lasttag = "???"
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self.__starttag_text = None

    def feed(self, data):
        """Feed data to the parser: as much or as little text as you like (may include '\\n')."""
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        """Handle any buffered data."""
        self.goahead(True)

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()

    def clear_cdata_mode(self):
        self.cdata_elem = None

    def updatepos(self, i, j):
        """Advance the line and column past rawdata[i:j]."""
        if i >= j:
            return j
        nlines = self.rawdata.count("\n", i, j)
        if nlines:
            self.lineno += nlines
            self.offset = j - (self.rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    # --- the scanner --------------------------------------------------------------------------

    def _data(self, text):
        if text:
            self.handle_data(unescape(text) if self.convert_charrefs and not self.cdata_elem else text)

    def goahead(self, end):
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            if self.cdata_elem is not None:
                j = self._find_cdata_end(rawdata, i)
                if j < 0:
                    if not end:
                        # the closing tag may be split across feeds: keep what could be its start
                        k = rawdata.rfind("<", i)
                        j = k if k >= 0 else n
                        if j > i:
                            self.handle_data(rawdata[i:j])
                            i = self.updatepos(i, j)
                        break
                    j = n
            elif self.convert_charrefs:
                j = rawdata.find("<", i)
                if j < 0:
                    # a reference cut by the end of this feed must wait for the rest
                    amp = rawdata.rfind("&", max(i, n - 34))
                    if amp >= 0 and not _ref_end.search(rawdata, amp):
                        break
                    j = n
            else:
                m = re.compile("[&<]").search(rawdata, i)
                j = m.start() if m else n
            if i < j:
                if self.convert_charrefs and not self.cdata_elem:
                    self.handle_data(unescape(rawdata[i:j]))
                else:
                    self.handle_data(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith("<", i):
                k = self._markup(rawdata, i, end)
                if k < 0:
                    if not end:
                        break
                    k = rawdata.find(">", i + 1)
                    if k < 0:
                        k = rawdata.find("<", i + 1)
                        k = i + 1 if k < 0 else k
                    else:
                        k += 1
                    self._data(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                m = _charref.match(rawdata, i)
                if m:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    if rawdata[k - 1] != ";":
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in rawdata[i:]:
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata.startswith("&", i):
                m = _entityref.match(rawdata, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if rawdata[k - 1] != ";":
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                m = _incomplete.match(rawdata, i)
                if m:
                    if end and m.group() == rawdata[i:]:
                        k = m.end()
                        if k <= i:
                            k = n
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
        if end and i < n:
            text = rawdata[i:n]
            if self.convert_charrefs and not self.cdata_elem:
                self.handle_data(unescape(text))
            else:
                self.handle_data(text)
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def _find_cdata_end(self, rawdata, i):
        """Where '</script' (any case, then space, '/' or '>') begins, or -1."""
        pattern = re.compile(r"</%s(?=[\s/>])" % re.escape(self.cdata_elem), re.I)
        m = pattern.search(rawdata, i)
        return m.start() if m else -1

    def _markup(self, rawdata, i, end):
        """Parse the markup at rawdata[i] ('<'); return the index after it, or -1 if incomplete."""
        if _name_start.match(rawdata, i + 1):
            return self.parse_starttag(i)
        if rawdata.startswith("</", i):
            return self.parse_endtag(i)
        if rawdata.startswith("<!--", i):
            return self.parse_comment(i)
        if rawdata.startswith("<?", i):
            return self.parse_pi(i)
        if rawdata.startswith("<!", i):
            return self.parse_html_declaration(i)
        if i + 1 < len(rawdata) or end:
            self.handle_data("<")
            return i + 1
        return -1

    def parse_starttag(self, i):
        rawdata = self.rawdata
        m = _tag_name.match(rawdata, i + 1)
        tag = m.group().lower()
        attrs = []
        k = m.end()
        n = len(rawdata)
        while True:
            k = _space_or_slash.match(rawdata, k).end()
            if k >= n:
                return -1
            if rawdata[k] == ">":
                end = k + 1
                empty = rawdata[k - 1] == "/" and False
                break
            if rawdata.startswith("/>", k):
                end = k + 2
                empty = True
                break
            name_m = _attr_name.match(rawdata, k)
            name = name_m.group()
            k = name_m.end()
            value = None
            eq = _attr_eq.match(rawdata, k)
            if eq:
                k = eq.end()
                if k >= n:
                    return -1
                quote = rawdata[k]
                if quote in "'\"":
                    close = rawdata.find(quote, k + 1)
                    if close < 0:
                        return -1
                    value = rawdata[k + 1:close]
                    k = close + 1
                else:
                    vm = _bare_value.match(rawdata, k)
                    value = vm.group()
                    k = vm.end()
                if value:
                    value = unescape(value)
            attrs.append((name.lower(), value))
        self.__starttag_text = rawdata[i:end]
        self.lasttag = tag
        if empty:
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return end

    def parse_endtag(self, i):
        rawdata = self.rawdata
        gt = rawdata.find(">", i + 1)
        if gt < 0:
            return -1
        gtpos = gt + 1
        m = _end_tag.match(rawdata, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            name = _tag_name.match(rawdata, i + 2)
            if not name:
                if rawdata.startswith("</>", i):
                    return i + 3
                return self.parse_bogus_comment(i)
            after = _space_or_slash.match(rawdata, name.end()).end()
            gt = rawdata.find(">", after)
            self.handle_endtag(name.group().lower())
            return gt + 1
        elem = m.group(1).lower()
        gtpos = m.end()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    def parse_comment(self, i, report=1):
        m = _comment_close.search(self.rawdata, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(self.rawdata[i + 4:m.start()])
        return m.end()

    def parse_bogus_comment(self, i, report=1):
        pos = self.rawdata.find(">", i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(self.rawdata[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        pos = self.rawdata.find(">", i + 2)
        if pos < 0:
            return -1
        self.handle_pi(self.rawdata[i + 2:pos])
        return pos + 1

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        if rawdata.startswith("<![", i):
            m = _marked_close.search(rawdata, i + 3)
            if not m:
                return -1
            self.unknown_decl(rawdata[i + 3:m.start()])
            return m.end()
        if rawdata[i:i + 9].lower() == "<!doctype":
            gtpos = rawdata.find(">", i + 9)
            if gtpos == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gtpos])
            return gtpos + 1
        return self.parse_bogus_comment(i)

    # --- the handlers, overridden by subclasses -----------------------------------------------

    def handle_startendtag(self, tag, attrs):
        """An XHTML-style empty tag <tag/>: by default, a start tag and an end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
