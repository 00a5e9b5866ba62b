# repr/ascii/str of strings and bytes with quotes and escapes
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\ncr\r", "nul\x00bell\x07", "\x7f\x80\x9f\xa0",
           "é日本", "\u200b\u2028\u2029", "\U0001F600", "\ud800", "back\\slash", "\x1b[0m", "\ufeff", "\xad", "\u0301", "\U000e0001",
           "'", '"', "'\"", "", "\\n"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)), str(s) == s)
for b in [b"plain", b"it's", b'"q"', b"'\"", b"\x00\x7f\x80\xff", b"\t\n\r\x0b\x0c", b"\\", bytearray(b"ba'")]:
    print(repr(b), str(b), ascii(b))
print(repr(["a'b", 'c"d', "é"]), repr(("\n",)), repr({"k\t": "v\x01"}))
print(f"{'x'!r}", "%r" % "y'", "{!a}".format("ü"), format(repr("z"), ">6"))
print(repr(chr(0xe000)), repr(chr(0x10ffff)), repr(chr(0x378)), repr("\u00ff\u0100"), repr(chr(0x2028)), repr("\u3000"), repr("\u00a0"))
print(eval(repr("mix'\"\\\n\x00é😀")) == "mix'\"\\\n\x00é😀")
print(repr("a" * 5 + "'" ), repr(b"a" * 3), repr(memoryview(b"x"))[:13], repr(bytes(3)), repr(bytearray()))
class S(str):
    pass
print(repr(S("sub")), type(S("x") + "y").__name__, repr(S("a'")))
print(str(1.5), repr("1.5"), str(None), repr(None), str([None, "s"]))
print(repr("\x0b\x0c\x1c\x1f"), ascii("\x0b"), "\N{SNOWMAN}".encode("unicode_escape"), b"\\u2603".decode("unicode_escape"))
print("tab\tx".encode("unicode_escape"), b"a\\tb\\x41".decode("unicode_escape"), "é".encode("raw_unicode_escape"))
