package org.weft.python.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compile-time state of one block being turned into a {@code PyCode}: its scope, the frame
 * layout (slots for locals and temporaries, cell indices), the resume-state counter of generator
 * nodes, and the loop nesting used to check {@code break}/{@code continue}.
 */
final class CodeUnit {
    final Scope scope;
    final CodeUnit parent;
    final String filename;
    /** Slot of each fast local (function-like blocks only). */
    final Map<String, Integer> slots = new HashMap<>();
    final List<String> varnames = new ArrayList<>();
    /** co_names: the global, imported and attribute names the code uses, in first-use order. */
    final java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    /** The constants this unit's code uses (its co_consts, as far as reference counts show them). */
    final java.util.Set<org.weft.python.runtime.PyObject> constants =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Index into the frame's cells of each cell or free variable. */
    final Map<String, Integer> cellIndex = new HashMap<>();
    final List<String> cellvars = new ArrayList<>();
    final List<String> freevars = new ArrayList<>();
    private final Map<String, Integer> liftTemps = new HashMap<>();
    private int temps;
    private boolean frozen;
    private int resumeSlots;
    int loopDepth;
    /** A generator expression whose first iterable (its argument {@code .0}) is a temporary that it
     * alone holds: its loop over {@code .0} closes that generator (see {@code AbandonedGenerators}). */
    boolean ownsFirstIterable;
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    /** Loop depth at which the innermost enclosing {@code except*} handler body started, -1 outside
     * one: break, continue and return may not leave such a body (CPython: EXCEPTION_GROUP_HANDLER). */
    int exceptStarLoopBase = -1;
    /** Loop depth at which the innermost enclosing {@code finally}/{@code with} body started. */
    int functionLoopBase;

    CodeUnit(Scope scope, CodeUnit parent, String filename) {
        this.scope = scope;
        this.parent = parent;
        this.filename = filename;
        if (scope.isFunctionLike()) {
            for (String p : scope.params) {
                slotOf(p);
            }
            for (Map.Entry<String, NameScope> e : scope.scopes.entrySet()) {
                if (e.getValue() == NameScope.LOCAL) {
                    slotOf(e.getKey());
                }
            }
        }
        for (String c : scope.cellVars) {
            cellIndex.put(c, cellIndex.size());
            cellvars.add(c);
        }
        if (scope.needsClassCell) {
            cellIndex.put("__class__", cellIndex.size());
            cellvars.add("__class__");
        }
        for (String fv : scope.freeVars) {
            if (!cellIndex.containsKey(fv)) {
                cellIndex.put(fv, cellIndex.size());
                freevars.add(fv);
            }
        }
    }

    /** The slot of a named local, allocating it on first use. */
    int slotOf(String name) {
        Integer s = slots.get(name);
        if (s == null) {
            if (frozen) {
                throw new IllegalStateException("local '" + name + "' allocated after temporaries");
            }
            s = varnames.size();
            slots.put(name, s);
            varnames.add(name);
        }
        return s;
    }

    /** A fresh unnamed slot for a compiler temporary, after all named slots (which are fixed by now). */
    int newTemp() {
        frozen = true;
        return varnames.size() + temps++;
    }

    /** The temp slot of a compiler-made name ({@code .t1}, ...), or null for ordinary names. */
    Integer liftTemp(String name) {
        if (name.isEmpty() || name.charAt(0) != '.' || name.equals(".0")) {
            return null;
        }
        return liftTemps.computeIfAbsent(name, n -> newTemp());
    }

    int frameSize() {
        return varnames.size() + temps;
    }

    int newResumeSlot() {
        return resumeSlots++;
    }

    int resumeSlots() {
        return resumeSlots;
    }

    boolean isFunction() {
        return scope.isFunctionLike();
    }
}
