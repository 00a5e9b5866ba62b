# python -m json.tool (json/tool.py run as __main__): indented, sorted, compact, tabs, JSON Lines,
# non-ASCII kept, and what a bad document makes it print.
import os
import runpy
import sys
import tempfile

folder = tempfile.mkdtemp()
src = os.path.join(folder, "in.json")
out = os.path.join(folder, "out.json")


def run(text, *options):
    with open(src, "w", encoding="utf-8") as f:
        f.write(text)
    sys.argv = ["python -m json.tool", *options, src, out]
    print("$ json.tool", " ".join(options))
    try:
        runpy.run_module("json.tool", run_name="__main__")
    except SystemExit as e:
        print("exit:", e.code)
        return
    with open(out, encoding="utf-8") as f:
        print(f.read(), end="")


doc = '{"b": [1, 2.5, {"c": null, "a": true}], "\u00e9t\u00e9": "caf\u00e9", "a": []}'
run(doc)
run(doc, "--sort-keys")
run(doc, "--compact")
run(doc, "--no-indent")
run(doc, "--tab")
run(doc, "--indent", "1", "--no-ensure-ascii")
run('{"a": 1}\n[2, 3]\n"x"\n', "--json-lines", "--compact")
run('{"a": 1,}')
run('[1, 2')
run('')
