"""trace: follow a program line by line, count the lines it runs, list the functions it calls.

Weft's own implementation on sys.settrace, with CPython 3.11's interface and output:

    tracer = trace.Trace(count=1, trace=1)
    tracer.runfunc(main)               # or tracer.run('main()'), tracer.runctx(code, g, l)
    tracer.results().write_results(show_missing=True, coverdir='.')

With trace=1 each call into a module prints ' --- modulename: m, funcname: f' and each line
'm.py(12): source'. Counts go to '<module>.cover' files (the count before each line run,
'>>>>>> ' before a line that could have run but did not). From the shell:
python -m trace --count --trace program.py.
"""

import linecache
import os
import pickle
import sys
import threading
import time
import tokenize

__all__ = ['Trace', 'CoverageResults']

# A line containing this is never reported as missed.
PRAGMA_NOCOVER = "#pragma NO COVER"


class _Ignore:
    """Which modules not to trace: those named (and their submodules) and those in the folders."""

    def __init__(self, modules=None, dirs=None):
        self._mods = set(modules or ())
        self._dirs = [os.path.normpath(d) for d in dirs or ()]
        self._ignore = {'<string>': 1}    # module name -> 1 (ignored) or 0, decided once each

    def names(self, filename, modulename):
        known = self._ignore.get(modulename)
        if known is not None:
            return known
        self._ignore[modulename] = verdict = self._decide(filename, modulename)
        return verdict

    def _decide(self, filename, modulename):
        for mod in self._mods:
            if modulename == mod or modulename.startswith(mod + '.'):
                return 1
        if filename is None:
            return 1          # a built-in module
        for folder in self._dirs:
            if filename.startswith(folder + os.sep):
                return 1
        return 0


def _modname(path):
    """The module name a file path suggests: its base name without extension."""
    return os.path.splitext(os.path.basename(path))[0]


def _fullmodname(path):
    """The dotted module name of a file path, relative to the longest sys.path entry it is under."""
    compared = os.path.normcase(path)
    longest = ""
    for folder in sys.path:
        folder = os.path.normcase(folder)
        if compared.startswith(folder) and compared[len(folder):len(folder) + 1] == os.sep:
            if len(folder) > len(longest):
                longest = folder
    base = path[len(longest) + 1:] if longest else path
    base = os.path.splitdrive(base)[1].replace(os.sep, ".")
    if os.altsep:
        base = base.replace(os.altsep, ".")
    return os.path.splitext(base)[0].lstrip(".")


