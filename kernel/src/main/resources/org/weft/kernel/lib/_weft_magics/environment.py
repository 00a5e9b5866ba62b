"""%env, %cd and %pwd, as IPython 8's OSMagics (IPython/core/magics/osm.py).

The interpreter keeps the current directory and the environment per interpreter (Java cannot
change the process's), so ``os.chdir`` and ``os.environ`` are all these magics need.
"""

import os
import re

from IPython.core.error import UsageError
from IPython.core.getipython import get_ipython


def line_env(line):
    """Get, set, or list environment variables.

    Usage:\\

      :``%env``: lists all environment variables/values
      :``%env var``: get value for var
      :``%env var val``: set value for var
      :``%env var=val``: set value for var
    """
    if line.strip():
        bits = line.split("=" if "=" in line else " ")
        if len(bits) == 1:
            key = line.strip()
            if key in os.environ:
                return os.environ[key]
            raise UsageError("Environment does not have key: {0}".format(key))
        return _set_env(line)
    env = dict(os.environ)
    # hide likely secrets when printing the whole environment, as IPython does
    for key in list(env):
        if any(s in key.lower() for s in ("key", "token", "secret")):
            env[key] = "<hidden>"
    return env


def _set_env(line):
    split = "=" if "=" in line else " "
    bits = line.split(split, 1)
    if not line.strip() or len(bits) < 2:
        raise UsageError("usage is 'set_env var=val'")
    var, val = bits[0].strip(), bits[1].strip()
    if re.match(r".*\s.*", var):
        raise UsageError("refusing to set env var with whitespace: '{0}'".format(val))
    os.environ[var] = val
    print("env: {0}={1}".format(var, val))


def line_pwd(line):
    """Return the current working directory path.

    Examples
    --------
    ::

      In [9]: pwd
      Out[9]: '/home/tsuser/sprint/ipython'
    """
    try:
        return os.getcwd()
    except FileNotFoundError as e:
        raise UsageError("CWD no longer exists - please use %cd to change directory.") from e


def line_cd(line):
    """Change the current working directory.

    The directories visited are kept in the list ``_dh``.

    Usage:

      - ``cd 'dir'``: changes to directory 'dir'.
      - ``cd -``: changes to the last visited directory.
      - ``cd -<n>``: changes to the n-th directory in the directory history.
      - ``cd ~`` or ``cd`` alone: changes to the home directory.

    Options:

    -q               Be quiet. Do not print the working directory after the
                     cd command is executed.

    Examples
    --------
    ::

      In [10]: cd parent/child
      /home/tsuser/parent/child
    """
    dh = _dir_history()
    quiet, target = _parse_cd(line.strip())
    numbered = re.match(r"-(\d+)$", target)
    if numbered:
        try:
            target = dh[int(numbered.group(1))]
        except IndexError:
            print("The requested directory does not exist in history.")
            return
    elif target == "-":
        if len(dh) < 2:
            raise UsageError("%cd -: No previous directory to change to.")
        target = dh[-2]
    elif not target:
        target = os.path.expanduser("~")
    try:
        old = os.getcwd()
    except OSError:
        old = None
    try:
        os.chdir(os.path.expanduser(str(target)))
    except OSError as e:
        print(e)
    else:
        cwd = os.getcwd()
        if old != cwd:
            dh.append(cwd)
    if not quiet and dh:
        print(dh[-1])


def _parse_cd(arg):
    quiet = False
    if arg == "-q" or arg.startswith("-q "):
        quiet, arg = True, arg[2:].strip()
    if len(arg) >= 2 and arg[0] == arg[-1] and arg[0] in "'\"":
        arg = arg[1:-1]
    return quiet, arg


def _dir_history():
    """``_dh``: the directories visited, the start directory first (IPython's user_ns['_dh'])."""
    ns = get_ipython().user_ns
    dh = ns.get("_dh")
    if not isinstance(dh, list):
        dh = [os.getcwd()]
        ns["_dh"] = dh
    return dh
