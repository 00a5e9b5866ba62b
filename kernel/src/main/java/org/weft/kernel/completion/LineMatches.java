package org.weft.kernel.completion;

import java.util.List;

/** Matches for the cursor's line, and the index in that line where the text they replace starts. */
record LineMatches(List<String> matches, int start) {

    LineMatches {
        matches = List.copyOf(matches);
    }

    /** "Nothing to offer here", which also stops the other completers from trying. */
    static LineMatches nothing() {
        return new LineMatches(List.of(), 0);
    }
}
