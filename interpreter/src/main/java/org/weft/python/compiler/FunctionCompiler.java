package org.weft.python.compiler;

import java.util.ArrayList;
import java.util.List;

import org.weft.python.ast.Arg;
import org.weft.python.ast.Arguments;
import org.weft.python.ast.Comprehension;
import org.weft.python.ast.Expr;
import org.weft.python.ast.ExprContext;
import org.weft.python.ast.Keyword;
import org.weft.python.ast.Stmt;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.nodes.controlflow.AnnotationNodes;
import org.weft.python.nodes.controlflow.AssignStmt;
import org.weft.python.nodes.controlflow.Block;
import org.weft.python.nodes.controlflow.ForStmt;
import org.weft.python.nodes.controlflow.IfStmt;
import org.weft.python.nodes.expression.Const;
import org.weft.python.nodes.function.ClassBodyNode;
import org.weft.python.nodes.function.ComprehensionNode;
import org.weft.python.nodes.function.ComprehensionStmts;
import org.weft.python.nodes.function.DefinitionStmt;
import org.weft.python.nodes.function.MakeFunctionNode;
import org.weft.python.nodes.local.GlobalRead;
import org.weft.python.nodes.local.LocalRead;
import org.weft.python.runtime.PyCode;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/** Compiles the blocks that make new code objects: {@code def}, {@code lambda}, {@code class}, comprehensions. */
final class FunctionCompiler {
    private final Compiler c;

    FunctionCompiler(Compiler c) {
        this.c = c;
    }

    /** Where each decorator lies, for the traceback of its call. */
    private static org.weft.python.runtime.SourceSpan[] spans(List<Expr> decorators) {
        org.weft.python.runtime.SourceSpan[] out = new org.weft.python.runtime.SourceSpan[decorators.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ExpressionCompiler.span(decorators.get(i));
        }
        return out;
    }

    /** Each decorator's line: where it is evaluated and called. */
    private static int[] lines(List<Expr> decorators) {
        int[] out = new int[decorators.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = decorators.get(i).lineno();
        }
        return out;
    }

    /** co_firstlineno: the first decorator's line when there are decorators (CPython: compiler_function). */
    private static int firstLine(int defLine, List<Expr> decorators) {
        return decorators.isEmpty() ? defLine : decorators.get(0).lineno();
    }

    StmtNode functionDef(Stmt node, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                         Expr returns) {
        ExprNode[] decos = c.exprs.compileAll(decorators);
        PyObject doc = Compiler.docstring(body);
        // the docstring is the function's __doc__, not a statement it runs: CPython compiles no code
        // for it, so sys.settrace sees no 'line' event there
        List<Stmt> code = doc == null ? body : body.subList(1, body.size());
        MakeFunctionNode make = makeFunction(node, name, args, returns, () -> c.stmts.body(code, node.lineno()),
                doc, firstLine(node.lineno(), decorators));
        return new DefinitionStmt(node.lineno(), decos, lines(decorators), spans(decorators), make, c.names.target(name, node));
    }

    ExprNode lambda(Expr.Lambda l) {
        Stmt ret = new Stmt.Return(l.body(), l.body().lineno(), l.body().colOffset(), l.body().endLineno(),
                l.body().endColOffset());
        return makeFunction(l, "<lambda>", l.args(), null, () -> c.stmts.compile(ret), null, l.lineno());
    }

