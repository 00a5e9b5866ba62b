#!/usr/bin/python3
"""Executes the notebooks in tests/clients/notebooks with nbclient (as `jupyter execute` and CI
notebook runs do) on one kernel, then checks each cell's outputs.

Usage: /usr/bin/python3 tests/clients/check_notebooks.py [--kernel weft|python3]
"""
import os

import nbformat
from nbclient import NotebookClient

from kernel_session import Checks, arguments, expect

HERE = os.path.dirname(os.path.abspath(__file__))


def run(name, kernel):
    notebook = nbformat.read(os.path.join(HERE, "notebooks", name), as_version=4)
    NotebookClient(notebook, kernel_name=kernel, timeout=60, startup_timeout=120, allow_errors=True,
                   resources={"metadata": {"path": os.path.join(HERE, "notebooks")}}).execute()
    return {cell["id"]: cell for cell in notebook.cells}


def stdout(cell):
    return "".join(o["text"] for o in cell["outputs"] if o["output_type"] == "stream" and o["name"] == "stdout")


def only_output(cell, output_type):
    kinds = [o["output_type"] for o in cell["outputs"]]
    expect(kinds == [output_type], "cell %s: outputs %r, expected one %s", cell["id"], kinds, output_type)
    return cell["outputs"][0]


def basics(kernel):
    cells = run("basics.ipynb", kernel)
    expect(stdout(cells["cell-1"]) == "hello from a notebook\n", "print: %r", cells["cell-1"]["outputs"])
    result = only_output(cells["cell-2"], "execute_result")
    expect(result["data"]["text/plain"] == "285", "expression: %r", result)
    expect(result["execution_count"] == cells["cell-2"]["execution_count"] == 2, "execution counts %r",
           result["execution_count"])
    error = only_output(cells["cell-3"], "error")
    expect((error["ename"], error["evalue"]) == ("ValueError", "expected in this notebook"), "error: %r", error)
    # print writes its text and its end separately, so free threads may interleave them: count, do not split.
    text = stdout(cells["cell-4"])
    expect(all(text.count("thread %d done" % n) == 1 for n in range(4)) and text.count("\n") == 5
           and text.endswith("all joined\n"), "threads printed %r", text)
    shown = only_output(cells["cell-5"], "display_data")
    expect(shown["data"].get("text/markdown") == "**woven**", "display: %r", shown)
    result = only_output(cells["cell-6"], "execute_result")
    expect(result["data"]["text/plain"] == "'still running after the error'", "after the error: %r", result)


def main():
    args = arguments(__doc__)
    checks = Checks("check_notebooks --kernel %s" % args.kernel)
    checks.run("basics.ipynb", basics, args.kernel)
    checks.exit()


if __name__ == "__main__":
    main()
