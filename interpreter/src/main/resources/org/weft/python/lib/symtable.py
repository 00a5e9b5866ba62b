"""Interface to the compiler's internal symbol tables (written for Weft).

symtable() parses the source with ast and works out, as CPython's compiler does, each scope
(module, class, function, lambda, comprehension) and how every name in it is bound: local,
global (declared or implicit), free or cell, parameter, imported, annotated, referenced. The
tables are built here from the syntax tree; Weft's own compiler keeps its scopes internally.
"""
import ast

__all__ = ["symtable", "SymbolTable", "Class", "Function", "Symbol"]

# a name's uses in one scope, as CPython's symtable flags them
DEF_GLOBAL = 1
DEF_LOCAL = 2
DEF_PARAM = 4
DEF_NONLOCAL = 8
USE = 16
DEF_FREE = 32
DEF_FREE_CLASS = 64
DEF_IMPORT = 128
DEF_ANNOT = 256
DEF_COMP_ITER = 512
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

# what a name's scope turns out to be
LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL = 1, 2, 3, 4, 5

_COMPREHENSION_NAMES = {ast.ListComp: 'listcomp', ast.SetComp: 'setcomp', ast.DictComp: 'dictcomp',
                        ast.GeneratorExp: 'genexpr'}


class _Scope:
    """One block: its kind, name, line, flags per name (in first-use order), children."""

    def __init__(self, kind, name, lineno, parent):
        self.kind = kind              # 'module', 'function' or 'class'
        self.name = name
        self.lineno = lineno
        self.parent = parent
        self.flags = {}
        self.scopes = {}
        self.children = []
        self.nested = parent is not None and (parent.kind == 'function' or parent.nested)
        self.child_of_name = {}       # name -> the child scopes it binds (def, class)

    def add(self, name, flag):
        name = self.mangle(name)
        self.flags[name] = self.flags.get(name, 0) | flag

    def mangle(self, name):
        """A private name (__x) inside a class is _Class__x there and in its nested scopes."""
        if not name.startswith('__') or name.endswith('__') or '.' in name:
            return name
        scope = self
        while scope is not None and scope.kind != 'class':
            scope = scope.parent
        if scope is None:
            return name
        owner = scope.name.lstrip('_')
        return '_%s%s' % (owner, name) if owner else name


