"""The codec registry and the codec functions that the codecs module builds on.

Weft's own implementation. The text codecs run in the interpreter's str.encode and bytes.decode
(Java), which know the error handlers strict, ignore, replace, backslashreplace,
xmlcharrefreplace, surrogateescape and surrogatepass; any other handler name (namereplace, or one
given to register_error) is run here, at Python level, around the same strict codec.
"""

import _thread
import sys as _sys

# Registry state shared by every thread: lists and dicts whose single operations are atomic,
# and a lock so a lookup caches one CodecInfo per name.
_search_functions = []
_cache = {}
_error_handlers = {}
_lock = _thread.RLock()

_NATIVE_ERRORS = frozenset(("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                            "surrogateescape", "surrogatepass"))
# the interpreter's decoders treat xmlcharrefreplace and surrogatepass as strict; the handlers here
# give CPython's TypeError and the UTF-8 surrogate pass
_NATIVE_DECODE_ERRORS = frozenset(("strict", "ignore", "replace", "backslashreplace", "surrogateescape"))


def register(search_function, /):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    with _lock:
        _search_functions.append(search_function)


def unregister(search_function, /):
    """Unregister a codec search function and clear the registry's cache."""
    with _lock:
        if search_function in _search_functions:
            _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding, /):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    if "_weft_encodings" not in _sys.modules:
        import _weft_encodings  # noqa: F401  registers the search function for the built-in codecs
    key = encoding.lower().replace(" ", "_")
    info = _cache.get(key)
    if info is not None:
        return info
    with _lock:
        info = _cache.get(key)
        if info is not None:
            return info
        for search in list(_search_functions):
            result = search(key)
            if result is None:
                continue
            if not isinstance(result, tuple) or len(result) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = result
            return result
    raise LookupError("unknown encoding: %s" % encoding)


def _checked(result, what):
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("%s must return a tuple (object, integer)" % what)
    return result[0]


def _rewrap(exc, verb, name):
    # CPython: _PyErr_TrySetFromCause keeps the exception type and adds the codec's name, for
    # exceptions that their plain message fully describes: BaseException's own constructor
    # (inherited, as by UnicodeError, binascii.Error or a Python subclass without __init__; not
    # UnicodeDecodeError or OSError), at most one argument and that a str, no attributes
    cls = type(exc)
    if (cls.__init__ is not BaseException.__init__ or cls.__new__ is not BaseException.__new__
            or len(exc.args) > 1 or (exc.args and type(exc.args[0]) is not str)
            or getattr(exc, "__dict__", None)):
        return exc
    new = type(exc)("%s with '%s' codec failed (%s: %s)" % (verb, name, type(exc).__name__, exc))
    new.__cause__ = exc
    return new


def encode(obj, encoding="utf-8", errors="strict"):
    """Encodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    try:
        return _checked(info.encode(obj, errors), "encoder")
    except Exception as e:
        new = _rewrap(e, "encoding", info.name)
        if new is e:
            raise
        raise new from e


def decode(obj, encoding="utf-8", errors="strict"):
    """Decodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    try:
        return _checked(info.decode(obj, errors), "decoder")
    except Exception as e:
        new = _rewrap(e, "decoding", info.name)
        if new is e:
            raise
        raise new from e


def _text_codec_info(encoding, verb):
    info = lookup(encoding)
    if getattr(info, "_is_text_encoding", True) is False:
        raise LookupError("'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs"
                          % (encoding, verb))
    return info


def _str_encode(s, encoding, errors, wrap=True):
    """str.encode for what the interpreter does not run itself: a codec only the registry knows,
    or an error handler written in Python. CPython: _PyCodec_EncodeText."""
    info = _text_codec_info(encoding, "encode")
    try:
        result = _checked(info.encode(s, errors), "encoder")
    except Exception as e:
        new = _rewrap(e, "encoding", info.name) if wrap else e
        if new is e:
            raise
        raise new from e
    if isinstance(result, bytearray):
        return bytes(result)
    if not isinstance(result, bytes):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to "
                        "arbitrary types" % (encoding, type(result).__name__))
    return result


