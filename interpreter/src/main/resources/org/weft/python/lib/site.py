"""site: the site-specific directories of packages (weft's own implementation).

Weft starts as `python -S` would: it does not import site at start-up, and importing site does
not change sys.path either (so a notebook never picks up CPython's compiled packages by
accident). site.main() or site.addsitedir() add the directories, with their .pth files, when a
program asks for them."""
import builtins
import os
import sys

PREFIXES = [sys.prefix, sys.exec_prefix]
ENABLE_USER_SITE = None
USER_SITE = None
USER_BASE = None


def _version():
    return '%d.%d' % sys.version_info[:2]


def getuserbase():
    """Returns the `user base` directory path (PYTHONUSERBASE, else ~/.local)."""
    global USER_BASE
    if USER_BASE is None:
        env_base = os.environ.get("PYTHONUSERBASE", None)
        USER_BASE = env_base if env_base else os.path.join(os.path.expanduser("~"), ".local")
    return USER_BASE


def getusersitepackages():
    """Returns the user-specific site-packages directory path."""
    global USER_SITE, ENABLE_USER_SITE
    userbase = getuserbase()
    if USER_SITE is None:
        USER_SITE = os.path.join(userbase, 'lib', 'python' + _version(), 'site-packages')
    if ENABLE_USER_SITE is None:
        ENABLE_USER_SITE = check_enableusersite()
    return USER_SITE


def getsitepackages(prefixes=None):
    """Returns a list containing all global site-packages directories."""
    sitepackages = []
    seen = set()
    if prefixes is None:
        prefixes = PREFIXES
    for prefix in prefixes:
        if not prefix or prefix in seen:
            continue
        seen.add(prefix)
        libdirs = [getattr(sys, 'platlibdir', 'lib')]
        if libdirs[0] != 'lib':
            libdirs.append('lib')
        for libdir in libdirs:
            sitepackages.append(os.path.join(prefix, libdir, 'python' + _version(), 'site-packages'))
    return sitepackages


def check_enableusersite():
    """Check if user site directory is safe for inclusion (not disabled by -s or
    PYTHONNOUSERSITE, not running with a different effective user)."""
    if sys.flags.no_user_site:
        return False
    if hasattr(os, "getuid") and hasattr(os, "geteuid") and os.geteuid() != os.getuid():
        return None
    return True


def makepath(*paths):
    dir = os.path.join(*paths)
    try:
        dir = os.path.abspath(dir)
    except OSError:
        pass
    return dir, os.path.normcase(dir)


def _init_pathinfo():
    d = set()
    for item in sys.path:
        try:
            if os.path.exists(item):
                _, itemcase = makepath(item)
                d.add(itemcase)
        except TypeError:
            continue
    return d


def addpackage(sitedir, name, known_paths):
    """Process a .pth file within the site-packages directory: add its directories to sys.path
    (an 'import' line is run, as in CPython)."""
    reset = known_paths is None
    if reset:
        known_paths = _init_pathinfo()
    fullname = os.path.join(sitedir, name)
    try:
        with open(fullname, encoding='utf-8') as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    for n, line in enumerate(lines):
        if line.startswith("#") or not line.strip():
            continue
        try:
            if line.startswith(("import ", "import\t")):
                exec(line)
                continue
            line = line.rstrip()
            dir, dircase = makepath(sitedir, line)
            if dircase not in known_paths and os.path.exists(dir):
                sys.path.append(dir)
                known_paths.add(dircase)
        except Exception as exc:
            print("Error processing line {:d} of {}:\n".format(n + 1, fullname), file=sys.stderr)
            print("  %s: %s" % (type(exc).__name__, exc), file=sys.stderr)
            print("\nRemainder of file ignored", file=sys.stderr)
            break
    if reset:
        known_paths = None
    return known_paths


def addsitedir(sitedir, known_paths=None):
    """Add 'sitedir' argument to sys.path if missing and handle .pth files in 'sitedir'"""
    reset = known_paths is None
    if reset:
        known_paths = _init_pathinfo()
    sitedir, sitedircase = makepath(sitedir)
    if sitedircase not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(sitedircase)
    try:
        names = os.listdir(sitedir)
    except OSError:
        return known_paths
    for name in sorted(n for n in names if n.endswith(".pth") and not n.startswith(".")):
        addpackage(sitedir, name, known_paths)
    if reset:
        known_paths = None
    return known_paths


def addusersitepackages(known_paths):
    """Add a per user site-package to sys.path, when it exists and is enabled."""
    user_site = getusersitepackages()
    if ENABLE_USER_SITE and os.path.isdir(user_site):
        addsitedir(user_site, known_paths)
    return known_paths


def addsitepackages(known_paths, prefixes=None):
    """Add site-packages to sys.path"""
    for sitedir in getsitepackages(prefixes):
        if os.path.isdir(sitedir):
            addsitedir(sitedir, known_paths)
    return known_paths


def main():
    """Add the standard site-specific directories to the module search path."""
    global ENABLE_USER_SITE
    known_paths = _init_pathinfo()
    if ENABLE_USER_SITE is None:
        ENABLE_USER_SITE = check_enableusersite()
    known_paths = addusersitepackages(known_paths)
    addsitepackages(known_paths)


def _script():
    print("sys.path = [")
    for dir in sys.path:
        print("    %r," % (dir,))
    print("]")
    user_site = getusersitepackages()
    def exists(path):
        return "exists" if os.path.isdir(path) else "doesn't exist"
    print(f"USER_BASE: {getuserbase()!r} ({exists(getuserbase())})")
    print(f"USER_SITE: {user_site!r} ({exists(user_site)})")
    print(f"ENABLE_USER_SITE: {ENABLE_USER_SITE!r}")


ENABLE_USER_SITE = check_enableusersite()

if __name__ == '__main__':
    _script()