class _Builder(ast.NodeVisitor):
    """Walks the tree in CPython's order, recording each name's flags in its scope."""

    def __init__(self, filename):
        self.filename = filename
        self.top = _Scope('module', 'top', 0, None)
        self.scope = self.top

    def _enter(self, kind, name, lineno):
        scope = _Scope(kind, name, lineno, self.scope)
        self.scope.children.append(scope)
        self.scope = scope
        return scope

    def _leave(self):
        self.scope = self.scope.parent

    def _error(self, msg, node):
        raise SyntaxError(msg, (self.filename, node.lineno, node.col_offset + 1, None))

    # ---- definitions --------------------------------------------------------------------------

    def visit_FunctionDef(self, node):
        self.scope.add(node.name, DEF_LOCAL)
        args = node.args
        for default in args.defaults:
            self.visit(default)
        for default in args.kw_defaults:
            if default is not None:
                self.visit(default)
        self._annotations(args, node.returns)
        for decorator in node.decorator_list:
            self.visit(decorator)
        child = self._enter('function', node.name, node.lineno)
        self.scope.parent.child_of_name.setdefault(node.name, []).append(child)
        self._params(args, node)
        for stmt in node.body:
            self.visit(stmt)
        self._leave()

    visit_AsyncFunctionDef = visit_FunctionDef

    def _annotations(self, args, returns):
        for arg in args.posonlyargs + args.args + [args.vararg] + args.kwonlyargs + [args.kwarg]:
            if arg is not None and arg.annotation is not None:
                self.visit(arg.annotation)
        if returns is not None:
            self.visit(returns)

    def _params(self, args, node):
        for arg in args.posonlyargs + args.args + args.kwonlyargs:
            self._param(arg.arg, node)
        for arg in (args.vararg, args.kwarg):
            if arg is not None:
                self._param(arg.arg, node)

    def _param(self, name, node):
        if self.scope.flags.get(name, 0) & DEF_PARAM:
            self._error("duplicate argument '%s' in function definition" % name, node)
        self.scope.add(name, DEF_PARAM)

    def visit_Lambda(self, node):
        args = node.args
        for default in args.defaults:
            self.visit(default)
        for default in args.kw_defaults:
            if default is not None:
                self.visit(default)
        self._enter('function', 'lambda', node.lineno)
        self._params(args, node)
        self.visit(node.body)
        self._leave()

    def visit_ClassDef(self, node):
        self.scope.add(node.name, DEF_LOCAL)
        for base in node.bases:
            self.visit(base)
        for keyword in node.keywords:
            self.visit(keyword.value)
        for decorator in node.decorator_list:
            self.visit(decorator)
        child = self._enter('class', node.name, node.lineno)
        self.scope.parent.child_of_name.setdefault(node.name, []).append(child)
        for stmt in node.body:
            self.visit(stmt)
        self._leave()

    def _comprehension(self, node, elements):
        generators = node.generators
        # the first iterable is evaluated where the comprehension stands
        self.visit(generators[0].iter)
        self._enter('function', _COMPREHENSION_NAMES[type(node)], node.lineno)
        self.scope.add('.0', DEF_PARAM)
        for i, gen in enumerate(generators):
            self.visit(gen.target)
            if i:
                self.visit(gen.iter)
            for cond in gen.ifs:
                self.visit(cond)
        for element in elements:
            self.visit(element)
        self._leave()

    def visit_ListComp(self, node):
        self._comprehension(node, [node.elt])

    visit_SetComp = visit_GeneratorExp = visit_ListComp

    def visit_DictComp(self, node):
        self._comprehension(node, [node.key, node.value])

    # ---- names --------------------------------------------------------------------------------

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            self.scope.add(node.id, USE)
            # super() and __class__ need the class's cell in a method
            if node.id == 'super' and self.scope.kind == 'function':
                self.scope.add('__class__', USE)
        else:
            self.scope.add(node.id, DEF_LOCAL)

    def visit_Global(self, node):
        for name in node.names:
            flags = self.scope.flags.get(name, 0)
            if flags & DEF_PARAM:
                self._error("name '%s' is parameter and global" % name, node)
            if flags & (DEF_LOCAL | USE | DEF_ANNOT):
                what = 'assigned to' if flags & DEF_LOCAL else 'used' if flags & USE else 'annotated'
                self._error("name '%s' is %s before global declaration" % (name, what), node)
            self.scope.add(name, DEF_GLOBAL)
            self.top.add(name, DEF_GLOBAL)

    def visit_Nonlocal(self, node):
        if self.scope.kind == 'module':
            self._error("nonlocal declaration not allowed at module level", node)
        for name in node.names:
            flags = self.scope.flags.get(name, 0)
            if flags & DEF_PARAM:
                self._error("name '%s' is parameter and nonlocal" % name, node)
            self.scope.add(name, DEF_NONLOCAL)

    def visit_Import(self, node):
        for alias in node.names:
            self.scope.add(alias.asname or alias.name.partition('.')[0], DEF_IMPORT)

    def visit_ImportFrom(self, node):
        for alias in node.names:
            if alias.name == '*':
                if self.scope.kind != 'module':
                    self._error("import * only allowed at module level", node)
                continue
            self.scope.add(alias.asname or alias.name, DEF_IMPORT)

    def visit_AnnAssign(self, node):
        if isinstance(node.target, ast.Name) and node.simple:
            self.scope.add(node.target.id, DEF_ANNOT | DEF_LOCAL)
        else:
            self.visit(node.target)
        self.visit(node.annotation)
        if node.value is not None:
            self.visit(node.value)

    def visit_ExceptHandler(self, node):
        if node.type is not None:
            self.visit(node.type)
        if node.name:
            self.scope.add(node.name, DEF_LOCAL)
        for stmt in node.body:
            self.visit(stmt)

    def visit_MatchAs(self, node):
        if node.pattern is not None:
            self.visit(node.pattern)
        if node.name:
            self.scope.add(node.name, DEF_LOCAL)

    def visit_MatchStar(self, node):
        if node.name:
            self.scope.add(node.name, DEF_LOCAL)

    def visit_MatchMapping(self, node):
        self.generic_visit(node)
        if node.rest:
            self.scope.add(node.rest, DEF_LOCAL)

    def visit_NamedExpr(self, node):
        # in a comprehension the name is bound in the enclosing function or module, declared first
        scope = self.scope
        while scope.kind == 'function' and scope.name in _COMPREHENSION_NAMES.values() and scope.parent:
            scope = scope.parent
        if scope is not self.scope:
            scope.add(node.target.id, DEF_LOCAL)
            self.scope.add(node.target.id, DEF_NONLOCAL if scope.kind == 'function' else DEF_GLOBAL)
        self.visit(node.value)
        self.scope.add(node.target.id, DEF_LOCAL)

    def visit_Try(self, node):
        # CPython's order: the body, the else clause, the handlers, the finally clause
        for stmt in node.body + node.orelse:
            self.visit(stmt)
        for handler in node.handlers:
            self.visit(handler)
        for stmt in node.finalbody:
            self.visit(stmt)

    visit_TryStar = visit_Try