def _bytes_decode(data, encoding, errors, wrap=True):
    """bytes.decode through the registry, the counterpart of _str_encode."""
    info = _text_codec_info(encoding, "decode")
    try:
        result = _checked(info.decode(data, errors), "decoder")
    except Exception as e:
        new = _rewrap(e, "decoding", info.name) if wrap else e
        if new is e:
            raise
        raise new from e
    if not isinstance(result, str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to "
                        "arbitrary types" % (encoding, type(result).__name__))
    return result


# --- error handlers ---------------------------------------------------------------------------

def register_error(errors, handler, /):
    """Register the specified error handler under the name errors."""
    if not isinstance(errors, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(errors).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler


def lookup_error(name, /):
    """Return the error handler for the specified error handling name."""
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _wrong_exception(exc):
    return TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc, /):
    """Implements the 'strict' error handling, which raises a UnicodeError on coding errors."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc, /):
    """Implements the 'ignore' error handling, which ignores malformed data and continues."""
    if isinstance(exc, UnicodeError):
        return "", exc.end
    raise _wrong_exception(exc)


def replace_errors(exc, /):
    """Implements the 'replace' error handling, which replaces malformed data with a replacement marker."""
    if isinstance(exc, UnicodeEncodeError):
        return "?" * (exc.end - exc.start), exc.end
    if isinstance(exc, UnicodeDecodeError):
        return "\ufffd", exc.end
    if isinstance(exc, UnicodeTranslateError):
        return "\ufffd" * (exc.end - exc.start), exc.end
    raise _wrong_exception(exc)


def _escape(c):
    if c < 0x100:
        return "\\x%02x" % c
    if c < 0x10000:
        return "\\u%04x" % c
    return "\\U%08x" % c


def backslashreplace_errors(exc, /):
    """Implements the 'backslashreplace' error handling: a backslashed escape sequence."""
    if isinstance(exc, UnicodeDecodeError):
        return "".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return "".join(_escape(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end
    raise _wrong_exception(exc)


def xmlcharrefreplace_errors(exc, /):
    """Implements the 'xmlcharrefreplace' error handling: an XML character reference."""
    if isinstance(exc, UnicodeEncodeError):
        return "".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end
    raise _wrong_exception(exc)


def namereplace_errors(exc, /):
    """Implements the 'namereplace' error handling: a \\N{...} escape sequence."""
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            name = unicodedata.name(c, None)
            out.append(_escape(ord(c)) if name is None else "\\N{%s}" % name)
        return "".join(out), exc.end
    raise _wrong_exception(exc)


def _surrogateescape(exc):
    if isinstance(exc, UnicodeDecodeError):
        out = []
        for b in exc.object[exc.start:exc.end]:
            if b < 128:
                break
            out.append(chr(0xdc00 + b))
            if len(out) == 4:
                break
        if not out:
            raise exc
        return "".join(out), exc.start + len(out)
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            c = ord(c)
            if not 0xdc80 <= c <= 0xdcff:
                raise exc
            out.append(c - 0xdc00)
        return bytes(out), exc.end
    raise _wrong_exception(exc)


def _surrogatepass(exc):
    enc = exc.encoding.lower().replace("_", "-")
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            c = ord(c)
            if not 0xd800 <= c <= 0xdfff:
                raise exc
            if enc in ("utf-8", "utf8"):
                out += bytes((0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)))
            elif enc.startswith("utf-16") or enc.startswith("utf-32"):
                width = 2 if enc.startswith("utf-16") else 4
                order = "big" if enc.endswith("be") else "little"
                out += c.to_bytes(width, order)
            else:
                raise exc
        return bytes(out), exc.end
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.start + 3]
        if enc in ("utf-8", "utf8") and len(data) == 3 and data[0] & 0xf0 == 0xe0 \
                and data[1] & 0xc0 == 0x80 and data[2] & 0xc0 == 0x80:
            c = ((data[0] & 0x0f) << 12) | ((data[1] & 0x3f) << 6) | (data[2] & 0x3f)
            if 0xd800 <= c <= 0xdfff:
                return chr(c), exc.start + 3
        raise exc
    raise _wrong_exception(exc)


for _name, _handler in (("strict", strict_errors), ("ignore", ignore_errors), ("replace", replace_errors),
                        ("backslashreplace", backslashreplace_errors),
                        ("xmlcharrefreplace", xmlcharrefreplace_errors),
                        ("namereplace", namereplace_errors), ("surrogateescape", _surrogateescape),
                        ("surrogatepass", _surrogatepass)):
    _error_handlers[_name] = _handler
del _name, _handler


def _handled(handler, exc, length):
    result = handler(exc)
    if not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[1], int):
        kind = "encoding" if isinstance(exc, UnicodeEncodeError) else "decoding"
        raise TypeError("%s error handler must return (%s, int) tuple"
                        % (kind, "str/bytes" if kind == "encoding" else "str"))
    rep, pos = result
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError("position %d from error handler out of bounds" % result[1])
    return rep, pos


# --- running a strict codec with any error handler --------------------------------------------

def _str_arg(fname, s):
    if not isinstance(s, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (fname, type(s).__name__))


def _bytes_arg(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def text_encode(s, java_name, codec_name, errors):
    """s.encode(java_name, errors), with handlers the interpreter does not know run here."""
    if errors is None:
        errors = "strict"
    if errors in _NATIVE_ERRORS and _error_handlers.get(errors) is _BUILTIN_HANDLERS[errors]:
        return s.encode(java_name, errors)
    out = bytearray()
    if java_name in ("utf-16", "utf-32"):
        # the BOM once, at the start; the pieces (and replacements) in its byte order
        out += "".encode(java_name)
        java_name += "-le"
    pos = 0
    n = len(s)
    while pos < n:
        try:
            out += s[pos:].encode(java_name)
            break
        except UnicodeEncodeError as e:
            start, end = pos + e.start, pos + e.end
            out += s[pos:start].encode(java_name)
            exc = UnicodeEncodeError(codec_name, s, start, end, e.reason)
            rep, pos = _handled(lookup_error(errors), exc, n)
            if isinstance(rep, str):
                try:
                    rep = rep.encode(java_name)
                except UnicodeEncodeError:
                    raise exc from None
            elif not isinstance(rep, (bytes, bytearray)):
                raise TypeError("encoding error handler must return (str/bytes, int) tuple")
            out += rep
    return bytes(out)


def text_decode(data, java_name, codec_name, errors):
    """data.decode(java_name, errors), with handlers the interpreter does not know run here."""
    if errors is None:
        errors = "strict"
    if errors in _NATIVE_DECODE_ERRORS and _error_handlers.get(errors) is _BUILTIN_HANDLERS[errors]:
        return data.decode(java_name, errors)
    out = []
    pos = 0
    n = len(data)
    while pos < n:
        try:
            out.append(data[pos:].decode(java_name))
            break
        except UnicodeDecodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(data[pos:start].decode(java_name))
            exc = UnicodeDecodeError(codec_name, data, start, end, e.reason)
            rep, pos = _handled(lookup_error(errors), exc, n)
            if not isinstance(rep, str):
                raise TypeError("decoding error handler must return (str, int) tuple")
            out.append(rep)
    return "".join(out)


_BUILTIN_HANDLERS = dict(_error_handlers)


def _incomplete_tail(data, java_name):
    """How many bytes at the end of data begin a character that later input may complete."""
    name = java_name.replace("-", "_").lower()
    if name in ("utf_8", "utf8"):
        n = len(data)
        for back in range(1, min(3, n) + 1):
            b = data[n - back]
            if b & 0xc0 == 0x80:
                continue
            need = 2 if 0xc2 <= b <= 0xdf else 3 if 0xe0 <= b <= 0xef else 4 if 0xf0 <= b <= 0xf4 else 0
            return back if back < need else 0
        return 0
    if name.startswith("utf_16"):
        tail = len(data) % 2
        if len(data) - tail >= 2:
            unit = data[len(data) - tail - 2:len(data) - tail]
            value = int.from_bytes(unit, "big" if name.endswith("be") else "little")
            if 0xd800 <= value <= 0xdbff:
                tail += 2
        return tail
    if name.startswith("utf_32"):
        return len(data) % 4
    return 0


def stream_decode(data, java_name, codec_name, errors, final):
    """A decoder's (str, consumed), keeping back an incomplete character unless final."""
    data = _bytes_arg(data)
    keep = 0 if final else _incomplete_tail(data, java_name)
    if keep:
        data = data[:len(data) - keep]
    try:
        return text_decode(data, java_name, codec_name, errors), len(data)
    except UnicodeDecodeError as e:
        # a multibyte charset's truncated last character: wait for more input
        if not final and e.end == len(data) and e.start >= len(data) - 3:
            head = data[:e.start]
            return text_decode(head, java_name, codec_name, errors), len(head)
        raise


