package org.weft.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The launcher behaves as python3 does; expected outputs come from python3 with the same input. */
@DisplayName("Main, the python3-like launcher")
class MainTest {

    /** stdout, stderr and the exit status of one run. */
    record Outcome(String out, String err, int status) {
    }

    static Outcome run(String stdin, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(argv, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    @Nested
    @DisplayName("with stdin that is not a terminal")
    class PipedStdin {
        @Test
        @DisplayName("runs the input as one script, without prompts or echoed values")
        void runsAsScript() {
            Outcome o = run("x = 1\nx\nprint(x + 1)\nfor i in range(2):\n    print(i)\n");
            assertEquals("2\n0\n1\n", o.out());
            assertEquals(0, o.status());
        }

        @Test
        @DisplayName("'-' reads the script from stdin and passes the arguments on")
        void dashReadsStdin() {
            Outcome o = run("import sys\nprint(sys.argv)\n", "-", "a");
            assertEquals("['-', 'a']\n", o.out());
        }

        @Test
        @DisplayName("an uncaught exception reports <stdin> without source lines, status 1")
        void uncaught() {
            Outcome o = run("print(1)\n1/0\n");
            assertEquals("1\n", o.out());
            assertEquals("Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\n"
                    + "ZeroDivisionError: division by zero\n", o.err());
            assertEquals(1, o.status());
        }
    }

    @Nested
    @DisplayName("exit status")
    class ExitStatus {
        @Test
        @DisplayName("of sys.exit(n) is n's low 8 bits, as the OS reports CPython's")
        void lowBits() {
            assertEquals(255, run("", "-c", "import sys; sys.exit(-1)").status());
            assertEquals(44, run("", "-c", "import sys; sys.exit(300)").status());
            assertEquals(3, run("", "-c", "raise SystemExit(3)").status());
        }

        @Test
        @DisplayName("after an uncaught KeyboardInterrupt says: end by SIGINT (main() then does)")
        void keyboardInterrupt() {
            Outcome o = run("", "-c", "try:\n    raise KeyboardInterrupt\nfinally:\n    print('bye')");
            assertEquals("bye\n", o.out());
            assertTrue(o.err().endsWith("KeyboardInterrupt\n"), o.err());
            assertEquals(Main.KILLED_BY_SIGINT, o.status());
        }
    }

    @Nested
    @DisplayName("with -m MODULE")
    class RunModule {
        @Test
        @DisplayName("runs the module as __main__ with sys.argv[0] its file")
        void runsAsMain() throws IOException {
            Path file = Files.createTempFile(Path.of("").toAbsolutePath(), "weft_main_test_", ".py");
            String name = file.getFileName().toString().replace(".py", "");
            try {
                Files.writeString(file, "import sys\nprint(__name__, sys.argv[1:], sys.argv[0] == __file__)\n"
                        + "if __name__ == '__main__':\n    raise SystemExit(3)\n");
                Outcome o = run("", "-m", name, "x", "y");
                assertEquals("__main__ ['x', 'y'] True\n", o.out());
                assertEquals(3, o.status());
            } finally {
                Files.deleteIfExists(file);
            }
        }

        @Test
        @DisplayName("reports a missing module as python3 does")
        void missing() {
            Outcome o = run("", "-m", "no_such_module_here");
            assertEquals("weft: No module named no_such_module_here\n", o.err());
            assertEquals(1, o.status());
        }

        @Test
        @DisplayName("reports a module of a missing package as python3 does")
        void missingParent() {
            Outcome o = run("", "-m", "no_such_pkg.sub");
            assertEquals("weft: Error while finding module specification for 'no_such_pkg.sub' "
                    + "(ModuleNotFoundError: No module named 'no_such_pkg')\n", o.err());
            assertEquals(1, o.status());
        }

        @Test
        @DisplayName("refuses a built-in module, which has no code")
        void builtIn() {
            Outcome o = run("", "-m", "sys");
            assertEquals("weft: No code object available for sys\n", o.err());
            assertEquals(1, o.status());
        }
    }

    @Nested
    @DisplayName("with a zip archive or a directory as the script")
    class RunApp {
        @Test
        @DisplayName("runs its __main__.py with the archive first on sys.path, as python3 app.pyz does")
        void zipArchive() throws IOException {
            Path dir = Files.createTempDirectory("weft_app_test_");
            Path archive = dir.resolve("app.pyz");
            try {
                try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(archive))) {
                    zip.putNextEntry(new java.util.zip.ZipEntry("__main__.py"));
                    zip.write(("import sys, helper\nprint(__name__, sys.path[0] == sys.argv[0], helper.X, "
                            + "__file__.endswith('app.pyz/__main__.py'))\n").getBytes(StandardCharsets.UTF_8));
                    zip.putNextEntry(new java.util.zip.ZipEntry("helper.py"));
                    zip.write("X = 42\n".getBytes(StandardCharsets.UTF_8));
                }
                Outcome o = run("", archive.toString());
                assertEquals("__main__ True 42 True\n", o.out());
                assertEquals(0, o.status());
            } finally {
                Files.deleteIfExists(archive);
                Files.deleteIfExists(dir);
            }
        }

        @Test
        @DisplayName("runs a directory's __main__.py with the directory first on sys.path")
        void directory() throws IOException {
            Path dir = Files.createTempDirectory("weft_app_dir_test_");
            Path main = dir.resolve("__main__.py");
            try {
                Files.writeString(main, "import sys, os\nprint(sys.path[0] == os.path.abspath(sys.argv[0]), "
                        + "os.path.basename(__file__))\n");
                Outcome o = run("", dir.toString());
                assertEquals("True __main__.py\n", o.out());
            } finally {
                Files.deleteIfExists(main);
                Files.deleteIfExists(dir);
            }
        }
    }

