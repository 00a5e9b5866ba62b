package org.weft.kernel.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.weft.kernel.history.HistoryStore.Entry;

@DisplayName("HistoryStore")
class HistoryStoreTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("weft").resolve("history.jsonl");
    }

    private static List<String> sources(List<Entry> entries) {
        return entries.stream().map(Entry::source).collect(Collectors.toList());
    }

    @Nested
    @DisplayName("defaultLocation")
    class DefaultLocation {

        private final Path home = Path.of("/home/ada");

        @Test
        @DisplayName("prefers $JUPYTER_DATA_DIR")
        void jupyterDataDir() {
            assertEquals(Path.of("/data/j/weft/history.jsonl"),
                    HistoryStore.defaultLocation(Map.of("JUPYTER_DATA_DIR", "/data/j", "XDG_DATA_HOME", "/x"), home));
        }

        @Test
        @DisplayName("then $XDG_DATA_HOME/jupyter")
        void xdgDataHome() {
            assertEquals(Path.of("/x/jupyter/weft/history.jsonl"),
                    HistoryStore.defaultLocation(Map.of("JUPYTER_DATA_DIR", "", "XDG_DATA_HOME", "/x"), home));
        }

        @Test
        @DisplayName("then ~/.local/share/jupyter")
        void home() {
            assertEquals(Path.of("/home/ada/.local/share/jupyter/weft/history.jsonl"),
                    HistoryStore.defaultLocation(Map.of("XDG_DATA_HOME", ""), home));
        }
    }

    @Nested
    @DisplayName("sessions")
    class Sessions {

        @Test
        @DisplayName("are numbered 1, 2, ... across restarts, the file and its folder created")
        void numbered() {
            assertEquals(1, new HistoryStore(file()).session());
            assertEquals(2, new HistoryStore(file()).session());
            assertEquals(3, new HistoryStore(file()).session());
            assertTrue(Files.isRegularFile(file()));
        }

        @Test
        @DisplayName("after a restart, the previous session's cells are session -1")
        void restart() {
            HistoryStore first = new HistoryStore(file());
            first.store(1, "x = 1");
            first.store(2, "print(x)");
            first.storeOutput(1, "1");
            HistoryStore second = new HistoryStore(file());
            second.store(1, "y = 2");
            assertEquals(List.of(new Entry(1, 1, "x = 1", "1"), new Entry(1, 2, "print(x)", null)),
                    second.range(-1, 1, 0, true));
            assertEquals(second.range(-1, 0, 0, false), second.range(1, 0, 0, false));
            assertEquals(List.of("x = 1", "print(x)", "y = 2"), sources(second.tail(10, false)));
        }

        /** Sessions 1..count, each with {@code cells} cells, as kernels would have written them. */
        private void writeLongHistory(int count, int cells) throws IOException {
            StringBuilder text = new StringBuilder();
            for (int s = 1; s <= count; s++) {
                text.append("{\"session\":").append(s).append(",\"start\":\"2026-01-01T00:00:00Z\"}\n");
                for (int line = 1; line <= cells; line++) {
                    text.append("{\"session\":").append(s).append(",\"line\":").append(line)
                            .append(",\"source\":\"cell ").append(s).append('.').append(line).append("\"}\n");
                }
            }
            Files.createDirectories(file().getParent());
            Files.writeString(file(), text, StandardCharsets.UTF_8);
        }

        @Test
        @DisplayName("after a long history (more than one read-back chunk) are numbered on, and every old cell is still found")
        void longHistory() throws IOException {
            writeLongHistory(400, 30); // about 500 KB
            HistoryStore h = new HistoryStore(file());
            assertEquals(401, h.session());
            h.store(1, "mine");
            assertEquals(List.of("cell 400.29", "cell 400.30", "mine"), sources(h.tail(3, false)));
            assertEquals(List.of("cell 1.1", "cell 1.2"), sources(h.range(1, 1, 3, false)));
            assertEquals(List.of("cell 7.30"), sources(h.search("cell 7.30", -1, false, false)));
            assertEquals(402, new HistoryStore(file()).session());
        }

        @Test
        @DisplayName("count on from the highest session even when a lower one wrote after it, or none started")
        void highestNotLast() throws IOException {
            writeLongHistory(3, 2);
            // Session 2's kernel was still running when session 3 began, and wrote after it.
            Files.writeString(file(), "{\"session\":2,\"line\":3,\"source\":\"late\"}\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            assertEquals(4, new HistoryStore(file()).session());

            // A file of cell records only (no start records): read back to its beginning.
            Files.writeString(file(), "{\"session\":9,\"line\":1,\"source\":\"a\"}\n"
                    + "{\"session\":5,\"line\":1,\"source\":\"b\"}\n", StandardCharsets.UTF_8);
            HistoryStore h = new HistoryStore(file());
            assertEquals(10, h.session());
            assertEquals(List.of("b", "a"), sources(h.tail(5, false)));
        }
    }

    @Nested
    @DisplayName("range")
    class Range {

        @Test
        @DisplayName("of the current session starts at line 0, empty, and is numbered session 0, as IPython")
        void currentSession() {
            HistoryStore h = new HistoryStore(file());
            h.store(1, "a");
            h.store(2, "b");
            assertEquals(List.of(new Entry(0, 0, "", null), new Entry(0, 1, "a", null), new Entry(0, 2, "b", null)),
                    h.range(0, 0, 0, false));
            assertEquals(List.of(new Entry(0, 2, "b", null)), h.range(0, 2, 3, false));
        }

        @Test
        @DisplayName("of the current session takes negative start and stop from its end")
        void negativeBounds() {
            HistoryStore h = new HistoryStore(file());
            for (int i = 1; i <= 5; i++) {
                h.store(i, "c" + i);
            }
            assertEquals(List.of("c4", "c5"), sources(h.range(0, -2, 0, false)));
            assertEquals(List.of("c1", "c2", "c3", "c4"), sources(h.range(0, 1, -1, false)));
        }

        @Test
        @DisplayName("of a past session is bounded by start and stop, stop 0 meaning the end")
        void pastSession() {
            HistoryStore old = new HistoryStore(file());
            for (int i = 1; i <= 4; i++) {
                old.store(i, "c" + i);
            }
            HistoryStore h = new HistoryStore(file());
            assertEquals(List.of("c2", "c3"), sources(h.range(1, 2, 4, false)));
            assertEquals(List.of("c3", "c4"), sources(h.range(-1, 3, 0, false)));
            assertEquals(List.of(), h.range(7, 1, 0, false));
        }

        @Test
        @DisplayName("gives outputs only when asked")
        void outputs() {
            HistoryStore h = new HistoryStore(file());
            h.store(1, "1 + 1");
            h.storeOutput(1, "2");
            assertEquals("2", h.range(0, 1, 0, true).get(0).output());
            assertNull(h.range(0, 1, 0, false).get(0).output());
        }
    }

    @Nested
    @DisplayName("tail")
    class Tail {

        @Test
        @DisplayName("gives the last n entries, oldest first, across sessions")
        void lastN() {
            HistoryStore old = new HistoryStore(file());
            old.store(1, "a");
            old.store(2, "b");
            HistoryStore h = new HistoryStore(file());
            h.store(1, "c");
            assertEquals(List.of(new Entry(1, 2, "b", null), new Entry(2, 1, "c", null)), h.tail(2, false));
            assertEquals(List.of("a", "b", "c"), sources(h.tail(-1, false)));
            assertEquals(List.of(), h.tail(0, false));
        }

        @Test
        @DisplayName("puts the current session last even when another kernel's session is newer")
        void currentLast() {
            HistoryStore mine = new HistoryStore(file());
            HistoryStore other = new HistoryStore(file());
            mine.store(1, "mine");
            other.store(1, "other");
            assertEquals(List.of("other", "mine"), sources(mine.tail(5, false)));
        }
    }

    @Nested
    @DisplayName("search")
    class Search {

        private HistoryStore filled() {
            HistoryStore old = new HistoryStore(file());
            old.store(1, "import numpy");
            old.store(2, "x = 1");
            old.store(3, "import os");
            HistoryStore h = new HistoryStore(file());
            h.store(1, "import numpy");
            h.store(2, "print(x)");
            return h;
        }

        @Test
        @DisplayName("matches the whole source against a glob, oldest first")
        void glob() {
            HistoryStore h = filled();
            assertEquals(List.of("import numpy", "import os", "import numpy"), sources(h.search("import*", -1, false, false)));
            assertEquals(List.of("x = 1"), sources(h.search("? = ?", -1, false, false)));
            assertEquals(List.of(), h.search("numpy", -1, false, false));
            assertEquals(List.of("import numpy", "import numpy"), sources(h.search("*[n]umpy", -1, false, false)));
        }

        @Test
        @DisplayName("gives the n most recent, and with unique the latest of each source")
        void recentAndUnique() {
            HistoryStore h = filled();
            assertEquals(List.of(new Entry(1, 3, "import os", null), new Entry(2, 1, "import numpy", null)),
                    h.search("import*", 2, false, false));
            assertEquals(List.of(new Entry(1, 3, "import os", null), new Entry(2, 1, "import numpy", null)),
                    h.search("import*", -1, true, false));
            assertEquals(List.of(new Entry(2, 1, "import numpy", null)), h.search("import*", 1, true, false));
        }

        @Test
        @DisplayName("treats glob sets and special regex characters right")
        void globDetails() {
            HistoryStore h = new HistoryStore(file());
            h.store(1, "a.b(1)");
            h.store(2, "a+b\nc");
            h.store(3, "[x]");
            assertEquals(List.of("a.b(1)"), sources(h.search("a.b(?)", -1, false, false)));
            assertEquals(List.of("a+b\nc"), sources(h.search("a+*c", -1, false, false)));
            assertEquals(List.of("a.b(1)"), sources(h.search("a[^+]*", -1, false, false)));
            assertEquals(List.of("[x]"), sources(h.search("[[]x]", -1, false, false)));
        }
    }

    @Nested
    @DisplayName("with a damaged file")
    class Damaged {

        @Test
        @DisplayName("skips corrupt and torn lines and keeps appending whole lines")
        void corruptLines() throws IOException {
            Files.createDirectories(file().getParent());
            Files.writeString(file(), "not json\n{\"session\": 4, \"line\": 1, \"source\": \"ok\"}\n"
                    + "[1, 2]\n{\"session\": \"x\"}\n{\"session\": 4, \"line\": 2, \"sou", StandardCharsets.UTF_8);
            HistoryStore h = new HistoryStore(file());
            assertEquals(5, h.session());
            h.store(1, "after");
            HistoryStore next = new HistoryStore(file());
            assertEquals(6, next.session());
            assertEquals(List.of("ok", "after"), sources(next.tail(10, false)));
        }

        @Test
        @DisplayName("keeps history in memory when the file cannot be used")
        void unusable() throws IOException {
            Path blocker = dir.resolve("blocker");
            Files.writeString(blocker, "a file where a folder should be");
            HistoryStore h = new HistoryStore(blocker.resolve("history.jsonl"));
            assertEquals(1, h.session());
            h.store(1, "x = 1");
            h.storeOutput(1, "1");
            assertEquals(List.of(new Entry(1, 1, "x = 1", "1")), h.tail(5, true));
            assertEquals(List.of(new Entry(1, 1, "x = 1", null)), h.search("x*", -1, false, false));
        }

        @Test
        @DisplayName("reads the file again when it was replaced by a shorter one")
        void truncated() throws IOException {
            HistoryStore h = new HistoryStore(file());
            HistoryStore other = new HistoryStore(file());
            other.store(1, "a long line of other history");
            assertEquals(1, h.search("a long*", -1, false, false).size());
            Files.writeString(file(), "{\"session\": 9, \"line\": 1, \"source\": \"new\"}\n");
            assertEquals(List.of("new"), sources(h.search("new", -1, false, false)));
        }
    }

    @Nested
    @DisplayName("under concurrency")
    class Concurrency {

        /** The child needs this module's classes, Gson and SLF4J: wherever the running test found them. */
        private String classPath() {
            List<String> parts = new ArrayList<>();
            for (Class<?> c : List.of(HistoryWriterProcess.class, HistoryStore.class, com.google.gson.JsonObject.class,
                    org.slf4j.LoggerFactory.class)) {
                try {
                    parts.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(java.io.File.pathSeparator, parts);
        }

        @Test
        @DisplayName("keeps every cell stored from several threads")
        void threads() throws InterruptedException {
            HistoryStore h = new HistoryStore(file());
            int threads = 8;
            int each = 40;
            List<Thread> started = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int base = t * each;
                Thread th = new Thread(() -> {
                    for (int i = 1; i <= each; i++) {
                        h.store(base + i, "cell " + (base + i));
                    }
                });
                th.start();
                started.add(th);
            }
            for (Thread th : started) {
                th.join();
            }
            assertEquals(threads * each, h.tail(-1, false).size());
            HistoryStore after = new HistoryStore(file());
            assertEquals(threads * each, after.range(-1, 1, 0, false).size());
        }

        @Test
        @DisplayName("gives two kernels in two JVMs distinct sessions and all their cells")
        void processes() throws IOException, InterruptedException {
            int count = 100;
            List<Process> kernels = new ArrayList<>();
            for (String tag : new String[] {"p", "q"}) {
                kernels.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", classPath(), HistoryWriterProcess.class.getName(),
                        file().toString(), tag, Integer.toString(count)).redirectErrorStream(true).start());
            }
            Set<Integer> sessions = new HashSet<>();
            for (Process p : kernels) {
                assertTrue(p.waitFor(120, TimeUnit.SECONDS), "writer did not finish");
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                sessions.add(Integer.parseInt(out.substring(out.lastIndexOf('\n') + 1).strip()));
                assertEquals(0, p.exitValue(), out);
            }
            assertEquals(Set.of(1, 2), sessions);
            HistoryStore h = new HistoryStore(file());
            assertEquals(count, h.search("p-*", -1, false, false).size());
            assertEquals(count, h.search("q-*", -1, false, false).size());
            assertNotEquals(h.range(1, 1, 0, false).get(0).source().charAt(0), h.range(2, 1, 0, false).get(0).source().charAt(0));
        }
    }
}
