"""py_compile: check that Python source files compile (weft's own implementation).

Weft runs source and has no bytecode, so compile() writes no .pyc file: it compiles the source
(reporting syntax errors exactly as CPython's py_compile does) and returns the path where
CPython would have written the byte-compiled file, so callers that print it or test it for
success behave the same. `python -m py_compile FILE...` checks files and exits 1 on the first error.
"""
import enum
import os
import sys
import traceback

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """Raised by compile(..., doraise=True) when a file does not compile.

    exc_type_name, exc_value and file say what went wrong where; msg is the text py_compile prints:
    the SyntaxError as a traceback prints it, or 'Sorry: TYPE: VALUE' for anything else
    (IndentationError and TabError included, as in CPython, which tests the exact type)."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            tbtext = ''.join(traceback.format_exception_only(exc_type, exc_value))
            errmsg = tbtext.replace('File "<string>"', 'File "%s"' % file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def _get_default_invalidation_mode():
    if os.environ.get('SOURCE_DATE_EPOCH'):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def _cache_path(file, optimize):
    # CPython's PEP 3147/488 location (importlib.util.cache_from_source with the 3.11 tag);
    # weft's sys.implementation.cache_tag is None, so it is spelled out here.
    head, tail = os.path.split(file)
    base = tail.rpartition('.')[0] if '.' in tail else tail
    opt = '.opt-%d' % optimize if optimize >= 1 else ''
    return os.path.join(head, '__pycache__', '%s.cpython-%d%d%s.pyc'
                        % (base, sys.version_info[0], sys.version_info[1], opt))


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    """Compile one source file; return the .pyc path CPython would write (weft writes nothing).

    On a compile error: raise PyCompileError if doraise, else write its message to stderr
    (unless quiet is 2) and return None."""
    if cfile is None:
        cfile = _cache_path(file, optimize)
    if os.path.islink(cfile):
        msg = ('{} is a symlink and will be changed into a regular file if '
               'import writes a byte-compiled file to it')
        raise FileExistsError(msg.format(cfile))
    elif os.path.exists(cfile) and not os.path.isfile(cfile):
        msg = ('{} is a non-regular file and will be changed into a regular '
               'one if import writes a byte-compiled file to it')
        raise FileExistsError(msg.format(cfile))
    with open(file, 'rb') as f:
        source_bytes = f.read()
    try:
        import builtins
        builtins.compile(source_bytes, dfile or file, 'exec', dont_inherit=True, optimize=optimize)
    except Exception as err:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise py_exc
            sys.stderr.write(py_exc.msg + '\n')
        return None
    return cfile


def main():
    """python -m py_compile [-q] FILE... (or - to read the names from stdin)."""
    import argparse

    description = 'A simple command-line interface for py_compile module.'
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument('-q', '--quiet', action='store_true', help='Suppress error output')
    parser.add_argument('filenames', nargs='+', help='Files to compile')
    args = parser.parse_args()
    if args.filenames == ['-']:
        filenames = [filename.rstrip('\n') for filename in sys.stdin.readlines()]
    else:
        filenames = args.filenames
    for filename in filenames:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            parser.exit(1) if args.quiet else parser.exit(1, error.msg)
        except OSError as error:
            parser.exit(1) if args.quiet else parser.exit(1, str(error))


if __name__ == "__main__":
    main()
