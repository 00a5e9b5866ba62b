package org.weft.kernel.syntax;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.weft.kernel.syntax.TokenInfo.Type;
import org.weft.python.ast.Mod;
import org.weft.python.compiler.CompileError;
import org.weft.python.compiler.Compiler;
import org.weft.python.parser.Mode;
import org.weft.python.parser.Parser;
import org.weft.python.parser.SyntaxErrorException;

/**
 * Answers Jupyter's {@code is_complete_request} as IPython does: a port of
 * {@code TransformerManager.check_complete} ({@code IPython/core/inputtransformer2.py}). The cell
 * is cleaned up and its IPython syntax transformed; then its tokens decide the plain cases (open
 * brackets or strings, a line ending in {@code :}) and the interpreter's parser the rest, where
 * CPython's {@code codeop.compile_command} would.
 */
public final class CodeCompleteness {

    /** {@code ' '} times the width {@code find_last_indent} measures. */
    private static final String INDENT_UNIT = " ";

    /**
     * The answer: {@code status} is {@code "complete"}, {@code "incomplete"} or {@code "invalid"};
     * {@code indent} is the whitespace for the next line when incomplete, otherwise null (so that a
     * reply built from it leaves the field out, as the message spec and ipykernel do).
     */
    public record Result(String status, String indent) {
        public static final String COMPLETE = "complete";
        public static final String INCOMPLETE = "incomplete";
        public static final String INVALID = "invalid";

        static Result complete() {
            return new Result(COMPLETE, null);
        }

        static Result invalid() {
            return new Result(INVALID, null);
        }

        static Result incomplete(int width) {
            return new Result(INCOMPLETE, INDENT_UNIT.repeat(width));
        }
    }

    private static final Set<Type> LINE_ENDS = EnumSet.of(Type.NEWLINE, Type.COMMENT, Type.ENDMARKER);

    private CodeCompleteness() {
    }

    /** Whether {@code code} is ready to run, needs more lines, or can never be valid. */
    public static Result check(String code) {
        try {
            return checkCell(code);
        } catch (StackOverflowError e) {
            // Only a monstrous line gets here (see IPythonSyntax.transform): let the run judge it.
            return Result.complete();
        }
    }

    private static Result checkCell(String code) {
        boolean endsWithNewline = endsWithNewline(code);
        List<String> lines = SourceLines.splitKeepEnds(endsWithNewline ? code : code + "\n");
        if (lines.isEmpty()) {
            return Result.complete();
        }
        if (lines.get(lines.size() - 1).endsWith("\\")) {
            return Result.incomplete(SourceLines.lastIndent(lines));
        }
        lines = CellCleanup.cleanup(CellCleanup.leadingEmptyLines(lines));
        if (lines.get(0).startsWith("%%")) {
            // A cell magic's body may be anything: only a blank line ends it.
            return Strings.isBlank(lines.get(lines.size() - 1))
                    ? Result.complete() : Result.incomplete(SourceLines.lastIndent(lines));
        }
        lines = IPythonSyntax.tokenTransforms(CellCleanup.cellMagic(lines), true);
        if (lines == null) {
            return Result.invalid();
        }
        return checkTokens(lines, endsWithNewline);
    }