    @Nested
    @DisplayName("-W options")
    class WarnOptions {
        private static final String WARN = "import sys, warnings\nwarnings.warn('hi')\nprint(sys.warnoptions)\n";

        @Test
        @DisplayName("go to sys.warnoptions and become filters: -W ignore silences, -Werror raises")
        void filters() {
            Outcome quiet = run("", "-W", "ignore", "-c", WARN);
            assertEquals("['ignore']\n", quiet.out());
            assertEquals("", quiet.err());
            Outcome error = run("", "-Werror::UserWarning", "-c", WARN);
            assertEquals("", error.out());
            assertTrue(error.err().endsWith("UserWarning: hi\n"), error.err());
            assertEquals(1, error.status());
        }

        @Test
        @DisplayName("an invalid one is reported as python3 reports it and ignored")
        void invalid() {
            Outcome o = run("", "-W", "bogus", "-c", "print('ran')");
            assertEquals("ran\n", o.out());
            assertEquals("Invalid -W option ignored: invalid action: 'bogus'\n", o.err());
        }
    }

    @Nested
    @DisplayName("sys.stdout.buffer")
    class BinaryStdout {
        @Test
        @DisplayName("writes bytes as they are, bytes that are not UTF-8 too, in order with the text")
        void rawBytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = Main.run(new String[] {"-c", "import sys\nprint('a')\n"
                    + "sys.stdout.buffer.write(bytes([0x80, 0xff, 0x0a]))\nprint('\u00e9')"},
                    new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(0, status);
            byte[] expected = {'a', '\n', (byte) 0x80, (byte) 0xff, '\n', (byte) 0xc3, (byte) 0xa9, '\n'};
            assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(out.toByteArray()));
        }
    }

    @Nested
    @DisplayName("stdin")
    class Stdin {
        @Test
        @DisplayName("as text: '\\r' stays (no newline translation), a last line keeps its missing newline")
        void text() {
            Outcome o = run("abc\r\ndef\rghi", "-c", "import sys; print(repr(input()), repr(sys.stdin.read()))");
            assertEquals("'abc\\r' 'def\\rghi'\n", o.out());
        }

        @Test
        @DisplayName("sys.stdin.buffer gives the bytes as they are")
        void bytes() {
            int status = Main.run(new String[] {"-c", "import sys; print(list(sys.stdin.buffer.read()))"},
                    new ByteArrayInputStream(new byte[] {'x', (byte) 0xff, '\r', '\n'}),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(0, status);
            Outcome o = run("x\r\n", "-c", "import sys; print(list(sys.stdin.buffer.read()))");
            assertEquals("[120, 13, 10]\n", o.out());
        }
    }
}