def _bound_in_function(scope, name):
    """The nearest enclosing function scope that binds name (skipping classes), or None."""
    s = scope.parent
    while s is not None and s.kind != 'module':
        if s.kind == 'function':
            flags = s.flags.get(name, 0)
            if flags & DEF_GLOBAL:
                return None
            if flags & (DEF_BOUND | DEF_NONLOCAL):
                return s
        elif name == '__class__':
            return s  # a class gives its methods __class__
        s = s.parent
    return None


def _resolve(scope):
    """Each name's scope, parents before children; a name a child takes from an enclosing
    function becomes a cell there, and free in every function between."""
    for name, flags in scope.flags.items():
        if scope.kind == 'module':
            scope.scopes[name] = GLOBAL_EXPLICIT if flags & DEF_GLOBAL else GLOBAL_IMPLICIT
        elif flags & DEF_GLOBAL:
            scope.scopes[name] = GLOBAL_EXPLICIT
        elif flags & DEF_NONLOCAL:
            scope.scopes[name] = FREE
        elif flags & DEF_BOUND:
            scope.scopes[name] = LOCAL
        elif _bound_in_function(scope, name) is not None:
            scope.scopes[name] = FREE
        else:
            scope.scopes[name] = GLOBAL_IMPLICIT
    for child in scope.children:
        _resolve(child)
    for child in scope.children:
        for name, kind in child.scopes.items():
            if kind != FREE:
                continue
            if scope.kind == 'function' and scope.scopes.get(name) == LOCAL:
                scope.scopes[name] = CELL
            elif scope.kind == 'function' and name not in scope.flags:
                # passing through: free here too
                scope.flags[name] = DEF_FREE
                scope.scopes[name] = FREE
            elif scope.kind == 'class' and name != '__class__':
                scope.flags[name] = scope.flags.get(name, 0) | DEF_FREE_CLASS
                if name not in scope.scopes:
                    scope.scopes[name] = FREE


def symtable(code, filename, compile_type):
    """ Return the toplevel *SymbolTable* for the source code.

    *filename* is the name of the file with the code
    and *compile_type* is the *compile()* mode argument.
    """
    if compile_type not in ('exec', 'eval', 'single'):
        raise ValueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'")
    tree = ast.parse(code, filename, compile_type)
    builder = _Builder(filename)
    builder.visit(tree)
    _resolve(builder.top)
    return _table(builder.top, filename)


def _table(scope, filename):
    kind = {'module': SymbolTable, 'function': Function, 'class': Class}[scope.kind]
    return kind(scope, filename)


class SymbolTable:

    def __init__(self, raw_table, filename):
        self._table = raw_table
        self._filename = filename
        self._symbols = {}

    def __repr__(self):
        if self.__class__ == SymbolTable:
            kind = ""
        else:
            kind = "%s " % self.__class__.__name__
        if self._table.name == "top":
            return "<{0}SymbolTable for module {1}>".format(kind, self._filename)
        return "<{0}SymbolTable for {1} in {2}>".format(kind, self._table.name, self._filename)

    def get_type(self):
        """Return the type of the symbol table.

        The values returned are 'class', 'module' and
        'function'.
        """
        return self._table.kind

    def get_id(self):
        """Return an identifier for the table.
        """
        return id(self._table)

    def get_name(self):
        """Return the table's name.

        This corresponds to the name of the class, function
        or 'top' if the table is for a class, function or
        global respectively.
        """
        return self._table.name

    def get_lineno(self):
        """Return the number of the first line in the
        block for the table.
        """
        return self._table.lineno

    def is_optimized(self):
        """Return *True* if the locals in the table
        are optimizable.
        """
        return self._table.kind == 'function'

    def is_nested(self):
        """Return *True* if the block is a nested class
        or function."""
        return bool(self._table.nested)

    def has_children(self):
        """Return *True* if the block has nested namespaces.
        """
        return bool(self._table.children)

    def get_identifiers(self):
        """Return a view object containing the names of symbols in the table.
        """
        return self._table.flags.keys()

    def lookup(self, name):
        """Lookup a *name* in the table.

        Returns a *Symbol* instance.
        """
        sym = self._symbols.get(name)
        if sym is None:
            flags = self._table.flags[name]
            namespaces = [_table(s, self._filename) for s in self._table.child_of_name.get(name, [])]
            module_scope = self._table.kind == 'module'
            sym = self._symbols[name] = Symbol(name, flags, namespaces, module_scope=module_scope,
                                               scope=self._table.scopes.get(name, GLOBAL_IMPLICIT))
        return sym

    def get_symbols(self):
        """Return a list of *Symbol* instances for
        names in the table.
        """
        return [self.lookup(ident) for ident in self.get_identifiers()]

    def get_children(self):
        """Return a list of the nested symbol tables.
        """
        return [_table(s, self._filename) for s in self._table.children]


