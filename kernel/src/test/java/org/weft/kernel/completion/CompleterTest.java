package org.weft.kernel.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.weft.python.Interpreter;
import org.weft.python.RunResult;
import org.weft.python.runtime.Sinks;

/**
 * Completions checked against what ipykernel 6.17 (IPython 8.5, jedi 0.18) answers for the same
 * code and cursor after running the same setup cell ({@code kc.complete(code, cursor_pos)} against
 * kernel {@code python3}); the expected lists are ipykernel's, restricted to what this
 * interpreter's smaller standard library holds, without the magics and duplicates ipykernel adds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Completer")
class CompleterTest {
    private static final String SETUP = String.join("\n",
            "import os, collections, json",
            "def f(a, b=2, *args, k, **kw):",
            "    return a",
            "class C:",
            "    def __init__(self, n):",
            "        self.n = n",
            "    def m(self, y=1):",
            "        return y",
            "x = [1, 2, 3]",
            "s = 'hello'",
            "d = {'alpha': 1, 'beta': 2, 3: 'three'}",
            "c = C(3)",
            "_hidden = 1",
            "calls = []",
            "def side_effect():",
            "    calls.append(1)",
            "    return c",
            "class Bad:",
            "    def __dir__(self):",
            "        raise ValueError('no dir')",
            "    def __getattr__(self, name):",
            "        raise RuntimeError('boom')",
            "bad = Bad()",
            "");

    private Interpreter py;
    private Completer completer;
    @TempDir
    Path tmp;

    @BeforeAll
    void setUp() {
        py = new Interpreter();
        run(SETUP);
        completer = new Completer(py, () -> List.of("%time", "%%time", "%timeit", "%%timeit", "who", "%%bash"));
    }

    private void run(String code) {
        RunResult r = py.runCell(code, "<cell>", Sinks.SYSTEM);
        if (r.exception() != null) {
            throw new AssertionError(String.join("", py.formatException(r.exception())));
        }
    }

    /** Completes at the {@code |} in {@code code}, or at its end. */
    private Completion complete(String code) {
        int bar = code.indexOf('|');
        String text = bar < 0 ? code : code.substring(0, bar) + code.substring(bar + 1);
        int cursor = bar < 0 ? text.codePointCount(0, text.length()) : text.codePointCount(0, bar);
        return completer.complete(text, cursor);
    }

    private static void assertCompletion(List<String> matches, int start, int end, Completion c) {
        assertEquals(new Completion(matches, start, end), c);
    }

    @Nested
    @DisplayName("names")
    class Names {
        @Test
        @DisplayName("offers the builtins that start with the identifier before the cursor")
        void builtins() {
            assertCompletion(List.of("zip"), 0, 2, complete("zi"));
            assertCompletion(List.of("print"), 0, 3, complete("pri"));
            assertCompletion(List.of("print"), 4, 7, complete("1 + pri"));
            assertCompletion(List.of("zip"), 2, 4, complete("f(zi"));
        }

        @Test
        @DisplayName("offers globals of __main__ and keywords, in jedi's order")
        void globalsAndKeywords() {
            assertCompletion(List.of("import"), 0, 2, complete("im"));
            assertEquals(List.of("callable", "calls"), complete("cal").matches());
            assertEquals(List.of("s", "set", "setattr", "side_effect", "slice"), complete("s").matches().subList(0, 5));
        }

        @Test
        @DisplayName("offers the keywords that fit where the name stands, as jedi")
        void keywordsByPosition() {
            // ipykernel: "a" -> the builtins (aiter, anext since 3.10), assert async await; "x = a" -> no assert/async
            assertCompletion(List.of("abs", "aiter", "all", "anext", "any", "ascii", "assert", "async", "await"), 0, 1,
                    complete("a"));
            assertCompletion(List.of("abs", "aiter", "all", "anext", "any", "ascii", "await"), 4, 5, complete("x = a"));
            assertCompletion(List.of("lambda", "len", "list", "locals"), 4, 5, complete("x = l"));
            assertCompletion(List.of("if", "in", "is"), 6, 7, complete("x = 1 i"));
            assertCompletion(List.of("range"), 9, 12, complete("for i in ran"));
            assertCompletion(List.of(), 6, 6, complete("def fo"));
        }

        @Test
        @DisplayName("offers name= for the parameters of the function being called")
        void keywordArguments() {
            assertCompletion(List.of("k="), 5, 6, complete("f(1, k"));
            assertEquals(List.of("sep=", "set", "setattr"), complete("print(1, se").matches());
            assertEquals(List.of("a=", "abs", "aiter", "all", "anext", "any", "ascii", "await"),
                    complete("f(a").matches());
            assertEquals(List.of("len"), complete("x.sort(key=le").matches());
        }

        @Test
        @DisplayName("completes the expression of an f-string's replacement field")
        void fStrings() {
            assertCompletion(List.of("append"), 5, 7, complete("f\"{x.ap"));
            assertCompletion(List.of("zip"), 7, 9, complete("f\"{s} {zi"));
            assertCompletion(List.of(), 8, 8, complete("f\"{{x.ap"));
        }

        @Test
        @DisplayName("offers _private names only when the prefix starts with _")
        void privateNames() {
            assertFalse(complete("_").matches().isEmpty());
            assertEquals("_hidden", complete("_").matches().get(0));
            assertTrue(complete("_h").matches().contains("_hidden"));
            assertTrue(complete("__im").matches().contains("__import__"));
        }

        @Test
        @DisplayName("replaces only the text before the cursor, as ipykernel: pri|nt gives 0..3")
        void middleOfToken() {
            assertCompletion(List.of("print"), 0, 3, complete("pri|nt"));
        }

        @Test
        @DisplayName("completes in the current statement of the current line")
        void laterLines() {
            assertCompletion(List.of("zip"), 20, 22, complete("def h():\n    return zi"));
            assertCompletion(List.of("zip"), 7, 9, complete("x = 1; zi"));
        }

        @Test
        @DisplayName("offers nothing in a comment or after a number")
        void nothing() {
            assertCompletion(List.of(), 5, 5, complete("# pri"));
            assertCompletion(List.of(), 2, 2, complete("12"));
        }
    }

    @Nested
    @DisplayName("attributes")
    class Attributes {
        @Test
        @DisplayName("offers the attributes after a dot, replacing only the name after it")
        void afterDot() {
            assertCompletion(List.of("pardir", "path", "pathsep"), 3, 5, complete("os.pa"));
            assertCompletion(List.of("append"), 2, 4, complete("x.ap"));
            assertCompletion(List.of("m", "n"), 2, 2, complete("c."));
            assertCompletion(List.of("OrderedDict"), 12, 15, complete("collections.Ord"));
        }

        @Test
        @DisplayName("knows what the cell's own imports will bind, before the cell has run (as jedi does)")
        void cellImports() {
            assertCompletion(List.of("dump", "dumps"), 27, 30, complete("import json as jj\nx = 1\njj.dum"));
            assertCompletion(List.of("sqrt"), 39, 41, complete("from math import pi\nimport cmath\ncmath.sq"));
            assertCompletion(List.of("dedent"), 33, 35, complete("import textwrap, string\ntextwrap.de"));
        }

        @Test
        @DisplayName("follows chains of attributes")
        void chains() {
            assertCompletion(List.of("join"), 8, 10, complete("os.path.jo"));
            assertCompletion(List.of("upper"), 2, 4, complete("s.up|per()"));
        }

        @Test
        @DisplayName("completes on literals: strings, lists, dicts")
        void literals() {
            assertCompletion(List.of("upper"), 6, 8, complete("\"abc\".up"));
            assertCompletion(List.of("append"), 3, 5, complete("[].ap"));
            assertCompletion(List.of("keys"), 3, 5, complete("{}.ke"));
            assertEquals("capitalize", complete("'abc'.").matches().get(0));
        }

        @Test
        @DisplayName("hides _ names unless the prefix starts with _; then dunders come after")
        void privateAttributes() {
            assertFalse(complete("x.").matches().stream().anyMatch(n -> n.startsWith("_")));
            List<String> dunders = complete("x._").matches();
            assertEquals("__add__", dunders.get(0));
            assertTrue(dunders.stream().allMatch(n -> n.startsWith("_")));
        }

        @Test
        @DisplayName("never calls anything to find the object: f().x offers nothing")
        void noCalls() {
            assertCompletion(List.of(), 14, 14, complete("side_effect()."));
            assertCompletion(List.of(), 18, 18, complete("os.path.join('a')."));
            assertCompletion(List.of(), 5, 5, complete("x[0]."));
            run("assert calls == []");
        }

        @Test
        @DisplayName("gives nothing, and no exception, for unknown names or misbehaving objects")
        void failures() {
            assertCompletion(List.of(), 4, 4, complete("qqq."));
            assertCompletion(List.of(), 4, 4, complete("bad."));
            assertCompletion(List.of(), 10, 10, complete("bad.x.y.z."));
        }
    }

    @Nested
    @DisplayName("modules")
    class Modules {
        @Test
        @DisplayName("offers top-level modules after import: built-in, loaded and shipped as resources")
        void topLevel() {
            Completion c = complete("import o");
            assertEquals(7, c.cursorStart());
            assertTrue(c.matches().containsAll(List.of("operator", "os")), c.matches().toString());
            assertTrue(complete("import text").matches().contains("textwrap"));
            // listed from the interpreter's jar (or class folder), not imported
            assertCompletion(List.of("shlex"), 7, 10, complete("import shl"));
            assertCompletion(List.of("unittest.main"), 7, 18, complete("import unittest.ma"));
            run("import sys\nassert 'shlex' not in sys.modules");
            assertCompletion(List.of("collections"), 7, 11, complete("import coll|ections"));
        }

        @Test
        @DisplayName("offers the last name of an import list")
        void importList() {
            Completion c = complete("import json, co");
            assertEquals(13, c.cursorStart());
            assertTrue(c.matches().containsAll(List.of("collections", "concurrent", "contextlib", "copy")));
        }

        @Test
        @DisplayName("offers submodules as whole dotted names, as jedi does")
        void submodules() {
            assertCompletion(List.of("os.path"), 7, 10, complete("import os."));
            assertCompletion(List.of("concurrent.futures"), 5, 16, complete("from concurrent."));
            assertCompletion(List.of("concurrent.futures"), 7, 20, complete("import concurrent.fu"));
            assertCompletion(List.of(), 20, 20, complete("import xyz_nonexist."));
        }

        @Test
        @DisplayName("offers the names of the module after from x import, importing it")
        void fromImport() {
            assertCompletion(List.of("pardir", "path", "pathsep"), 15, 17, complete("from os import pa"));
            assertCompletion(List.of("OrderedDict"), 24, 27, complete("from collections import Ord"));
            assertCompletion(List.of("ThreadPoolExecutor"), 31, 33, complete("from concurrent.futures import Th"));
            assertCompletion(List.of("dedent"), 28, 30, complete("from textwrap import (fill, de"));
            assertCompletion(List.of("import"), 8, 10, complete("from os im"));
        }

        @Test
        @DisplayName("finds modules and packages in the folders of sys.path")
        void sysPath() throws IOException {
            Files.writeString(tmp.resolve("toolbox_mod.py"), "def hammer():\n    pass\n");
            Files.createDirectories(tmp.resolve("kitpkg"));
            Files.writeString(tmp.resolve("kitpkg/__init__.py"), "");
            Files.writeString(tmp.resolve("kitpkg/saw.py"), "");
            run("import sys\nsys.path.insert(0, r'" + tmp + "')");
            try {
                assertCompletion(List.of("toolbox_mod"), 7, 14, complete("import toolbox"));
                assertCompletion(List.of("kitpkg"), 5, 8, complete("from kit"));
                assertCompletion(List.of("kitpkg.saw"), 7, 14, complete("import kitpkg."));
                assertCompletion(List.of("hammer"), 24, 25, complete("from toolbox_mod import h"));
            } finally {
                run("sys.path.remove(r'" + tmp + "')");
            }
        }
    }

    @Nested
    @DisplayName("strings")
    class Strings {
        @Test
        @DisplayName("offers a dict's string keys after d[' (without the closing quote, as jedi)")
        void dictKeys() {
            assertCompletion(List.of("alpha", "beta"), 3, 3, complete("d['"));
            assertCompletion(List.of("alpha"), 3, 4, complete("d['a"));
            assertCompletion(List.of("alpha", "beta"), 3, 3, complete("d[\""));
        }

        @Test
        @DisplayName("offers file names relative to the current directory, folders with a slash")
        void fileNames() throws IOException {
            Files.writeString(tmp.resolve("cases.txt"), "");
            Files.writeString(tmp.resolve("cases2.txt"), "");
            Files.createDirectories(tmp.resolve("castle"));
            Files.writeString(tmp.resolve(".cache"), "");
            run("import os\n_old = os.getcwd()\nos.chdir(r'" + tmp + "')");
            try {
                assertCompletion(List.of("cases.txt", "cases2.txt", "castle/"), 6, 8, complete("open(\"ca"));
                assertCompletion(List.of("cases.txt", "cases2.txt", "castle/"), 1, 3, complete("'ca"));
                assertCompletion(List.of(".cache"), 1, 3, complete("'.c"));
                assertCompletion(List.of(tmp + "/castle/"), 1, 1 + (tmp + "/cast").length(),
                        complete("'" + tmp + "/cast"));
            } finally {
                run("os.chdir(_old)");
            }
        }
    }

    @Nested
    @DisplayName("magics")
    class Magics {
        @Test
        @DisplayName("offers line and cell magics after %, the line magic first, as IPython")
        void percent() {
            assertCompletion(List.of("%time", "%%time", "%timeit", "%%timeit"), 0, 3, complete("%ti"));
            assertCompletion(List.of("%who"), 0, 2, complete("%w"));
        }

        @Test
        @DisplayName("offers only cell magics after %%")
        void cellMagics() {
            assertCompletion(List.of("%%time", "%%timeit"), 0, 4, complete("%%ti"));
            assertCompletion(List.of("%%bash"), 0, 3, complete("%%b"));
        }

        @Test
        @DisplayName("survives a supplier that fails")
        void failingSupplier() {
            Completer broken = new Completer(py, () -> {
                throw new IllegalStateException("not ready");
            });
            assertCompletion(List.of(), 3, 3, broken.complete("%ti", 3));
        }
    }

    @Nested
    @DisplayName("positions")
    class Positions {
        @Test
        @DisplayName("count code points, not UTF-16 units (protocol 5.2)")
        void codePoints() {
            String code = "s = '\uD83D\uDE00'; zi";
            assertEquals(11, code.codePointCount(0, code.length()));
            assertCompletion(List.of("zip"), 9, 11, completer.complete(code, 11));
            String attr = "t = '\uD83D\uDE00\uD83D\uDE00'\nx.ap";
            assertCompletion(List.of("append"), 11, 13, completer.complete(attr, 13));
        }

        @Test
        @DisplayName("clamp a cursor outside the code and never throw on odd input")
        void oddInput() {
            assertCompletion(List.of("zip"), 0, 2, completer.complete("zi", 99));
            assertEquals(0, completer.complete("zi", -3).cursorEnd());
            assertEquals(0, completer.complete(null, 0).cursorStart());
            assertCompletion(List.of(), 8, 8, completer.complete("'''abc\nd", 9));
            assertCompletion(List.of(), 5, 5, completer.complete("x = )", 5));
        }

        @Test
        @DisplayName("give an answer inside the code at every cursor position of a tricky cell")
        void everyPosition() {
            String cell = "import os.path as p, json\nfrom collections import (Ord\n@deco(x=1)\n"
                    + "def h(a, *, b=d['al'], **k) -> 'x':\n    '''doc\n    %ti {s.up}'''\n"
                    + "    return f\"{x.ap!r:>{w}} {{z}}\" + r'\\' + b'\\x00'.he  # c.m\n"
                    + "%%time\n[].ap; {}.ke; ().co; \u00e9t\u00e9.x; 1.5.re; bad.q.\n\uD83D\uDE00 = zi";
            int n = cell.codePointCount(0, cell.length());
            for (int i = 0; i <= n; i++) {
                Completion c = completer.complete(cell, i);
                assertTrue(c.cursorStart() <= c.cursorEnd() && c.cursorEnd() == i, i + ": " + c);
            }
        }

        @Test
        @DisplayName("work from a thread that never ran Python code (the kernel's shell thread)")
        void otherThread() throws InterruptedException {
            AtomicReference<Completion> result = new AtomicReference<>();
            Thread t = new Thread(() -> result.set(completer.complete("from json import du", 19)));
            t.start();
            t.join();
            assertCompletion(List.of("dump", "dumps"), 17, 19, result.get());
        }
    }
}
