package org.weft.kernel.syntax;

import java.util.List;

import org.weft.kernel.syntax.TokenInfo.Type;

/** {@code a = %foo args} becomes {@code a = get_ipython().run_line_magic('foo', 'args')}. IPython: MagicAssign. */
final class MagicAssign extends TokenTransform {

    private MagicAssign(TokenInfo start) {
        super(start);
    }

    static TokenTransform find(List<List<TokenInfo>> lines) {
        for (List<TokenInfo> line : lines) {
            int eq = assignIndex(line);
            if (eq >= 0 && eq + 2 < line.size() && line.get(eq + 1).string().equals("%")
                    && line.get(eq + 2).is(Type.NAME)) {
                return new MagicAssign(line.get(eq + 1));
            }
        }
        return null;
    }

    @Override
    List<String> apply(List<String> lines) {
        String lhs = lines.get(startLine).substring(0, startCol);
        int endLine = SourceLines.endOfContinuedLine(lines, startLine);
        String rhs = SourceLines.assembleContinuedLine(lines, startLine, startCol, endLine);
        String[] nameArgs = Strings.partitionSpace(rhs.substring(1));
        String call = "get_ipython().run_line_magic(" + repr(nameArgs[0]) + ", " + repr(nameArgs[1]) + ")";
        return SourceLines.replace(lines, startLine, endLine, lhs + call + "\n");
    }
}
