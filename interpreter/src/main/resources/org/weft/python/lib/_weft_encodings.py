"""The codec search function for the encodings Weft knows: what CPython's encodings package does.

Text encodings run in the interpreter's own codecs (UTF-8/16/32, ASCII, Latin-1) or the JDK's
charsets (code pages, CJK); the escape codecs, utf-8-sig and the bytes-to-bytes codecs (hex,
base64, quopri, zlib) and rot13 are written here. Each CodecInfo is built once and cached by
_codecs.lookup.
"""

import _codecs
import _weft_stdlib
import codecs

# Alias -> canonical name, for the names whose canonical form is not just the alias with '-' and
# ' ' made '_' (CPython: encodings.aliases).
_ALIASES = {
    "utf8": "utf_8", "u8": "utf_8", "utf": "utf_8", "utf8_ucs2": "utf_8", "utf8_ucs4": "utf_8", "cp65001": "utf_8",
    "utf16": "utf_16", "u16": "utf_16", "utf_16le": "utf_16_le", "unicodelittleunmarked": "utf_16_le",
    "utf_16be": "utf_16_be", "unicodebigunmarked": "utf_16_be",
    "utf32": "utf_32", "u32": "utf_32", "utf_32le": "utf_32_le", "utf_32be": "utf_32_be",
    "us_ascii": "ascii", "646": "ascii", "us": "ascii", "ansi_x3.4_1968": "ascii", "iso646_us": "ascii",
    "cp367": "ascii", "ibm367": "ascii", "iso_ir_6": "ascii", "ansi_x3_4_1968": "ascii",
    "latin1": "latin_1", "latin": "latin_1", "l1": "latin_1", "iso_8859_1": "latin_1", "iso8859_1": "latin_1",
    "iso8859": "latin_1", "8859": "latin_1", "cp819": "latin_1", "ibm819": "latin_1", "iso_ir_100": "latin_1",
    "u7": "utf_7", "utf7": "utf_7", "unicode_1_1_utf_7": "utf_7",
    "utf8_sig": "utf_8_sig",
    "unicodeescape": "unicode_escape", "rawunicodeescape": "raw_unicode_escape",
    "macroman": "mac_roman", "macintosh": "mac_roman", "maccyrillic": "mac_cyrillic", "macgreek": "mac_greek",
    "maciceland": "mac_iceland", "maclatin2": "mac_latin2", "maccentraleurope": "mac_latin2",
    "macturkish": "mac_turkish",
    "sjis": "shift_jis", "shiftjis": "shift_jis", "s_jis": "shift_jis", "csshiftjis": "shift_jis",
    "eucjp": "euc_jp", "ujis": "euc_jp", "u_jis": "euc_jp", "euckr": "euc_kr", "korean": "euc_kr",
    "ks_c_5601_1987": "euc_kr", "936": "gbk", "cp936": "gbk", "ms936": "gbk", "chinese": "gb2312",
    "csbig5": "big5", "big5_tw": "big5", "ms932": "cp932", "mskanji": "cp932", "ms_kanji": "cp932",
    "ms949": "cp949", "uhc": "cp949", "ms950": "cp950", "koi8r": "koi8_r", "koi8u": "koi8_u",
    "hex": "hex_codec", "base64": "base64_codec", "base_64": "base64_codec", "quopri": "quopri_codec",
    "quoted_printable": "quopri_codec", "quotedprintable": "quopri_codec", "zlib": "zlib_codec",
    "zip": "zlib_codec", "rot13": "rot_13",
}
for _n in range(2, 17):
    _ALIASES["iso_8859_%d" % _n] = "iso8859_%d" % _n
    _ALIASES["iso8859_%d" % _n] = "iso8859_%d" % _n
for _n, _latin in ((2, 2), (3, 3), (4, 4), (9, 5), (10, 6), (13, 7), (14, 8), (15, 9), (16, 10)):
    _ALIASES["latin%d" % _latin] = "iso8859_%d" % _n
    _ALIASES["l%d" % _latin] = "iso8859_%d" % _n
