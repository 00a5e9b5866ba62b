package org.weft.kernel.syntax;

import java.util.List;

import org.weft.kernel.syntax.TokenInfo.Type;

/** {@code a = !cmd} becomes {@code a = get_ipython().getoutput('cmd')}. IPython: SystemAssign. */
final class SystemAssign extends TokenTransform {

    private SystemAssign(TokenInfo start) {
        super(start);
    }

    static TokenTransform find(List<List<TokenInfo>> lines) {
        for (List<TokenInfo> line : lines) {
            int eq = assignIndex(line);
            if (eq < 0 || Strings.strip(line.get(eq).line()).startsWith("=") || eq + 1 >= line.size()
                    || !line.get(eq + 1).is(Type.ERRORTOKEN)) {
                continue;
            }
            // tokenize yields the blanks before an unknown character as ERRORTOKENs too.
            for (int ix = eq + 1; ix < line.size() && line.get(ix).is(Type.ERRORTOKEN); ix++) {
                String s = line.get(ix).string();
                if (s.equals("!")) {
                    return new SystemAssign(line.get(ix));
                }
                if (!Strings.isBlank(s)) {
                    break;
                }
            }
        }
        return null;
    }

    @Override
    List<String> apply(List<String> lines) {
        String lhs = lines.get(startLine).substring(0, startCol);
        int endLine = SourceLines.endOfContinuedLine(lines, startLine);
        String rhs = SourceLines.assembleContinuedLine(lines, startLine, startCol, endLine);
        String call = "get_ipython().getoutput(" + repr(rhs.substring(1)) + ")";
        return SourceLines.replace(lines, startLine, endLine, lhs + call + "\n");
    }
}
