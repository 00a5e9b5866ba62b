package org.weft.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The "Did you mean: 'x'?" that CPython 3.11 adds to the last line of a NameError's or an
 * AttributeError's traceback: the closest known name by an edit distance in which a case change
 * costs 1 and any other edit 2, and only when at most about a third of the characters differ.
 *
 * <p>The rules are CPython's (Python/suggestions.c, and Lib/traceback.py's twin of it): an
 * AttributeError looks among {@code dir(obj)}; a NameError among the local variable names of the
 * code it was raised in, then the globals, then the builtins of that frame, a later list only when
 * an earlier gave nothing. A list of 750 names or more is not searched; the first of equally close
 * names wins. Only exceptions that carry {@code name} (and {@code obj}) qualify: the engine sets
 * them for failed lookups, not for exceptions raised by hand.
 *
 * <p>Stateless; computing a suggestion runs {@code __dir__}, so callers must allow for Python code.
 */
public final class Suggestions {

    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_LENGTH = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private Suggestions() {
    }

    /** The name to suggest for {@code e}, or null when there is none (or finding one failed). */
    public static String forException(PyBaseException e) {
        try {
            if (e instanceof PyAttributeError ae && ae.getName() instanceof PyStr name
                    && ae.getObj() != PyNone.NONE) {
                // CPython: PyObject_Dir, which looks __dir__ up on the type (a class's own is unbound)
                PyObject names = Ops.callSpecialOrNull(ae.getObj(), "__dir__");
                return names == null ? null : closest(sorted(names), name.value());
            }
            if (e instanceof PyNameError ne && ne.getName() instanceof PyStr name
                    && e.getTraceback() instanceof PyTraceback tb) {
                while (tb.next != null) {
                    tb = tb.next;
                }
                org.weft.python.nodes.Frame f = tb.frame;
                String found = closest(List.of(f.code.varnames), name.value());
                if (found == null && f.globals != null) {
                    found = closest(names(f.globals.keys()), name.value());
                }
                if (found == null && f.builtins != null) {
                    found = closest(names(f.builtins.keys()), name.value());
                }
                return found;
            }
        } catch (PyException | StackOverflowError failed) {
            // As CPython: a failing __dir__ only means no suggestion.
        }
        return null;
    }

    private static List<String> sorted(PyObject names) {
        List<String> out = new ArrayList<>();
        PyObject it = Ops.iter(names);
        for (PyObject n = Ops.next(it); n != null; n = Ops.next(it)) {
            if (n instanceof PyStr s) {
                out.add(s.value());
            }
        }
        out.sort(null);
        return out;
    }

    private static List<String> names(List<PyObject> keys) {
        List<String> out = new ArrayList<>(keys.size());
        for (PyObject k : keys) {
            if (k instanceof PyStr s) {
                out.add(s.value());
            }
        }
        return out;
    }

    /** The candidate closest to {@code name} within the distance allowed, the first of equals; or null. */
    static String closest(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATES) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(name)) {
                continue; // a name that is there after all is no suggestion
            }
            // No more than a third of the characters involved may change; never worse than the best so far.
            int allowed = (name.length() + candidate.length() + 3) * MOVE_COST / 6;
            allowed = Math.min(allowed, bestDistance - 1);
            int d = distance(name, candidate, allowed);
            if (d <= allowed && (best == null || d < bestDistance)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The edit distance between {@code a} and {@code b} (case change 1, insertion, deletion or other
     * substitution 2), or any value above {@code limit} once it is sure to exceed it.
     */
    static int distance(String a, String b, int limit) {
        int start = 0;
        int endA = a.length();
        int endB = b.length();
        // Common prefixes and suffixes cost nothing: leave them out.
        while (start < endA && start < endB && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        String x = a.substring(start, endA);
        String y = b.substring(start, endB);
        if (x.isEmpty() || y.isEmpty()) {
            return (x.length() + y.length()) * MOVE_COST;
        }
        if (x.length() > MAX_LENGTH || y.length() > MAX_LENGTH) {
            return limit + 1;
        }
        if (y.length() < x.length()) {
            String t = x;
            x = y;
            y = t;
        }
        if ((y.length() - x.length()) * MOVE_COST > limit) {
            return limit + 1;
        }
        // One row of the edit matrix: row[i] = cost of turning y's prefix so far into x[0..i].
        int[] row = new int[x.length()];
        for (int i = 0; i < row.length; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int j = 0; j < y.length(); j++) {
            char c = y.charAt(j);
            int diagonal = j * MOVE_COST;
            result = diagonal;
            int rowMinimum = Integer.MAX_VALUE;
            for (int i = 0; i < row.length; i++) {
                int substitute = diagonal + substitutionCost(c, x.charAt(i));
                diagonal = row[i];
                int insertOrDelete = Math.min(result, diagonal) + MOVE_COST;
                result = Math.min(insertOrDelete, substitute);
                row[i] = result;
                rowMinimum = Math.min(rowMinimum, result);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
        }
        return result;
    }

    private static int substitutionCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        if (Character.isLetter(a) && a < 128 && b < 128 && Character.toLowerCase(a) == Character.toLowerCase(b)) {
            return CASE_COST;
        }
        return MOVE_COST;
    }
}
