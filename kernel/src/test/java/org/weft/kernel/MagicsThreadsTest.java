package org.weft.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.weft.protocol.Channel;
import org.weft.protocol.client.Exchange;

/**
 * The timing and threads magics through a real kernel and client: %time, %timeit, %%threads,
 * %%timeline, %threads, %gil, %nproc, %seed. Values are checked; times only as coarse ratios
 * (parallelism), and only where the machine has the cores free to show them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The timing and threads magics")
class MagicsThreadsTest {
    @TempDir
    static Path dir;
    private RunningKernel running;

    private static final String WORK = "import threading\n"
            + "def work(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\n"
            + "def two(n):\n"
            + "    ts = [threading.Thread(target=work, args=(n,), name='worker-%d' % i) for i in range(2)]\n"
            + "    for t in ts: t.start()\n"
            + "    for t in ts: t.join()\n";

    @BeforeAll
    void start() throws Exception {
        running = new RunningKernel(dir.resolve("history.jsonl"));
        ok(execute(WORK));
    }

    @AfterAll
    void stop() throws Exception {
        running.close();
    }

    private Exchange execute(String code) throws Exception {
        JsonObject content = new JsonObject();
        content.addProperty("code", code);
        return running.client.call(Channel.SHELL, "execute_request", content, RunningKernel.TIMEOUT);
    }

    private static Exchange ok(Exchange e) {
        assertEquals("ok", e.reply().content().get("status").getAsString(), e.reply().content().toString());
        return e;
    }

    private static String stream(Exchange e, String name) {
        return e.iopubOf("stream").stream().filter(m -> name.equals(m.content().get("name").getAsString()))
                .map(m -> m.content().get("text").getAsString()).collect(Collectors.joining());
    }

    private static JsonObject display(Exchange e) {
        assertEquals(1, e.iopubOf("display_data").size(), e.iopubTypes().toString());
        return e.iopubOf("display_data").get(0).content().getAsJsonObject("data");
    }

    private static String result(Exchange e) {
        return e.iopubOf("execute_result").get(0).content().getAsJsonObject("data").get("text/plain").getAsString();
    }

    private static double parallelism(String summary) {
        Matcher m = Pattern.compile("parallelism: ([0-9.]+) \\(CPU / wall\\)").matcher(summary);
        assertTrue(m.find(), summary);
        return Double.parseDouble(m.group(1));
    }

    /** Two busy threads can show parallelism only when two cores are free for them. */
    private static boolean coresFree() {
        int cores = Runtime.getRuntime().availableProcessors();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return cores >= 2 && load >= 0 && load < cores - 1.5;
    }

    private static final String UNIT = "[0-9.]+ (ns|\u00b5s|ms|s)";

    @Nested
    @DisplayName("%time and %timeit")
    class Timing {
        @Test
        @DisplayName("%time prints IPython's two lines and returns the value")
        void time() throws Exception {
            Exchange e = ok(execute("%time sum(range(1000))"));
            assertTrue(stream(e, "stdout").matches("CPU times: user " + UNIT + ", sys: " + UNIT + ", total: " + UNIT
                    + "\nWall time: " + UNIT + "\n"), stream(e, "stdout"));
            assertEquals("499500", result(e));
        }

        @Test
        @DisplayName("%%time runs statements and shows the last expression")
        void cellTime() throws Exception {
            Exchange e = ok(execute("%%time\nx = 6\nx * 7"));
            assertTrue(stream(e, "stdout").startsWith("CPU times: user "), stream(e, "stdout"));
            assertEquals("42", result(e));
        }

        @Test
        @DisplayName("%timeit prints mean and deviation with IPython's words")
        void timeit() throws Exception {
            Exchange e = ok(execute("%timeit -n 10 -r 3 sum(range(100))"));
            String out = stream(e, "stdout");
            assertTrue(out.matches("(The slowest run took [0-9.]+ times longer than the fastest\\. This could mean "
                    + "that an intermediate result is being cached\\.\n)?" + UNIT + " \u00b1 " + UNIT
                    + " per loop \\(mean \u00b1 std\\. dev\\. of 3 runs, 10 loops each\\)\n"), out);
        }

        @Test
        @DisplayName("%timeit -o -q returns a TimeitResult, quietly; so does %%timeit with a setup line")
        void timeitResult() throws Exception {
            Exchange e = ok(execute("r = %timeit -o -q -n 1000 -r 2 pass\n(r.loops, r.repeat, len(r.all_runs), r.best <= r.worst)"));
            assertEquals("", stream(e, "stdout"));
            assertEquals("(1000, 2, 2, True)", result(e));
            e = ok(execute("%%timeit -n 5 -r 2 -o -q calls = []\ncalls.append(1)\n"));
            assertTrue(result(e).startsWith("<TimeitResult : "), result(e));
        }

        @Test
        @DisplayName("%timeit names an unknown option")
        void badOption() throws Exception {
            Exchange e = execute("%timeit -x 1");
            assertEquals("error", e.reply().content().get("status").getAsString());
            assertEquals("UsageError: option -x not recognized ( allowed: \"n:r:tcp:qo\" )\n", stream(e, "stderr"));
        }
    }

    @Nested
    @DisplayName("%%threads and %%timeline")
    class PerThread {
        @Test
        @DisplayName("%%threads shows a row per thread, as text and HTML, and the parallelism reached")
        void table() throws Exception {
            ok(execute("%gil off"));
            JsonObject data = display(ok(execute("%%threads\ntwo(3_000_000)")));
            String text = data.get("text/plain").getAsString();
            String[] lines = text.split("\n");
            assertEquals(5, lines.length, text);
            assertTrue(lines[0].matches("thread +ident +cell +start ms +end ms +wall ms +CPU ms +waiting ms"), lines[0]);
            assertTrue(lines[1].startsWith("MainThread "), text);
            assertTrue(lines[2].startsWith("worker-0 ") && lines[3].startsWith("worker-1 "), text);
            assertEquals(lines[0].length(), lines[2].length(), "aligned columns");
            String html = data.get("text/html").getAsString();
            assertTrue(html.startsWith("<table") && html.contains("<td style=\"text-align:left\">worker-1</td>"), html);
            assertTrue(lines[4].contains("(3 threads)") && lines[4].endsWith("GIL: off"), lines[4]);
            if (coresFree()) {
                assertTrue(parallelism(lines[4]) > 1.2, text);
            }
        }

        @Test
        @DisplayName("with the GIL on, two busy threads reach no parallelism and are seen waiting")
        void gilOn() throws Exception {
            ok(execute("%gil on"));
            try {
                String text = display(ok(execute("%%threads\ntwo(2_000_000)"))).get("text/plain").getAsString();
                assertTrue(parallelism(text) <= 1.1, text);
                Matcher waits = Pattern.compile("(?m)^worker-\\d .* ([0-9.]+)$").matcher(text);
                double waited = 0;
                while (waits.find()) {
                    waited += Double.parseDouble(waits.group(1));
                }
                assertTrue(waited > 0, "waiting for the GIL counts as waiting: " + text);
                JsonObject data = display(ok(execute("%%timeline\ntwo(2_000_000)")));
                String summary = data.get("text/plain").getAsString();
                assertTrue(summary.contains("GIL: on"), summary);
                assertTrue(maxWaiting(summary) >= 25, summary);
                assertTrue(data.get("image/svg+xml").getAsString().contains("GIL on"));
            } finally {
                ok(execute("%gil off"));
            }
        }

        @Test
        @DisplayName("%%timeline draws a lane per thread; with the GIL off, busy threads do not wait")
        void timeline() throws Exception {
            ok(execute("%gil off"));
            JsonObject data = display(ok(execute("%%timeline\ntwo(2_000_000)")));
            String svg = data.get("image/svg+xml").getAsString();
            assertTrue(svg.startsWith("<svg") && svg.contains(">worker-0</text>") && svg.contains(">worker-1</text>")
                    && svg.contains(">MainThread</text>") && svg.contains(">time (ms)</text>"), svg);
            String summary = data.get("text/plain").getAsString();
            assertTrue(summary.contains("worker-0: running "), summary);
            Matcher m = Pattern.compile("worker-\\d: running \\d+%, waiting (\\d+)%").matcher(summary);
            while (m.find()) {
                assertTrue(Integer.parseInt(m.group(1)) <= 10, summary);
            }
        }

        private static int maxWaiting(String summary) {
            Matcher m = Pattern.compile("worker-\\d: running \\d+%, waiting (\\d+)%").matcher(summary);
            int max = -1;
            while (m.find()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
            return max;
        }
    }

    @Nested
    @DisplayName("%threads, %gil, %nproc, %seed")
    class Control {
        @Test
        @DisplayName("%threads lists a waiting thread with its cell; --interrupt ends it")
        void threads() throws Exception {
            Exchange started = ok(execute("import threading\nstop = threading.Event()\n"
                    + "waiter = threading.Thread(target=stop.wait, name='waiter')\nwaiter.start()"));
            int cell = started.reply().content().get("execution_count").getAsInt();
            String text = display(ok(execute("%threads"))).get("text/plain").getAsString();
            Matcher m = Pattern.compile("(?m)^waiter +\\d+ +waiting +[0-9.]+ +" + cell + "$").matcher(text);
            assertTrue(m.find(), text);
            Exchange e = ok(execute("%threads --interrupt"));
            assertTrue(stream(e, "stdout").matches("KeyboardInterrupt raised in \\d+ threads?\n"), stream(e, "stdout"));
            assertEquals("False", result(ok(execute("waiter.join(30); waiter.is_alive()"))));
        }

        @Test
        @DisplayName("%gil switches the lock; %nproc returns the cores")
        void gilAndNproc() throws Exception {
            assertTrue(stream(ok(execute("%gil on")), "stdout").startsWith("GIL is on"));
            assertEquals("True", result(ok(execute("import sys; sys._is_gil_enabled()"))));
            assertTrue(stream(ok(execute("%gil off")), "stdout").startsWith("GIL is off"));
            assertTrue(stream(ok(execute("%gil")), "stdout").startsWith("GIL is off"));
            assertEquals("False", result(ok(execute("sys._is_gil_enabled()"))));
            assertEquals(Integer.toString(Runtime.getRuntime().availableProcessors()), result(ok(execute("%nproc"))));
            assertEquals("error", execute("%gil maybe").reply().content().get("status").getAsString());
        }

        @Test
        @DisplayName("%seed gives the cell's thread random.seed(N)'s stream and each started thread its own")
        void seed() throws Exception {
            String cell = "%seed 7\nimport random, threading\nout = {}\n"
                    + "def draw(k):\n    out[k] = [random.randint(0, 10**6) for _ in range(3)]\n"
                    + "ts = [threading.Thread(target=draw, args=(k,)) for k in (1, 2, 3)]\n"
                    + "for t in ts: t.start()\nfor t in ts: t.join()\ndraw(0)\n"
                    + "expect = {k: [r.randint(0, 10**6) for _ in range(3)] for k, r in "
                    + "[(0, random.Random(7))] + [(k, random.Random(7 * 1000003 + k)) for k in (1, 2, 3)]}\n"
                    + "(out == expect, sorted(out.items()))";
            String first = result(ok(execute(cell)));
            assertTrue(first.startsWith("(True,"), first);
            assertEquals(first, result(ok(execute(cell))), "the same numbers on every run");
            ok(execute("%seed off"));
        }
    }
}
