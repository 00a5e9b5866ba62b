"""Find modules used by a script, using introspection (written for Weft).

ModuleFinder reads a script and, without running it, follows its import statements (found with
ast, in the module body first, then in the functions and classes it defines) through the
modules they name, recording which were found (modules), which could not be (badmodules), and
the global names each module defines. Weft's own library is followed too: its modules are read
from the interpreter, and its built-in modules have no file.
"""
import ast
import importlib.util
import io
import os
import sys

# the module kinds of the old imp module, as find_module reports them
_SEARCH_ERROR = 0
_PY_SOURCE = 1
_PY_COMPILED = 2
_C_EXTENSION = 3
_PKG_DIRECTORY = 5
_C_BUILTIN = 6
_PY_FROZEN = 7

# extra __path__ entries for packages, and packages known under another name
packagePathMap = {}
replacePackageMap = {}


def AddPackagePath(packagename, path):
    packagePathMap.setdefault(packagename, []).append(path)


def ReplacePackage(oldname, newname):
    replacePackageMap[oldname] = newname


def _find_module(name, path=None):
    """(open file or None, path, (suffix, mode, kind)) of module name on path, as imp.find_module."""
    if path is None:
        if name in sys.builtin_module_names:
            return None, None, ("", "", _C_BUILTIN)
        path = sys.path
    for entry in path:
        if not isinstance(entry, str):
            continue
        package = os.path.join(entry, name)
        if os.path.isfile(os.path.join(package, '__init__.py')):
            return None, package, ("", "", _PKG_DIRECTORY)
        file_path = os.path.join(entry, name + '.py')
        if os.path.isfile(file_path):
            return io.open_code(file_path), file_path, (".py", "rb", _PY_SOURCE)
        # a folder of Weft's own library lives in the interpreter, not on disk
        if entry.startswith('/org/weft/python/lib'):
            found = _find_in_library(entry, name)
            if found is not None:
                return found
    if path is sys.path or path == sys.path:
        found = _find_in_library(None, name)
        if found is not None:
            return found
    raise ImportError(name, name=name)


def _find_in_library(folder, name):
    """A module of Weft's own library, as the import system finds it."""
    fullname = name
    if folder is not None:
        package = folder[len('/org/weft/python/lib/'):].replace('/', '.')
        fullname = package + '.' + name if package else name
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, ValueError, AttributeError):
        return None
    if spec is None or spec.origin is None or not hasattr(spec.loader, 'get_source'):
        return None
    if spec.submodule_search_locations is not None:
        return None, os.path.dirname(spec.origin), ("", "", _PKG_DIRECTORY)
    source = spec.loader.get_source(fullname).encode('utf-8')
    return io.BytesIO(source), spec.origin, (".py", "rb", _PY_SOURCE)


class Module:

    def __init__(self, name, file=None, path=None):
        self.__name__ = name
        self.__file__ = file
        self.__path__ = path
        self.__code__ = None
        # The set of global names that are assigned to in the module.
        # This includes those names imported through starimports of
        # Python modules.
        self.globalnames = {}
        # The set of starimports this module did that could not be
        # resolved, ie. a starimport from a non-Python module.
        self.starimports = {}

    def __repr__(self):
        s = "Module(%r" % (self.__name__,)
        if self.__file__ is not None:
            s = s + ", %r" % (self.__file__,)
        if self.__path__ is not None:
            s = s + ", %r" % (self.__path__,)
        return s + ")"