class CoverageResults:
    """Line counts, called functions and caller pairs, merged from a file when infile is given."""

    def __init__(self, counts=None, calledfuncs=None, infile=None, callers=None, outfile=None):
        self.counts = dict(counts or {})          # (filename, lineno) -> times run
        self.calledfuncs = dict(calledfuncs or {})  # (filename, modulename, funcname) -> 1
        self.callers = dict(callers or {})        # (caller triple, callee triple) -> 1
        self.infile = infile
        self.outfile = outfile
        if self.infile:
            try:
                with open(self.infile, 'rb') as f:
                    counts, calledfuncs, callers = pickle.load(f)
                self.update(self.__class__(counts, calledfuncs, callers=callers))
            except (OSError, EOFError, ValueError) as err:
                print("Skipping counts file %r: %s" % (self.infile, err), file=sys.stderr)

    def is_ignored_filename(self, filename):
        """Code compiled from a string ('<string>', '<stdin>') has no file to annotate."""
        return filename.startswith('<') and filename.endswith('>')

    def update(self, other):
        """Add the counts, functions and callers of another CoverageResults."""
        for key, count in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + count
        self.calledfuncs.update(other.calledfuncs)
        self.callers.update(other.callers)

    def write_results(self, show_missing=True, summary=False, coverdir=None, *,
                      ignore_missing_lines=False):
        """Print the called functions and calling pairs; write a .cover file per traced file
        (beside it, or in coverdir); with summary, print a table of lines and coverage."""
        self._print_calledfuncs()
        self._print_callers()
        sums = {}
        for filename, lines_hit in self._counts_per_file().items():
            if self.is_ignored_filename(filename):
                continue
            if filename.endswith(".pyc"):
                filename = filename[:-1]
            if coverdir is None:
                folder = os.path.dirname(os.path.abspath(filename))
                modulename = _modname(filename)
            else:
                folder = coverdir
                os.makedirs(folder, exist_ok=True)
                modulename = _fullmodname(filename)
            if show_missing and not ignore_missing_lines:
                executable = _find_executable_linenos(filename)
            else:
                executable = {}
            source = linecache.getlines(filename)
            coverpath = os.path.join(folder, modulename + ".cover")
            with open(filename, 'rb') as fp:
                encoding, _ = tokenize.detect_encoding(fp.readline)
            n_hits, n_lines = self.write_results_file(coverpath, source, executable, lines_hit,
                                                      encoding)
            if summary and n_lines:
                percent = int(100 * n_hits / n_lines)
                sums[modulename] = n_lines, percent, modulename, filename
        if summary and sums:
            print("lines   cov%   module   (path)")
            for name in sorted(sums):
                print("%5d   %3d%%   %s   (%s)" % sums[name])
        if self.outfile:
            try:
                with open(self.outfile, 'wb') as f:
                    pickle.dump((self.counts, self.calledfuncs, self.callers), f, 1)
            except OSError as err:
                print("Can't save counts files because %s" % err, file=sys.stderr)

    def _print_calledfuncs(self):
        if not self.calledfuncs:
            return
        print()
        print("functions called:")
        for filename, modulename, funcname in sorted(self.calledfuncs):
            print("filename: %s, modulename: %s, funcname: %s" % (filename, modulename, funcname))

    def _print_callers(self):
        if not self.callers:
            return
        print()
        print("calling relationships:")
        lastfile = lastcfile = ""
        for (pfile, pmod, pfunc), (cfile, cmod, cfunc) in sorted(self.callers):
            if pfile != lastfile:
                print()
                print("***", pfile, "***")
                lastfile = pfile
                lastcfile = ""
            if cfile != pfile and lastcfile != cfile:
                print("  -->", cfile)
                lastcfile = cfile
            print("    %s.%s -> %s.%s" % (pmod, pfunc, cmod, cfunc))

    def _counts_per_file(self):
        per_file = {}
        for (filename, lineno), count in self.counts.items():
            per_file.setdefault(filename, {})[lineno] = count
        return per_file

    def write_results_file(self, path, lines, lnotab, lines_hit, encoding=None):
        """Write one annotated source file; returns (lines run, lines that could run)."""
        try:
            outfile = open(path, "w", encoding=encoding)
        except OSError as err:
            print("trace: Could not open %r for writing: %s - skipping" % (path, err),
                  file=sys.stderr)
            return 0, 0
        n_lines = n_hits = 0
        with outfile:
            for lineno, line in enumerate(lines, 1):
                if lineno in lines_hit:
                    outfile.write("%5d: " % lines_hit[lineno])
                    n_hits += 1
                    n_lines += 1
                elif lineno in lnotab and PRAGMA_NOCOVER not in line:
                    outfile.write(">>>>>> ")
                    n_lines += 1
                else:
                    outfile.write("       ")
                outfile.write(line.expandtabs(8))
        return n_hits, n_lines


def _find_strings(filename, encoding=None):
    """{line: 1} for the lines of docstrings (a string that is a statement of its own)."""
    lines = {}
    previous = tokenize.INDENT
    with open(filename, encoding=encoding) as f:
        for ttype, _, start, end, _ in tokenize.generate_tokens(f.readline):
            if ttype == tokenize.STRING and previous == tokenize.INDENT:
                for lineno in range(start[0], end[0] + 1):
                    lines[lineno] = 1
            previous = ttype
    return lines


def _code_line_starts(code):
    """The line numbers where the code object's own instructions start a line."""
    if hasattr(code, 'co_lines'):
        return {line for _, _, line in code.co_lines() if line is not None}
    return set()


