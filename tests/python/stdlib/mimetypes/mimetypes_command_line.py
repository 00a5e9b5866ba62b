# python -m mimetypes: the type and encoding of file names, -e for a type's extension, -l for the
# non-standard types, unknown names, and the usage text (-h exits 0, a bad option 1).
import contextlib
import io
import runpy
import sys


def run(*args):
    sys.argv = ["mimetypes", *args]
    out = io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out):
        try:
            runpy.run_module("mimetypes", run_name="__main__")
        except SystemExit as e:
            code = e.code
    print("$ mimetypes", " ".join(args), "-> exit", code)
    print(out.getvalue(), end="")


run("report.pdf", "photo.JPG", "archive.tar.gz", "notes.txt", "unknown.zzz")
run("-e", "text/html", "image/png", "application/x-unknown")
run("page.rtf")
run("-l", "page.rtf")
run("-h")
run("--bogus")
