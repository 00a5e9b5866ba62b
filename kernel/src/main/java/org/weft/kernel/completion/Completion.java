package org.weft.kernel.completion;

import java.util.List;

/**
 * The answer to a completion request: the texts that may replace the code between
 * {@code cursorStart} and {@code cursorEnd}. Positions count Unicode code points, as the Jupyter
 * protocol (5.2 and later) does.
 */
public record Completion(List<String> matches, int cursorStart, int cursorEnd) {

    public Completion {
        matches = List.copyOf(matches);
    }

    /** No matches, with the cursor as both ends. */
    public static Completion none(int cursor) {
        return new Completion(List.of(), cursor, cursor);
    }
}