# --- the codec functions, named as CPython's _codecs ------------------------------------------

def _make_codec(fname, java_name, codec_name):
    def enc(str, errors=None, /):
        _str_arg(fname + "_encode", str)
        return text_encode(str, java_name, codec_name, errors), len(str)

    def dec(data, errors=None, final=False, /):
        return stream_decode(data, java_name, codec_name, errors, final)

    enc.__name__ = enc.__qualname__ = fname + "_encode"
    dec.__name__ = dec.__qualname__ = fname + "_decode"
    globals()[enc.__name__] = enc
    globals()[dec.__name__] = dec


for _f, _j, _c in (("utf_8", "utf-8", "utf-8"), ("ascii", "ascii", "ascii"), ("latin_1", "latin-1", "latin-1"),
                   ("utf_16_le", "utf-16-le", "utf-16-le"), ("utf_16_be", "utf-16-be", "utf-16-be"),
                   ("utf_32_le", "utf-32-le", "utf-32-le"), ("utf_32_be", "utf-32-be", "utf-32-be")):
    _make_codec(_f, _j, _c)
del _f, _j, _c


def utf_16_encode(str, errors=None, byteorder=0, /):
    _str_arg("utf_16_encode", str)
    name = "utf-16" if byteorder == 0 else "utf-16-le" if byteorder < 0 else "utf-16-be"
    return text_encode(str, name, "utf-16", errors), len(str)


