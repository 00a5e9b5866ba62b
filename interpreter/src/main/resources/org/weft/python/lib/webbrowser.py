"""Interfaces for launching and remotely controlling web browsers (written for Weft).

Browsers are found as CPython finds them on a POSIX system: graphical ones only when DISPLAY or
WAYLAND_DISPLAY is set, console ones (www-browser, links, elinks, lynx, w3m) when they are on
PATH, and the commands in BROWSER (os.pathsep-separated, "%s" standing for the URL) first.
With none found, open() returns False and get() raises Error, as CPython does.
"""
import os
import shlex
import shutil
import subprocess
import sys
import threading

__all__ = ["Error", "open", "open_new", "open_new_tab", "get", "register"]


class Error(Exception):
    pass


_lock = threading.RLock()
_browsers = {}       # lower-case name -> [class, instance]
_tryorder = None     # the names to try, preferred first; None until the first lookup
_os_preferred_browser = None


def register(name, klass, instance=None, *, preferred=False):
    """Register a browser connector."""
    with _lock:
        if _tryorder is None:
            register_standard_browsers()
        _browsers[name.lower()] = [klass, instance]
        # the browser BROWSER names, or the system's default, goes first
        if preferred or (_os_preferred_browser and name in _os_preferred_browser):
            _tryorder.insert(0, name)
        else:
            _tryorder.append(name)


def get(using=None):
    """Return a browser launcher instance appropriate for the environment."""
    if _tryorder is None:
        with _lock:
            if _tryorder is None:
                register_standard_browsers()
    alternatives = [using] if using is not None else _tryorder
    for browser in alternatives:
        if '%s' in browser:
            # a command line with the URL's place marked; a trailing '&' runs it in the background
            cmdline = shlex.split(browser)
            if cmdline[-1] == '&':
                return BackgroundBrowser(cmdline[:-1])
            return GenericBrowser(cmdline)
        try:
            command = _browsers[browser.lower()]
        except KeyError:
            command = _synthesize(browser)
        if command[1] is not None:
            return command[1]
        if command[0] is not None:
            return command[0]()
    raise Error("could not locate runnable browser")


def open(url, new=0, autoraise=True):
    """Display url using the default browser.

    If possible, open url in a location determined by new.
    - 0: the same browser window (the default).
    - 1: a new browser window.
    - 2: a new browser page ("tab").
    If possible, autoraise raises the window (the default) or not.
    """
    if _tryorder is None:
        with _lock:
            if _tryorder is None:
                register_standard_browsers()
    for name in _tryorder:
        browser = get(name)
        if browser.open(url, new, autoraise):
            return True
    return False


def open_new(url):
    """Open url in a new window of the default browser."""
    return open(url, 1)


def open_new_tab(url):
    """Open url in a new page ("tab") of the default browser."""
    return open(url, 2)


def _audit(url):
    # sys.audit is CPython's hook for auditors; absent, there is nobody to tell
    audit = getattr(sys, 'audit', None)
    if audit is not None:
        audit("webbrowser.open", url)


def _synthesize(browser, *, preferred=False):
    """Register a browser that is given by a path or a name on PATH, as a copy of a registered
    one of the same basename; [None, None] when there is no such command."""
    cmd = browser.split()[0]
    if not shutil.which(cmd):
        return [None, None]
    name = os.path.basename(cmd)
    try:
        command = _browsers[name.lower()]
    except KeyError:
        return [None, None]
    controller = command[1]
    if controller and name.lower() == controller.basename:
        import copy
        controller = copy.copy(controller)
        controller.name = browser
        controller.basename = os.path.basename(browser)
        register(browser, None, instance=controller, preferred=preferred)
        return [None, controller]
    return [None, None]


class BaseBrowser(object):
    """Parent class for all browsers. Do not use directly."""

    args = ['%s']

    def __init__(self, name=""):
        self.name = name
        self.basename = name

    def open(self, url, new=0, autoraise=True):
        raise NotImplementedError

    def open_new(self, url):
        return self.open(url, 1)

    def open_new_tab(self, url):
        return self.open(url, 2)


class GenericBrowser(BaseBrowser):
    """Class for all browsers started with a command
       and without remote functionality."""

    def __init__(self, name):
        if isinstance(name, str):
            self.name = name
            self.args = ["%s"]
        else:
            # a command line as a list: the program, then its arguments
            self.name = name[0]
            self.args = name[1:]
        self.basename = os.path.basename(self.name)

    def open(self, url, new=0, autoraise=True):
        _audit(url)
        cmdline = [self.name] + [arg.replace("%s", url) for arg in self.args]
        try:
            p = subprocess.Popen(cmdline, close_fds=True)
            return not p.wait()
        except OSError:
            return False