for _n in (1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258):
    _ALIASES["windows_%d" % _n] = "cp%d" % _n
for _n in (437, 850, 852, 855, 857, 858, 860, 861, 862, 863, 864, 865, 866, 869):
    _ALIASES["ibm%d" % _n] = "cp%d" % _n
    _ALIASES[str(_n)] = "cp%d" % _n
del _n, _latin

# Canonical names whose CodecInfo.name keeps its underscores (CPython's CJK codecs)
_KEEP_UNDERSCORE = frozenset(("euc_jp", "euc_kr", "euc_jis_2004", "euc_jisx0213", "shift_jis", "shift_jis_2004",
                              "shift_jisx0213", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_3",
                              "iso2022_kr", "big5hkscs", "gb18030", "gb2312", "gbk", "cp932", "cp949", "cp950",
                              "johab", "hz"))
_DISPLAY = {"latin_1": "iso8859-1", "hex_codec": "hex", "base64_codec": "base64", "quopri_codec": "quopri",
            "zlib_codec": "zlib"}
# CPython names the JDK spells otherwise
_JAVA_NAMES = {"mac_roman": "x-MacRoman", "mac_cyrillic": "x-MacCyrillic", "mac_greek": "x-MacGreek",
               "mac_iceland": "x-MacIceland", "mac_latin2": "x-MacCentralEurope", "mac_turkish": "x-MacTurkish",
               "cp932": "windows-31j", "cp949": "x-windows-949", "cp950": "x-windows-950", "big5hkscs": "Big5-HKSCS",
               "euc_jp": "EUC-JP", "euc_kr": "EUC-KR", "shift_jis": "Shift_JIS", "gbk": "GBK",
               "gb2312": "GB2312", "gb18030": "GB18030", "big5": "Big5", "johab": "x-Johab",
               "iso2022_jp": "ISO-2022-JP", "iso2022_kr": "ISO-2022-KR", "koi8_r": "KOI8-R", "koi8_u": "KOI8-U"}
_CODEC_ERROR_NAMES = {"utf_8": "utf-8", "ascii": "ascii", "latin_1": "latin-1"}


def normalize_encoding(encoding):
    """CPython's encodings.normalize_encoding: runs of punctuation become one '_'."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    chars = []
    punct = False
    for c in encoding:
        if c.isascii() and c.isalnum() or c == ".":
            if punct and chars:
                chars.append("_")
            chars.append(c)
            punct = False
        else:
            punct = True
    return "".join(chars)


def search_function(encoding):
    name = normalize_encoding(encoding).lower()
    name = _ALIASES.get(name) or _module_alias(name) or name
    maker = _SPECIAL.get(name)
    if maker is not None:
        return maker(name)
    if name.startswith("utf_16") or name.startswith("utf_32"):
        if name in ("utf_16", "utf_32"):
            return _utf_bom_codec(name)
        if name in ("utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"):
            return _text_codec(name, name.replace("_", "-"), name.replace("_", "-"))
        return None
    java = _JAVA_NAMES.get(name, name.replace("_", "-"))
    if not _weft_stdlib.native_codec(java):
        return None
    error_name = _CODEC_ERROR_NAMES.get(name)
    if error_name is None:
        error_name = name if name in _KEEP_UNDERSCORE else "charmap" if _single_byte(java) else name
    return _text_codec(name, java, error_name)


def _module_alias(name):
    """The codec module CPython's alias table (encodings.aliases) names for name, or None."""
    from encodings.aliases import aliases
    return aliases.get(name) or aliases.get(name.replace(".", "_"))


def _single_byte(java):
    try:
        return len("\u00e9".encode(java, "replace")) == 1
    except Exception:
        return False


def _display(name):
    if name in _DISPLAY:
        return _DISPLAY[name]
    return name if name in _KEEP_UNDERSCORE else name.replace("_", "-")


def _fname(name, error_name):
    return name if name in ("utf_8", "ascii", "latin_1", "utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be") \
        else "charmap" if error_name == "charmap" else name


