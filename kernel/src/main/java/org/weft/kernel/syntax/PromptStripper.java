package org.weft.kernel.syntax;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes the prompts of pasted interactive sessions: IPython's {@code PromptStripper}. When the
 * first line starts with the initial prompt, or the second line with any prompt, the prompt is
 * removed from every line that has one.
 */
final class PromptStripper {

    private static final int FLAGS = Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;

    /** Python's {@code >>> } and {@code ... } prompts; {@code ...} alone is valid Python, so not on line 1. */
    static final PromptStripper CLASSIC = new PromptStripper(
            Pattern.compile("^(>>>|\\.\\.\\.)( |$)", FLAGS), Pattern.compile("^>>>( |$)", FLAGS));

    /** IPython's {@code In [1]: } and {@code    ...: } prompts, with the vi-mode markers. */
    static final PromptStripper IPYTHON = new PromptStripper(
            Pattern.compile("^(((\\[nav\\]|\\[ins\\])? )?In \\[\\d+\\]: |\\s*\\.{3,}: ?)", FLAGS), null);

    private final Pattern prompt;
    private final Pattern initial;

    private PromptStripper(Pattern prompt, Pattern initial) {
        this.prompt = prompt;
        this.initial = initial == null ? prompt : initial;
    }

    List<String> apply(List<String> lines) {
        if (lines.isEmpty()) {
            return lines;
        }
        if (initial.matcher(lines.get(0)).lookingAt() || lines.size() > 1 && prompt.matcher(lines.get(1)).lookingAt()) {
            return lines.stream().map(l -> prompt.matcher(l).replaceFirst("")).collect(Collectors.toList());
        }
        return lines;
    }
}
