"""Public API for display tools in notebooks (IPython.display), for the Weft kernel."""

from IPython.core.display_functions import *  # noqa: F401,F403
from IPython.core.display import *  # noqa: F401,F403
from IPython.lib.display import *  # noqa: F401,F403
from IPython.core.display_functions import display, update_display, clear_output, DisplayHandle
