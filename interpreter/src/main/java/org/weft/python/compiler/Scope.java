package org.weft.python.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The symbol table of one block (CPython's {@code PySTEntryObject}): the names a module, class,
 * function or comprehension defines and uses, filled by {@link SymbolTableBuilder} and resolved by
 * {@link ScopeAnalyzer}. Compile-time data only; never shared between threads while it is built.
 */
public final class Scope {
    /** Flags recorded per name during the first pass (CPython's {@code DEF_*}). */
    public static final int DEF_GLOBAL = 1;
    public static final int DEF_LOCAL = 1 << 1;
    public static final int DEF_PARAM = 1 << 2;
    public static final int DEF_NONLOCAL = 1 << 3;
    public static final int USE = 1 << 4;
    public static final int DEF_IMPORT = 1 << 5;
    public static final int DEF_ANNOT = 1 << 6;
    public static final int DEF_COMP_ITER = 1 << 7;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    public final String name;
    public final ScopeKind kind;
    public final Scope parent;
    public final List<Scope> children = new ArrayList<>();
    /** name -> DEF_* flags, in first-seen order. */
    public final Map<String, Integer> flags = new LinkedHashMap<>();
    /** Parameters in frame order: positional, keyword-only, *args, **kwargs. */
    public final List<String> params = new ArrayList<>();
    /** Filled by the analyzer. */
    public final Map<String, NameScope> scopes = new HashMap<>();
    /** Names captured by inner functions (frame-owned cells), in a stable order. */
    public final Set<String> cellVars = new LinkedHashSet<>();
    /** Names received through the closure, in a stable order. */
    public final Set<String> freeVars = new LinkedHashSet<>();
    /** Names local to a class body that an inner scope also needs from an enclosing function. */
    public final Set<String> classFreePassThrough = new LinkedHashSet<>();

    /** Where each {@code nonlocal} name was declared, for the error message's position. */
    public final Map<String, org.weft.python.ast.Located> nonlocalSites = new HashMap<>();
    /** The first {@code global} or {@code nonlocal} statement naming each name (CPython: ste_directives). */
    public final Map<String, org.weft.python.ast.Located> directiveSites = new HashMap<>();

    public boolean isGenerator;
    /** How many comprehension iterables of this scope are being visited (CPython: ste_comp_iter_expr). */
    int compIterExpr;
    public boolean isCoroutine;
    /** The first {@code return} with a value in this block (an async generator may have none). */
    public org.weft.python.ast.Located valueReturn;
    public boolean hasVarargs;
    public boolean hasVarkw;
    /** A class body whose methods use {@code super} or {@code __class__}: it owns a {@code __class__} cell. */
    public boolean needsClassCell;
    /** A lambda: its name is {@code <lambda>} and its body an expression. */
    public boolean isLambda;
    /** A class body that holds an annotated assignment: it gets {@code __annotations__}. */
    public boolean hasAnnotations;
    public int lineno;
    /** The class name used to mangle {@code __private} names in this block, or null. */
    public String privateName;
    /** Dotted qualified-name prefix of this block, as {@code __qualname__} shows it. */
    public String qualname;

    public Scope(String name, ScopeKind kind, Scope parent, int lineno) {
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.lineno = lineno;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /** The flags recorded for {@code name}, 0 when it is not mentioned here. */
    public int flagsOf(String name) {
        Integer f = flags.get(name);
        return f == null ? 0 : f;
    }

    void addFlags(String name, int f) {
        flags.merge(name, f, (a, b) -> a | b);
    }

    /** Where {@code name} lives as seen from this block; an unmentioned name is an implicit global. */
    public NameScope scopeOf(String name) {
        NameScope s = scopes.get(name);
        return s == null ? NameScope.GLOBAL_IMPLICIT : s;
    }

    /** Generators and coroutines run on resumable nodes. */
    public boolean isResumable() {
        return isGenerator || isCoroutine;
    }

    /** True for blocks whose locals are frame slots (functions, lambdas, comprehensions). */
    public boolean isFunctionLike() {
        return kind == ScopeKind.FUNCTION || kind == ScopeKind.COMPREHENSION;
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + scopes;
    }
}
