import os
import os.path
p = os.path.join("home", "user", "docs", "report.final.txt")
print(p)
print(os.path.basename(p), os.path.dirname(p))
print(os.path.splitext(p), os.path.splitext("archive.tar.gz"), os.path.splitext("noext"))
print(os.path.split("/a/b/c.txt"), os.path.split("file"))
print(os.path.isabs("/x/y"), os.path.isabs("x/y"))
print(os.path.normpath("a/./b/../c//d"))
print(os.path.join("/root", "/abs"), os.path.join("a", ""))
print(os.sep, os.path.sep == os.sep)
names = ["b.py", "a.txt", "c.py", "d.md"]
print(sorted(n for n in names if os.path.splitext(n)[1] == ".py"))
print(os.path.exists(os.path.join("definitely", "not", "here.xyz")))
print(os.path.basename("/trailing/slash/"))
