# codecs.lookup: canonical names, aliases, the CodecInfo tuple and its attributes.
import codecs

for name in ["utf-8", "UTF8", "u8", "latin1", "Latin-1", "iso-8859-1", "ascii", "US-ASCII", "utf-16", "utf_16_le",
             "UTF-16BE", "utf-32", "utf-32-le", "cp1252", "windows-1252", "cp437", "iso8859_15", "koi8_r",
             "utf-8-sig", "unicode_escape", "raw-unicode-escape", "hex", "base64", "rot13", "shift_jis", "euc-jp"]:
    info = codecs.lookup(name)
    print(name, info.name, isinstance(info, tuple), len(info), info[0] is info.encode,
          callable(info.incrementalencoder), callable(info.streamreader))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError", e)
print(repr(codecs.lookup("utf-8")).startswith("<codecs.CodecInfo object for encoding utf-8 at 0x"))
print(codecs.lookup("utf-8") is codecs.lookup("UTF-8"))
try:
    codecs.lookup(5)
except TypeError as e:
    print("TypeError", e)