    /** True when the last character that is not whitespace is followed by a newline. */
    private static boolean endsWithNewline(String code) {
        for (int i = code.length() - 1; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Strings.isSpace(c)) {
                return false;
            }
        }
        return false;
    }

    /** The second half of {@code check_complete}: tokens first, then the parser. */
    private static Result checkTokens(List<String> lines, boolean endsWithNewline) {
        List<List<TokenInfo>> tokens = LogicalLines.of(lines).lines();
        if (lines.size() == 1 && !tokens.isEmpty() && LogicalLines.hasSunkenBrackets(tokens.get(0))) {
            return Result.invalid();
        }
        if (tokens.isEmpty() || !last(last(tokens)).is(Type.ENDMARKER)) {
            // Inside a multi-line string or bracket.
            return Result.incomplete(SourceLines.lastIndent(lines));
        }
        List<TokenInfo> lastTokenLine = null;
        if (tokens.size() > 1 && onlyDedentsAndEnd(last(tokens))) {
            lastTokenLine = tokens.remove(tokens.size() - 1);
        }
        List<TokenInfo> line = last(tokens);
        while (!line.isEmpty() && LINE_ENDS.contains(last(line).type())) {
            line.remove(line.size() - 1);
        }
        if (line.isEmpty()) {
            return Result.incomplete(SourceLines.lastIndent(lines));
        }
        if (last(line).string().equals(":")) {
            int ix = 0;
            while (line.get(ix).isIndentation()) {
                ix++;
            }
            return Result.incomplete(line.get(ix).startCol() + 4);
        }
        if (line.get(0).line().endsWith("\\")) {
            return Result.incomplete(0);
        }
        return parse(lines, lastTokenLine, endsWithNewline);
    }

    /** Where IPython asks {@code codeop.compile_command(source, symbol='exec')}. */
    private static Result parse(List<String> lines, List<TokenInfo> lastTokenLine, boolean endsWithNewline) {
        String source = String.join("", lines);
        try {
            Mod mod = Parser.parse(onlyCommentsOrBlank(source) ? "pass" : source, "<input>", Mode.EXEC);
            // CPython's compile also rejects what needs scopes: 'return' outside function, ...
            Compiler.compile(mod, "<input>", Compiler.Kind.EXEC);
        } catch (SyntaxErrorException e) {
            return e.incomplete() || e.lineno() > lastTextLine(lines)
                    ? Result.incomplete(SourceLines.lastIndent(lines)) : Result.invalid();
        } catch (CompileError e) {
            if (!isTopLevelAsync(e) && !isMissingFeature(e)) {
                return Result.invalid();
            }
        } catch (RuntimeException e) {
            // A failure of our own must not cost the client its answer: the run will report it.
            return Result.complete();
        }
        if (lastTokenLine != null && lastTokenLine.get(0).is(Type.DEDENT) && !endsWithNewline) {
            // An indented block may go on until the user enters an empty line.
            return Result.incomplete(SourceLines.lastIndent(lines));
        }
        return Result.complete();
    }

    /**
     * IPython compiles with {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}, so {@code await}, {@code async for}
     * and {@code async with} in a cell are valid there; the interpreter's compiler has no such flag.
     */
    private static boolean isTopLevelAsync(CompileError e) {
        String m = e.getMessage();
        return m != null && (m.startsWith("'await' outside") || m.startsWith("'async for' outside")
                || m.startsWith("'async with' outside") || m.startsWith("asynchronous comprehension outside"));
    }

    /** A construct our compiler does not handle yet is no syntax error: the run reports it. */
    private static boolean isMissingFeature(CompileError e) {
        return e.getMessage() != null && e.getMessage().contains("not supported yet");
    }

    /**
     * The 1-based number of the last line that is not blank. CPython calls input incomplete when
     * its parser fails after reading to the end of the source, as at a {@code try} block that lacks
     * its {@code except} several blocks deep; an error placed past the last line is such a failure,
     * even where our parser does not flag it.
     */
    private static int lastTextLine(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!Strings.isBlank(lines.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** codeop compiles {@code pass} for a source of blank lines and comments only. */
    private static boolean onlyCommentsOrBlank(String source) {
        for (String l : source.split("\n", -1)) {
            String s = Strings.strip(l);
            if (!s.isEmpty() && s.charAt(0) != '#') {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyDedentsAndEnd(List<TokenInfo> line) {
        boolean end = false;
        for (TokenInfo t : line) {
            if (t.is(Type.ENDMARKER)) {
                end = true;
            } else if (!t.is(Type.DEDENT)) {
                return false;
            }
        }
        return end;
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
