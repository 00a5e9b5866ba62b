package org.weft.kernel.completion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Magic completion after {@code %}: the kernel's magic names (asked each time, so magics
 * registered later appear), matched on the name without its percent signs as IPython does.
 */
final class MagicNames {
    private final Supplier<List<String>> magics;

    MagicNames(Supplier<List<String>> magics) {
        this.magics = magics;
    }

    /** Magics whose name starts with the typed one; {@code %%x} offers only cell magics. */
    List<String> matching(String typed) {
        String bare = typed.replaceFirst("^%+", "");
        boolean cellOnly = typed.startsWith("%%");
        List<String> out = new ArrayList<>();
        for (String name : names()) {
            String full = name.startsWith("%") ? name : "%" + name;
            String fullBare = full.replaceFirst("^%+", "");
            if (fullBare.startsWith(bare) && (!cellOnly || full.startsWith("%%")) && !out.contains(full)) {
                out.add(full);
            }
        }
        // IPython's order: by name, the line magic before the cell magic of the same name
        out.sort(Comparator.comparing((String s) -> s.replaceFirst("^%+", "")).thenComparing(s -> s.startsWith("%%")));
        return out;
    }

    private List<String> names() {
        try {
            List<String> names = magics == null ? null : magics.get();
            return names == null ? List.of() : names;
        } catch (RuntimeException e) {
            return List.of(); // the kernel's magics are not ready: offer none
        }
    }
}