class _ImportScan(ast.NodeVisitor):
    """The import statements and assigned global names of a module, in CPython's scan order:
    the module's own statements, then each function and class body in turn."""

    def __init__(self):
        self.events = []      # ('import', name, fromlist, level)
        self.globalnames = []
        self._nested = []
        self._names_global = True

    def scan(self, tree):
        self._names_global = True
        self._visit_body(tree)
        while self._nested:
            node = self._nested.pop(0)
            # a class body stores its names as a module does (CPython's STORE_NAME), a function's do not
            self._names_global = isinstance(node, ast.ClassDef)
            if self._names_global:
                self.globalnames.extend(['__module__', '__qualname__'])
                if ast.get_docstring(node, clean=False) is not None:
                    self.globalnames.append('__doc__')
            self._visit_body(node)

    def _visit_body(self, node):
        for child in ast.iter_child_nodes(node):
            self.visit(child)

    def _defer(self, node):
        self._nested.append(node)

    def visit_FunctionDef(self, node):
        self._store(node.name)
        for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
            self.visit(default)
        for decorator in node.decorator_list:
            self.visit(decorator)
        self._defer(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        self._store(node.name)
        for expr in node.bases + [k.value for k in node.keywords] + node.decorator_list:
            self.visit(expr)
        self._defer(node)

    def visit_Lambda(self, node):
        self._defer(node)

    def visit_Global(self, node):
        self.globalnames.extend(node.names)

    def _store(self, name):
        if self._names_global:
            self.globalnames.append(name)

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Store):
            self._store(node.id)

    def visit_Import(self, node):
        for alias in node.names:
            self.events.append(('import', alias.name, None, 0))
            self._store(alias.asname or alias.name.partition('.')[0])

    def visit_ImportFrom(self, node):
        fromlist = [alias.name for alias in node.names]
        self.events.append(('import', node.module or '', fromlist, node.level))
        for alias in node.names:
            if alias.name != '*':
                self._store(alias.asname or alias.name)


