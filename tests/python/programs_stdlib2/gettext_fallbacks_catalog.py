import builtins
import gettext
import os
import struct
import tempfile

null = gettext.NullTranslations()
print(null.gettext("Hello"), null.ngettext("apple", "apples", 1), null.ngettext("apple", "apples", 3))
print(null.pgettext("menu", "Open"), null.npgettext("menu", "file", "files", 0), null.info(), null.charset())
for n in (0, 1, 2):
    print(n, gettext.ngettext("%d file", "%d files", n) % n)
print(gettext.gettext("untranslated"), gettext.dgettext("nodomain", "msg"), gettext.pgettext("ctx", "word"))
print(gettext.dngettext("d", "one", "many", 1), gettext.npgettext("c", "one", "many", 5))
print(gettext.textdomain(), gettext.textdomain("myapp"), gettext.textdomain())
try:
    gettext.translation("myapp", localedir="/nonexistent", languages=["fr"])
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
t = gettext.translation("myapp", localedir="/nonexistent", languages=["fr"], fallback=True)
print(type(t).__name__, t.gettext("Save"))
null.install()
print(_("installed underscore"), builtins._ is not None)
null.install(names=["ngettext"])
print(ngettext("x", "xs", 2))


def build_mo(messages):
    """Write a GNU .mo catalog: (msgid, msgstr) pairs, plurals joined by NUL."""
    keys = sorted(messages)
    ids = b""
    strs = b""
    offsets = []
    for k in keys:
        v = messages[k]
        offsets.append((len(ids), len(k), len(strs), len(v)))
        ids += k + b"\0"
        strs += v + b"\0"
    keystart = 7 * 4 + 16 * len(keys)
    valuestart = keystart + len(ids)
    koffsets, voffsets = [], []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    out = struct.pack("Iiiiiii", 0x950412de, 0, len(keys), 7 * 4, 7 * 4 + len(keys) * 8, 0, 0)
    out += struct.pack("%di" % len(koffsets), *koffsets)
    out += struct.pack("%di" % len(voffsets), *voffsets)
    return out + ids + strs


header = (b"Project-Id-Version: demo 1.0\nContent-Type: text/plain; charset=UTF-8\n"
          b"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n")
catalog = {
    b"": header,
    b"Hello": "Cześć".encode(),
    b"file\0files": "plik\0pliki\0plików".encode(),
    b"menu\x04Open": b"Otworz",
}
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "pl", "LC_MESSAGES")
    os.makedirs(path)
    with open(os.path.join(path, "demo.mo"), "wb") as fh:
        fh.write(build_mo(catalog))
    found = gettext.find("demo", tmp, languages=["pl_PL", "pl"])
    print(os.path.relpath(found, tmp))
    print(gettext.find("demo", tmp, languages=["de"]), gettext.find("demo", tmp, languages=["de", "pl"], all=True) != [])
    tr = gettext.translation("demo", tmp, languages=["pl"])
    print(type(tr).__name__, tr.charset(), sorted(tr.info().items()))
    print(tr.gettext("Hello"), tr.gettext("Goodbye"), tr.pgettext("menu", "Open"), tr.pgettext("other", "Open"))
    for n in (1, 2, 5, 11, 22, 25, 101, 112):
        print(n, tr.ngettext("file", "files", n))
    tr.add_fallback(gettext.NullTranslations())
    print(tr.ngettext("dog", "dogs", 2))
    with open(os.path.join(tmp, "bad.mo"), "wb") as fh:
        fh.write(b"\x00" * 40)
    try:
        with open(os.path.join(tmp, "bad.mo"), "rb") as fh:
            gettext.GNUTranslations(fh)
    except OSError as e:
        print("OSError", e.args[:2])

f = gettext.c2py("n != 1")
print([f(i) for i in range(4)])
g = gettext.c2py("n==1 ? 0 : n==2 ? 1 : (n>2 && n<7) ? 2 : 3")
print([g(i) for i in range(9)])
h = gettext.c2py("n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2")
print([h(i) for i in (0, 1, 2, 11, 21, 111)])
for bad in ("n +", "n ** 2", "os.system('x')", "(n", "n ? 1", "1 2"):
    try:
        gettext.c2py(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    f("3")
except TypeError as e:
    print("TypeError", e)
