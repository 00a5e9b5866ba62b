package org.weft.kernel.completion;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.weft.python.Interpreter;

/**
 * Answers {@code complete_request}s as ipykernel 6 (IPython with jedi) does: names, attributes
 * after a dot, module names after {@code import}/{@code from}, the names of a module after
 * {@code from x import}, string keys after {@code d['}, file names in other strings, {@code name=}
 * inside calls, and magics after {@code %}. Only the token before the cursor is replaced: a match
 * is the whole text that goes between {@code cursorStart} and the cursor (for {@code os.pa},
 * {@code path} after the dot).
 *
 * <p>Thread-safe: it keeps no state but the lazily read resource listing, and may run while a cell
 * runs, reading the same objects. Never throws: an error while looking gives fewer matches.
 */
public final class Completer {
    private static final Pattern MAGIC = Pattern.compile("(?:^|(?<=[\\s=(]))%{1,2}\\w*$", Pattern.UNICODE_CHARACTER_CLASS);

    private final Interpreter interpreter;
    private final MagicNames magics;
    private final CodeCompletion code;
    private final StringCompletion strings;
    private final ImportCompletion imports;

    /**
     * @param magics the magic names, as typed ({@code %time}, {@code %%timeit}; a name without
     *               {@code %} is a line magic); asked at each {@code %} completion
     */
    public Completer(Interpreter interpreter, Supplier<List<String>> magics) {
        this.interpreter = interpreter;
        this.magics = new MagicNames(magics);
        this.code = new CodeCompletion(interpreter);
        this.strings = new StringCompletion(interpreter, code);
        this.imports = new ImportCompletion(interpreter, new ModuleNames(interpreter,
                new ResourceModules(Interpreter.class, "org/weft/python/lib/"),
                new ResourceModules(Completer.class, "org/weft/kernel/lib/")));
    }

    /** Matches for the token before {@code cursorPos} (code points) in {@code code}. */
    public Completion complete(String code, int cursorPos) {
        String text = code == null ? "" : code;
        int cursor = CodePoints.toIndex(text, cursorPos);
        int end = CodePoints.toCursor(text, cursor);
        if (LineScan.endsInMultilineString(text.substring(0, cursor))) {
            return Completion.none(end);
        }
        int lineStart = text.lastIndexOf('\n', cursor - 1) + 1;
        String line = text.substring(lineStart, cursor);
        String before = text.substring(0, lineStart);
        LineMatches found = BoundInterpreter.call(interpreter, () -> complete(line, before), null);
        if (found == null || found.matches().isEmpty()) {
            return Completion.none(end);
        }
        return new Completion(found.matches(), CodePoints.toCursor(text, lineStart + found.start()), end);
    }

    /** Matches for the end of {@code line}, the cursor's line up to the cursor. */
    private LineMatches complete(String line, String before) {
        LineScan scan = LineScan.of(line);
        if (scan.inComment) {
            return null;
        }
        if (scan.openStringQuote >= 0) {
            return strings.complete(line, scan);
        }
        Matcher magic = MAGIC.matcher(line);
        if (magic.find()) {
            return new LineMatches(magics.matching(magic.group()), magic.start());
        }
        int indent = scan.statementStart;
        while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
            indent++;
        }
        LineMatches imported = imports.complete(line.substring(indent), indent);
        return imported != null ? imported : code.complete(line, scan, CellImports.of(interpreter, before));
    }
}
