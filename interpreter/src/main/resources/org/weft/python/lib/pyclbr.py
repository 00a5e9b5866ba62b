"""Parse a Python module and describe its classes and functions (written for Weft).

readmodule_ex(module, path=None) reads a module's source (found on path, then sys.path, then
Weft's own library) with ast, without importing it, and returns a dict of its top-level
Class and Function objects; nested definitions are in each object's children. A base class
named in the same module, or imported at top level from a module that can be read too, is
given as its Class object; any other base as the source text of its expression.

Unlike CPython, which caches every module it reads for the life of the process, each call here
reads afresh (modules read during one call share one cache), so no state is kept between calls.
"""
import ast
import importlib.util
import os
import sys

__all__ = ["readmodule", "readmodule_ex", "Class", "Function"]


class _Object:
    """Information about Python class or function."""

    def __init__(self, module, name, file, lineno, end_lineno, parent):
        self.module = module
        self.name = name
        self.file = file
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.parent = parent
        self.children = {}
        if parent is not None:
            parent.children[name] = self


class Function(_Object):
    "Information about a Python function, including methods."

    def __init__(self, module, name, file, lineno, parent=None, is_async=False, *, end_lineno=None):
        super().__init__(module, name, file, lineno, end_lineno, parent)
        self.is_async = is_async
        if isinstance(parent, Class):
            parent.methods[name] = lineno


class Class(_Object):
    "Information about a Python class."

    def __init__(self, module, name, super_, file, lineno, parent=None, *, end_lineno=None):
        super().__init__(module, name, file, lineno, end_lineno, parent)
        self.super = super_ or []
        self.methods = {}


def _nest_function(ob, func_name, lineno, end_lineno, is_async=False):
    "Return a Function after nesting within ob."
    return Function(ob.module, func_name, ob.file, lineno, parent=ob, is_async=is_async, end_lineno=end_lineno)


def _nest_class(ob, class_name, lineno, end_lineno, super=None):
    "Return a Class after nesting within ob."
    return Class(ob.module, class_name, super, ob.file, lineno, parent=ob, end_lineno=end_lineno)


def readmodule(module, path=None):
    """Return Class objects for the top-level classes in module.

    This is the original interface, before Functions were added.
    """
    return {name: value for name, value in _readmodule(module, path or [], {}).items()
            if isinstance(value, Class)}


def readmodule_ex(module, path=None):
    """Return a dictionary with all functions and classes in module.

    Search for module in PATH + sys.path.
    If possible, include imported superclasses.
    Do this by reading source, without importing (and executing) it.
    """
    return _readmodule(module, path or [], {})


def _readmodule(module, path, cache, inpackage=None):
    fullmodule = "%s.%s" % (inpackage, module) if inpackage else module
    if fullmodule in cache:
        return cache[fullmodule]
    tree = {}
    if module in sys.builtin_module_names and inpackage is None:
        cache[module] = tree
        return tree
    if '.' in module:
        package, _, submodule = module.rpartition('.')
        parent = _readmodule(package, path, cache, inpackage)
        if inpackage is not None:
            package = "%s.%s" % (inpackage, package)
        if '__path__' not in parent:
            raise ImportError('No package named {}'.format(package))
        return _readmodule(submodule, parent['__path__'], cache, package)
    search_path = path if inpackage is not None else path + sys.path
    found = _find_source(module, fullmodule, search_path)
    if found is None:
        raise ModuleNotFoundError(f"no module named {fullmodule!r}", name=fullmodule)
    fname, source, locations = found
    cache[fullmodule] = tree
    if locations is not None:
        tree['__path__'] = locations
    if source is None:
        return tree
    browser = _ModuleBrowser(fullmodule, path, fname, tree, inpackage, cache)
    browser.visit(ast.parse(source))
    return tree


def _find_source(module, fullmodule, search_path):
    """(file name, source or None, package locations or None) of a module, or None."""
    for folder in search_path:
        if not isinstance(folder, str):
            continue
        base = os.path.join(folder, module)
        init = os.path.join(base, '__init__.py')
        if os.path.isfile(init):
            return init, _read(init), [base]
        if os.path.isfile(base + '.py'):
            return base + '.py', _read(base + '.py'), None
    # Weft's own library is not in files: ask the import system where it keeps the module
    try:
        spec = importlib.util.find_spec(fullmodule)
    except (ImportError, ValueError, AttributeError):
        return None
    if spec is None:
        return None
    try:
        source = spec.loader.get_source(fullmodule)
        fname = spec.loader.get_filename(fullmodule)
    except (AttributeError, ImportError):
        return spec.origin, None, spec.submodule_search_locations
    return fname, source, spec.submodule_search_locations


