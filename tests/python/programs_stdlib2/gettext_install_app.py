import gettext
import os
import struct
import tempfile


def write_mo(path, catalog):
    keys = sorted(catalog)
    ids = strs = b""
    table = []
    for k in keys:
        v = catalog[k]
        table.append((len(ids), len(k), len(strs), len(v)))
        ids += k + b"\0"
        strs += v + b"\0"
    start_ids = 28 + 16 * len(keys)
    start_strs = start_ids + len(ids)
    header = struct.pack("<7I", 0x950412DE, 0, len(keys), 28, 28 + 8 * len(keys), 0, 0)
    orig = b"".join(struct.pack("<2I", l, o + start_ids) for o, l, _, _ in table)
    trans = b"".join(struct.pack("<2I", l, o + start_strs) for _, _, o, l in table)
    with open(path, "wb") as f:
        f.write(header + orig + trans + ids + strs)


catalogs = {
    "de": {b"": b"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n",
           b"Hello, world!": "Hallo, Welt!".encode(), b"Goodbye": b"Auf Wiedersehen",
           b"%d apple\0%d apples": b"%d Apfel\0%d \xc3\x84pfel"},
    "fr": {b"": b"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n > 1);\n",
           b"Hello, world!": b"Bonjour, le monde !", b"%d apple\0%d apples": b"%d pomme\0%d pommes"},
}
with tempfile.TemporaryDirectory() as localedir:
    for lang, cat in catalogs.items():
        d = os.path.join(localedir, lang, "LC_MESSAGES")
        os.makedirs(d)
        write_mo(os.path.join(d, "app.mo"), cat)
    for lang in ["de", "fr", "es"]:
        t = gettext.translation("app", localedir, languages=[lang], fallback=True)
        _ = t.gettext
        print(f"[{lang}] {type(t).__name__}: {_('Hello, world!')} / {_('Goodbye')}")
        for n in (0, 1, 2, 5):
            print("   ", t.ngettext("%d apple", "%d apples", n) % n)
    de = gettext.translation("app", localedir, languages=["de"])
    de.install(names=["ngettext"])
    print(_("Hello, world!"), ngettext("%d apple", "%d apples", 3) % 3)
    multi = gettext.translation("app", localedir, languages=["es", "fr", "de"])
    print(multi.gettext("Goodbye"), multi.gettext("Hello, world!"), type(multi._fallback).__name__)
    print(sorted(os.path.relpath(p, localedir) for p in gettext.find("app", localedir, ["fr", "de"], all=True)))
    gettext.bindtextdomain("app", localedir)
    gettext.textdomain("app")
    print(gettext.dgettext("app", "Hello, world!"), gettext.gettext("Hello, world!"))
    os.environ["LANGUAGE"] = "fr"
    print(gettext.gettext("Hello, world!"), gettext.ngettext("%d apple", "%d apples", 0) % 0)
    del os.environ["LANGUAGE"]
    print(de.info()["content-type"], de.charset(), de.plural(3), de.plural(1))
