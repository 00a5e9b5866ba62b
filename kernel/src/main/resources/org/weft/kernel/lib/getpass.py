"""getpass for notebooks: the password is asked through the front end (input_request with
password=True), as ipykernel does; getuser() as the standard library's."""

import os

import _weft_kernel

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getpass(prompt="Password: ", stream=None):
    return _weft_kernel.input(str(prompt), True)


def getuser():
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(name)
        if user:
            return user
    import pwd  # noqa: the standard library's last resort; raises ImportError here as on Windows
    return pwd.getpwuid(os.getuid())[0]
