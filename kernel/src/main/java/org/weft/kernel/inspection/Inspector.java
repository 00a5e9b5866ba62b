package org.weft.kernel.inspection;

import java.util.Optional;

import org.weft.kernel.completion.BoundInterpreter;
import org.weft.python.Interpreter;

/**
 * Answers {@code inspect_request}s and the {@code obj?} / {@code obj??} help with the text IPython's
 * object inspector shows (its {@code text/plain}, without colours): {@code Signature:},
 * {@code Init signature:}, {@code Type:}, {@code String form:}, {@code Length:}, {@code File:},
 * {@code Docstring:}, {@code Source:} and the rest, in IPython's order and alignment. A function
 * defined in a cell shows the cell's name ({@code <cell 3>}) as its file.
 *
 * <p>Thread-safe and stateless; may run while a cell runs. Inspecting calls {@code str()} and
 * {@code len()} on the object, as IPython does, but never throws: a failure leaves a field out,
 * or gives an empty answer.
 */
public final class Inspector {
    private final Interpreter interpreter;

    public Inspector(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /**
     * The inspector's text for the name at or before {@code cursorPos} (code points) in
     * {@code code}, or for the function being called there; empty when there is no such object.
     * {@code detailLevel} 0 is {@code obj?}, 1 adds the source ({@code obj??}).
     */
    public Optional<String> inspect(String code, int cursorPos, int detailLevel) {
        String name = TokenAtCursor.find(code == null ? "" : code, cursorPos);
        return name.isEmpty() ? Optional.empty() : pinfo(name, detailLevel);
    }

    /** The text of {@code expression?} (detail 0) or {@code expression??} (1); empty when not found. */
    public Optional<String> pinfo(String expression, int detailLevel) {
        if (expression == null) {
            return Optional.empty();
        }
        String oname = expression.strip();
        String text = BoundInterpreter.call(interpreter, () -> {
            ObjectFinder.Found found = ObjectFinder.find(interpreter, oname);
            if (found == null) {
                return null;
            }
            InfoCollector collector = new InfoCollector(new PyInspect(interpreter));
            ObjectInfo info = collector.info(found.object(), oname, found.namespace(), detailLevel);
            return PinfoText.format(info, detailLevel);
        }, null);
        return Optional.ofNullable(text);
    }
}