def utf_32_encode(str, errors=None, byteorder=0, /):
    _str_arg("utf_32_encode", str)
    name = "utf-32" if byteorder == 0 else "utf-32-le" if byteorder < 0 else "utf-32-be"
    return text_encode(str, name, "utf-32", errors), len(str)


def _ex_decode(data, errors, byteorder, final, width):
    """(str, consumed, byteorder): a BOM, when byteorder is 0, decides the byte order."""
    data = _bytes_arg(data)
    family = "utf-16" if width == 2 else "utf-32"
    boms = {b"\xff\xfe": -1, b"\xfe\xff": 1} if width == 2 else {b"\xff\xfe\x00\x00": -1, b"\x00\x00\xfe\xff": 1}
    skip = 0
    if byteorder == 0:
        if len(data) < width and not final:
            return "", 0, 0
        found = boms.get(data[:width])
        if found is not None:
            byteorder, skip = found, width
    order = byteorder if byteorder else -1
    name = family + ("-le" if order < 0 else "-be")
    text, used = stream_decode(data[skip:], name, family + ("-le" if order < 0 else "-be"), errors, final)
    return text, used + skip, byteorder


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False, /):
    return _ex_decode(data, errors, byteorder, final, 2)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False, /):
    return _ex_decode(data, errors, byteorder, final, 4)