def _text_codec(name, java, error_name):
    fname = _fname(name, error_name)

    def encode(input, errors="strict"):
        _codecs._str_arg(fname + "_encode", input)
        return _codecs.text_encode(input, java, error_name, errors), len(input)

    def decode(input, errors="strict", final=True):
        return _codecs.stream_decode(input, java, error_name, errors, final)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode(input, errors, final)

    class StreamWriter(codecs.StreamWriter):
        def encode(self, input, errors="strict"):
            return encode(input, errors)

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors="strict"):
            return decode(input, errors, False)

    return _info(name, encode, lambda input, errors="strict": decode(input, errors, True),
                 IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter)


def _info(name, encode, decode, ienc, idec, reader, writer, text=True):
    display = _display(name)
    for cls in (ienc, idec, reader, writer):
        cls.__module__ = "encodings." + name
    return codecs.CodecInfo(name=display, encode=encode, decode=decode, incrementalencoder=ienc,
                            incrementaldecoder=idec, streamreader=reader, streamwriter=writer,
                            _is_text_encoding=None if text else False)


def _utf_bom_codec(name):
    """utf-16 and utf-32: a BOM first (native order), and a decoder that a BOM steers."""
    width = 2 if name == "utf_16" else 4
    family = name.replace("_", "-")
    encode_fn = _codecs.utf_16_encode if width == 2 else _codecs.utf_32_encode
    ex_decode = _codecs.utf_16_ex_decode if width == 2 else _codecs.utf_32_ex_decode

    def encode(input, errors="strict"):
        return encode_fn(input, errors)

    def decode(input, errors="strict"):
        text, used, _ = ex_decode(input, errors, 0, True)
        return text, used

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors="strict"):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.started = False

        def encode(self, input, final=False):
            order = 0 if not self.started else -1
            self.started = True
            return encode_fn(input, self.errors, order)[0]

        def reset(self):
            self.started = False

        def getstate(self):
            return 0 if self.started else 2

        def setstate(self, state):
            self.started = state != 2

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self.byteorder = 0

        def _buffer_decode(self, input, errors, final):
            text, used, order = ex_decode(input, errors, self.byteorder, final)
            if order:
                self.byteorder = order
            elif used:
                self.byteorder = -1
            return text, used

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self.byteorder = 0

    class StreamWriter(codecs.StreamWriter):
        started = False

        def encode(self, input, errors="strict"):
            order = 0 if not self.started else -1
            self.started = True
            return encode_fn(input, errors, order)

        def reset(self):
            self.started = False

    class StreamReader(codecs.StreamReader):
        byteorder = 0

        def decode(self, input, errors="strict"):
            text, used, order = ex_decode(input, errors, self.byteorder, False)
            if order:
                self.byteorder = order
            return text, used

    del family
    return _info(name, encode, decode, IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter)


def _utf_8_sig(name):
    def encode(input, errors="strict"):
        return codecs.BOM_UTF8 + _codecs.utf_8_encode(input, errors)[0], len(input)

    def decode(input, errors="strict"):
        data = _codecs._bytes_arg(input)
        skip = 3 if data[:3] == codecs.BOM_UTF8 else 0
        text, used = _codecs.utf_8_decode(data[skip:], errors, True)
        return text, used + skip

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors="strict"):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.first = 1

        def encode(self, input, final=False):
            data = _codecs.utf_8_encode(input, self.errors)[0]
            if self.first:
                self.first = 0
                return codecs.BOM_UTF8 + data
            return data

        def reset(self):
            self.first = 1

        def getstate(self):
            return self.first

        def setstate(self, state):
            self.first = state

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self.first = 1

        def _buffer_decode(self, input, errors, final):
            if self.first:
                if len(input) < 3 and codecs.BOM_UTF8.startswith(input) and not final:
                    return "", 0
                self.first = 0
                if input[:3] == codecs.BOM_UTF8:
                    text, used = _codecs.utf_8_decode(input[3:], errors, final)
                    return text, used + 3
            return _codecs.utf_8_decode(input, errors, final)

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self.first = 1

    class StreamWriter(codecs.StreamWriter):
        first = True

        def encode(self, input, errors="strict"):
            if self.first:
                self.first = False
                return encode(input, errors)
            return _codecs.utf_8_encode(input, errors)

    class StreamReader(codecs.StreamReader):
        first = True

        def decode(self, input, errors="strict"):
            if self.first:
                if len(input) < 3 and codecs.BOM_UTF8.startswith(input):
                    return "", 0
                self.first = False
                if input[:3] == codecs.BOM_UTF8:
                    text, used = _codecs.utf_8_decode(input[3:], errors, False)
                    return text, used + 3
            return _codecs.utf_8_decode(input, errors, False)

    return _info(name, encode, decode, IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter)


