"""compileall: check every Python source file of a directory tree (weft's own implementation).

Weft has no bytecode: nothing is written and no .pyc is ever up to date, so each file is compiled
(its syntax checked) every time, with CPython's messages ('Listing ...', 'Compiling ...',
'*** ' and the error) and exit status (1 when a file failed). Options that only shape .pyc files
(-b, -o, --invalidation-mode, --hardlink-dupes) are accepted and change nothing; -j runs the files
one after another, so the output keeps its order.
"""
import os
import sys

import py_compile

__all__ = ["compile_dir", "compile_file", "compile_path"]


def _walk_dir(dir, maxlevels, quiet=0):
    if quiet < 2 and isinstance(dir, os.PathLike):
        dir = os.fspath(dir)
    if not quiet:
        print('Listing {!r}...'.format(dir))
    try:
        names = os.listdir(dir)
    except OSError:
        if quiet < 2:
            print("Can't list {!r}".format(dir))
        names = []
    names.sort()
    for name in names:
        if name == '__pycache__':
            continue
        fullname = os.path.join(dir, name)
        if not os.path.isdir(fullname):
            yield fullname
        elif (maxlevels > 0 and name != os.curdir and name != os.pardir and
              not os.path.islink(fullname)):
            yield from _walk_dir(fullname, maxlevels=maxlevels - 1, quiet=quiet)


def compile_dir(dir, maxlevels=None, ddir=None, force=False, rx=None, quiet=0, legacy=False,
                optimize=-1, workers=1, invalidation_mode=None, *, stripdir=None,
                prependdir=None, limit_sl_dest=None, hardlink_dupes=False):
    """Check all modules in the given directory tree; return whether all compiled."""
    if ddir is not None and (stripdir is not None or prependdir is not None):
        raise ValueError("Destination dir (ddir) cannot be used "
                         "in combination with stripdir or prependdir")
    if ddir is not None:
        stripdir, prependdir, ddir = dir, ddir, None
    if workers < 0:
        raise ValueError('workers must be greater or equal to 0')
    if maxlevels is None:
        maxlevels = sys.getrecursionlimit()
    success = True
    for file in _walk_dir(dir, quiet=quiet, maxlevels=maxlevels):
        if not compile_file(file, ddir, force, rx, quiet, legacy, optimize, invalidation_mode,
                            stripdir=stripdir, prependdir=prependdir,
                            limit_sl_dest=limit_sl_dest, hardlink_dupes=hardlink_dupes):
            success = False
    return success


def _display_name(fullname, ddir, stripdir, prependdir):
    # The name compiled into the code object (and shown in its errors), as CPython computes it.
    dfile = os.path.join(ddir, os.path.basename(fullname)) if ddir is not None else None
    if stripdir is not None:
        parts = fullname.split(os.path.sep)
        kept = list(parts)
        for spart, opart in zip(os.fspath(stripdir).split(os.path.sep), parts):
            if spart == opart:
                kept.remove(spart)
        dfile = os.path.join(*kept)
    if prependdir is not None:
        dfile = os.path.join(prependdir, fullname if dfile is None else dfile)
    return dfile


def compile_file(fullname, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None, *, stripdir=None, prependdir=None,
                 limit_sl_dest=None, hardlink_dupes=False):
    """Check one file (only .py files are compiled); return False if it did not compile."""
    if ddir is not None and (stripdir is not None or prependdir is not None):
        raise ValueError("Destination dir (ddir) cannot be used "
                         "in combination with stripdir or prependdir")
    fullname = os.fspath(fullname)
    dfile = _display_name(fullname, ddir, stripdir, prependdir)
    levels = sorted(set([optimize] if isinstance(optimize, int) else optimize))
    if hardlink_dupes and len(levels) < 2:
        raise ValueError("Hardlinking of duplicated bytecode makes sense "
                         "only for more than one optimization level")
    if rx is not None and rx.search(fullname):
        return True
    if limit_sl_dest is not None and os.path.islink(fullname):
        from pathlib import Path
        if Path(limit_sl_dest).resolve() not in Path(fullname).resolve().parents:
            return True
    if not os.path.isfile(fullname) or not fullname.endswith('.py'):
        return True
    if not quiet:
        print('Compiling {!r}...'.format(fullname))
    try:
        for level in levels:
            cfile = fullname + 'c' if legacy else None
            py_compile.compile(fullname, cfile, dfile, True, optimize=level,
                               invalidation_mode=invalidation_mode)
    except py_compile.PyCompileError as err:
        return _report(fullname, quiet, err.msg)
    except (SyntaxError, UnicodeError, OSError) as e:
        return _report(fullname, quiet, e.__class__.__name__ + ': ' + str(e))
    return True


def _report(fullname, quiet, msg):
    if quiet >= 2:
        return False
    if quiet:
        print('*** Error compiling {!r}...'.format(fullname))
    else:
        print('*** ', end='')
    # non-printable characters escaped, as CPython does for its stdout's encoding
    encoding = sys.stdout.encoding or sys.getdefaultencoding()
    print(msg.encode(encoding, errors='backslashreplace').decode(encoding))
    return False


