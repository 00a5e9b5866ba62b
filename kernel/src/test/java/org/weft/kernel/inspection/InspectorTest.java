package org.weft.kernel.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.weft.python.Interpreter;
import org.weft.python.RunResult;
import org.weft.python.runtime.Sinks;

/**
 * Inspection texts compared with IPython 8.5's: every expected text in an {@code assertPinfo} is
 * what {@code InteractiveShell.object_inspect_mime(name, detail_level)['text/plain']} (the text
 * ipykernel 6.17 sends in an inspect_reply, and pages for {@code name?} / {@code name??}) printed
 * for the same objects after running {@link #SETUP} in CPython 3.11, with the ANSI colours
 * stripped and two differences normalised: IPython's cell file
 * ({@code /tmp/ipykernel_.../123.py}) is our cell name {@code <cell 1>}, and object addresses
 * ({@code 0x7f...}) compare as {@code 0x...}. Objects whose docstrings this interpreter words
 * differently from CPython (int; str and list methods, which have no docstrings yet) are left out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Inspector")
class InspectorTest {
    private static final String SETUP = String.join("\n",
            "import functools",
            "def f(a, b=2, *args, k, **kw):",
            "    \"\"\"Add things.",
            "",
            "    More text.\"\"\"",
            "    return a",
            "def g(x): return x",
            "class C:",
            "    \"\"\"A class.\"\"\"",
            "    def __init__(self, n):",
            "        \"\"\"Make one.\"\"\"",
            "        self.n = n",
            "    def m(self, y=1):",
            "        \"Method m.\"",
            "        return y",
            "class D: pass",
            "class E:",
            "    def __call__(self, z): return z",
            "x = [1, 2, 3]",
            "s = \"hello\"",
            "d = {'alpha': 1, 'beta': 2}",
            "c = C(3)",
            "e = E()",
            "class P:",
            "    \"\"\"Has a property.\"\"\"",
            "    @property",
            "    def size(self):",
            "        \"\"\"The size.\"\"\"",
            "        return 3",
            "    @size.setter",
            "    def size(self, v):",
            "        pass",
            "p = P()",
            "class Doc:",
            "    def getdoc(self):",
            "        return \"  Custom doc from getdoc.\"",
            "dd = Doc()",
            "long_s = \"x\" * 300",
            "multi = \"line one\\nline two\"",
            "def deco(fn):",
            "    @functools.wraps(fn)",
            "    def wrapper(*a, **k):",
            "        return fn(*a, **k)",
            "    return wrapper",
            "@deco",
            "def wrapped(a, b):",
            "    \"\"\"Wrapped doc.\"\"\"",
            "    return a + b",
            "lam = lambda q, r=3: q",
            "class Base:",
            "    \"\"\"Base doc.\"\"\"",
            "class Sub1(Base):",
            "    \"Sub1 doc.\"",
            "class Sub2(Base):",
            "    \"Sub2 doc.\"",
            "class Call:",
            "    \"\"\"Callable.\"\"\"",
            "    def __call__(self, a, b=1):",
            "        \"\"\"Call doc.\"\"\"",
            "        return a",
            "cl = Call()",
            "def annotated(a: int, b: str = 'x', *, c: float = 1.0) -> list:",
            "    return []",
            "def longsig(alpha_parameter, beta_parameter=2, gamma_parameter=3, delta_parameter=4, epsilon=5):",
            "    pass",
            "def posonly(a, b, /, c, *, d):",
            "    pass",
            "t = (1, 2)",
            "");

    private Interpreter py;
    private Inspector inspector;

    @BeforeAll
    void setUp() {
        py = new Interpreter();
        run(SETUP, "<cell 1>");
        inspector = new Inspector(py);
    }

    private void run(String code, String cell) {
        RunResult r = py.runCell(code, cell, Sinks.SYSTEM);
        if (r.exception() != null) {
            throw new AssertionError(String.join("", py.formatException(r.exception())));
        }
    }

    private static String text(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static String normalised(Optional<String> text) {
        return text.map(t -> t.replaceAll("0x[0-9a-f]+", "0x...")).orElse("<not found>");
    }

    private void assertPinfo(String name, int detailLevel, String... lines) {
        assertEquals(text(lines), normalised(inspector.pinfo(name, detailLevel)), name);
    }

    @Nested
    @DisplayName("functions")
    class Functions {
        @Test
        @DisplayName("show signature, docstring, file and type; ?? shows the source instead of the docstring")
        void plain() {
            assertPinfo("f", 0,
                    "Signature: f(a, b=2, *args, k, **kw)",
                    "Docstring:",
                    "Add things.",
                    "",
                    "More text.",
                    "File:      <cell 1>",
                    "Type:      function");
            assertPinfo("f", 1,
                    "Signature: f(a, b=2, *args, k, **kw)",
                    "Source:   ",
                    "def f(a, b=2, *args, k, **kw):",
                    "    \"\"\"Add things.",
                    "",
                    "    More text.\"\"\"",
                    "    return a",
                    "File:      <cell 1>",
                    "Type:      function");
            assertPinfo("g", 0,
                    "Signature: g(x)",
                    "Docstring: <no docstring>",
                    "File:      <cell 1>",
                    "Type:      function");
            assertPinfo("g", 1,
                    "Signature: g(x)",
                    "Docstring: <no docstring>",
                    "Source:    def g(x): return x",
                    "File:      <cell 1>",
                    "Type:      function");
        }

        @Test
        @DisplayName("write annotations, / and * markers as inspect.Signature does")
        void signatures() {
            assertPinfo("annotated", 0,
                    "Signature: annotated(a: int, b: str = 'x', *, c: float = 1.0) -> list",
                    "Docstring: <no docstring>",
                    "File:      <cell 1>",
                    "Type:      function");
            assertPinfo("posonly", 0,
                    "Signature: posonly(a, b, /, c, *, d)",
                    "Docstring: <no docstring>",
                    "File:      <cell 1>",
                    "Type:      function");
        }

        @Test
        @DisplayName("put a signature longer than 75 characters one parameter per line")
        void longSignature() {
            assertPinfo("longsig", 0,
                    "Signature:",
                    "longsig(",
                    "    alpha_parameter,",
                    "    beta_parameter=2,",
                    "    gamma_parameter=3,",
                    "    delta_parameter=4,",
                    "    epsilon=5,",
                    ")",
                    "Docstring: <no docstring>",
                    "File:      <cell 1>",
                    "Type:      function");
        }

        @Test
        @DisplayName("show lambdas and functools.wraps-decorated functions with their source")
        void lambdasAndDecorated() {
            assertPinfo("lam", 0,
                    "Signature: lam(q, r=3)",
                    "Docstring: <no docstring>",
                    "File:      <cell 1>",
                    "Type:      function");
            assertPinfo("lam", 1,
                    "Signature: lam(q, r=3)",
                    "Docstring: <no docstring>",
                    "Source:    lam = lambda q, r=3: q",
                    "File:      <cell 1>",
                    "Type:      function");
            assertPinfo("wrapped", 0,
                    "Signature: wrapped(a, b)",
                    "Docstring: Wrapped doc.",
                    "File:      <cell 1>",
                    "Type:      function");
            assertPinfo("wrapped", 1,
                    "Signature: wrapped(a, b)",
                    "Source:   ",
                    "@deco",
                    "def wrapped(a, b):",
                    "    \"\"\"Wrapped doc.\"\"\"",
                    "    return a + b",
                    "File:      <cell 1>",
                    "Type:      function");
        }

        @Test
        @DisplayName("show built-in functions without File")
        void builtins() {
            assertPinfo("len", 0,
                    "Signature: len(obj, /)",
                    "Docstring: Return the number of items in a container.",
                    "Type:      builtin_function_or_method");
            assertPinfo("print", 0,
                    "Signature: print(*args, sep=' ', end='\\n', file=None, flush=False)",
                    "Docstring:",
                    "Prints the values to a stream, or to sys.stdout by default.",
                    "",
                    "sep",
                    "  string inserted between values, default a space.",
                    "end",
                    "  string appended after the last value, default a newline.",
                    "file",
                    "  a file-like object (stream); defaults to the current sys.stdout.",
                    "flush",
                    "  whether to forcibly flush the stream.",
                    "Type:      builtin_function_or_method");
        }
    }

    @Nested
    @DisplayName("classes")
    class Classes {
        @Test
        @DisplayName("show the init signature, docstrings, type and subclasses (no File for a cell's class)")
        void classes() {
            assertPinfo("C", 0,
                    "Init signature: C(n)",
                    "Docstring:      A class.",
                    "Init docstring: Make one.",
                    "Type:           type",
                    "Subclasses:     ");
            assertPinfo("D", 0,
                    "Init signature: D()",
                    "Docstring:      <no docstring>",
                    "Type:           type",
                    "Subclasses:     ");
            assertPinfo("P", 0,
                    "Init signature: P()",
                    "Docstring:      Has a property.",
                    "Type:           type",
                    "Subclasses:     ");
            assertPinfo("Base", 0,
                    "Init signature: Base()",
                    "Docstring:      Base doc.",
                    "Type:           type",
                    "Subclasses:     Sub1, Sub2");
            assertPinfo("Sub2", 0,
                    "Init signature: Sub2()",
                    "Docstring:      Sub2 doc.",
                    "Type:           type",
                    "Subclasses:     ");
        }
    }

    @Nested
    @DisplayName("instances")
    class Instances {
        @Test
        @DisplayName("show type, string form, call signature and the class docstrings")
        void userInstances() {
            assertPinfo("c", 0,
                    "Type:           C",
                    "String form:    <__main__.C object at 0x...>",
                    "Docstring:      A class.",
                    "Init docstring: Make one.");
            assertPinfo("e", 0,
                    "Signature:   e(z)",
                    "Type:        E",
                    "String form: <__main__.E object at 0x...>",
                    "Docstring:   <no docstring>");
            assertPinfo("cl", 0,
                    "Signature:      cl(a, b=1)",
                    "Type:           Call",
                    "String form:    <__main__.Call object at 0x...>",
                    "Docstring:      Callable.",
                    "Call docstring: Call doc.");
            assertPinfo("dd", 0,
                    "Type:        Doc",
                    "String form: <__main__.Doc object at 0x...>",
                    "Docstring:   Custom doc from getdoc.");
            assertPinfo("p", 0,
                    "Type:        P",
                    "String form: <__main__.P object at 0x...>",
                    "Docstring:   Has a property.");
        }

        @Test
        @DisplayName("show length and the type's docstring for built-in containers")
        void containers() {
            assertPinfo("x", 0,
                    "Type:        list",
                    "String form: [1, 2, 3]",
                    "Length:      3",
                    "Docstring:  ",
                    "Built-in mutable sequence.",
                    "",
                    "If no argument is given, the constructor creates a new empty list.",
                    "The argument must be an iterable if specified.");
            assertPinfo("s", 0,
                    "Type:        str",
                    "String form: hello",
                    "Length:      5",
                    "Docstring:  ",
                    "str(object='') -> str",
                    "str(bytes_or_buffer[, encoding[, errors]]) -> str",
                    "",
                    "Create a new string object from the given object. If encoding or",
                    "errors is specified, then the object must expose a data buffer",
                    "that will be decoded using the given encoding and error handler.",
                    "Otherwise, returns the result of object.__str__() (if defined)",
                    "or repr(object).",
                    "encoding defaults to sys.getdefaultencoding().",
                    "errors defaults to 'strict'.");
            assertPinfo("d", 0,
                    "Type:        dict",
                    "String form: {'alpha': 1, 'beta': 2}",
                    "Length:      2",
                    "Docstring:  ",
                    "dict() -> new empty dictionary",
                    "dict(mapping) -> new dictionary initialized from a mapping object's",
                    "    (key, value) pairs",
                    "dict(iterable) -> new dictionary initialized as if via:",
                    "    d = {}",
                    "    for k, v in iterable:",
                    "        d[k] = v",
                    "dict(**kwargs) -> new dictionary initialized with the name=value pairs",
                    "    in the keyword argument list.  For example:  dict(one=1, two=2)");
            assertPinfo("t", 0,
                    "Type:        tuple",
                    "String form: (1, 2)",
                    "Length:      2",
                    "Docstring:  ",
                    "Built-in immutable sequence.",
                    "",
                    "If no argument is given, the constructor returns an empty tuple.",
                    "If iterable is specified the tuple is initialized from iterable's items.",
                    "",
                    "If the argument is a tuple, the return value is the same object.");
        }

        @Test
        @DisplayName("cut a long string form in the middle at ?, never at ??; put a multi-line one below its title")
        void stringForms() {
            assertPinfo("long_s", 0,
                    "Type:        str",
                    "String form: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx <...> xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                    "Length:      300",
                    "Docstring:  ",
                    "str(object='') -> str",
                    "str(bytes_or_buffer[, encoding[, errors]]) -> str",
                    "",
                    "Create a new string object from the given object. If encoding or",
                    "errors is specified, then the object must expose a data buffer",
                    "that will be decoded using the given encoding and error handler.",
                    "Otherwise, returns the result of object.__str__() (if defined)",
                    "or repr(object).",
                    "encoding defaults to sys.getdefaultencoding().",
                    "errors defaults to 'strict'.");
            assertPinfo("long_s", 1,
                    "Type:        str",
                    "String form: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                    "Length:      300",
                    "Docstring:  ",
                    "str(object='') -> str",
                    "str(bytes_or_buffer[, encoding[, errors]]) -> str",
                    "",
                    "Create a new string object from the given object. If encoding or",
                    "errors is specified, then the object must expose a data buffer",
                    "that will be decoded using the given encoding and error handler.",
                    "Otherwise, returns the result of object.__str__() (if defined)",
                    "or repr(object).",
                    "encoding defaults to sys.getdefaultencoding().",
                    "errors defaults to 'strict'.");
            assertPinfo("multi", 0,
                    "Type:        str",
                    "String form:",
                    "line one",
                    "line two",
                    "Length:      17",
                    "Docstring:  ",
                    "str(object='') -> str",
                    "str(bytes_or_buffer[, encoding[, errors]]) -> str",
                    "",
                    "Create a new string object from the given object. If encoding or",
                    "errors is specified, then the object must expose a data buffer",
                    "that will be decoded using the given encoding and error handler.",
                    "Otherwise, returns the result of object.__str__() (if defined)",
                    "or repr(object).",
                    "encoding defaults to sys.getdefaultencoding().",
                    "errors defaults to 'strict'.");
        }

        @Test
        @DisplayName("name the namespace of objects found in builtins")
        void builtinNamespace() {
            assertPinfo("None", 0,
                    "Type:        NoneType",
                    "String form: None",
                    "Namespace:   Python builtin",
                    "Docstring:   <no docstring>");
        }
    }

    @Nested
    @DisplayName("methods and properties")
    class MethodsAndProperties {
        @Test
        @DisplayName("show a bound method without self, with its source at ??")
        void methods() {
            assertPinfo("c.m", 0,
                    "Signature: c.m(y=1)",
                    "Docstring: Method m.",
                    "File:      <cell 1>",
                    "Type:      method");
            assertPinfo("c.m", 1,
                    "Signature: c.m(y=1)",
                    "Source:   ",
                    "    def m(self, y=1):",
                    "        \"Method m.\"",
                    "        return y",
                    "File:      <cell 1>",
                    "Type:      method");
        }

        @Test
        @DisplayName("show a property itself, not its value, and the source of its accessors at ??")
        void properties() {
            assertPinfo("p.size", 0,
                    "Type:        property",
                    "String form: <property object at 0x...>",
                    "Docstring:   The size.");
            assertPinfo("p.size", 1,
                    "Type:        property",
                    "String form: <property object at 0x...>",
                    "Source:     ",
                    "# p.size.fget",
                    "@property",
                    "def size(self):",
                    "    \"\"\"The size.\"\"\"",
                    "    return 3",
                    "",
                    "# p.size.fset",
                    "@size.setter",
                    "def size(self, v):",
                    "    pass");
        }
    }

    @Nested
    @DisplayName("the name at the cursor")
    class AtCursor {
        private String at(String code) {
            int bar = code.indexOf('|');
            String text = bar < 0 ? code : code.substring(0, bar) + code.substring(bar + 1);
            int cursor = bar < 0 ? text.codePointCount(0, text.length()) : text.codePointCount(0, bar);
            return normalised(inspector.inspect(text, cursor, 0));
        }

        private String pinfo(String name) {
            return normalised(inspector.pinfo(name, 0));
        }

        // Cases and answers from ipykernel 6.17: kc.inspect(code, cursor_pos, 0)
        @Test
        @DisplayName("is the callee anywhere inside a call's parentheses, as ipykernel's token_at_cursor")
        void callee() {
            assertEquals(pinfo("f"), at("f("));
            assertEquals(pinfo("f"), at("f(1, 2"));
            assertEquals(pinfo("f"), at("f(1, g(2),"));
            assertEquals(pinfo("len"), at("len|(x)"));
            assertEquals(pinfo("print"), at("print(\"hi\")"));
        }

        @Test
        @DisplayName("is the dotted name before the cursor, never an assignment's target")
        void dottedNames() {
            assertEquals(pinfo("x.append"), at("x.append"));
            assertEquals(pinfo("len"), at("a = len"));
            assertEquals(pinfo("c.m"), at("y = 1\nc.m|"));
            assertEquals(pinfo("g"), at("|g"));
            assertEquals(pinfo("d"), at("d == |s"));
        }

        @Test
        @DisplayName("counts code points (an emoji is one)")
        void codePoints() {
            String code = "s = '\uD83D\uDE00'; len(s)";
            assertEquals(pinfo("len"), normalised(inspector.inspect(code, 12, 0)));
            assertEquals(pinfo("s"), normalised(inspector.inspect(code, 1, 0)));
        }

        @Test
        @DisplayName("finds nothing for a partial name, an unknown one or empty code")
        void notFound() {
            assertEquals("<not found>", at("x.app"));
            assertEquals("<not found>", at("xyz"));
            assertEquals("<not found>", at(""));
            assertEquals("<not found>", at("1 + 2"));
        }
    }

    @Nested
    @DisplayName("robustness")
    class Robustness {
        @Test
        @DisplayName("finds nothing for expressions IPython does not look up")
        void notNames() {
            assertEquals(Optional.empty(), inspector.pinfo("x[0]", 0));
            assertEquals(Optional.empty(), inspector.pinfo("f()", 0));
            assertEquals(Optional.empty(), inspector.pinfo("c.nosuch", 0));
            assertEquals(Optional.empty(), inspector.pinfo("", 0));
            assertEquals(Optional.empty(), inspector.pinfo(null, 0));
            assertEquals(Optional.empty(), inspector.inspect(null, 3, 0));
        }

        @Test
        @DisplayName("leaves out what fails: a raising __str__, __len__ or getdoc()")
        void misbehavingObjects() {
            run(String.join("\n",
                    "class Weird:",
                    "    '''Weird doc.'''",
                    "    def __str__(self):",
                    "        raise ValueError('no str')",
                    "    def __len__(self):",
                    "        raise RuntimeError('no len')",
                    "    def getdoc(self):",
                    "        raise TypeError('no doc')",
                    "w = Weird()"), "<cell 2>");
            // IPython 8.5 prints exactly these two fields for w? in CPython
            assertEquals(Optional.of(text("Type:      Weird", "Docstring: Weird doc.")), inspector.pinfo("w", 0));
            assertEquals(Optional.empty(), inspector.pinfo("w.anything", 0));
        }

        @Test
        @DisplayName("treats an attribute read that raises anything as a missing attribute")
        void raisingGetattr() {
            run(String.join("\n",
                    "class Angry:",
                    "    '''Angry doc.'''",
                    "    def __getattr__(self, name):",
                    "        raise RuntimeError(name)",
                    "    def __repr__(self):",
                    "        return 'Angry()'",
                    "an = Angry()"), "<cell 3>");
            // IPython 8.5 for an? in CPython
            assertEquals(Optional.of(text("Type:        Angry", "String form: Angry()", "Docstring:   Angry doc.")),
                    inspector.pinfo("an", 0));
        }

        @Test
        @DisplayName("answers at every cursor position of a tricky cell without throwing")
        void everyPosition() {
            String cell = "import os.path as p\n@deco(x=1)\ndef h(a, *, b=d['al'], **k) -> 'x':\n"
                    + "    '''doc\n    %ti'''\n    return f\"{x.append!r} {{z}}\" + len(s, (c.m(\n"
                    + "y = lambda: C(3).m  # c.m\n\u00e9t\u00e9 = print(\uD83D\uDE00, zip";
            int n = cell.codePointCount(0, cell.length());
            for (int i = 0; i <= n; i++) {
                inspector.inspect(cell, i, i % 2);
            }
            // the innermost open call wins, as in token_at_cursor
            assertEquals(normalised(inspector.pinfo("print", 0)), normalised(inspector.inspect(cell, n, 0)));
        }

        @Test
        @DisplayName("works from a thread that never ran Python code (the kernel's shell thread)")
        void otherThread() throws InterruptedException {
            AtomicReference<Optional<String>> result = new AtomicReference<>();
            Thread t = new Thread(() -> result.set(inspector.pinfo("len", 0)));
            t.start();
            t.join();
            assertTrue(result.get().isPresent());
            assertEquals(inspector.pinfo("len", 0), result.get());
        }
    }
}
