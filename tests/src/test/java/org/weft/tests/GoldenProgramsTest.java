package org.weft.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.weft.python.Main;

/**
 * Runs every golden program {@code tests/python/<area>/<case>.py} through Weft's launcher entry
 * point and compares what it printed with {@code <case>.out}, which real CPython produced
 * (see {@code tests/python/generate_expected.py}).
 *
 * <p>The compared text is the program's stdout followed, only when the exit status is non-zero,
 * by the last non-empty line of its stderr and a newline: for a program that ends with an
 * uncaught exception, that is the traceback's last line, e.g. {@code ZeroDivisionError: division
 * by zero}.
 *
 * <p>Each program runs on its own thread with a 64 MB stack (free-threading rule 1 in DESIGN.md)
 * and a time limit, so that a program that hangs fails its own test and the suite goes on.
 *
 * <p>System properties: {@code weft.golden.dir} (the tests/python folder; the build sets it),
 * {@code weft.golden.filter} ({@code <area>} or {@code <area>/<case prefix>}, comma-separated,
 * to run a subset) and {@code weft.golden.timeout} (seconds, default 30).
 */
class GoldenProgramsTest {

    private static final long STACK_BYTES = 64L << 20;

    /** area -> {passed, failed}; filled from the test threads, printed once at the end. */
    private static final Map<String, int[]> RESULTS = new ConcurrentHashMap<>();
    /** Known differences that still differ (Surefire reports an aborted dynamic test as passed). */
    private static final java.util.Set<String> KNOWN_SEEN = new java.util.concurrent.ConcurrentSkipListSet<>();