def _find_lines(code, strs):
    """{line: 1} for every line that starts code in the code object or its nested code objects,
    docstring lines excepted."""
    lines = {}
    for const in code.co_consts:
        if hasattr(const, 'co_code') or type(const) is type(code):
            lines.update(_find_lines(const, strs))
    for lineno in _code_line_starts(code):
        if lineno not in strs:
            lines[lineno] = 1
    return lines


def _folded(node):
    import ast
    return isinstance(node, ast.Constant) or (
        isinstance(node, ast.Tuple) and all(_folded(e) for e in node.elts))


def _lines_from_ast(source):
    """{line: 1} for the lines a compiler gives instructions: where a statement, an except
    clause or an expression starts (a decorated definition at its first decorator), leaving
    out global/nonlocal and the items of a display of constants, which compile to one constant.
    Used where code objects carry no line table (no co_lines); over CPython's standard library
    it differs from CPython's table on about 1 line in 1000."""
    import ast
    tree = ast.parse(source)
    in_constant_display = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and all(_folded(e) for e in node.elts):
            in_constant_display.update(id(e) for e in node.elts)
    lines = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Global, ast.Nonlocal)) or id(node) in in_constant_display:
            continue
        if not isinstance(node, (ast.stmt, ast.excepthandler, ast.expr)):
            continue
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) \
                and node.decorator_list:
            lines[node.decorator_list[0].lineno] = 1
        lines[node.lineno] = 1
    return lines


def _find_executable_linenos(filename):
    """{line: 1} for the lines of the file that hold code, docstrings excepted."""
    try:
        with tokenize.open(filename) as f:
            prog = f.read()
            encoding = f.encoding
    except OSError as err:
        print("Not printing coverage data for %r: %s" % (filename, err), file=sys.stderr)
        return {}
    strs = _find_strings(filename, encoding)
    code = compile(prog, filename, "exec")
    if hasattr(code, 'co_lines'):
        return _find_lines(code, strs)
    return {line: 1 for line in _lines_from_ast(prog) if line not in strs}