def utf_16_decode(data, errors=None, final=False, /):
    text, used, _ = _ex_decode(data, errors, 0, final, 2)
    return text, used


def utf_32_decode(data, errors=None, final=False, /):
    text, used, _ = _ex_decode(data, errors, 0, final, 4)
    return text, used


# --- escape codecs ----------------------------------------------------------------------------

_SIMPLE_ESCAPES = {ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}


def unicode_escape_encode(str, errors=None, /):
    _str_arg("unicode_escape_encode", str)
    out = []
    for ch in str:
        c = ord(ch)
        esc = _SIMPLE_ESCAPES.get(c)
        if esc is not None:
            out.append(esc)
        elif 32 <= c < 127:
            out.append(ch)
        else:
            out.append(_escape(c))
    return "".join(out).encode("ascii"), len(str)


def raw_unicode_escape_encode(str, errors=None, /):
    _str_arg("raw_unicode_escape_encode", str)
    out = bytearray()
    for ch in str:
        c = ord(ch)
        if c < 0x100:
            out.append(c)
        else:
            out += _escape(c).encode("ascii")
    return bytes(out), len(str)


def escape_encode(data, errors=None, /):
    if not isinstance(data, bytes):
        raise TypeError("argument 1 must be bytes, not %s" % type(data).__name__)
    out = bytearray()
    for c in data:
        if c == 0x5c:
            out += b"\\\\"
        elif c == 0x27:
            out += b"\\'"
        elif c == 0x09:
            out += b"\\t"
        elif c == 0x0a:
            out += b"\\n"
        elif c == 0x0d:
            out += b"\\r"
        elif c < 32 or c >= 127:
            out += b"\\x%02x" % c
        else:
            out.append(c)
    return bytes(out), len(data)


_BYTE_ESCAPES = {ord("\\"): 0x5c, ord("'"): 0x27, ord('"'): 0x22, ord("a"): 7, ord("b"): 8, ord("f"): 12,
                 ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("v"): 11}


def _unescape(data, errors, text, raw, codec_name):
    """The shared reader of backslash escapes: bytes (escape_decode) or str (unicode escapes)."""
    data = _bytes_arg(data) if not isinstance(data, str) else data.encode("latin-1" if raw else "utf-8")
    out = []
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c != 0x5c:
            out.append(chr(c))
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            if raw:
                out.append("\\")
                break
            return _escape_error(out, data, start, n, "\\ at end of string", errors, text, codec_name)
        c = data[i]
        if raw:
            if c in (0x75, 0x55) and (start == 0 or not _odd_backslashes(data, start)):
                size = 4 if c == 0x75 else 8
                i = _read_hex(out, data, start, i + 1, size, errors, codec_name, True)
                if i < 0:
                    return _escape_error(out, data, start, -i, "truncated \\%sXXXX escape" % chr(c)
                                         if size == 4 else "truncated \\UXXXXXXXX escape", errors, text, codec_name)
                continue
            out.append("\\")
            continue
        i += 1
        if c in _BYTE_ESCAPES:
            out.append(chr(_BYTE_ESCAPES[c]))
        elif c == 0x0a:
            pass
        elif 0x30 <= c <= 0x37:
            value = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    value = value * 8 + data[i] - 0x30
                    i += 1
            out.append(chr(value & 0xff) if not text else chr(value))
        elif c == 0x78:
            j = _read_hex(out, data, start, i, 2, errors, codec_name, text)
            if j < 0:
                if not text:
                    raise ValueError("invalid \\x escape at position %d" % start)
                return _escape_error(out, data, start, -j, "truncated \\xXX escape", errors, text, codec_name)
            i = j
        elif text and c in (0x75, 0x55):
            size = 4 if c == 0x75 else 8
            j = _read_hex(out, data, start, i, size, errors, codec_name, True)
            if j < 0:
                return _escape_error(out, data, start, -j, "truncated \\uXXXX escape" if size == 4
                                     else "truncated \\UXXXXXXXX escape", errors, text, codec_name)
            i = j
        elif text and c == 0x4e:
            i = _read_name(out, data, start, i, errors, codec_name)
        else:
            out.append("\\")
            out.append(chr(c))
    result = "".join(out)
    if not text:
        return result.encode("latin-1"), n
    return result, n


