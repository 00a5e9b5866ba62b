"""Which code points may start and continue an identifier, for str.isidentifier and for the
tokenizer, are CPython 3.11's (XID_Start and XID_Continue of Unicode 14), whatever Unicode version
the JDK has (Java 17: 13, Java 25: 16)."""
import hashlib

chars = list(map(chr, range(0x110000)))


def digest(name, holds):
    """How many code points hold, a hash of them all, and the first and last 20."""
    found = "".join(holds)
    print(name, len(found), hashlib.md5(found.encode("utf-8", "surrogatepass")).hexdigest())
    print("  first:", " ".join("%X" % ord(c) for c in found[:20]))
    print("  last:", " ".join("%X" % ord(c) for c in found[-20:]))
    return found


starts = digest("c.isidentifier()", filter(str.isidentifier, chars))
parts = digest("('a' + c).isidentifier()", (s[1] for s in filter(str.isidentifier, map("a".__add__, chars))))

# The tokenizer takes every one of them: each start begins a name, and one name holds every part.
source = "global " + ", ".join(c + "_" for c in starts) + "\na" + parts + " = 2\n"
code = compile(source, "<names>", "exec")
print("names compiled:", source.count(",") + 2)

# And refuses, naming it, the first character that can neither start nor continue a name in each
# block of 256 code points that has one (surrogates aside: no source holds them).
parts = set(parts)
refused = []
for block in range(0, 0x110000, 256):
    for c in chars[block:block + 256]:
        if c not in parts and not 0xD800 <= ord(c) < 0xE000:
            break
    else:
        continue
    try:
        compile("a" + c + "b = 1", "<name>", "exec")
        refused.append("accepted U+%04X" % ord(c))
    except SyntaxError as e:
        if e.msg == "invalid character '%s' (U+%04X)" % (c, ord(c)):
            refused.append("")
        elif e.msg == "invalid non-printable character U+%04X" % ord(c):
            refused.append("")
        else:
            refused.append("U+%04X: %s" % (ord(c), e.msg))
print("refused with CPython's message:", refused.count(""), "of", len(refused))
print([r for r in refused if r])
