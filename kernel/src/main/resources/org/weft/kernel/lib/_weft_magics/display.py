"""%%html, %%markdown, %%javascript (%%js), %%svg and %%latex: the cell's text displayed as that
kind of output, as IPython 8 does (IPython/core/magics/display.py)."""

import shlex

from IPython.core.display import HTML, SVG, Javascript, Latex, Markdown
from IPython.core.display_functions import display
from IPython.core.error import UsageError


def _flags(line, allowed):
    words = shlex.split(line)
    unknown = [w for w in words if w not in allowed]
    if unknown:
        raise UsageError("unrecognized arguments: %s" % " ".join(unknown))
    return words


def cell_html(line, cell):
    """Render the cell as a block of HTML.

    ::

      %%html [--isolated]

    --isolated  Annotate the cell as 'isolated'. Isolated cells are rendered inside their own
                <iframe> tag
    """
    words = _flags(line, ("--isolated",))
    display(HTML(cell), metadata={"text/html": {"isolated": True}} if "--isolated" in words else None)


def cell_markdown(line, cell):
    """Render the cell as Markdown text block."""
    _flags(line, ())
    display(Markdown(cell))


def cell_javascript(line, cell):
    """Run the cell block of Javascript code.

    Starting with IPython 8.0 %%javascript is pending deprecation to be replaced by a more
    flexible system; JupyterLab still runs it.
    """
    _flags(line, ())
    display(Javascript(cell))


def cell_js(line, cell):
    """Run the cell block of Javascript code (an alias of %%javascript)."""
    cell_javascript(line, cell)


def cell_svg(line, cell):
    """Render the cell as an SVG literal."""
    _flags(line, ())
    display(SVG(cell))


def cell_latex(line, cell):
    """Render the cell as a block of LaTeX.

    The subset of LaTeX which is supported depends on the implementation in the client. In the
    Jupyter Notebook, this magic only renders the subset of LaTeX defined by MathJax.
    """
    _flags(line, ())
    display(Latex(cell))