def _odd_backslashes(data, pos):
    count = 0
    while pos > 0 and data[pos - 1] == 0x5c:
        count += 1
        pos -= 1
    return count % 2 == 1


def _read_hex(out, data, start, i, size, errors, codec_name, text):
    digits = data[i:i + size]
    if len(digits) < size or any(chr(d) not in "0123456789abcdefABCDEF" for d in digits):
        end = i
        while end < len(data) and end < i + size and chr(data[end]) in "0123456789abcdefABCDEF":
            end += 1
        return -end
    value = int(digits.decode("ascii"), 16)
    if value > 0x10ffff:
        raise UnicodeDecodeError(codec_name, bytes(data), start, i + size, "illegal Unicode character")
    out.append(chr(value))
    return i + size


def _read_name(out, data, start, i, errors, codec_name):
    import unicodedata
    if i < len(data) and data[i] == 0x7b:
        end = data.find(b"}", i + 1)
        if end > i + 1:
            try:
                out.append(unicodedata.lookup(data[i + 1:end].decode("ascii")))
                return end + 1
            except (KeyError, UnicodeDecodeError):
                pass
    raise UnicodeDecodeError(codec_name, bytes(data), start, len(data) if data.find(b"}", i) < 0
                             else data.find(b"}", i) + 1, "malformed \\N character escape")


def _escape_error(out, data, start, end, reason, errors, text, codec_name):
    if not text:
        raise ValueError(reason)
    raise UnicodeDecodeError(codec_name, bytes(data), start, end, reason)


def escape_decode(data, errors=None, /):
    if isinstance(data, str):
        data = data.encode("latin-1")
    return _unescape(data, errors, False, False, "escape")


def unicode_escape_decode(data, errors=None, final=True, /):
    return _unescape(data, errors, True, False, "unicodeescape")


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    return _unescape(data, errors, True, True, "rawunicodeescape")


# --- charmap codecs ---------------------------------------------------------------------------

def charmap_build(map, /):
    return {ord(c): i for i, c in enumerate(map)}


def charmap_encode(str, errors=None, mapping=None, /):
    _str_arg("charmap_encode", str)
    if mapping is None:
        return latin_1_encode(str, errors)
    out = bytearray()
    for i, ch in enumerate(str):
        v = mapping.get(ord(ch)) if hasattr(mapping, "get") else _lookup(mapping, ord(ch))
        if v is None:
            exc = UnicodeEncodeError("charmap", str, i, i + 1, "character maps to <undefined>")
            rep, _ = _handled(lookup_error(errors or "strict"), exc, len(str))
            out += rep.encode("ascii") if isinstance(rep, type("")) else rep
        elif isinstance(v, int):
            out.append(v)
        else:
            out += v
    return bytes(out), len(str)


def _lookup(mapping, key):
    try:
        return mapping[key]
    except (LookupError, TypeError):
        return None


def charmap_decode(data, errors=None, mapping=None, /):
    data = _bytes_arg(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    for i, b in enumerate(data):
        v = mapping[b] if isinstance(mapping, type("")) and b < len(mapping) else \
            (None if isinstance(mapping, type("")) else _lookup(mapping, b))
        if v is None or v == "\ufffe":
            exc = UnicodeDecodeError("charmap", data, i, i + 1, "character maps to <undefined>")
            rep, _ = _handled(lookup_error(errors or "strict"), exc, len(data))
            out.append(rep)
        elif isinstance(v, int):
            out.append(chr(v))
        else:
            out.append(v)
    return "".join(out), len(data)


def readbuffer_encode(data, errors=None, /):
    data = data.encode("utf-8") if isinstance(data, str) else _bytes_arg(data)
    return data, len(data)

# C code in CPython: tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
