"""Writes posixpath_cases.tsv beside this script: CPython 3.11's own answers for the pure-logic
functions of posixpath, which PosixPathsTest checks Weft against.

Run with CPython 3.11:  python3 gen_posixpath_cases.py
Each line: function TAB expected TAB argument... ; a tuple result is joined with '|';
a list argument is joined with '|'; an error is written 'ValueError: message'.
abspath/relpath run with cwd /home/u/work; expanduser/expandvars with the environment below.
"""
import os
import posixpath
import pathlib

CWD = "/home/u/work"
ENV = {"HOME": "/home/u/", "FOO": "bar", "A_1": "x", "EMPTY": "", "PATH_X": "/p"}

os.getcwd = lambda: CWD
os.environ.clear()
os.environ.update(ENV)

PATHS = ["", "/", "//", "///", "////", "a", "/a", "a/", "/a/", "a/b", "/a/b", "a/b/", "a//b",
         "a/./b", "a/../b", "../a", "../../a/b", "/../a", "//a/b", "///a/b", ".", "..", "./",
         "../", "/..", "/.", "a/b/..", "a/b/../..", "a/b/../../..", "/a/b/../../..", "x.py",
         "/x.py", "a/b.c.d", ".bashrc", "..bashrc", "a/.bashrc", "a/..x.y", "a.b/c", "a.b/",
         "...", "a/...", "a/b.", "/a/b/c.tar.gz", "foo//", "//foo//", "héllo/wörld.txt",
         "a/\U0001F600.x", "./a/./b/.", "a/b//../c"]


def show(v):
    if isinstance(v, tuple):
        return "|".join(v)
    if isinstance(v, bool):
        return "True" if v else "False"
    return v


def call(fn, *args):
    try:
        return show(fn(*args))
    except ValueError as e:
        return "ValueError: " + str(e)


def main():
    lines = []

    def add(name, expected, *args):
        lines.append("\t".join([name, expected, *args]))

    for p in PATHS:
        for name in ["split", "splitext", "basename", "dirname", "normpath", "isabs", "abspath"]:
            add(name, call(getattr(posixpath, name), p), p)
        add("relpath", call(posixpath.relpath, p), p)
        for start in ["/", "/home", "/home/u/work/x", "a/b", "../z"]:
            add("relpath2", call(posixpath.relpath, p, start), p, start)
    for a in PATHS[:20]:
        for b in ["", "b", "/b", "b/", "c/d"]:
            add("join", call(posixpath.join, a, b), a, b)
    add("join", posixpath.join("a", "b", "/c", "d", "", "e"), "a", "b", "/c", "d", "", "e")
    add("join", posixpath.join("a"), "a")
    for group in [["/usr/lib", "/usr/local/lib"], ["/usr/lib", "/usr/lib/"], ["a/b", "a/c"],
                  ["/a", "b"], ["/x"], ["a", "a/./b"], ["abc", "abd"], ["/a//b/", "/a/b/c"],
                  ["..", "../x"], [".", "x"], ["/", "/a"]]:
        add("commonpath", call(posixpath.commonpath, group), "|".join(group))
        add("commonprefix", call(posixpath.commonprefix, group), "|".join(group))
    add("commonpath", call(posixpath.commonpath, []))
    add("commonprefix", call(posixpath.commonprefix, []))
    for p in ["~", "~/", "~/x", "~user/x", "x/~", "~x", "~//y"]:
        add("expanduser", call(posixpath.expanduser, p), p)
    for p in ["$FOO", "${FOO}", "$FOO/x", "a$FOO$FOO", "$NOPE", "${NOPE}", "$", "$$FOO", "${FOO",
              "${}", "$A_1b", "$A_1", "x${EMPTY}y", "$1", "${PATH_X}/bin", "$é", "no vars"]:
        add("expandvars", call(posixpath.expandvars, p), p)

    here = pathlib.Path(__file__).with_name("posixpath_cases.tsv")
    here.write_text("\n".join(lines) + "\n", encoding="utf-8")


main()