def _read(filename):
    import tokenize
    with tokenize.open(filename) as f:
        return f.read()


class _ModuleBrowser(ast.NodeVisitor):
    def __init__(self, module, path, file, tree, inpackage, cache):
        self.path = path
        self.tree = tree
        self.file = file
        self.module = module
        self.inpackage = inpackage
        self.cache = cache
        self.stack = []

    def visit_ClassDef(self, node):
        bases = []
        for base in node.bases:
            name = ast.unparse(base)
            if name in self.tree:
                # a class defined (or imported) earlier in this module
                bases.append(self.tree[name])
            elif len(names := name.split(".")) > 1:
                # "module.Class", for a module read while visiting an import
                *_, module, class_ = names
                if module in self.cache:
                    bases.append(self.cache[module].get(class_, name))
                else:
                    bases.append(name)
            else:
                bases.append(name)
        parent = self.stack[-1] if self.stack else None
        class_ = Class(self.module, node.name, bases, self.file, node.lineno, parent, end_lineno=node.end_lineno)
        if parent is None:
            self.tree[node.name] = class_
        self.stack.append(class_)
        self.generic_visit(node)
        self.stack.pop()

    def visit_FunctionDef(self, node, *, is_async=False):
        parent = self.stack[-1] if self.stack else None
        function = Function(self.module, node.name, self.file, node.lineno, parent, is_async,
                            end_lineno=node.end_lineno)
        if parent is None:
            self.tree[node.name] = function
        self.stack.append(function)
        self.generic_visit(node)
        self.stack.pop()

    def visit_AsyncFunctionDef(self, node):
        self.visit_FunctionDef(node, is_async=True)

    def visit_Import(self, node):
        if node.col_offset != 0:
            return
        for module in node.names:
            # read it now, so "module.Class" bases can name its classes
            try:
                try:
                    _readmodule(module.name, self.path, self.cache, self.inpackage)
                except ImportError:
                    _readmodule(module.name, [], self.cache)
            except (ImportError, SyntaxError):
                continue

    def visit_ImportFrom(self, node):
        if node.col_offset != 0:
            return
        try:
            module = "." * node.level
            if node.module:
                module += node.module
            module = importlib.util.resolve_name(module, self.inpackage)
            parent = _readmodule(module, self.path, self.cache, self.inpackage)
        except (ImportError, SyntaxError):
            return
        for name in node.names:
            if name.name in parent:
                self.tree[name.asname or name.name] = parent[name.name]
            elif name.name == "*":
                for import_name, import_value in parent.items():
                    if not import_name.startswith("_"):
                        self.tree[import_name] = import_value


def _main():
    "Print module output (default this file) for quick visual check."
    import os
    try:
        mod = sys.argv[1]
    except IndexError:
        mod = __file__
    if os.path.exists(mod):
        path = [os.path.dirname(mod)]
        mod = os.path.basename(mod)
        if mod.lower().endswith(".py"):
            mod = mod[:-3]
    else:
        path = []
    tree = readmodule_ex(mod, path)
    lineno_key = lambda a: getattr(a, 'lineno', 0)
    objs = sorted(tree.values(), key=lineno_key, reverse=True)
    indent_level = 2
    while objs:
        obj = objs.pop()
        if isinstance(obj, list):
            # a list of children, not a definition
            continue
        if not hasattr(obj, 'indent'):
            obj.indent = 0
        if isinstance(obj, _Object):
            new_objs = sorted(obj.children.values(), key=lineno_key, reverse=True)
            for ob in new_objs:
                ob.indent = obj.indent + indent_level
            objs.extend(new_objs)
        if isinstance(obj, Class):
            print("{}class {} {} {}".format(' ' * obj.indent, obj.name, obj.super, obj.lineno))
        elif isinstance(obj, Function):
            print("{}def {} {}".format(' ' * obj.indent, obj.name, obj.lineno))


if __name__ == "__main__":
    _main()