class Trace:
    """Traces and/or counts what a program runs.

    count: count line executions; trace: print each line as it runs; countfuncs: record the
    functions called; countcallers: record caller/callee pairs; ignoremods, ignoredirs: modules
    and folders not to trace; infile/outfile: a counts file to read first / save to; timing:
    prefix each traced line with the seconds since the start.
    """

    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0, ignoremods=(),
                 ignoredirs=(), infile=None, outfile=None, timing=False):
        self.infile = infile
        self.outfile = outfile
        self.ignore = _Ignore(ignoremods, ignoredirs)
        self.counts = {}
        self.pathtobasename = {}
        self.donothing = 0
        self.trace = trace
        self._calledfuncs = {}
        self._callers = {}
        self._caller_cache = {}
        self.start_time = time.time() if timing else None
        if countcallers:
            self.globaltrace = self.globaltrace_trackcallers
        elif countfuncs:
            self.globaltrace = self.globaltrace_countfuncs
        elif trace or count:
            self.globaltrace = self.globaltrace_lt
            if trace and count:
                self.localtrace = self.localtrace_trace_and_count
            elif trace:
                self.localtrace = self.localtrace_trace
            else:
                self.localtrace = self.localtrace_count
        else:
            self.donothing = 1

    def run(self, cmd):
        """Run a statement in __main__'s namespace."""
        import __main__
        namespace = __main__.__dict__
        self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals=None, locals=None):
        """Run a statement (a string or code object) with exec() in the given namespaces."""
        if globals is None:
            globals = {}
        if locals is None:
            locals = {}
        if not self.donothing:
            threading.settrace(self.globaltrace)
            sys.settrace(self.globaltrace)
        try:
            exec(cmd, globals, locals)
        finally:
            if not self.donothing:
                sys.settrace(None)
                threading.settrace(None)

    def runfunc(self, func, /, *args, **kw):
        """Call func(*args, **kw) traced; returns its result."""
        result = None
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            result = func(*args, **kw)
        finally:
            if not self.donothing:
                sys.settrace(None)
        return result

    def file_module_function_of(self, frame):
        """(file, module name, function name) of a frame; a method is named 'Class.method'."""
        code = frame.f_code
        filename = code.co_filename
        modulename = _modname(filename) if filename else None
        funcname = code.co_name
        if code not in self._caller_cache:
            self._caller_cache[code] = self._class_name(code)
        clsname = self._caller_cache[code]
        if clsname is not None:
            funcname = "%s.%s" % (clsname, funcname)
        return filename, modulename, funcname

    @staticmethod
    def _class_name(code):
        # The qualified name tells which class body defined the function; a function nested in
        # another function ('f.<locals>.g') belongs to no class.
        qualname = getattr(code, 'co_qualname', None)
        if not qualname:
            return None
        parts = qualname.split('.')
        if len(parts) >= 2 and parts[-2] != '<locals>':
            return parts[-2]
        return None

    def globaltrace_trackcallers(self, frame, why, arg):
        """On each call, record the (caller, callee) pair; no line tracing."""
        if why == 'call':
            callee = self.file_module_function_of(frame)
            caller = self.file_module_function_of(frame.f_back)
            self._callers[(caller, callee)] = 1

    def globaltrace_countfuncs(self, frame, why, arg):
        """On each call, record the function called; no line tracing."""
        if why == 'call':
            self._calledfuncs[self.file_module_function_of(frame)] = 1

    def globaltrace_lt(self, frame, why, arg):
        """On each call into a module not ignored, announce it (when tracing) and trace its lines."""
        if why != 'call':
            return None
        filename = frame.f_globals.get('__file__', None)
        if not filename:
            return None
        modulename = _modname(filename)
        if modulename is None or self.ignore.names(filename, modulename):
            return None
        if self.trace:
            print(" --- modulename: %s, funcname: %s" % (modulename, frame.f_code.co_name))
        return self.localtrace

    def _print_line(self, frame):
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        if self.start_time:
            print('%.2f' % (time.time() - self.start_time), end=' ')
        print("%s(%d): %s" % (os.path.basename(filename), lineno,
                              linecache.getline(filename, lineno)), end='')

    def _count_line(self, frame):
        key = frame.f_code.co_filename, frame.f_lineno
        self.counts[key] = self.counts.get(key, 0) + 1

    def localtrace_trace_and_count(self, frame, why, arg):
        if why == "line":
            self._count_line(frame)
            self._print_line(frame)
        return self.localtrace

    def localtrace_trace(self, frame, why, arg):
        if why == "line":
            self._print_line(frame)
        return self.localtrace

    def localtrace_count(self, frame, why, arg):
        if why == "line":
            self._count_line(frame)
        return self.localtrace

    def results(self):
        return CoverageResults(self.counts, infile=self.infile, outfile=self.outfile,
                               calledfuncs=self._calledfuncs, callers=self._callers)


def _parser():
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('--version', action='version', version='trace 2.0')
    main = parser.add_argument_group('Main options', 'One of these (or --report) must be given')
    main.add_argument('-c', '--count', action='store_true',
                      help='Count the number of times each line is executed and write the counts '
                           'to <module>.cover for each module executed, in the module\'s '
                           'directory. See also --coverdir, --file, --no-report below.')
    main.add_argument('-t', '--trace', action='store_true',
                      help='Print each line to sys.stdout before it is executed')
    main.add_argument('-l', '--listfuncs', action='store_true',
                      help='Keep track of which functions are executed at least once and write '
                           'the results to sys.stdout after the program exits. Cannot be '
                           'specified alongside --trace or --count.')
    main.add_argument('-T', '--trackcalls', action='store_true',
                      help='Keep track of caller/called pairs and write the results to '
                           'sys.stdout after the program exits.')
    modifiers = parser.add_argument_group('Modifiers')
    report = modifiers.add_mutually_exclusive_group()
    report.add_argument('-r', '--report', action='store_true',
                        help='Generate a report from a counts file; does not execute any code. '
                             '--file must specify the results file to read, which must have '
                             'been created in a previous run with --count --file=FILE')
    report.add_argument('-R', '--no-report', action='store_true',
                        help='Do not generate the coverage report files. Useful if you want to '
                             'accumulate over several runs.')
    modifiers.add_argument('-f', '--file', help='File to accumulate counts over several runs')
    modifiers.add_argument('-C', '--coverdir',
                           help='Directory where the report files go. The coverage report for '
                                '<package>.<module> will be written to file '
                                '<dir>/<package>/<module>.cover')
    modifiers.add_argument('-m', '--missing', action='store_true',
                           help='Annotate executable lines that were not executed with ">>>>>> "')
    modifiers.add_argument('-s', '--summary', action='store_true',
                           help='Write a brief summary for each file to sys.stdout. Can only be '
                                'used with --count or --report')
    modifiers.add_argument('-g', '--timing', action='store_true',
                           help='Prefix each line with the time since the program started. '
                                'Only used while tracing')
    filters = parser.add_argument_group('Filters', 'Can be specified multiple times')
    filters.add_argument('--ignore-module', action='append', default=[],
                         help='Ignore the given module(s) and its submodules (if it is a '
                              'package). Accepts comma separated list of module names.')
    filters.add_argument('--ignore-dir', action='append', default=[],
                         help='Ignore files in the given directory (multiple directories can be '
                              'joined by os.pathsep).')
    parser.add_argument('--module', action='store_true', default=False, help='Trace a module. ')
    parser.add_argument('progname', nargs='?', help='file to run as main program')
    parser.add_argument('arguments', nargs=argparse.REMAINDER, help='arguments to the program')
    return parser