class BackgroundBrowser(GenericBrowser):
    """Class for all browsers which are to be started in the
       background."""

    def open(self, url, new=0, autoraise=True):
        cmdline = [self.name] + [arg.replace("%s", url) for arg in self.args]
        _audit(url)
        try:
            p = subprocess.Popen(cmdline, close_fds=True, start_new_session=True)
            return p.poll() is None
        except OSError:
            return False


class UnixBrowser(BaseBrowser):
    """Parent class for all Unix browsers with remote functionality: a browser started with
    remote_args, in the background when background is set."""

    raise_opts = None
    background = False
    redirect_stdout = True
    remote_args = ['%action', '%s']
    remote_action = None
    remote_action_newwin = None
    remote_action_newtab = None

    def _invoke(self, args, remote, autoraise, url=None):
        cmdline = [self.name] + args
        stdout = subprocess.DEVNULL if remote or self.background else None
        try:
            p = subprocess.Popen(cmdline, close_fds=True, stdin=subprocess.DEVNULL, stdout=stdout,
                                 start_new_session=True)
        except OSError:
            return False
        if remote or not self.background:
            try:
                return not p.wait(5)
            except subprocess.TimeoutExpired:
                return True
        return p.poll() is None

    def open(self, url, new=0, autoraise=True):
        _audit(url)
        if new == 0:
            action = self.remote_action
        elif new == 1:
            action = self.remote_action_newwin
        elif new == 2:
            action = self.remote_action_newtab if self.remote_action_newtab is not None else self.remote_action_newwin
        else:
            raise Error("Bad 'new' parameter to open(); expected 0, 1, or 2, got %s" % new)
        args = [arg.replace("%s", url).replace("%action", action or '') for arg in self.remote_args]
        return self._invoke([arg for arg in args if arg], True, autoraise, url)


class Mozilla(UnixBrowser):
    """Launcher class for Mozilla browsers."""
    remote_args = ['%action', '%s']
    remote_action = ""
    remote_action_newwin = "-new-window"
    remote_action_newtab = "-new-tab"
    background = True


Netscape = Mozilla


class Chrome(UnixBrowser):
    "Launcher class for Google Chrome browser."
    remote_args = ['%action', '%s']
    remote_action = ""
    remote_action_newwin = "--new-window"
    remote_action_newtab = ""
    background = True


Chromium = Chrome


class Opera(UnixBrowser):
    "Launcher class for Opera browser."
    remote_args = ['%action', '%s']
    remote_action = ""
    remote_action_newwin = "--new-window"
    remote_action_newtab = ""
    background = True


class Elinks(UnixBrowser):
    "Launcher class for Elinks browsers."
    remote_args = ['-remote', 'openURL(%s%action)']
    remote_action = ""
    remote_action_newwin = ",new-window"
    remote_action_newtab = ",new-tab"
    background = False
    redirect_stdout = False


def register_X_browsers():
    """The graphical browsers on PATH, the desktop's own opener first."""
    for opener in ("xdg-open", "gio"):
        if shutil.which(opener):
            args = ["open", "--", "%s"] if opener == "gio" else ["%s"]
            register(opener, None, BackgroundBrowser([opener] + args))
    if shutil.which("x-www-browser"):
        register("x-www-browser", None, BackgroundBrowser("x-www-browser"))
    for browser in ("firefox", "iceweasel", "mozilla"):
        if shutil.which(browser):
            register(browser, None, Mozilla(browser))
    for browser in ("google-chrome", "chrome", "chromium", "chromium-browser"):
        if shutil.which(browser):
            register(browser, None, Chrome(browser))
    if shutil.which("opera"):
        register("opera", None, Opera("opera"))


def register_standard_browsers():
    global _tryorder
    _tryorder = []
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        register_X_browsers()
    if os.environ.get("TERM"):
        for browser in ("www-browser", "links", "lynx", "w3m"):
            if shutil.which(browser):
                register(browser, None, GenericBrowser(browser))
        if shutil.which("elinks"):
            register("elinks", None, Elinks("elinks"))
    if "BROWSER" in os.environ:
        userchoices = os.environ["BROWSER"].split(os.pathsep)
        userchoices.reverse()
        # each given command goes first, so the first of them is tried first
        for cmdline in userchoices:
            if cmdline != '':
                cmd = _synthesize(cmdline, preferred=True)
                if cmd[1] is None:
                    register(cmdline, None, GenericBrowser(cmdline), preferred=True)


def main():
    import getopt
    usage = """Usage: %s [-n | -t] url
    -n: open new window
    -t: open new tab""" % sys.argv[0]
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'ntd')
    except getopt.error as msg:
        print(msg, file=sys.stderr)
        print(usage, file=sys.stderr)
        sys.exit(1)
    new_win = 0
    for o, a in opts:
        if o == '-n':
            new_win = 1
        elif o == '-t':
            new_win = 2
    if len(args) != 1:
        print(usage, file=sys.stderr)
        sys.exit(1)
    open(args[0], new_win)
    print("\a")


if __name__ == "__main__":
    main()