class ModuleFinder:

    def __init__(self, path=None, debug=0, excludes=None, replace_paths=None):
        if path is None:
            path = sys.path
        self.path = path
        self.modules = {}
        self.badmodules = {}
        self.debug = debug
        self.indent = 0
        self.excludes = excludes if excludes is not None else []
        self.replace_paths = replace_paths if replace_paths is not None else []
        self.processed_paths = []   # Used in debugging only

    def msg(self, level, str, *args):
        if level <= self.debug:
            for i in range(self.indent):
                print("   ", end=' ')
            print(str, end=' ')
            for arg in args:
                print(repr(arg), end=' ')
            print()

    def msgin(self, *args):
        level = args[0]
        if level <= self.debug:
            self.indent = self.indent + 1
            self.msg(*args)

    def msgout(self, *args):
        level = args[0]
        if level <= self.debug:
            self.indent = self.indent - 1
            self.msg(*args)

    def run_script(self, pathname):
        self.msg(2, "run_script", pathname)
        with io.open_code(pathname) as fp:
            stuff = ("", "rb", _PY_SOURCE)
            self.load_module('__main__', fp, pathname, stuff)

    def load_file(self, pathname):
        dir, name = os.path.split(pathname)
        name, ext = os.path.splitext(name)
        with io.open_code(pathname) as fp:
            stuff = (ext, "rb", _PY_SOURCE)
            self.load_module(name, fp, pathname, stuff)

    def import_hook(self, name, caller=None, fromlist=None, level=-1):
        self.msg(3, "import_hook", name, caller, fromlist, level)
        parent = self.determine_parent(caller, level=level)
        q, tail = self.find_head_package(parent, name)
        m = self.load_tail(q, tail)
        if not fromlist:
            return q
        if m.__path__:
            self.ensure_fromlist(m, fromlist)
        return None

    def determine_parent(self, caller, level=-1):
        self.msgin(4, "determine_parent", caller, level)
        if not caller or level == 0:
            self.msgout(4, "determine_parent -> None")
            return None
        pname = caller.__name__
        if level >= 1:  # relative import
            if caller.__path__:
                level -= 1
            if level == 0:
                parent = self.modules[pname]
                assert parent is caller
                self.msgout(4, "determine_parent ->", parent)
                return parent
            if pname.count(".") < level:
                raise ImportError("relative importpath too deep")
            pname = ".".join(pname.split(".")[:-level])
            parent = self.modules[pname]
            self.msgout(4, "determine_parent ->", parent)
            return parent
        if caller.__path__:
            parent = self.modules[pname]
            assert caller is parent
            self.msgout(4, "determine_parent ->", parent)
            return parent
        if '.' in pname:
            pname = pname[:pname.rfind('.')]
            parent = self.modules[pname]
            assert parent.__name__ == pname
            self.msgout(4, "determine_parent ->", parent)
            return parent
        self.msgout(4, "determine_parent -> None")
        return None

    def find_head_package(self, parent, name):
        self.msgin(4, "find_head_package", parent, name)
        head, _, tail = name.partition('.')
        qname = "%s.%s" % (parent.__name__, head) if parent else head
        q = self.import_module(head, qname, parent)
        if q:
            self.msgout(4, "find_head_package ->", (q, tail))
            return q, tail
        if parent:
            qname = head
            parent = None
            q = self.import_module(head, qname, parent)
            if q:
                self.msgout(4, "find_head_package ->", (q, tail))
                return q, tail
        self.msgout(4, "raise ImportError: No module named", qname)
        raise ImportError("No module named " + qname)

    def load_tail(self, q, tail):
        self.msgin(4, "load_tail", q, tail)
        m = q
        while tail:
            head, _, tail = tail.partition('.')
            mname = "%s.%s" % (m.__name__, head)
            m = self.import_module(head, mname, m)
            if not m:
                self.msgout(4, "raise ImportError: No module named", mname)
                raise ImportError("No module named " + mname)
        self.msgout(4, "load_tail ->", m)
        return m

    def ensure_fromlist(self, m, fromlist, recursive=0):
        self.msg(4, "ensure_fromlist", m, fromlist, recursive)
        for sub in fromlist:
            if sub == "*":
                if not recursive:
                    all = self.find_all_submodules(m)
                    if all:
                        self.ensure_fromlist(m, all, 1)
            elif not hasattr(m, sub):
                subname = "%s.%s" % (m.__name__, sub)
                submod = self.import_module(sub, subname, m)
                if not submod:
                    raise ImportError("No module named " + subname)

    def find_all_submodules(self, m):
        if not m.__path__:
            return
        modules = {}
        for dir in m.__path__:
            try:
                names = os.listdir(dir)
            except OSError:
                self.msg(2, "can't list directory", dir)
                continue
            for name in names:
                if name.endswith('.py') and name != '__init__.py':
                    modules[name[:-3]] = name[:-3]
        return modules.keys()

    def import_module(self, partname, fqname, parent):
        self.msgin(3, "import_module", partname, fqname, parent)
        try:
            m = self.modules[fqname]
        except KeyError:
            pass
        else:
            self.msgout(3, "import_module ->", m)
            return m
        if fqname in self.badmodules:
            self.msgout(3, "import_module -> None")
            return None
        if parent and parent.__path__ is None:
            self.msgout(3, "import_module -> None")
            return None
        try:
            fp, pathname, stuff = self.find_module(partname, parent and parent.__path__, parent)
        except ImportError:
            self.msgout(3, "import_module ->", None)
            return None
        try:
            m = self.load_module(fqname, fp, pathname, stuff)
        finally:
            if fp:
                fp.close()
        if parent:
            setattr(parent, partname, m)
        self.msgout(3, "import_module ->", m)
        return m

    def load_module(self, fqname, fp, pathname, file_info):
        suffix, mode, type = file_info
        self.msgin(2, "load_module", fqname, fp and "fp", pathname)
        if type == _PKG_DIRECTORY:
            m = self.load_package(fqname, pathname)
            self.msgout(2, "load_module ->", m)
            return m
        tree = co = None
        if type == _PY_SOURCE:
            source = importlib.util.decode_source(fp.read())
            tree = ast.parse(source, pathname)
            co = compile(tree, pathname, 'exec')
        m = self.add_module(fqname)
        m.__file__ = pathname
        if co:
            m.__code__ = co
            self.scan_code(tree, m)
        self.msgout(2, "load_module ->", m)
        return m

    def _add_badmodule(self, name, caller):
        if name not in self.badmodules:
            self.badmodules[name] = {}
        self.badmodules[name][caller.__name__ if caller else "-"] = 1

    def _safe_import_hook(self, name, caller, fromlist, level=-1):
        # a module that cannot be found (or parsed) is recorded, not raised
        if name in self.badmodules:
            self._add_badmodule(name, caller)
            return
        try:
            self.import_hook(name, caller, level=level)
        except ImportError as msg:
            self.msg(2, "ImportError:", str(msg))
            self._add_badmodule(name, caller)
        except SyntaxError as msg:
            self.msg(2, "SyntaxError:", str(msg))
            self._add_badmodule(name, caller)
        else:
            if fromlist:
                for sub in fromlist:
                    fullname = name + "." + sub
                    if fullname in self.badmodules:
                        self._add_badmodule(fullname, caller)
                        continue
                    try:
                        self.import_hook(name, caller, [sub], level=level)
                    except ImportError as msg:
                        self.msg(2, "ImportError:", str(msg))
                        self._add_badmodule(fullname, caller)

    def scan_code(self, co, m):
        """Follow the imports of module m, whose code (an ast tree here) is co."""
        scan = _ImportScan()
        scan.scan(co)
        for name in scan.globalnames:
            m.globalnames[name] = 1
        for _, name, fromlist, level in scan.events:
            if level == 0:
                fromlist = None if fromlist is None else list(fromlist)
                have_star = False
                if fromlist is not None and "*" in fromlist:
                    have_star = True
                    fromlist = [f for f in fromlist if f != "*"]
                self.msg(2, "Absolute import", name, fromlist, level)
                self._safe_import_hook(name, m, fromlist, level=0)
                if have_star:
                    # the names a star import brings in, where the module could be read
                    mm = None
                    if m.__path__:
                        mm = self.modules.get(m.__name__ + "." + name)
                    if mm is None:
                        mm = self.modules.get(name)
                    if mm is not None:
                        m.globalnames.update(mm.globalnames)
                        m.starimports.update(mm.starimports)
                        if mm.__code__ is None:
                            m.starimports[name] = 1
                    else:
                        m.starimports[name] = 1
            elif name:
                self._safe_import_hook(name, m, fromlist, level=level)
            else:
                parent = self.determine_parent(m, level=level)
                self._safe_import_hook(parent.__name__, None, fromlist, level=0)

    def load_package(self, fqname, pathname):
        self.msgin(2, "load_package", fqname, pathname)
        newname = replacePackageMap.get(fqname)
        if newname:
            fqname = newname
        m = self.add_module(fqname)
        m.__file__ = pathname
        m.__path__ = [pathname] + packagePathMap.get(fqname, [])
        fp, buf, stuff = self.find_module("__init__", m.__path__)
        try:
            self.load_module(fqname, fp, buf, stuff)
            self.msgout(2, "load_package ->", m)
            return m
        finally:
            if fp:
                fp.close()

    def add_module(self, fqname):
        if fqname in self.modules:
            return self.modules[fqname]
        self.modules[fqname] = m = Module(fqname)
        return m

    def find_module(self, name, path, parent=None):
        fullname = parent.__name__ + '.' + name if parent is not None else name
        if fullname in self.excludes:
            self.msgout(3, "find_module -> Excluded", fullname)
            raise ImportError(name)
        if path is None:
            if name in sys.builtin_module_names:
                return (None, None, ("", "", _C_BUILTIN))
            path = self.path
        return _find_module(name, path)

    def report(self):
        """Print a report to stdout, listing the found modules with their
        paths, as well as modules that are missing, or seem to be missing.
        """
        print()
        print("  %-25s %s" % ("Name", "File"))
        print("  %-25s %s" % ("----", "----"))
        for key in sorted(self.modules.keys()):
            m = self.modules[key]
            print("P" if m.__path__ else "m", end=' ')
            print("%-25s" % key, m.__file__ or "")
        missing, maybe = self.any_missing_maybe()
        if missing:
            print()
            print("Missing modules:")
            for name in missing:
                mods = sorted(self.badmodules[name].keys())
                print("?", name, "imported from", ', '.join(mods))
        if maybe:
            print()
            print("Submodules that appear to be missing, but could also be", end=' ')
            print("global names in the parent package:")
            for name in maybe:
                mods = sorted(self.badmodules[name].keys())
                print("?", name, "imported from", ', '.join(mods))

    def any_missing(self):
        """Return a list of modules that appear to be missing. Use
        any_missing_maybe() if you want to know which modules are
        certain to be missing, and which *may* be missing.
        """
        missing, maybe = self.any_missing_maybe()
        return missing + maybe

    def any_missing_maybe(self):
        """Return two lists, one with modules that are certainly missing
        and one with modules that *may* be missing. The latter names could
        either be submodules *or* just global names in the package.

        The reason it can't always be determined is that it's impossible to
        tell which names are imported when "from module import *" is done
        with an extension module, short of actually importing it.
        """
        missing = []
        maybe = []
        for name in self.badmodules:
            if name in self.excludes:
                continue
            pkgname, dot, subname = name.rpartition('.')
            if not dot:
                missing.append(name)
                continue
            pkg = self.modules.get(pkgname)
            if pkg is None:
                missing.append(name)
            elif pkgname in self.badmodules[name]:
                # the package itself imported it: a missing submodule
                missing.append(name)
            elif subname in pkg.globalnames:
                pass  # a name the package defines, not a module
            elif pkg.starimports:
                maybe.append(name)
            else:
                missing.append(name)
        missing.sort()
        maybe.sort()
        return missing, maybe

    def replace_paths_in_code(self, co):
        return co
