# register_error/lookup_error: custom handlers, their results and their mistakes.
import codecs


def tag(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("<%d-%d>" % (exc.start, exc.end), exc.end)
    return ("[%r]" % exc.object[exc.start:exc.end], exc.end)


codecs.register_error("tag", tag)
print(codecs.lookup_error("tag") is tag)
print(codecs.encode("a\u00e9\u00e8b\u20ac", "ascii", "tag"))
print(codecs.decode(b"a\xff\xfeb", "utf-8", "tag"))
print(codecs.encode("x\u00e9y", "latin-1", "tag"), codecs.encode("x\u20acy", "latin-1", "tag"))


def skip_back(exc):
    return ("?", exc.end - len(exc.object))  # a negative position counts from the end


codecs.register_error("skipback", skip_back)
print(codecs.encode("\u00e9ab", "ascii", "skipback"))


def bytes_rep(exc):
    return (b"\x00\x01", exc.end)


codecs.register_error("bytesrep", bytes_rep)
print(codecs.encode("a\u00e9b", "ascii", "bytesrep"))


def bad_result(exc):
    return "nope"


codecs.register_error("bad", bad_result)
for f in [lambda: codecs.encode("\u00e9", "ascii", "bad"), lambda: codecs.lookup_error("never-registered"),
          lambda: codecs.register_error("x", 42), lambda: codecs.strict_errors(ValueError("v")),
          lambda: codecs.xmlcharrefreplace_errors(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")),
          lambda: codecs.encode("\u00e9", "ascii", "never-registered")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    print(name, codecs.lookup_error(name) is getattr(codecs, name + "_errors"))
exc = UnicodeEncodeError("ascii", "a\u00e9\u4e00", 1, 3, "r")
print(codecs.replace_errors(exc), codecs.ignore_errors(exc), codecs.backslashreplace_errors(exc),
      codecs.xmlcharrefreplace_errors(exc), codecs.namereplace_errors(exc))
dexc = UnicodeDecodeError("utf-8", b"a\xff\xfe", 1, 3, "r")
print(codecs.replace_errors(dexc), codecs.backslashreplace_errors(dexc), codecs.lookup_error("surrogateescape")(dexc))
