#!/usr/bin/python3
"""Runs every tutorial notebook (notebooks/*.ipynb) top to bottom with nbclient, as CI and
`jupyter execute` do, and checks that every cell ran cleanly: no error output, no `error` reply
(a magic's UsageError gives one without an error output), and nothing on stderr (an exception in a
thread the cell started is printed there by threading.excepthook and fails nothing else). The
cells check their own results with assert.

Most tutorials use Weft's magics (%%threads, %%timeline, %gil, %seed) and run on the weft kernel
only. With another --kernel (python3: ipykernel, the oracle) the script runs the notebooks that
use no magic, so a lesson that ipykernel fails shows a wrong lesson, not a Weft bug.

Usage: /usr/bin/python3 tests/clients/check_tutorials.py [--kernel weft] [--save DIR] [NAME ...]
  --save DIR  also writes each executed notebook (with its outputs) into DIR
  NAME        only the notebooks whose file name starts with NAME (e.g. 03)
"""
import argparse
import glob
import os
import re

import nbformat
from nbclient import NotebookClient

from kernel_session import Checks, expect

HERE = os.path.dirname(os.path.abspath(__file__))
NOTEBOOKS = os.path.normpath(os.path.join(HERE, "..", "..", "notebooks"))
CELL_TIMEOUT = 120  # seconds for one cell; the notebooks take far less on two cores
ANSI_COLOURS = re.compile(r"\x1b\[[0-9;]*m")  # tracebacks come coloured for terminals
MAGIC = re.compile(r"^\s*%|=\s*%")  # a magic line, or a line magic's value assigned (x = %nproc)


def arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kernel", default="weft", help="kernelspec name (default: weft; another runs only the notebooks without magics)")
    parser.add_argument("--save", metavar="DIR", help="write the executed notebooks into DIR")
    parser.add_argument("names", nargs="*", help="file name prefixes of the notebooks to run")
    return parser.parse_args()


def tutorials(prefixes):
    paths = sorted(glob.glob(os.path.join(NOTEBOOKS, "*.ipynb")))
    chosen = [p for p in paths if not prefixes or any(os.path.basename(p).startswith(n) for n in prefixes)]
    expect(chosen, "no notebook in %s matches %r", NOTEBOOKS, prefixes)
    return chosen


class Recorder:
    """Remembers each code cell's execute_reply status, which nbclient does not keep."""

    def __init__(self):
        self.statuses = {}

    def on_cell_executed(self, cell, cell_index, execute_reply, **_):
        self.statuses[cell_index] = execute_reply["content"]["status"]


def problems_of(cell, status):
    """What is wrong with one executed code cell, as text; empty when it ran cleanly."""
    found = []
    for output in cell.get("outputs", []):
        if output["output_type"] == "error":
            traceback = ANSI_COLOURS.sub("", "\n".join(output["traceback"]))
            found.append("%s: %s\n%s" % (output["ename"], output["evalue"], traceback))
        elif output["output_type"] == "stream" and output["name"] == "stderr":
            found.append("stderr: " + output["text"])
    if status != "ok" and not found:
        found.append("execute_reply status %r" % status)
    return found


def execute(path, kernel):
    """Runs the notebook at path; returns it with its outputs, and the reply status of each cell."""
    notebook = nbformat.read(path, as_version=4)
    recorder = Recorder()
    client = NotebookClient(notebook, kernel_name=kernel, timeout=CELL_TIMEOUT, startup_timeout=120,
                            allow_errors=True, on_cell_executed=recorder.on_cell_executed,
                            resources={"metadata": {"path": NOTEBOOKS}})
    client.execute()
    return notebook, recorder.statuses


def check(path, kernel, save_dir):
    notebook = nbformat.read(path, as_version=4)
    spec = notebook.metadata.get("kernelspec", {}).get("name")
    expect(spec == "weft", "its metadata picks kernelspec %r, not weft", spec)
    dirty = [c.id for c in notebook.cells if c.cell_type == "code" and (c.outputs or c.execution_count)]
    expect(not dirty, "committed with outputs in cells %s (clear them)", dirty)
    executed, statuses = execute(path, kernel)
    if save_dir:
        nbformat.write(executed, os.path.join(save_dir, os.path.basename(path)))
    failures = []
    for index, cell in enumerate(executed.cells):
        if cell.cell_type == "code" and cell.source.strip():  # nbclient skips empty cells
            for problem in problems_of(cell, statuses.get(index)):
                failures.append("cell %s:\n%s\n--- gave ---\n%s" % (cell.id, indent(cell.source), problem))
    expect(not failures, "%d problem(s):\n%s", len(failures), "\n\n".join(failures))


def uses_magics(path):
    """Whether a code cell of the notebook uses a magic."""
    notebook = nbformat.read(path, as_version=4)
    return any(MAGIC.search(line) for cell in notebook.cells if cell.cell_type == "code"
               for line in cell.source.splitlines())


def indent(text):
    return "\n".join("    " + line for line in text.splitlines())


def main():
    args = arguments()
    checks = Checks("check_tutorials --kernel %s" % args.kernel)
    if args.save:
        os.makedirs(args.save, exist_ok=True)
    for path in tutorials(args.names):
        if args.kernel != "weft" and uses_magics(path):
            print("skipped: %s (uses Weft's magics)" % os.path.basename(path))
            continue
        checks.run(os.path.basename(path), check, path, args.kernel, args.save)
    checks.exit()


if __name__ == "__main__":
    main()
