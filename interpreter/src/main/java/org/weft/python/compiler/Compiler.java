package org.weft.python.compiler;

import java.util.ArrayList;
import java.util.List;

import org.weft.python.ast.Expr;
import org.weft.python.ast.Mod;
import org.weft.python.ast.Stmt;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.controlflow.Block;
import org.weft.python.nodes.controlflow.SimpleStmts;
import org.weft.python.nodes.expression.Const;
import org.weft.python.nodes.expression.StarredAnnotationNode;
import org.weft.python.runtime.PyCode;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * The compiler's entry point: AST in, {@link PyCode} (an executable node tree) out. Builds the
 * symbol table, then compiles each block with a {@link CodeUnit}, using the statement, expression,
 * target, function and yield compilers that share this object's state. One {@code Compiler} per
 * compilation; not thread-safe, and not needed to be.
 */
public final class Compiler {

    /** How the top-level block's value is produced. */
    public enum Kind {
        /** A module or {@code exec}: runs the statements, returns None. */
        EXEC,
        /** {@code eval}: returns the expression's value. */
        EVAL,
        /** The REPL's {@code single}: expression statements go through {@code sys.displayhook}. */
        SINGLE,
        /** A notebook cell: like EXEC, but a final expression statement's value is returned. */
        EXEC_RETURN_LAST
    }

    final String filename;
    final SymbolTable table;
    final ExpressionCompiler exprs = new ExpressionCompiler(this);
    final StatementCompiler stmts = new StatementCompiler(this);
    final TargetCompiler targets = new TargetCompiler(this);
    final NameResolver names = new NameResolver(this);
    final FunctionCompiler functions = new FunctionCompiler(this);
    final YieldLifter yields = new YieldLifter(this);
    final PatternCompiler patterns = new PatternCompiler(this);
    /** One object per distinct constant, shared by every code object of this compilation. */
    final ConstantPool constants = new ConstantPool();
    final Kind kind;
    /** {@code from __future__ import annotations} (PEP 563): annotations are stored as their text, not run. */
    final boolean futureAnnotations;
    /** Where this module's {@code from __future__} imports may stand. */
    FutureImports future;
    CodeUnit unit;

    private Compiler(String filename, SymbolTable table, Kind kind, boolean futureAnnotations) {
        this.filename = filename;
        this.table = table;
        this.kind = kind;
        this.futureAnnotations = futureAnnotations;
    }

    /** Compiles a parsed module, expression or interactive statement; raises {@link CompileError}. */
    public static PyCode compile(Mod mod, String filename, Kind kind) {
        return compile(mod, filename, kind, 0);
    }

    /**
     * {@link #compile(Mod, String, Kind)} with future features already in effect: {@code futureFlags}
     * holds {@code co_flags} future bits ({@link PyCode#CO_FUTURE_ANNOTATIONS}) that the code
     * inherits, as compile()'s {@code flags}, exec() of a string, or a notebook's earlier cells give.
     */
    public static PyCode compile(Mod mod, String filename, Kind kind, int futureFlags) {
        SymbolTable table = SymbolTable.build(mod, false);
        boolean annotations = (futureFlags & PyCode.CO_FUTURE_ANNOTATIONS) != 0 || FutureImports.annotations(mod);
        Compiler c = new Compiler(filename, table, kind, annotations);
        c.future = new FutureImports(mod);
        return c.compileTop(mod);
    }

    /** An annotation's value: the expression, or under PEP 563 its text as a constant. */
    ExprNode annotation(Expr e) {
        if (futureAnnotations) {
            return new Const(PyStr.of(AnnotationText.of(e)));
        }
        if (e instanceof Expr.Starred s) {
            return new StarredAnnotationNode(exprs.compile(s.value())); // *args: *Ts
        }
        return exprs.compile(e);
    }

    private PyCode compileTop(Mod mod) {
        unit = new CodeUnit(table.top, null, filename);
        StmtNode body;
        PyObject doc = null;
        if (mod instanceof Mod.Expression e) {
            body = new SimpleStmts.Return(e.body().lineno(), exprs.compile(e.body()));
        } else {
            List<Stmt> stmtList = mod instanceof Mod.Module m ? m.body() : ((Mod.Interactive) mod).body();
            body = stmts.moduleBody(stmtList, kind);
        }
        return makeCode("<module>", "<module>", 1, body, doc);
    }

    /** Makes the code object of the current unit, whose body has been compiled. */
    PyCode makeCode(String name, String qualname, int firstLine, StmtNode body, PyObject doc) {
        CodeUnit u = unit;
        Scope s = u.scope;
        int flags = 0;
        int argcount = 0;
        int posonly = 0;
        int kwonly = 0;
        if (s.isFunctionLike()) {
            flags |= PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
            argcount = u.argcount;
            posonly = u.posonlyargcount;
            kwonly = u.kwonlyargcount;
        }
        if (s.hasVarargs) {
            flags |= PyCode.CO_VARARGS;
        }
        if (s.hasVarkw) {
            flags |= PyCode.CO_VARKEYWORDS;
        }
        if (s.isGenerator && s.isCoroutine) {
            flags |= PyCode.CO_ASYNC_GENERATOR;
        } else if (s.isGenerator) {
            flags |= PyCode.CO_GENERATOR;
        } else if (s.isCoroutine) {
            flags |= PyCode.CO_COROUTINE;
        }
        if (!u.freevars.isEmpty()) {
            flags |= PyCode.CO_NESTED;
        }
        if (futureAnnotations) {
            // Every code object compiled under the future carries it, so exec() and compile() called
            // from any of them inherit it (CPython: the compiler's c_future flags in co_flags).
            flags |= PyCode.CO_FUTURE_ANNOTATIONS;
        }
        int[] cellParams = new int[u.cellvars.size()];
        for (int i = 0; i < cellParams.length; i++) {
            String cv = u.cellvars.get(i);
            cellParams[i] = s.params.contains(cv) ? u.slotOf(cv) : -1;
        }
        PyCode code = new PyCode(name, qualname, filename, firstLine, argcount, posonly, kwonly, flags,
                u.varnames.toArray(new String[0]), u.frameSize(), u.cellvars.toArray(new String[0]),
                u.freevars.toArray(new String[0]), cellParams, u.resumeSlots(), body, doc, u.names.toArray(new String[0]));
        code.constants = u.constants.toArray(new PyObject[0]);
        return code;
    }

    String mangle(String name) {
        return Mangler.mangle(unit.scope.privateName, name);
    }

    /** An attribute name as the code uses it (mangled), recorded in the unit's co_names. */
    String attrName(String name) {
        String n = mangle(name);
        unit.names.add(n);
        return n;
    }

    /** A block node for a statement list (the empty list gives a block that does nothing). */
    static StmtNode block(int lineno, List<StmtNode> nodes) {
        if (nodes.size() == 1) {
            return new Block(lineno, nodes.toArray(new StmtNode[0]));
        }
        return new Block(lineno, nodes.toArray(new StmtNode[0]));
    }

    static List<StmtNode> list() {
        return new ArrayList<>();
    }

    /** The docstring of a body: its first statement when that is a string constant. */
    static PyObject docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant k
                && k.value() instanceof String) {
            return Constants.toPython(k.value());
        }
        return null;
    }
}
