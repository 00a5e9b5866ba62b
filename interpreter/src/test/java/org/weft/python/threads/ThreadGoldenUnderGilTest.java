package org.weft.python.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.weft.python.Main;

/**
 * The golden hammer programs of {@code tests/python/threads/} once more, with the GIL on
 * ({@code -X gil=1}): taking turns must give CPython's output too (the free-threaded run is
 * the golden suite's). Compared as the golden runner compares: stdout, plus the last stderr line
 * when the exit status is not 0.
 */
@DisplayName("the threads golden programs under -X gil=1")
class ThreadGoldenUnderGilTest {

    private static final long STACK_BYTES = 64L << 20;
    private static final long LIMIT_MS = 120_000;

    @TestFactory
    Stream<DynamicTest> underTheGil() throws IOException {
        Path dir = programsDir();
        Assumptions.assumeTrue(dir != null, "tests/python/threads not found from " + System.getProperty("user.dir"));
        List<Path> programs;
        try (Stream<Path> files = Files.list(dir)) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    /** {@code weft.golden.dir}/threads when the build sets it, else found upwards from the working directory. */
    private static Path programsDir() {
        String golden = System.getProperty("weft.golden.dir");
        if (golden != null && Files.isDirectory(Path.of(golden, "threads"))) {
            return Path.of(golden, "threads");
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("tests/python/threads");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static void check(Path program) throws Exception {
        String expected = Files.readString(Path.of(program.toString().replaceFirst("\\.py$", ".out")));
        assertEquals(expected, run(program), program.getFileName() + " under the GIL");
    }

    private static String run(Path program) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger status = new AtomicInteger(-1);
        String[] argv = {"-X", "gil=1", program.toAbsolutePath().toString()};
        Thread t = new Thread(null, () -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                status.set(Main.run(argv, new ByteArrayInputStream(new byte[0]), o, e));
            }
        }, "gil " + program.getFileName(), STACK_BYTES);
        t.setDaemon(true);
        t.start();
        t.join(LIMIT_MS);
        assertTrue(!t.isAlive(), program.getFileName() + " hung under the GIL; stderr: " + err);
        String text = out.toString(StandardCharsets.UTF_8);
        if (status.get() != 0) {
            List<String> lines = err.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            text += lines.isEmpty() ? "" : lines.get(lines.size() - 1) + "\n";
        }
        return text;
    }
}