def _stateless(name, encode, decode, text=True):
    """A codec whose every call stands alone (escape codecs, bytes-to-bytes codecs, rot13)."""

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    class StreamWriter(codecs.StreamWriter):
        def encode(self, input, errors="strict"):
            return encode(input, errors)

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors="strict"):
            return decode(input, errors)

    if not text:
        StreamReader.charbuffertype = bytes
    return _info(name, encode, decode, IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter, text)


def _escape_codec(name):
    enc = getattr(_codecs, name + "_encode")
    dec = getattr(_codecs, name + "_decode")
    return _stateless(name, lambda input, errors="strict": enc(input, errors),
                      lambda input, errors="strict": dec(input, errors))


def _bytes_codec(encode_fn, decode_fn):
    def make(name):
        def encode(input, errors="strict"):
            _strict_only(errors)
            return encode_fn(_codecs._bytes_arg(input)), len(input)

        def decode(input, errors="strict"):
            _strict_only(errors)
            return decode_fn(_codecs._bytes_arg(input)), len(input)

        return _stateless(name, encode, decode, text=False)
    return make


def _strict_only(errors):
    # CPython's bytes-to-bytes codecs assert this; the codec machinery then names the codec
    if errors != "strict":
        raise AssertionError()


def _hex_encode(data):
    import binascii
    return binascii.b2a_hex(data)


def _hex_decode(data):
    import binascii
    return binascii.a2b_hex(data)


def _base64_encode(data):
    import base64
    return base64.encodebytes(data)


def _base64_decode(data):
    import base64
    return base64.decodebytes(data)


def _quopri_encode(data):
    import quopri
    return quopri.encodestring(data, quotetabs=True)


def _quopri_decode(data):
    import quopri
    return quopri.decodestring(data)


def _zlib_encode(data):
    import zlib
    return zlib.compress(data)


def _zlib_decode(data):
    import zlib
    return zlib.decompress(data)


_ROT13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                       "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")


def _rot_13(name):
    def rot(input, errors="strict"):
        return str.translate(input, _ROT13), len(input)
    return _stateless(name, rot, rot, text=False)


def _punycode(name):
    import _weft_punycode

    def encode(input, errors="strict"):
        return _weft_punycode.encode(input), len(input)

    def decode(input, errors="strict"):
        return _weft_punycode.decode(input, errors), len(input)
    return _stateless(name, encode, decode)


def _idna(name):
    import _weft_idna
    return _stateless(name, _weft_idna.encode, _weft_idna.decode)


_SPECIAL = {
    "idna": _idna,
    "punycode": _punycode,
    "utf_8_sig": _utf_8_sig,
    "unicode_escape": _escape_codec,
    "raw_unicode_escape": _escape_codec,
    "hex_codec": _bytes_codec(_hex_encode, _hex_decode),
    "base64_codec": _bytes_codec(_base64_encode, _base64_decode),
    "quopri_codec": _bytes_codec(_quopri_encode, _quopri_decode),
    "zlib_codec": _bytes_codec(_zlib_encode, _zlib_decode),
    "rot_13": _rot_13,
}

_codecs.register(search_function)
