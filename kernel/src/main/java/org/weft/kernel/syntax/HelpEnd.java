package org.weft.kernel.syntax;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code obj?} and {@code obj??} at the end of a line, also {@code %magic?}. IPython: HelpEnd. */
final class HelpEnd extends TokenTransform {

    /** IPython's {@code _help_end_re}: a dotted name (with {@code *} wildcards), then {@code ?} or {@code ??}. */
    private static final Pattern HELP_END = Pattern.compile(
            "(%{0,2}(?!\\d)[\\w*]+(\\.(?!\\d)[\\w*]+)*)(\\?\\??)$",
            Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS);

    private final int questionLine;

    private HelpEnd(TokenInfo start, TokenInfo question) {
        super(start);
        this.questionLine = question.startRow() - 1;
    }

    /** Before EscapedCommand, so that {@code %foo?} asks about the magic instead of running it. */
    @Override
    int priority() {
        return 5;
    }

    static TokenTransform find(List<List<TokenInfo>> lines) {
        for (List<TokenInfo> line : lines) {
            // The last token is NEWLINE; the one before it must be the question mark.
            if (line.size() > 2 && line.get(line.size() - 2).string().equals("?")) {
                int ix = 0;
                while (line.get(ix).isIndentation()) {
                    ix++;
                }
                return new HelpEnd(line.get(ix), line.get(line.size() - 2));
            }
        }
        return null;
    }

    @Override
    List<String> apply(List<String> lines) {
        String piece = String.join("", lines.subList(startLine, questionLine + 1));
        String indent = piece.substring(0, startCol);
        Matcher m = HELP_END.matcher(piece.substring(startCol));
        if (!m.find()) {
            return null;
        }
        String call = EscapeCalls.helpCall(m.group(1), m.group(3));
        return SourceLines.replace(lines, startLine, questionLine, indent + call + "\n");
    }
}
