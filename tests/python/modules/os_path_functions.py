import os.path as p
print(p.join("", "a"), p.join("a", ""), p.join("a/", "b"), p.join("/", "a", "..", "b"))
print(p.normpath("/a/b/../../.."), p.normpath(""), p.normpath("a//b/./c/"), p.normpath("../x"))
print(p.split("/"), p.split("a"), p.split("a/b/"), p.splitext("a.b/c"), p.splitext("x.tar.gz"), p.splitext("noext"))
print(p.basename("a/b/"), p.dirname("a"), p.dirname("/a"), p.commonprefix(["/usr/lib", "/usr/local"]))
print(p.isabs(""), p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.abspath("/x/../y"))
print(p.expanduser("no_tilde"), p.sep, p.extsep, p.curdir, p.pardir)