    @TestFactory
    Stream<DynamicTest> goldenPrograms() throws IOException {
        Path root = goldenDir();
        List<String> filters = filters();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path area : areas(root)) {
                try (Stream<Path> files = Files.list(area)) {
                    for (Path program : files.filter(GoldenProgramsTest::isProgram).sorted().toList()) {
                        String key = root.relativize(area).toString().replace('\\', '/') + "/"
                                + stripPy(program.getFileName().toString());
                        if (selected(key, filters)) {
                            tests.add(DynamicTest.dynamicTest(key, program.toUri(), () -> check(key, program)));
                        }
                    }
                }
        }
        if (tests.isEmpty()) {
            fail("no golden program under " + root + " matches " + filters);
        }
        return tests.stream();
    }

    /**
     * The folders whose .py files are programs: every {@code tests/python/<area>/}, and for the
     * standard library one folder per module, {@code tests/python/stdlib/<module>/}.
     */
    private static List<Path> areas(Path root) throws IOException {
        List<Path> areas = new ArrayList<>();
        try (Stream<Path> top = Files.list(root)) {
            for (Path dir : top.filter(Files::isDirectory).sorted().toList()) {
                if (dir.getFileName().toString().equals("stdlib")) {
                    try (Stream<Path> modules = Files.list(dir)) {
                        modules.filter(Files::isDirectory).sorted().forEach(areas::add);
                    }
                } else {
                    areas.add(dir);
                }
            }
        }
        return areas;
    }

    @AfterAll
    static void printSummary() {
        if (RESULTS.isEmpty()) {
            return;
        }
        int passed = 0;
        int failed = 0;
        StringBuilder lines = new StringBuilder("\nGolden programs, by area:\n");
        for (Map.Entry<String, int[]> e : new TreeMap<>(RESULTS).entrySet()) {
            int[] r = e.getValue();
            passed += r[0];
            failed += r[1];
            lines.append(String.format("  %-16s %4d of %4d pass%n", e.getKey(), r[0], r[0] + r[1]));
        }
        for (String known : KNOWN_SEEN) {
            lines.append("  known difference (not counted): ").append(known).append('\n');
        }
        lines.append(String.format("golden: %d passed, %d failed, %d known differences%n",
                passed, failed, KNOWN_SEEN.size()));
        System.out.print(lines);
        System.out.flush();
    }

    private static void check(String key, Path program) throws IOException {
        String expected = Files.readString(Path.of(program.toString().replaceFirst("\\.py$", ".out")),
                StandardCharsets.UTF_8);
        boolean ok = false;
        boolean skipped = false;
        String knownReason = knownFailures().get(key);
        try {
            String actual = runProgram(key, program);
            if (knownReason != null) {
                if (expected.equals(actual)) {
                    fail(key + " now matches CPython: remove it from tests/python/KNOWN_FAILURES");
                }
                skipped = true;
                KNOWN_SEEN.add(key);
                Assumptions.abort("known difference from CPython: " + knownReason);
            }
            if (!expected.equals(actual)) {
                // The message names the first differing line; the full texts travel in the error for IDE diffs.
                throw new AssertionFailedError(firstDifference(key, expected, actual), expected, actual);
            }
            ok = true;
        } finally {
            if (skipped) {
                return;
            }
            String area = key.substring(0, key.indexOf('/'));
            int[] r = RESULTS.computeIfAbsent(area, a -> new int[2]);
            synchronized (r) {
                r[ok ? 0 : 1]++;
            }
        }
    }

    /**
     * The programs whose output is known to differ from CPython's, with why, read from
     * {@code tests/python/KNOWN_FAILURES} ({@code area/case  reason} per line, {@code #} comments).
     * They still run: a known failure that starts to match fails the suite, so the list only shrinks;
     * one that still differs is reported as skipped with its reason, never as passed.
     */
    private static Map<String, String> knownFailures() throws IOException {
        Map<String, String> known = new TreeMap<>();
        Path file = goldenDir().resolve("KNOWN_FAILURES");
        if (!Files.exists(file)) {
            return known;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\\s+", 2);
            known.put(parts[0], parts.length > 1 ? parts[1] : "(no reason given)");
        }
        return known;
    }

    /** Runs one program as {@code python3 program.py} would, and returns stdout + last stderr line. */
    static String runProgram(String key, Path program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicReference<Integer> status = new AtomicReference<>();
        AtomicReference<Throwable> crash = new AtomicReference<>();
        // -u: unbuffered stdout whatever the environment, as generate_expected.py runs CPython
        // (PYTHONUNBUFFERED=1), so a program ended by os._exit shows the same text under both.
        String[] argv = {"-u", program.toAbsolutePath().toString()};
        Runnable body = () -> {
            try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                status.set(Main.run(argv, new ByteArrayInputStream(new byte[0]), stdout, stderr));
            } catch (Throwable t) {
                crash.set(t);
            }
        };
        Thread thread = new Thread(null, body, "golden " + program.getFileName(), STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(timeoutSeconds()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            stopHungThread(thread);
            fail(key + " timed out after " + timeoutSeconds() + " s; output so far:\n" + decode(out));
        }
        if (crash.get() != null) {
            throw new AssertionError(key + ": Main.run threw instead of returning an exit status", crash.get());
        }
        String result = decode(out);
        if (status.get() != 0) {
            String last = lastNonEmptyLine(decode(err));
            if (last != null) {
                result += last + "\n";
            }
        }
        return result;
    }

    /** A hung program must not keep a core busy for the rest of the suite: ask, then insist. */
    @SuppressWarnings({"removal", "deprecation"})
    private static void stopHungThread(Thread thread) {
        thread.interrupt();
        try {
            thread.join(1000);
            if (thread.isAlive()) {
                thread.stop(); // Still works on Java 17; later JDKs throw, and the daemon thread is simply left.
            }
        } catch (InterruptedException | UnsupportedOperationException e) {
            // Leave it: it is a daemon thread and cannot keep the JVM alive.
        }
    }

    static String firstDifference(String key, String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        return String.format("%s: output differs at line %d%n  expected: %s%n  actual:   %s",
                key, i + 1, i < e.length ? e[i] : "<end of output>", i < a.length ? a[i] : "<end of output>");
    }

    private static String lastNonEmptyLine(String text) {
        String[] lines = text.split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i];
            }
        }
        return null;
    }

    private static String decode(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isProgram(Path p) {
        return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".py");
    }

    private static String stripPy(String name) {
        return name.substring(0, name.length() - ".py".length());
    }

    private static boolean selected(String key, List<String> filters) {
        if (filters.isEmpty()) {
            return true;
        }
        for (String f : filters) {
            if (f.contains("/") ? key.startsWith(f) : key.startsWith(f + "/")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> filters() {
        String spec = System.getProperty("weft.golden.filter", "").trim();
        List<String> filters = new ArrayList<>();
        for (String f : spec.split(",")) {
            if (!f.isBlank()) {
                filters.add(f.trim());
            }
        }
        return filters;
    }

    private static long timeoutSeconds() {
        return Long.getLong("weft.golden.timeout", 30L);
    }

    private static Path goldenDir() {
        String dir = System.getProperty("weft.golden.dir");
        Path path = dir != null ? Paths.get(dir) : Paths.get("python");
        if (!Files.isDirectory(path)) {
            path = Paths.get("tests", "python");
        }
        return path.toAbsolutePath();
    }
}
