package org.weft.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.weft.protocol.Message;
import org.weft.protocol.client.Exchange;

/**
 * The kernel end to end over real ZeroMQ sockets, in this JVM: what each request publishes and
 * replies, output routing from threads, interrupts, stdin. (tests/clients drives the installed
 * kernel with Jupyter's own clients as well.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The kernel")
class KernelTest {
    @TempDir
    static Path dir;
    private RunningKernel running;

    @BeforeAll
    void start() throws Exception {
        running = new RunningKernel(dir.resolve("history.jsonl"));
    }

    @AfterAll
    void stop() throws Exception {
        running.close();
    }

    private Exchange execute(String code) throws Exception {
        return execute(code, Map.of());
    }

    private Exchange execute(String code, Map<String, Object> options) throws Exception {
        JsonObject content = new JsonObject();
        content.addProperty("code", code);
        options.forEach((k, v) -> content.add(k, org.weft.protocol.Json.GSON.toJsonTree(v)));
        return running.client.call(Channel.SHELL, "execute_request", content, RunningKernel.TIMEOUT);
    }

    private static String stdout(Exchange e) {
        return e.iopubOf("stream").stream()
                .filter(m -> "stdout".equals(m.content().get("name").getAsString()))
                .map(m -> m.content().get("text").getAsString())
                .collect(Collectors.joining());
    }

    @Nested
    @DisplayName("execute_request")
    class Execute {
        @Test
        @DisplayName("publishes busy, execute_input, output, execute_result, idle in that order")
        void order() throws Exception {
            Exchange e = execute("print('hi')\n6 * 7");
            assertEquals(List.of("status", "execute_input", "stream", "execute_result", "status"), e.iopubTypes());
            assertEquals("ok", e.reply().content().get("status").getAsString());
            JsonObject result = e.iopubOf("execute_result").get(0).content();
            assertEquals("42", result.getAsJsonObject("data").get("text/plain").getAsString());
            assertEquals(e.reply().content().get("execution_count").getAsInt(),
                    result.get("execution_count").getAsInt());
        }

        @Test
        @DisplayName("keeps Out, _ and In as IPython does")
        void outAndUnderscore() throws Exception {
            Exchange first = execute("'first value'");
            int n = first.reply().content().get("execution_count").getAsInt();
            Exchange e = execute("print(_, Out[" + n + "], In[" + n + "])");
            assertEquals("first value first value 'first value'\n", stdout(e));
        }

        @Test
        @DisplayName("reports an error with IPython's traceback and stops queued cells")
        void errors() throws Exception {
            // The failing cell takes a moment, so the queued one is surely sent before it fails.
            Message failing = running.client.send(Channel.SHELL, "execute_request",
                    code("import time\ntime.sleep(0.2)\n1/0"));
            Message queued = running.client.send(Channel.SHELL, "execute_request", code("print('never')"));
            JsonObject reply = running.client.reply(failing, RunningKernel.TIMEOUT).content();
            assertEquals("error", reply.get("status").getAsString());
            assertEquals("ZeroDivisionError", reply.get("ename").getAsString());
            assertEquals("division by zero", reply.get("evalue").getAsString());
            String tb = String.join("\n", new Gsonish(reply).strings("traceback"));
            assertTrue(tb.contains("----> 3 1/0"), tb);
            assertEquals("aborted", running.client.reply(queued, RunningKernel.TIMEOUT).content()
                    .get("status").getAsString());
            running.client.awaitIdle(queued, RunningKernel.TIMEOUT);
        }

        @Test
        @DisplayName("with silent: no execute_input, no result, count unchanged")
        void silent() throws Exception {
            int before = execute("1").reply().content().get("execution_count").getAsInt();
            Exchange e = execute("2", Map.of("silent", true));
            assertEquals(List.of("status", "status"), e.iopubTypes());
            assertEquals(before, e.reply().content().get("execution_count").getAsInt());
        }

        @Test
        @DisplayName("runs !commands, and x = !cmd gives IPython's SList")
        void shellCommands() throws Exception {
            Exchange e = execute("!echo from the shell\n"
                    + "x = !printf 'a b\\nc d\\n'\n"
                    + "print(type(x).__name__, x, repr(x.s), repr(x.n), x.fields(1), x.grep('c'))");
            assertEquals("from the shell\nSList ['a b', 'c d'] 'a b c d' 'a b\\nc d' ['b', 'd'] ['c d']\n",
                    stdout(e));
        }

        @Test
        @DisplayName("evaluates user_expressions")
        void userExpressions() throws Exception {
            Exchange e = execute("a = 20", Map.of("user_expressions", Map.of("twice", "a * 2", "bad", "nope")));
            JsonObject ue = e.reply().content().getAsJsonObject("user_expressions");
            assertEquals("40", ue.getAsJsonObject("twice").getAsJsonObject("data").get("text/plain").getAsString());
            assertEquals("error", ue.getAsJsonObject("bad").get("status").getAsString());
            assertEquals("NameError", ue.getAsJsonObject("bad").get("ename").getAsString());
        }

        @Test
        @DisplayName("shows display() output, also from a thread the cell started")
        void display() throws Exception {
            Exchange e = execute("from IPython.display import HTML, display\nimport threading\n"
                    + "t = threading.Thread(target=lambda: display(HTML('<b>x</b>')))\nt.start(); t.join()");
            JsonObject data = e.iopubOf("display_data").get(0).content().getAsJsonObject("data");
            assertEquals("<b>x</b>", data.get("text/html").getAsString());
        }

        @Test
        @DisplayName("runs doctest.testmod() on the functions of earlier cells, as ipykernel does")
        void doctestInCells() throws Exception {
            execute("def double(x):\n    \"\"\"\n    >>> double(2)\n    4\n    >>> [double(i) for i in range(3)]\n"
                    + "    [0, 2, 5]\n    \"\"\"\n    return 2 * x");
            Exchange e = execute("import doctest\nr = doctest.testmod()\nprint(r)\nr.attempted");
            String out = stdout(e);
            assertTrue(out.contains("File \"__main__\", line 5, in __main__.double\nFailed example:\n"
                    + "    [double(i) for i in range(3)]\nExpected:\n    [0, 2, 5]\nGot:\n    [0, 2, 4]\n"), out);
            assertTrue(out.endsWith("1 items had failures:\n   1 of   2 in __main__.double\n"
                    + "***Test Failed*** 1 failures.\nTestResults(failed=1, attempted=2)\n"), out);
            JsonObject result = e.iopubOf("execute_result").get(0).content();
            assertEquals("2", result.getAsJsonObject("data").get("text/plain").getAsString());
        }
    }

    @Nested
    @DisplayName("output from threads")
    class Threads {
        @Test
        @DisplayName("goes to the cell that started the thread, also after that cell has finished")
        void afterTheCell() throws Exception {
            Exchange starter = execute("import threading, time\n"
                    + "def late():\n    time.sleep(0.3)\n    print('late line')\n"
                    + "threading.Thread(target=late).start()");
            execute("x = 1");
            Message request = starter.request();
            long deadline = System.nanoTime() + RunningKernel.TIMEOUT.toNanos();
            while (System.nanoTime() < deadline && running.client.iopub(request).stream()
                    .noneMatch(m -> m.msgType().equals("stream"))) {
                running.client.listen(java.time.Duration.ofMillis(50));
            }
            String text = running.client.iopub(request).stream().filter(m -> m.msgType().equals("stream"))
                    .map(m -> m.content().get("text").getAsString()).collect(Collectors.joining());
            assertEquals("late line\n", text);
        }

        @Test
        @DisplayName("never interleaves the lines of several threads")
        void wholeLines() throws Exception {
            Exchange e = execute("import threading\n"
                    + "def w(c):\n    for i in range(200):\n        print(c * 5, i, c * 5)\n"
                    + "ts = [threading.Thread(target=w, args=(c,)) for c in 'abcd']\n"
                    + "[t.start() for t in ts]; [t.join() for t in ts]; None");
            List<String> lines = new ArrayList<>(List.of(stdout(e).split("\n")));
            assertEquals(800, lines.size());
            for (String line : lines) {
                assertTrue(line.matches("([a-d])\\1{4} \\d+ \\1{5}"), line);
            }
        }
    }

    @Nested
    @DisplayName("interrupt_request")
    class Interrupt {
        @Test
        @DisplayName("raises KeyboardInterrupt in a tight loop")
        void tightLoop() throws Exception {
            Message busy = running.client.send(Channel.SHELL, "execute_request", code("while True: pass"));
            Thread.sleep(300);
            Exchange ack = running.client.call(Channel.CONTROL, "interrupt_request", new JsonObject(),
                    RunningKernel.TIMEOUT);
            assertEquals("ok", ack.reply().content().get("status").getAsString());
            JsonObject reply = running.client.reply(busy, RunningKernel.TIMEOUT).content();
            assertEquals("KeyboardInterrupt", reply.get("ename").getAsString());
            running.client.awaitIdle(busy, RunningKernel.TIMEOUT);
        }
    }

    @Nested
    @DisplayName("while a cell keeps every core busy")
    class Busy {
        @Test
        @DisplayName("control, the heartbeat and completion still answer, and an interrupt stops the cell")
        void answers() throws Exception {
            Message busy = running.client.send(Channel.SHELL, "execute_request", code(
                    "import threading, os\n"
                    + "stop = False\n"
                    + "def spin():\n    while not stop: pass\n"
                    + "ts = [threading.Thread(target=spin) for _ in range(os.cpu_count())]\n"
                    + "[t.start() for t in ts]\n"
                    + "try:\n    while True: pass\nfinally:\n    stop = True\n    [t.join() for t in ts]"));
            Thread.sleep(300);
            Exchange info = running.client.call(Channel.CONTROL, "kernel_info_request", new JsonObject(),
                    RunningKernel.TIMEOUT);
            assertEquals("ok", info.reply().content().get("status").getAsString());
            assertTrue(running.client.ping(RunningKernel.TIMEOUT));
            JsonObject c = new JsonObject();
            c.addProperty("code", "threading.Th");
            c.addProperty("cursor_pos", 12);
            JsonObject complete = running.client.call(Channel.SHELL, "complete_request", c, RunningKernel.TIMEOUT)
                    .reply().content();
            assertTrue(new Gsonish(complete).strings("matches").contains("Thread"), complete.toString());
            running.client.call(Channel.CONTROL, "interrupt_request", new JsonObject(), RunningKernel.TIMEOUT);
            assertEquals("KeyboardInterrupt", running.client.reply(busy, RunningKernel.TIMEOUT).content()
                    .get("ename").getAsString());
            running.client.awaitIdle(busy, RunningKernel.TIMEOUT);
        }
    }

    @Nested
    @DisplayName("processes and signals")
    class Processes {
        @Test
        @DisplayName("a child process that inherits stdout writes into the cell, in order with print")
        void childOutput() throws Exception {
            Exchange e = execute("import subprocess\nprint('before', flush=True)\n"
                    + "subprocess.run(['echo', 'from the child'])\nprint('after')");
            assertEquals("before\nfrom the child\nafter\n", stdout(e));
        }

        @Test
        @DisplayName("signal.signal(SIGINT, handler) receives the kernel's interrupt instead of KeyboardInterrupt")
        void interruptHandler() throws Exception {
            // the handler is in place before the waiting cell is even sent
            execute("import signal, time\ngot = []\nold = signal.signal(signal.SIGINT, lambda s, f: got.append(s))");
            Message cell = running.client.send(Channel.SHELL, "execute_request", code(
                    "try:\n    while not got: time.sleep(0.01)\n"
                    + "finally:\n    signal.signal(signal.SIGINT, old)\n"
                    + "print('handled', got)"));
            Thread.sleep(300);
            running.client.call(Channel.CONTROL, "interrupt_request", new JsonObject(), RunningKernel.TIMEOUT);
            JsonObject reply = running.client.reply(cell, RunningKernel.TIMEOUT).content();
            assertEquals("ok", reply.get("status").getAsString(), reply.toString());
            List<Message> out = running.client.awaitIdle(cell, RunningKernel.TIMEOUT);
            assertTrue(out.stream().anyMatch(m -> m.msgType().equals("stream")
                    && m.content().get("text").getAsString().contains("handled [2]")), out.toString());
        }
    }

    @Nested
    @DisplayName("stdin")
    class Stdin {
        @Test
        @DisplayName("input() asks the front end and gets its answer")
        void roundTrip() throws Exception {
            Message request = running.client.send(Channel.SHELL, "execute_request",
                    code("name = input('who? ')\nprint('hello', name)"));
            Message ask = running.client.inputRequest(RunningKernel.TIMEOUT);
            assertEquals("who? ", ask.content().get("prompt").getAsString());
            assertFalse(ask.content().get("password").getAsBoolean());
            running.client.answerInput(ask, "Ada");
            running.client.reply(request, RunningKernel.TIMEOUT);
            List<Message> out = running.client.awaitIdle(request, RunningKernel.TIMEOUT);
            assertTrue(out.stream().anyMatch(m -> m.msgType().equals("stream")
                    && m.content().get("text").getAsString().equals("hello Ada\n")), out.toString());
        }

        @Test
        @DisplayName("getpass.getpass() asks the front end for a password")
        void password() throws Exception {
            Message request = running.client.send(Channel.SHELL, "execute_request",
                    code("import getpass\nsecret = getpass.getpass('key: ')\nprint(len(secret))"));
            Message ask = running.client.inputRequest(RunningKernel.TIMEOUT);
            assertEquals("key: ", ask.content().get("prompt").getAsString());
            assertTrue(ask.content().get("password").getAsBoolean());
            running.client.answerInput(ask, "hunter2");
            running.client.reply(request, RunningKernel.TIMEOUT);
            List<Message> out = running.client.awaitIdle(request, RunningKernel.TIMEOUT);
            assertTrue(out.stream().anyMatch(m -> m.msgType().equals("stream")
                    && m.content().get("text").getAsString().equals("7\n")), out.toString());
        }

        @Test
        @DisplayName("breakpoint() in a cell stops at pdb's prompt, read through input requests")
        void breakpointInCell() throws Exception {
            Message request = running.client.send(Channel.SHELL, "execute_request",
                    code("import signal\nsaved = signal.getsignal(signal.SIGINT)\n"
                            + "def f(x):\n    y = x * 2\n    breakpoint()\n    return y\nprint('result', f(21))\n"
                            // pdb's continue leaves its SIGINT handler, for Ctrl-C to stop again
                            + "signal.signal(signal.SIGINT, saved)"));
            Message ask = running.client.inputRequest(RunningKernel.TIMEOUT);
            assertEquals("(Pdb) ", ask.content().get("prompt").getAsString());
            running.client.answerInput(ask, "p y + 1");
            ask = running.client.inputRequest(RunningKernel.TIMEOUT);
            running.client.answerInput(ask, "c");
            running.client.reply(request, RunningKernel.TIMEOUT);
            List<Message> out = running.client.awaitIdle(request, RunningKernel.TIMEOUT);
            String text = out.stream().filter(m -> m.msgType().equals("stream"))
                    .map(m -> m.content().get("text").getAsString()).reduce("", String::concat);
            assertTrue(text.contains("f()\n-> return y\n"), text);
            assertTrue(text.contains("43\n"), text);
            assertTrue(text.endsWith("result 42\n"), text);
            String source = stdout(execute("import inspect\nprint(inspect.getsource(f), end='')"));
            assertEquals("def f(x):\n    y = x * 2\n    breakpoint()\n    return y\n", source);
        }

        @Test
        @DisplayName("%debug debugs the last error post mortem; %pdb on starts the debugger after each failing cell")
        void debugMagics() throws Exception {
            execute("def g(a):\n    b = a + 1\n    return 1 / (b - b)\n");
            assertEquals("error", execute("g(3)").reply().content().get("status").getAsString());
            Message request = running.client.send(Channel.SHELL, "execute_request", code("%debug"));
            Message ask = running.client.inputRequest(RunningKernel.TIMEOUT);
            assertEquals("ipdb> ", ask.content().get("prompt").getAsString());
            running.client.answerInput(ask, "p b * 10");
            running.client.answerInput(running.client.inputRequest(RunningKernel.TIMEOUT), "q");
            running.client.reply(request, RunningKernel.TIMEOUT);
            String text = streamText(running.client.awaitIdle(request, RunningKernel.TIMEOUT));
            assertTrue(text.contains("g()\n-> return 1 / (b - b)\n"), text);
            assertTrue(text.contains("40\n"), text);

            assertEquals("Automatic pdb calling has been turned ON\n", stdout(execute("%pdb on")));
            request = running.client.send(Channel.SHELL, "execute_request", code("g(5)"));
            ask = running.client.inputRequest(RunningKernel.TIMEOUT);
            running.client.answerInput(ask, "p a");
            running.client.answerInput(running.client.inputRequest(RunningKernel.TIMEOUT), "q");
            assertEquals("error", running.client.reply(request, RunningKernel.TIMEOUT).content().get("status").getAsString());
            List<Message> out = running.client.awaitIdle(request, RunningKernel.TIMEOUT);
            assertTrue(out.stream().anyMatch(m -> m.msgType().equals("error")), out.toString());
            assertTrue(streamText(out).contains("5\n"), out.toString());
            assertEquals("Automatic pdb calling has been turned OFF\n", stdout(execute("%pdb off")));
        }

        private String streamText(List<Message> out) {
            return out.stream().filter(m -> m.msgType().equals("stream"))
                    .map(m -> m.content().get("text").getAsString()).reduce("", String::concat);
        }

        @Test
        @DisplayName("input() without allow_stdin raises StdinNotImplementedError")
        void notAllowed() throws Exception {
            Exchange e = execute("input()", Map.of("allow_stdin", false));
            assertEquals("StdinNotImplementedError", e.reply().content().get("ename").getAsString());
        }
    }

    @Nested
    @DisplayName("introspection")
    class Introspecting {
        @Test
        @DisplayName("complete, inspect, is_complete and history answer with status ok")
        void all() throws Exception {
            execute("import os\nzebra_count = 3");
            JsonObject c = new JsonObject();
            c.addProperty("code", "zebra_c");
            c.addProperty("cursor_pos", 7);
            JsonObject complete = running.client.call(Channel.SHELL, "complete_request", c, RunningKernel.TIMEOUT)
                    .reply().content();
            assertEquals(List.of("zebra_count"), new Gsonish(complete).strings("matches"));
            assertEquals(0, complete.get("cursor_start").getAsInt());

            c.addProperty("code", "zebra_count");
            c.addProperty("cursor_pos", 11);
            c.addProperty("detail_level", 0);
            JsonObject inspect = running.client.call(Channel.SHELL, "inspect_request", c, RunningKernel.TIMEOUT)
                    .reply().content();
            assertTrue(inspect.get("found").getAsBoolean());

            JsonObject ic = new JsonObject();
            ic.addProperty("code", "for i in range(3):");
            JsonObject isComplete = running.client.call(Channel.SHELL, "is_complete_request", ic,
                    RunningKernel.TIMEOUT).reply().content();
            assertEquals("incomplete", isComplete.get("status").getAsString());
            assertEquals("    ", isComplete.get("indent").getAsString());

            JsonObject h = new JsonObject();
            h.addProperty("hist_access_type", "tail");
            h.addProperty("n", 1);
            h.addProperty("output", false);
            h.addProperty("raw", true);
            JsonObject history = running.client.call(Channel.SHELL, "history_request", h, RunningKernel.TIMEOUT)
                    .reply().content();
            assertEquals("ok", history.get("status").getAsString());
            assertEquals("import os\nzebra_count = 3",
                    history.getAsJsonArray("history").get(0).getAsJsonArray().get(2).getAsString());
        }

        @Test
        @DisplayName("kernel_info answers on shell and on control, bracketed by busy and idle")
        void kernelInfo() throws Exception {
            for (Channel channel : List.of(Channel.SHELL, Channel.CONTROL)) {
                Exchange e = running.client.call(channel, "kernel_info_request", new JsonObject(),
                        RunningKernel.TIMEOUT);
                assertEquals(List.of("status", "status"), e.iopubTypes());
                JsonObject info = e.reply().content();
                assertEquals("weft", info.get("implementation").getAsString());
                assertEquals("python", info.getAsJsonObject("language_info").get("name").getAsString());
            }
        }

        @Test
        @DisplayName("a comm_open for an unknown target is closed again")
        void unknownComm() throws Exception {
            JsonObject open = new JsonObject();
            open.addProperty("comm_id", "c1");
            open.addProperty("target_name", "nobody");
            open.add("data", new JsonObject());
            // Comm messages have no reply: the answer is the comm_close published about the request.
            Message sent = running.client.send(Channel.SHELL, "comm_open", open);
            List<Message> out = running.client.awaitIdle(sent, RunningKernel.TIMEOUT);
            assertTrue(out.stream().anyMatch(m -> m.msgType().equals("comm_close")
                    && m.content().get("comm_id").getAsString().equals("c1")), out.toString());
        }
    }

    private static JsonObject code(String code) {
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        return c;
    }

    /** Reads a JSON array of strings. */
    private record Gsonish(JsonObject o) {
        List<String> strings(String key) {
            List<String> out = new ArrayList<>();
            o.getAsJsonArray(key).forEach(e -> out.add(e.getAsString()));
            return out;
        }
    }
}
