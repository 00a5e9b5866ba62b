package org.weft.kernel.completion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Which candidate names to offer for a typed prefix, and in which order: jedi's (public names,
 * then {@code _private}, then {@code __dunder__}, each case-insensitively), which is what
 * ipykernel 6 shows. Names starting with {@code _} are offered only when the prefix does.
 */
final class MatchOrder {
    // jedi.api.Script.complete: sorted by (startswith('__'), startswith('_'), lower())
    static final Comparator<String> JEDI = Comparator
            .comparing((String s) -> s.startsWith("__"))
            .thenComparing(s -> s.startsWith("_"))
            .thenComparing(s -> s.toLowerCase(Locale.ROOT))
            .thenComparing(Comparator.naturalOrder());

    private MatchOrder() {
    }

    /** Candidates that start with {@code prefix}, without private ones unless asked, sorted. */
    static List<String> select(Collection<String> candidates, String prefix) {
        boolean showPrivate = prefix.startsWith("_");
        LinkedHashSet<String> picked = new LinkedHashSet<>();
        for (String c : candidates) {
            if (c.startsWith(prefix) && (showPrivate || !c.startsWith("_"))) {
                picked.add(c);
            }
        }
        List<String> r = new ArrayList<>(picked);
        r.sort(JEDI);
        return r;
    }

    /** For dotted module names: the private rule applies to the last component. */
    static List<String> selectDotted(Collection<String> candidates, String prefix) {
        boolean showPrivate = lastPart(prefix).startsWith("_");
        LinkedHashSet<String> picked = new LinkedHashSet<>();
        for (String c : candidates) {
            if (c.startsWith(prefix) && (showPrivate || !lastPart(c).startsWith("_"))) {
                picked.add(c);
            }
        }
        List<String> r = new ArrayList<>(picked);
        r.sort(Comparator.comparing(MatchOrder::lastPart, JEDI).thenComparing(Comparator.naturalOrder()));
        return r;
    }

    private static String lastPart(String dotted) {
        return dotted.substring(dotted.lastIndexOf('.') + 1);
    }
}