    private MakeFunctionNode makeFunction(Object node, String name, Arguments args, Expr returns,
                                          java.util.function.Supplier<StmtNode> body, PyObject doc, int line) {
        ExprNode[] defaults = c.exprs.compileAll(args.defaults());
        List<String> kwNames = new ArrayList<>();
        List<ExprNode> kwValues = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                kwNames.add(c.mangle(args.kwonlyargs().get(i).arg()));
                kwValues.add(c.exprs.compile(d));
            }
        }
        List<String> annNames = new ArrayList<>();
        List<ExprNode> annValues = new ArrayList<>();
        annotations(args, returns, annNames, annValues);
        Scope s = c.table.scopeOf(node);
        CodeUnit parent = c.unit;
        CodeUnit child = new CodeUnit(s, parent, c.filename);
        child.argcount = args.posonlyargs().size() + args.args().size();
        child.posonlyargcount = args.posonlyargs().size();
        child.kwonlyargcount = args.kwonlyargs().size();
        c.unit = child;
        PyCode code;
        try {
            code = c.makeCode(name, s.qualname, line, body.get(), doc);
            StackDepth depth = stackDepth();
            code.stackSize = node instanceof Expr.Lambda l ? depth.ofLambda(l.body())
                    : node instanceof Stmt.FunctionDef f ? depth.ofBody(f.body())
                    : node instanceof Stmt.AsyncFunctionDef f ? depth.ofBody(f.body()) : 1;
        } finally {
            c.unit = parent;
        }
        return new MakeFunctionNode(code, defaults, kwNames.toArray(new String[0]), kwValues.toArray(new ExprNode[0]),
                annNames.toArray(new String[0]), annValues.toArray(new ExprNode[0]), closure(child, parent));
    }

    /** co_stacksize's calculator, told each nested scope's free variables by the symbol table. */
    private StackDepth stackDepth() {
        return new StackDepth(n -> {
            try {
                return c.table.scopeOf(n).freeVars.size();
            } catch (IllegalStateException noScope) {
                return 0;
            }
        });
    }

    private void annotations(Arguments args, Expr returns, List<String> names, List<ExprNode> values) {
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        for (Arg a : all) {
            if (a.annotation() != null) {
                names.add(c.mangle(a.arg()));
                values.add(c.annotation(a.annotation()));
            }
        }
        if (returns != null) {
            names.add("return");
            values.add(c.annotation(returns));
        }
    }

    /** For each free variable of {@code child}, the index of the cell in {@code parent}'s frame. */
    private static int[] closure(CodeUnit child, CodeUnit parent) {
        int[] r = new int[child.freevars.size()];
        for (int i = 0; i < r.length; i++) {
            Integer idx = parent.cellIndex.get(child.freevars.get(i));
            if (idx == null) {
                throw new IllegalStateException("no cell for free variable " + child.freevars.get(i));
            }
            r[i] = idx;
        }
        return r;
    }

    // ---- classes

    StmtNode classDef(Stmt.ClassDef cd) {
        return classDef(cd, cd.decoratorList());
    }

    /** A class statement whose decorators are {@code decorators} (lifted out of a generator's yields). */
    StmtNode classDef(Stmt.ClassDef cd, List<Expr> decorators) {
        ExprNode[] decos = c.exprs.compileAll(decorators);
        ExprNode[] baseNodes = new ExprNode[cd.bases().size()];
        for (int i = 0; i < baseNodes.length; i++) {
            Expr b = cd.bases().get(i);
            baseNodes[i] = b instanceof Expr.Starred st
                    ? org.weft.python.nodes.expression.DisplayNodes.starred(c.exprs.compile(st.value()))
                    : c.exprs.compile(b);
        }
        String[] kwNames = new String[cd.keywords().size()];
        ExprNode[] kwValues = new ExprNode[kwNames.length];
        for (int i = 0; i < kwNames.length; i++) {
            Keyword k = cd.keywords().get(i);
            if (k.arg() != null && java.util.Arrays.asList(kwNames).subList(0, i).contains(k.arg())) {
                // CPython: validate_keywords, for a class statement as for a call
                throw new CompileError("keyword argument repeated: " + k.arg(), k);
            }
            kwNames[i] = k.arg();
            kwValues[i] = c.exprs.compile(k.value());
        }
        Scope s = c.table.scopeOf(cd);
        CodeUnit parent = c.unit;
        CodeUnit child = new CodeUnit(s, parent, c.filename);
        c.unit = child;
        PyCode code;
        try {
            code = c.makeCode(cd.name(), s.qualname, firstLine(cd.lineno(), decorators), classBody(cd, s), null);
        } finally {
            c.unit = parent;
        }
        ExprNode make = new ClassBodyNode(code, cd.name(), ClassBodyNode.basesTuple(baseNodes), kwNames, kwValues,
                closure(child, parent));
        return new DefinitionStmt(cd.lineno(), decos, lines(decorators), spans(decorators), make, c.names.target(cd.name(), cd));
    }

    private StmtNode classBody(Stmt.ClassDef cd, Scope s) {
        List<StmtNode> nodes = new ArrayList<>();
        int line = cd.lineno();
        nodes.add(new AssignStmt(line, new TargetNode[] {c.names.target("__module__", cd)}, new GlobalRead("__name__")));
        nodes.add(new AssignStmt(line, new TargetNode[] {c.names.target("__qualname__", cd)},
                new Const(PyStr.of(s.qualname))));
        if (s.hasAnnotations) {
            nodes.add(new AnnotationNodes.Setup(line));
        }
        PyObject doc = Compiler.docstring(cd.body());
        if (doc != null) {
            nodes.add(new AssignStmt(line, new TargetNode[] {c.names.target("__doc__", cd)}, new Const(doc)));
        }
        for (Stmt st : cd.body()) {
            if (StatementCompiler.runs(st)) {
                nodes.add(c.stmts.compile(st));
            }
        }
        return new Block(line, nodes.toArray(new StmtNode[0]));
    }

    // ---- comprehensions

    ExprNode comprehension(Expr e) {
        List<Comprehension> gens;
        Expr elt;
        Expr value = null;
        ComprehensionStmts.Kind kind = null;
        if (e instanceof Expr.ListComp l) {
            gens = l.generators();
            elt = l.elt();
            kind = ComprehensionStmts.Kind.LIST;
        } else if (e instanceof Expr.SetComp sc) {
            gens = sc.generators();
            elt = sc.elt();
            kind = ComprehensionStmts.Kind.SET;
        } else if (e instanceof Expr.DictComp d) {
            gens = d.generators();
            elt = d.key();
            value = d.value();
            kind = ComprehensionStmts.Kind.DICT;
        } else {
            gens = ((Expr.GeneratorExp) e).generators();
            elt = ((Expr.GeneratorExp) e).elt();
        }
        ExprNode firstIter = c.exprs.iterable(gens.get(0).iter());
        Scope s = c.table.scopeOf(e);
        CodeUnit parent = c.unit;
        CodeUnit child = new CodeUnit(s, parent, c.filename);
        child.argcount = 1;
        child.ownsFirstIterable = StatementCompiler.ownsIterable(gens.get(0).iter());
        c.unit = child;
        PyCode code;
        try {
            StmtNode body = kind == null ? generatorBody(e, gens, elt, s.isCoroutine)
                    : s.isCoroutine ? c.stmts.body(AsyncDesugar.comprehensionBody(e, gens, elt, value), e.lineno())
                    : comprehensionBody(e, gens, elt, value, kind);
            code = c.makeCode(s.name, s.qualname, e.lineno(), body, null);
            code.stackSize = stackDepth().ofComprehension(gens, elt, value, kind == null);
        } finally {
            c.unit = parent;
        }
        return new ComprehensionNode(code, firstIter, closure(child, parent), gens.get(0).isAsync());
    }

    private StmtNode comprehensionBody(Expr e, List<Comprehension> gens, Expr elt, Expr value,
                                       ComprehensionStmts.Kind kind) {
        int line = e.lineno();
        int slot = c.unit.newTemp();
        StmtNode inner = new ComprehensionStmts.Add(line, slot, c.exprs.compile(elt),
                value == null ? null : c.exprs.compile(value));
        for (int i = gens.size() - 1; i >= 0; i--) {
            Comprehension g = gens.get(i);
            for (int j = g.ifs().size() - 1; j >= 0; j--) {
                inner = new IfStmt(line, c.exprs.compile(g.ifs().get(j)), inner, null);
            }
            ExprNode iter = i == 0 ? new LocalRead(c.unit.slotOf(".0"), ".0") : c.exprs.iterable(g.iter());
            // never closed here: after an exception CPython's traceback keeps the comprehension's
            // frame, and so its iterator, alive until the handler ends
            inner = new ForStmt(line, c.targets.compile(g.target()), iter, inner, null, false);
        }
        return new Block(line, new StmtNode[] {new ComprehensionStmts.Init(line, slot, kind), inner,
                new ComprehensionStmts.Result(line, slot)});
    }

    /** A generator expression's body, as the statements {@code for ...: if ...: yield elt}. */
    private StmtNode generatorBody(Expr e, List<Comprehension> gens, Expr elt, boolean async) {
        Stmt inner = async ? AsyncDesugar.generatorBody(e, gens, elt) : plainGeneratorBody(e, gens, elt);
        c.unit.loopDepth++;
        try {
            return c.stmts.compile(inner);
        } finally {
            c.unit.loopDepth--;
        }
    }

    private static Stmt plainGeneratorBody(Expr e, List<Comprehension> gens, Expr elt) {
        int l = e.lineno();
        int co = e.colOffset();
        int el = e.endLineno();
        int ec = e.endColOffset();
        Stmt inner = new Stmt.Expr(new Expr.Yield(elt, l, co, el, ec), l, co, el, ec);
        for (int i = gens.size() - 1; i >= 0; i--) {
            Comprehension g = gens.get(i);
            for (int j = g.ifs().size() - 1; j >= 0; j--) {
                inner = new Stmt.If(g.ifs().get(j), List.of(inner), List.of(), l, co, el, ec);
            }
            Expr iter = i == 0 ? new Expr.Name(".0", ExprContext.Load, l, co, el, ec) : g.iter();
            inner = new Stmt.For(g.target(), iter, List.of(inner), List.of(), l, co, el, ec);
        }
        return inner;
    }
}