class Function(SymbolTable):

    # Default values for instance variables
    __params = None
    __locals = None
    __frees = None
    __globals = None
    __nonlocals = None

    def __idents_matching(self, test_func):
        return tuple(ident for ident in self.get_identifiers() if test_func(self._table.flags[ident], ident))

    def get_parameters(self):
        """Return a tuple of parameters to the function.
        """
        if self.__params is None:
            self.__params = self.__idents_matching(lambda x, n: x & DEF_PARAM)
        return self.__params

    def get_locals(self):
        """Return a tuple of locals in the function.
        """
        if self.__locals is None:
            self.__locals = self.__idents_matching(lambda x, n: self._table.scopes.get(n) in (LOCAL, CELL))
        return self.__locals

    def get_globals(self):
        """Return a tuple of globals in the function.
        """
        if self.__globals is None:
            self.__globals = self.__idents_matching(
                lambda x, n: self._table.scopes.get(n) in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT))
        return self.__globals

    def get_nonlocals(self):
        """Return a tuple of nonlocals in the function.
        """
        if self.__nonlocals is None:
            self.__nonlocals = self.__idents_matching(lambda x, n: x & DEF_NONLOCAL)
        return self.__nonlocals

    def get_frees(self):
        """Return a tuple of free variables in the function.
        """
        if self.__frees is None:
            self.__frees = self.__idents_matching(lambda x, n: self._table.scopes.get(n) == FREE)
        return self.__frees


class Class(SymbolTable):

    __methods = None

    def get_methods(self):
        """Return a tuple of methods declared in the class.
        """
        if self.__methods is None:
            names = {}
            for st in self._table.children:
                names[st.name] = 1
            self.__methods = tuple(names)
        return self.__methods


class Symbol:

    def __init__(self, name, flags, namespaces=None, *, module_scope=False, scope=GLOBAL_IMPLICIT):
        self.__name = name
        self.__flags = flags
        self.__scope = scope
        self.__namespaces = namespaces or ()
        self.__module_scope = module_scope

    def __repr__(self):
        return "<symbol {0!r}>".format(self.__name)

    def get_name(self):
        """Return a name of a symbol.
        """
        return self.__name

    def is_referenced(self):
        """Return *True* if the symbol is used in
        its block.
        """
        return bool(self.__flags & USE)

    def is_parameter(self):
        """Return *True* if the symbol is a parameter.
        """
        return bool(self.__flags & DEF_PARAM)

    def is_global(self):
        """Return *True* if the symbol is global.
        """
        return bool(self.__scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT)
                    or (self.__module_scope and self.__flags & DEF_BOUND))

    def is_nonlocal(self):
        """Return *True* if the symbol is nonlocal."""
        return bool(self.__flags & DEF_NONLOCAL)

    def is_declared_global(self):
        """Return *True* if the symbol is declared global
        with a global statement."""
        return bool(self.__scope == GLOBAL_EXPLICIT)

    def is_local(self):
        """Return *True* if the symbol is local.
        """
        return bool(self.__scope in (LOCAL, CELL) or (self.__module_scope and self.__flags & DEF_BOUND))

    def is_annotated(self):
        """Return *True* if the symbol is annotated.
        """
        return bool(self.__flags & DEF_ANNOT)

    def is_free(self):
        """Return *True* if a referenced symbol is
        not assigned to.
        """
        return bool(self.__scope == FREE)

    def is_imported(self):
        """Return *True* if the symbol is created from
        an import statement.
        """
        return bool(self.__flags & DEF_IMPORT)

    def is_assigned(self):
        """Return *True* if a symbol is assigned to."""
        return bool(self.__flags & DEF_LOCAL)

    def is_namespace(self):
        """Returns *True* if name binding introduces new namespace.

        If the name is used as the target of a function or class
        statement, this will be true.

        Note that a single name can be bound to multiple objects.  If
        is_namespace() is true, the name may also be bound to other
        objects, like an int or list, that does not introduce a new
        namespace.
        """
        return bool(self.__namespaces)

    def get_namespaces(self):
        """Return a list of namespaces bound to this name"""
        return self.__namespaces

    def get_namespace(self):
        """Return the single namespace bound to this name.

        Raises ValueError if the name is bound to multiple namespaces
        or no namespace.
        """
        if len(self.__namespaces) == 0:
            raise ValueError("name is not bound to any namespaces")
        elif len(self.__namespaces) > 1:
            raise ValueError("name is bound to multiple namespaces")
        return self.__namespaces[0]
