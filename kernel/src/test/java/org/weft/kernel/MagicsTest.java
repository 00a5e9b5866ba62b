package org.weft.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * The general magics, the tqdm progress bar and IPython.display, end to end over real sockets.
 *
 * <p>Unless a comment says otherwise, every expected string was printed by IPython 8.5
 * (ipykernel 6.17, Debian's python3-ipykernel) for the same cells, run through jupyter_client.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Magics and display")
class MagicsTest {
    @TempDir
    static Path dir;
    private RunningKernel running;

    @BeforeAll
    void start() throws Exception {
        running = new RunningKernel(dir.resolve("history.jsonl"));
        execute("import os\nos.chdir(" + pyString(dir.toString()) + ")");
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

    private static String stream(Exchange e, String name) {
        return e.iopubOf("stream").stream()
                .filter(m -> name.equals(m.content().get("name").getAsString()))
                .map(m -> m.content().get("text").getAsString())
                .collect(Collectors.joining());
    }

    private static String stdout(Exchange e) {
        return stream(e, "stdout");
    }

    private static String result(Exchange e) {
        List<Message> results = e.iopubOf("execute_result");
        assertEquals(1, results.size(), e.iopubTypes().toString());
        return results.get(0).content().getAsJsonObject("data").get("text/plain").getAsString();
    }

    private static JsonObject payload(Exchange e) {
        return e.reply().content().getAsJsonArray("payload").get(0).getAsJsonObject();
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Nested
    @DisplayName("the namespace magics")
    class Namespace {
        @Test
        @DisplayName("%who lists user names tab separated, filtered by type name")
        void who() throws Exception {
            execute("%reset -f\na = 1\nb = 'hello'\ndef f(): pass\nimport os");
            assertEquals("a\t b\t f\t os\t \n", stdout(execute("%who")));
            assertEquals("a\t \n", stdout(execute("%who int")));
            assertEquals("No variables match your requested type.\n", stdout(execute("%who float")));
        }

        @Test
        @DisplayName("%whos prints IPython's table")
        void whos() throws Exception {
            execute("%reset -f\nx = 10\ny = [1, 2, 3]\ns = 'a\\nb' * 30");
            assertEquals("Variable   Type    Data/Info\n"
                    + "----------------------------\n"
                    + "s          str     a\\nba\\nba\\nba\\nba\\nba\\nba<...>ba\\nba\\nba\\nba\\nba\\nba\\nb\n"
                    + "x          int     10\n"
                    + "y          list    n=3\n", stdout(execute("%whos")));
        }

        @Test
        @DisplayName("%reset -f clears the user's names and keeps the shell's")
        void reset() throws Exception {
            execute("gone = 1");
            assertEquals("", stdout(execute("%reset -f")));
            assertEquals("Interactive namespace is empty.\n", stdout(execute("%who")));
            assertEquals("True\n", stdout(execute("print('gone' not in globals() and callable(get_ipython))")));
            assertEquals("Flushing input history\n", stdout(execute("%reset -f in")));
            assertEquals("Don't know how to reset  bogus, please run `%reset?` for details\n",
                    stdout(execute("%reset -f bogus")));
        }
    }

    @Test
    @DisplayName("%reset without -f asks the front end first")
    void resetAsks() throws Exception {
        execute("kept = 1");
        JsonObject content = new JsonObject();
        content.addProperty("code", "%reset");
        content.addProperty("allow_stdin", true);
        Message request = running.client.send(Channel.SHELL, "execute_request", content);
        Message ask = running.client.inputRequest(RunningKernel.TIMEOUT);
        assertEquals("Once deleted, variables cannot be recovered. Proceed (y/[n])? ",
                ask.content().get("prompt").getAsString());
        running.client.answerInput(ask, "n");
        running.client.reply(request, RunningKernel.TIMEOUT);
        String printed = running.client.awaitIdle(request, RunningKernel.TIMEOUT).stream()
                .filter(m -> "stream".equals(m.msgType()))
                .map(m -> m.content().get("text").getAsString()).collect(Collectors.joining());
        assertEquals("Nothing done.\n", printed);
        assertEquals("1\n", stdout(execute("print(kept)")));
    }

    @Nested
    @DisplayName("the environment magics")
    class Environment {
        @Test
        @DisplayName("%env sets and reads variables; a missing one is a UsageError")
        void env() throws Exception {
            assertEquals("env: H6B_A=hello\n", stdout(execute("%env H6B_A=hello")));
            assertEquals("env: H6B_B=world\n", stdout(execute("%env H6B_B world")));
            assertEquals("'hello'", result(execute("%env H6B_A")));
            Exchange missing = execute("%env H6B_NOPE");
            assertEquals("UsageError: Environment does not have key: H6B_NOPE\n", stream(missing, "stderr"));
            assertTrue(result(execute("%env")).startsWith("{"));
        }

        @Test
        @DisplayName("%cd prints the new directory, %cd - goes back, %pwd returns the path")
        void cd() throws Exception {
            String here = result(execute("%pwd"));
            assertEquals("/tmp\n", stdout(execute("%cd /tmp")));
            assertEquals("'/tmp'", result(execute("%pwd")));
            assertEquals(here.substring(1, here.length() - 1) + "\n", stdout(execute("%cd -")));
            assertEquals("[Errno 2] No such file or directory: '/nonexistent_dir'\n"
                    + here.substring(1, here.length() - 1) + "\n", stdout(execute("%cd /nonexistent_dir")));
        }
    }

    @Nested
    @DisplayName("the file magics")
    class Files {
        @Test
        @DisplayName("%%writefile writes, overwrites and appends, saying which")
        void writefile() throws Exception {
            assertEquals("Writing wf.txt\n", stdout(execute("%%writefile wf.txt\none")));
            assertEquals("Appending to wf.txt\n", stdout(execute("%%writefile -a wf.txt\ntwo")));
            execute("w1 = open('wf.txt').read()");
            assertEquals("Overwriting wf.txt\n", stdout(execute("%%writefile wf.txt\nthree")));
            // As IPython, the cell's text ends with a newline.
            assertEquals("'one\\ntwo\\n'\n'three\\n'\n",
                    stdout(execute("print(repr(w1))\nprint(repr(open('wf.txt').read()))")));
        }

        @Test
        @DisplayName("%run runs a file as __main__ with sys.argv, and loads its names (-i: in the namespace)")
        void run() throws Exception {
            execute("%%writefile prog.py\nimport sys\nprint('argv', sys.argv)\nz = 42\n"
                    + "w = globals().get('x')\nif __name__ == '__main__':\n    print('main')");
            execute("x = 10");
            assertEquals("argv ['prog.py', 'a', 'b c']\nmain\n", stdout(execute("%run prog.py a \"b c\"")));
            assertEquals("42 None\n", stdout(execute("print(z, w)")));
            assertEquals("argv ['prog.py']\nmain\n", stdout(execute("%run -i prog.py")));
            assertEquals("42 10\n", stdout(execute("print(z, w)")));
            execute("%%writefile bad.py\ndef f():\n    raise ValueError('bad')\nf()");
            Exchange bad = execute("%run bad.py");
            // IPython shows the script's error from the script's frames, and the magic succeeds.
            assertEquals("ok", bad.reply().content().get("status").getAsString(), bad.reply().content().toString());
            String tb = String.join("", bad.iopubOf("error").get(0).content().getAsJsonArray("traceback")
                    .asList().stream().map(j -> j.getAsString()).toList());
            assertTrue(tb.contains("bad.py:3\n") && !tb.contains("files.py"), tb);
            execute("%%writefile ex.py\nimport sys\nsys.exit(3)");
            JsonObject exit = execute("%run ex.py").iopubOf("error").get(0).content();
            assertEquals("[\"An exception has occurred, use %tb to see the full traceback.\\n\",\"SystemExit: 3\\n\"]",
                    exit.getAsJsonArray("traceback").toString());
            assertTrue(execute("%run -e ex.py").iopubOf("error").isEmpty());
            Exchange missing = execute("%run nofile.py");
            assertEquals("File `'nofile.py'` not found.", missing.reply().content().get("evalue").getAsString());
        }

        @Test
        @DisplayName("%load replaces the cell with the file through a set_next_input payload")
        void load() throws Exception {
            execute("%%writefile loaded.py\nprint(1)\n");
            JsonObject p = payload(execute("%load loaded.py"));
            assertEquals("set_next_input", p.get("source").getAsString());
            assertEquals("# %load loaded.py\nprint(1)\n", p.get("text").getAsString());
            assertTrue(p.get("replace").getAsBoolean());
        }
    }

    @Nested
    @DisplayName("%history")
    class History {
        @Test
        @DisplayName("prints ranges with -n as IPython, and searches with -g")
        void history() throws Exception {
            int first = execute("marker_one = 1").reply().content().get("execution_count").getAsInt();
            execute("marker_two = 2");
            assertEquals("marker_one = 1\n", stdout(execute("%history " + first)));
            String expected = String.format("%4d: marker_one = 1\n%4d: marker_two = 2\n", first, first + 1);
            assertEquals(expected, stdout(execute("%history -n " + first + "-" + (first + 1))));
            Exchange search = execute("%history -g marker_t");
            int self = search.reply().content().get("execution_count").getAsInt();
            assertEquals(String.format("%4d: marker_two = 2\n%4d: %%history -g marker_t\n", first + 1, self),
                    stdout(search));
        }
    }

    @Nested
    @DisplayName("%%capture")
    class Capture {
        @Test
        @DisplayName("keeps the cell's stdout, stderr and displays in a CapturedIO")
        void capture() throws Exception {
            Exchange e = execute("%%capture cap\nprint('hello')\nimport sys\nprint('err', file=sys.stderr)\n"
                    + "from IPython.display import display, HTML\ndisplay(HTML('<b>x</b>'))\n42");
            assertEquals(List.of("status", "execute_input", "status"), e.iopubTypes());
            assertEquals("'hello\\n' 'err\\n' 2\n",
                    stdout(execute("print(repr(cap.stdout), repr(cap.stderr), len(cap.outputs))")));
            Exchange shown = execute("cap()");
            assertEquals("hello\n", stdout(shown));
            assertEquals("err\n", stream(shown, "stderr"));
            assertEquals(2, shown.iopubOf("display_data").size());
        }

        @Test
        @DisplayName("captures only the cell's own thread; --no-stdout lets print through")
        void threads() throws Exception {
            Exchange e = execute("%%capture c2\nimport threading\nprint('kept')\n"
                    + "t = threading.Thread(target=lambda: print('from thread')); t.start(); t.join()");
            // Weft's rule (not IPython's, whose capture is process-wide): other threads print into the cell.
            assertEquals("from thread\n", stdout(e));
            assertEquals("'kept\\n'\n", stdout(execute("print(repr(c2.stdout))")));
            assertEquals("visible\n", stdout(execute("%%capture --no-stdout c3\nprint('visible')")));
        }

        @Test
        @DisplayName("capture_output in several threads at once keeps each thread's own text")
        void concurrent() throws Exception {
            Exchange e = execute("from IPython.utils.capture import capture_output\nimport threading, sys\n"
                    + "saved = sys.stdout\nresults = {}\nstart = threading.Barrier(4)\n"
                    + "def work(k):\n    start.wait()\n    with capture_output() as c:\n"
                    + "        for i in range(200): print(k)\n    results[k] = c.stdout\n"
                    + "ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]\n"
                    + "for t in ts: t.start()\nfor t in ts: t.join()\n"
                    + "print(all(results[k] == (str(k) + '\\n') * 200 for k in range(4)), sys.stdout is saved)");
            assertEquals("True True\n", stdout(e));
        }

        @Test
        @DisplayName("an error in the cell is shown, and the magic itself succeeds")
        void error() throws Exception {
            Exchange e = execute("%%capture c4\nraise ValueError('boom')");
            assertEquals("ValueError", e.iopubOf("error").get(0).content().get("ename").getAsString());
            assertEquals("'CapturedIO'", result(execute("type(c4).__name__")));
        }
    }

    @Nested
    @DisplayName("magic help")
    class Help {
        @Test
        @DisplayName("%lsmagic returns IPython's text and a JSON table")
        void lsmagic() throws Exception {
            Exchange e = execute("%lsmagic");
            String text = result(e);
            assertTrue(text.startsWith("Available line magics:\n"), text);
            assertTrue(text.contains("%who  %whos") && text.contains("\n\nAvailable cell magics:\n"), text);
            JsonObject data = e.iopubOf("execute_result").get(0).content().getAsJsonObject("data");
            assertTrue(data.getAsJsonObject("application/json").getAsJsonObject("cell").has("capture"));
        }

        @Test
        @DisplayName("%name? pages the docstring under IPython's Docstring: header")
        void help() throws Exception {
            JsonObject p = payload(execute("%who?"));
            assertEquals("page", p.get("source").getAsString());
            String text = p.getAsJsonObject("data").get("text/plain").getAsString();
            assertTrue(text.startsWith("\u001b[0;31mDocstring:\u001b[0m\nPrint all interactive variables"), text);
        }
    }

    @Nested
    @DisplayName("the tqdm progress bar")
    class Progress {
        @Test
        @DisplayName("is one display_data, then update_display_data with the same display_id")
        void bar() throws Exception {
            Exchange e = execute("from tqdm import tqdm\nimport time\n"
                    + "for i in tqdm(range(10), desc='work'):\n    time.sleep(0.02)");
            List<Message> first = e.iopubOf("display_data");
            List<Message> updates = e.iopubOf("update_display_data");
            assertEquals(1, first.size());
            assertTrue(!updates.isEmpty());
            String id = displayId(first.get(0));
            updates.forEach(u -> assertEquals(id, displayId(u)));
            assertEquals("work:   0%|          | 0/10 [00:00<?, ?it/s]", text(first.get(0)));
            String last = text(updates.get(updates.size() - 1));
            assertTrue(last.startsWith("work: 100%|██████████| 10/10 [00:00<00:00, "), last);
            assertTrue(data(updates.get(0)).get("text/html").getAsString().contains("<progress"));
        }

        @Test
        @DisplayName("redraws on set_description and set_postfix; leave=False blanks it at close")
        void manual() throws Exception {
            Exchange e = execute("from tqdm.notebook import tqdm\n"
                    + "with tqdm(total=4, leave=False, mininterval=1000) as t:\n"
                    + "    t.update(2); t.set_description('half'); t.set_postfix(loss=0.5)");
            List<String> texts = e.iopubOf("update_display_data").stream().map(MagicsTest::text).toList();
            assertEquals(3, texts.size(), texts.toString());
            assertTrue(texts.get(0).startsWith("half:  50%|█████     | 2/4 [00:00<"), texts.get(0));
            assertTrue(texts.get(1).endsWith(", loss=0.5]"), texts.get(1));
            assertEquals("", texts.get(2));
        }

        @Test
        @DisplayName("formats like tqdm: percentage, bar, rate, postfix, no total")
        void format() throws Exception {
            // Expected strings from tqdm 4.70.1's tqdm.format_meter with the same arguments.
            assertEquals("'desc:  40%|████      | 4/10 [00:01<00:01,  3.92it/s]'\n"
                            + "'d: 3it [01:15, 25.00s/it]'\n"
                            + "'x:  33%|███▎      | 1/3 [1:02:05<2:04:10, 3725.00s/it]'\n"
                            + "' 40%|████      | 2/5 [00:00<00:00, 200.00B/s, loss=0.25]'\n",
                    stdout(execute("from tqdm.meter import format_meter as fm\n"
                            + "print(repr(fm(4, 10, 1.02, 'desc')))\nprint(repr(fm(3, None, 75, 'd')))\n"
                            + "print(repr(fm(1, 3, 3725, 'x')))\nprint(repr(fm(2, 5, 0.01, '', 'B', 'loss=0.25')))")));
        }

        @Test
        @DisplayName("shows one bar per thread when several threads run bars")
        void threads() throws Exception {
            Exchange e = execute("from tqdm.auto import tqdm\nimport threading, time\n"
                    + "def job(k):\n    for _ in tqdm(range(20), desc='thread %d' % k):\n        time.sleep(0.005)\n"
                    + "ts = [threading.Thread(target=job, args=(k,)) for k in range(3)]\n"
                    + "for t in ts: t.start()\nfor t in ts: t.join()");
            List<Message> bars = e.iopubOf("display_data");
            Set<String> ids = new HashSet<>();
            bars.forEach(b -> ids.add(displayId(b)));
            assertEquals(3, ids.size());
            for (String id : ids) {
                String last = e.iopubOf("update_display_data").stream().filter(u -> id.equals(displayId(u)))
                        .reduce((a, b) -> b).map(MagicsTest::text).orElse("");
                assertTrue(last.contains("100%|██████████| 20/20"), last);
            }
        }
    }

    private static JsonObject data(Message m) {
        return m.content().getAsJsonObject("data");
    }

    private static String text(Message m) {
        return data(m).get("text/plain").getAsString();
    }

    private static String displayId(Message m) {
        return m.content().getAsJsonObject("transient").get("display_id").getAsString();
    }

    @Nested
    @DisplayName("IPython.display")
    class Display {
        @Test
        @DisplayName("an object's _repr_*_ methods make a rich execute_result, text/plain first")
        void reprs() throws Exception {
            Exchange e = execute("class R:\n"
                    + "    def _repr_html_(self): return '<i>h</i>'\n"
                    + "    def _repr_svg_(self): return '<svg></svg>'\n"
                    + "    def _repr_markdown_(self): return '*m*'\n"
                    + "    def _repr_latex_(self): return '$x$'\n"
                    + "    def _repr_json_(self): return {'a': 1}\n"
                    + "    def _repr_png_(self): return b'\\x89PNG\\r\\n\\x1a\\nxx'\n"
                    + "    def __repr__(self): return 'R()'\nR()");
            JsonObject d = data(e.iopubOf("execute_result").get(0));
            assertEquals(List.of("text/plain", "text/html", "text/markdown", "image/svg+xml", "image/png",
                    "text/latex", "application/json"), List.copyOf(d.keySet()));
            // ipykernel's base64 ends with a newline (base64.encodebytes); the data are the same.
            assertEquals("iVBORw0KGgp4eA==", d.get("image/png").getAsString());
        }

        @Test
        @DisplayName("IFrame, FileLink, Video and ProgressBar render as IPython's")
        void libraryObjects() throws Exception {
            execute("from IPython.display import *\nopen('pic.jpg', 'wb').write(b'\\xff\\xd8')");
            assertEquals("<a href='pic.jpg' target='_blank'>pic.jpg</a><br>",
                    data(execute("FileLink('pic.jpg')").iopubOf("execute_result").get(0)).get("text/html").getAsString());
            assertTrue(data(execute("IFrame('https://example.com', 300, 200)").iopubOf("execute_result").get(0))
                    .get("text/html").getAsString().contains("src=\"https://example.com\""));
            assertEquals("<video src=\"https://example.com/v.mp4\" controls  >\n"
                    + "      Your browser does not support the <code>video</code> element.\n    </video>",
                    data(execute("Video('https://example.com/v.mp4')").iopubOf("execute_result").get(0))
                            .get("text/html").getAsString());
            Exchange bar = execute("for i in ProgressBar(2): pass");
            assertEquals(1, bar.iopubOf("display_data").size());
            List<Message> updates = bar.iopubOf("update_display_data");
            assertEquals("[" + "=".repeat(60) + "] 2/2", text(updates.get(updates.size() - 1)));
        }

        @Test
        @DisplayName("_repr_mimebundle_, Image from bytes and files, update_display and DisplayHandle")
        void objects() throws Exception {
            JsonObject mb = data(execute("class M:\n    def _repr_mimebundle_(self, include=None, exclude=None):\n"
                    + "        return {'text/plain': 'mb', 'text/x-custom': 'c'}\nM()").iopubOf("execute_result").get(0));
            assertEquals("c", mb.get("text/x-custom").getAsString());
            JsonObject jpeg = data(execute("from IPython.display import Image\nImage(b'\\xff\\xd8\\xff\\xe0jpegdata')")
                    .iopubOf("execute_result").get(0));
            assertEquals("/9j/4GpwZWdkYXRh", jpeg.get("image/jpeg").getAsString());
            execute("open('img.png', 'wb').write(b'\\x89PNG\\r\\n\\x1a\\nfakepngdata')");
            Message png = execute("Image(filename='img.png', width=10)").iopubOf("execute_result").get(0);
            assertEquals("iVBORw0KGgpmYWtlcG5nZGF0YQ==", data(png).get("image/png").getAsString());
            assertEquals(10, png.content().getAsJsonObject("metadata").getAsJsonObject("image/png").get("width").getAsInt());
            Exchange e = execute("from IPython.display import *\nh = display(HTML('<p>1</p>'), display_id='d1')\n"
                    + "h.update(HTML('<p>2</p>'))\nupdate_display(HTML('<p>3</p>'), display_id='d1')\n"
                    + "clear_output(wait=True)\nprint(type(h).__name__, h.display_id)");
            assertEquals(List.of("status", "execute_input", "display_data", "update_display_data",
                    "update_display_data", "clear_output", "stream", "status"), e.iopubTypes());
            assertEquals("DisplayHandle d1\n", stdout(e));
            assertEquals("<p>3</p>", data(e.iopubOf("update_display_data").get(1)).get("text/html").getAsString());
        }
    }

    @Nested
    @DisplayName("the display cell magics and extensions")
    class DisplayMagics {
        private JsonObject shown(Exchange e) {
            List<Message> shown = e.iopubOf("display_data");
            assertEquals(1, shown.size(), e.iopubTypes().toString());
            return shown.get(0).content();
        }

        @Test
        @DisplayName("%%html, %%markdown, %%svg, %%latex and %%javascript display the cell as that MIME type")
        void displayMagics() throws Exception {
            JsonObject html = shown(execute("%%html\n<b>bold</b>\n"));
            assertEquals("<b>bold</b>\n", html.getAsJsonObject("data").get("text/html").getAsString());
            assertEquals("<IPython.core.display.HTML object>",
                    html.getAsJsonObject("data").get("text/plain").getAsString());
            JsonObject isolated = shown(execute("%%html --isolated\n<i>x</i>"));
            assertTrue(isolated.getAsJsonObject("metadata").getAsJsonObject("text/html").get("isolated").getAsBoolean());
            assertEquals("# Title\n", shown(execute("%%markdown\n# Title")).getAsJsonObject("data")
                    .get("text/markdown").getAsString());
            assertTrue(shown(execute("%%svg\n<svg width='4' height='4'></svg>")).getAsJsonObject("data")
                    .get("image/svg+xml").getAsString().startsWith("<svg"));
            assertEquals("$x^2$\n", shown(execute("%%latex\n$x^2$")).getAsJsonObject("data")
                    .get("text/latex").getAsString());
            assertEquals("console.log(1)\n", shown(execute("%%js\nconsole.log(1)")).getAsJsonObject("data")
                    .get("application/javascript").getAsString());
            Exchange bad = execute("%%html --nope\n<p>");
            assertEquals("error", bad.reply().content().get("status").getAsString());
        }

        @Test
        @DisplayName("%load_ext calls load_ipython_extension once; %reload_ext and %unload_ext follow IPython")
        void extensions() throws Exception {
            execute("%%writefile weft_test_ext.py\n"
                    + "calls = []\n"
                    + "def load_ipython_extension(ip):\n    calls.append('load')\n    ip.user_ns['ext_loaded'] = True\n"
                    + "def unload_ipython_extension(ip):\n    calls.append('unload')\n");
            execute("import sys\nsys.path.insert(0, '.')");
            assertEquals("", stdout(execute("%load_ext weft_test_ext")));
            assertEquals("The weft_test_ext extension is already loaded. To reload it, use:\n"
                    + "  %reload_ext weft_test_ext\n", stdout(execute("%load_ext weft_test_ext")));
            assertEquals("True ['load']\n", stdout(execute("import weft_test_ext\nprint(ext_loaded, weft_test_ext.calls)")));
            assertEquals("", stdout(execute("%unload_ext weft_test_ext")));
            assertEquals("The weft_test_ext extension is not loaded.\n", stdout(execute("%unload_ext weft_test_ext")));
            assertEquals("The os module is not an IPython extension.\n", stdout(execute("%load_ext os")));
        }
    }

    @Nested
    @DisplayName("%xmode")
    class ExceptionModes {
        private List<String> traceback(Exchange e) {
            List<Message> errors = e.iopubOf("error");
            assertEquals(1, errors.size(), e.iopubTypes().toString());
            List<String> out = new java.util.ArrayList<>();
            errors.get(0).content().getAsJsonArray("traceback").forEach(t -> out.add(t.getAsString()));
            return out;
        }

        @Test
        @DisplayName("switches among IPython's Minimal, Plain, Verbose and Context tracebacks")
        void modes() throws Exception {
            execute("def weft_f(x):\n    y = x * 2\n    return 1 / (y - y)");
            assertEquals("Exception reporting mode: Minimal\n", stdout(execute("%xmode minimal")));
            assertEquals(List.of("ZeroDivisionError: division by zero\n"), traceback(execute("weft_f(3)")));
            assertEquals("Exception reporting mode: Plain\n", stdout(execute("%xmode Plain")));
            List<String> plain = traceback(execute("weft_f(3)"));
            assertEquals("Traceback (most recent call last):\n", plain.get(0));
            assertTrue(plain.get(2).endsWith("line 3 in weft_f\n    return 1 / (y - y)\n"), plain.get(2));
            assertEquals("ZeroDivisionError: division by zero\n", plain.get(3));
            assertEquals("Exception reporting mode: Context\n", stdout(execute("%xmode")));
            assertEquals("Exception reporting mode: Verbose\n", stdout(execute("%xmode Verbose")));
            String verbose = String.join("", traceback(execute("weft_f(3)")));
            assertTrue(verbose.contains(", in weft_f(x=3)\n"), verbose);
            assertTrue(verbose.contains("----> 3     return 1 / (y - y)\n        y = 6\n"), verbose);
            assertTrue(stream(execute("%xmode bogus"), "stderr").contains("Unrecognized mode in FormattedTB: <bogus>"));
            assertEquals("Exception reporting mode: Context\n", stdout(execute("%xmode context")));
            assertEquals("-".repeat(75), traceback(execute("weft_f(3)")).get(0));
        }
    }

    @Nested
    @DisplayName("%precision and %pprint")
    class Precision {
        @Test
        @DisplayName("%precision formats floats in results, nested ones too, and %pprint toggles pretty printing")
        void precision() throws Exception {
            assertEquals("'%.3f'", result(execute("%precision 3")));
            assertEquals("[1.235, {'a': 2.000}, (3.500,)]", result(execute("[1.23456, {'a': 2.0}, (3.5,)]")));
            assertEquals("'%e'", result(execute("%precision %e")));
            assertEquals("3.141593e+00", result(execute("import math\nmath.pi")));
            assertEquals("'%r'", result(execute("%precision")));
            assertEquals("3.141592653589793", result(execute("math.pi")));
            Exchange bad = execute("%precision abc");
            assertEquals("ValueError", bad.reply().content().get("ename").getAsString());
            assertEquals("Pretty printing has been turned OFF\n", stdout(execute("%pprint")));
            assertEquals("Pretty printing has been turned ON\n", stdout(execute("%pprint")));
        }
    }

    @Nested
    @DisplayName("%%script and its shortcuts")
    class Scripts {
        @Test
        @DisplayName("%%bash streams stdout and stderr, --out keeps them, a failure raises CalledProcessError")
        void bash() throws Exception {
            Exchange e = execute("%%bash\necho out $((6 * 7))\necho err >&2");
            assertEquals("out 42\n", stdout(e));
            assertEquals("err\n", stream(e, "stderr"));
            execute("%%bash --out captured\nfor i in 1 2 3; do echo $i; done");
            assertEquals("'1\\n2\\n3\\n'", result(execute("captured")));
            Exchange failed = execute("%%sh\nexit 3");
            assertEquals("CalledProcessError", failed.reply().content().get("ename").getAsString());
            assertEquals("Command 'b'exit 3\\n'' returned non-zero exit status 3.",
                    failed.reply().content().get("evalue").getAsString());
            assertEquals("error", failed.reply().content().get("status").getAsString());
            assertEquals("", stdout(execute("%%sh --no-raise-error\nexit 4")));
        }

        @Test
        @DisplayName("%%python3 runs CPython beside Weft; %%script takes the program on its line")
        void otherPrograms() throws Exception {
            assertEquals("cpython\n", stdout(execute("%%python3\nimport sys\nprint(sys.implementation.name)")));
            assertEquals("via script\n", stdout(execute("%%script sh\necho via script")));
            assertEquals("Couldn't find program: 'no-such-program-weft'\n",
                    stdout(execute("%%script no-such-program-weft\nx")));
        }
    }
}
