"""getpass: prompt for a password without echoing it, and the login name (weft's own
implementation). The password is read through the run's input: a terminal's no-echo mode in the
launcher, the front end's password box in a notebook; where the input cannot hide what is typed,
a GetPassWarning is issued and a plain line is read, as CPython's fallback does."""
import os
import sys
import warnings

import _weft_stdlib

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getpass(prompt='Password: ', stream=None):
    """Prompt for a password, with echo turned off."""
    if sys.stdin is sys.__stdin__:
        password = _weft_stdlib.read_password(prompt)
        if password is not None:
            return password
    return _fallback_getpass(prompt, stream)


def _fallback_getpass(prompt='Password: ', stream=None):
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    stream.write(str(prompt))
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def getuser():
    """Get the username from the environment or password database."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    # the password database, as CPython's getuser falls back to it
    import pwd
    return pwd.getpwuid(os.getuid())[0]