def _ignore_dir(path):
    import sysconfig
    path = os.path.expanduser(os.path.expandvars(path))
    path = path.replace('$prefix', sysconfig.get_path('stdlib'))
    path = path.replace('$exec_prefix', sysconfig.get_path('platstdlib'))
    return os.path.normpath(path)


def main():
    parser = _parser()
    opts = parser.parse_args()
    opts.ignore_module = [mod.strip() for arg in opts.ignore_module for mod in arg.split(',')]
    opts.ignore_dir = [_ignore_dir(d) for arg in opts.ignore_dir for d in arg.split(os.pathsep)]
    if opts.report:
        if not opts.file:
            parser.error('-r/--report requires -f/--file')
        results = CoverageResults(infile=opts.file, outfile=opts.file)
        return results.write_results(opts.missing, opts.summary, opts.coverdir)
    if not any([opts.trace, opts.count, opts.listfuncs, opts.trackcalls]):
        parser.error('must specify one of --trace, --count, --report, --listfuncs, or --trackcalls')
    if opts.listfuncs and (opts.count or opts.trace):
        parser.error('cannot specify both --listfuncs and (--trace or --count)')
    if opts.summary and not opts.count:
        parser.error('--summary can only be used with --count or --report')
    if opts.progname is None:
        parser.error('progname is missing: required with the main options')
    tracer = Trace(opts.count, opts.trace, countfuncs=opts.listfuncs,
                   countcallers=opts.trackcalls, ignoremods=opts.ignore_module,
                   ignoredirs=opts.ignore_dir, infile=opts.file, outfile=opts.file,
                   timing=opts.timing)
    try:
        code, namespace = _program(opts)
        tracer.runctx(code, namespace, namespace)
    except OSError as err:
        sys.exit("Cannot run file %r because: %s" % (sys.argv[0], err))
    except SystemExit:
        pass
    results = tracer.results()
    if not opts.no_report:
        results.write_results(opts.missing, opts.summary, opts.coverdir)


def _program(opts):
    """(code, namespace) of the script or module to run as __main__; sets sys.argv."""
    if opts.module:
        import runpy
        _, spec, code = runpy._get_module_details(opts.progname)
        sys.argv = [code.co_filename, *opts.arguments]
        return code, {'__name__': '__main__', '__file__': code.co_filename,
                      '__package__': spec.parent, '__loader__': spec.loader,
                      '__spec__': spec, '__cached__': None}
    sys.argv = [opts.progname, *opts.arguments]
    sys.path[0] = os.path.dirname(opts.progname)
    with open(opts.progname, 'rb') as fp:
        code = compile(fp.read(), opts.progname, 'exec')
    return code, {'__file__': opts.progname, '__name__': '__main__', '__package__': None,
                  '__cached__': None}


if __name__ == '__main__':
    main()