def compile_path(skip_curdir=1, maxlevels=0, force=False, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None):
    """Check all modules on sys.path."""
    success = True
    for dir in sys.path:
        if (not dir or dir == os.curdir) and skip_curdir:
            if quiet < 2:
                print('Skipping current directory')
        else:
            success = success and compile_dir(dir, maxlevels, None, force, quiet=quiet,
                                              legacy=legacy, optimize=optimize,
                                              invalidation_mode=invalidation_mode)
    return success


def _parser():
    import argparse
    parser = argparse.ArgumentParser(description='Utilities to support installing Python libraries.')
    add = parser.add_argument
    add('-l', action='store_const', const=0, default=None, dest='maxlevels',
        help="don't recurse into subdirectories")
    add('-r', type=int, dest='recursion',
        help=('control the maximum recursion level. if `-l` and `-r` options are specified, '
              'then `-r` takes precedence.'))
    add('-f', action='store_true', dest='force', help='force rebuild even if timestamps are up to date')
    add('-q', action='count', dest='quiet', default=0,
        help='output only error messages; -qq will suppress the error messages as well.')
    add('-b', action='store_true', dest='legacy', help='use legacy (pre-PEP3147) compiled file locations')
    add('-d', metavar='DESTDIR', dest='ddir', default=None,
        help=('directory to prepend to file paths for use in compile-time tracebacks and in '
              'runtime tracebacks in cases where the source file is unavailable'))
    add('-s', metavar='STRIPDIR', dest='stripdir', default=None,
        help=('part of path to left-strip from path to source file - for example buildroot. '
              '`-d` and `-s` options cannot be specified together.'))
    add('-p', metavar='PREPENDDIR', dest='prependdir', default=None,
        help=('path to add as prefix to path to source file - for example / to make it absolute '
              'when some part is removed by `-s` option. `-d` and `-p` options cannot be '
              'specified together.'))
    add('-x', metavar='REGEXP', dest='rx', default=None,
        help=('skip files matching the regular expression; the regexp is searched for in the '
              'full path of each file considered for compilation'))
    add('-i', metavar='FILE', dest='flist',
        help=('add all the files and directories listed in FILE to the list considered for '
              'compilation; if "-", names are read from stdin'))
    add('compile_dest', metavar='FILE|DIR', nargs='*',
        help=('zero or more file and directory names to compile; if no arguments given, '
              'defaults to the equivalent of -l sys.path'))
    add('-j', '--workers', default=1, type=int, help='Run compileall concurrently')
    modes = [mode.name.lower().replace('_', '-') for mode in py_compile.PycInvalidationMode]
    add('--invalidation-mode', choices=sorted(modes),
        help=('set .pyc invalidation mode; defaults to "checked-hash" if the SOURCE_DATE_EPOCH '
              'environment variable is set, and "timestamp" otherwise.'))
    add('-o', action='append', type=int, dest='opt_levels',
        help=('Optimization levels to run compilation with. Default is -1 which uses the '
              'optimization level of the Python interpreter itself (see -O).'))
    add('-e', metavar='DIR', dest='limit_sl_dest', help='Ignore symlinks pointing outsite of the DIR')
    add('--hardlink-dupes', action='store_true', dest='hardlink_dupes', help='Hardlink duplicated pyc files')
    return parser


def main():
    """python -m compileall: returns whether everything compiled."""
    parser = _parser()
    args = parser.parse_args()
    dests = args.compile_dest
    if args.rx:
        import re
        args.rx = re.compile(args.rx)
    if args.limit_sl_dest == "":
        args.limit_sl_dest = None
    maxlevels = args.recursion if args.recursion is not None else args.maxlevels
    if args.opt_levels is None:
        args.opt_levels = [-1]
    if len(args.opt_levels) == 1 and args.hardlink_dupes:
        parser.error("Hardlinking of duplicated bytecode makes sense "
                     "only for more than one optimization level.")
    if args.ddir is not None and (args.stripdir is not None or args.prependdir is not None):
        parser.error("-d cannot be used in combination with -s or -p")
    if args.flist:
        try:
            with (sys.stdin if args.flist == '-' else open(args.flist, encoding="utf-8")) as f:
                for line in f:
                    dests.append(line.strip())
        except OSError:
            if args.quiet < 2:
                print("Error reading file list {}".format(args.flist))
            return False
    mode = None
    if args.invalidation_mode:
        mode = py_compile.PycInvalidationMode[args.invalidation_mode.replace('-', '_').upper()]
    common = dict(invalidation_mode=mode, stripdir=args.stripdir, prependdir=args.prependdir,
                  optimize=args.opt_levels, limit_sl_dest=args.limit_sl_dest,
                  hardlink_dupes=args.hardlink_dupes)
    try:
        if not dests:
            return compile_path(legacy=args.legacy, force=args.force, quiet=args.quiet,
                                invalidation_mode=mode)
        success = True
        for dest in dests:
            if os.path.isfile(dest):
                ok = compile_file(dest, args.ddir, args.force, args.rx, args.quiet, args.legacy, **common)
            else:
                ok = compile_dir(dest, maxlevels, args.ddir, args.force, args.rx, args.quiet,
                                 args.legacy, workers=args.workers, **common)
            success = success and ok
        return success
    except KeyboardInterrupt:
        if args.quiet < 2:
            print("\n[interrupted]")
        return False


if __name__ == '__main__':
    sys.exit(int(not main()))
