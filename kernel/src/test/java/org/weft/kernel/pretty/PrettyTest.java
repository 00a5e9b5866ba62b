package org.weft.kernel.pretty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.weft.kernel.Kernel;
import org.weft.kernel.bridge.WeftKernelModule;
import org.weft.python.Interpreter;
import org.weft.python.RunResult;
import org.weft.python.runtime.Sinks;

/** The notebook's text/plain layout ({@code IPython.lib.pretty}) against what IPython prints. */
@DisplayName("IPython.lib.pretty")
class PrettyTest {

    @Test
    @DisplayName("lays out every case exactly as IPython 8 does (cases.out comes from real IPython)")
    void matchesIPython() throws IOException {
        Interpreter py = new Interpreter();
        py.addBuiltinModule(new WeftKernelModule(null));
        py.addModuleResources(Kernel.class, "/org/weft/kernel/lib/");
        StringBuilder out = new StringBuilder();
        Sinks sinks = new Sinks(out::append, Sinks.SYSTEM.stderr(), Sinks.SYSTEM.stdin());
        RunResult r = py.runCell(resource("cases.py"), "<cases>", sinks);
        if (r.failed()) {
            throw new AssertionError(String.join("", py.formatException(r.exception())));
        }
        assertEquals(resource("cases.out"), out.toString());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PrettyTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
