package org.weft.kernel.syntax;

import java.util.List;

/**
 * A statement that starts with an escape: {@code %magic args}, {@code !cmd}, {@code !!cmd},
 * {@code ?obj}, {@code ??obj}, and the autocall escapes {@code ,} {@code ;} {@code /}.
 * IPython: EscapedCommand.
 */
final class EscapedCommand extends TokenTransform {

    private EscapedCommand(TokenInfo start) {
        super(start);
    }

    static TokenTransform find(List<List<TokenInfo>> lines) {
        for (List<TokenInfo> line : lines) {
            int ix = 0;
            while (ix < line.size() && line.get(ix).isIndentation()) {
                ix++;
            }
            if (ix < line.size() && EscapeCalls.isEscape(line.get(ix).string())) {
                return new EscapedCommand(line.get(ix));
            }
        }
        return null;
    }

    @Override
    List<String> apply(List<String> lines) {
        String indent = lines.get(startLine).substring(0, startCol);
        int endLine = SourceLines.endOfContinuedLine(lines, startLine);
        String line = SourceLines.assembleContinuedLine(lines, startLine, startCol, endLine);
        return SourceLines.replace(lines, startLine, endLine, indent + EscapeCalls.translate(line) + "\n");
    }
}
