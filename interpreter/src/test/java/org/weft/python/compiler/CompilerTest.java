package org.weft.python.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.weft.python.Interpreter;
import org.weft.python.RunResult;
import org.weft.python.runtime.Sinks;

/**
 * Runs small programs through the whole pipeline (parser, symbol table, compiler, nodes) and
 * compares what they print with what CPython 3.11 printed for the same source. The expected
 * strings were produced by running each snippet under python3 (never typed by hand).
 */
@DisplayName("The compiler and nodes run programs as CPython does")
class CompilerTest {

    static Stream<Arguments> snippets() {
        return Stream.of(
        Arguments.of("closures",
                "\ndef make():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\nf = make(); f(); print(f(), f.__closure__ is not None)\n",
                "2 True\n"),
        Arguments.of("class_scope",
                "\nx = \"global\"\nclass C:\n    x = \"class\"\n    y = [x for _ in range(1)]\n    def m(self): return x\nprint(C.y, C().m(), C.__qualname__, C.m.__qualname__)\n",
                "['global'] global C C.m\n"),
        Arguments.of("unbound_local",
                "\ndef f():\n    print(v)\n    v = 1\ntry:\n    f()\nexcept UnboundLocalError as e:\n    print(e)\n",
                "cannot access local variable 'v' where it is not associated with a value\n"),
        Arguments.of("free_unbound",
                "\ndef outer():\n    def inner(): return y\n    try:\n        inner()\n    except NameError as e:\n        print(e)\n    y = 1\nouter()\n",
                "cannot access free variable 'y' where it is not associated with a value in enclosing scope\n"),
        Arguments.of("arg_errors",
                "\ndef f(a, b=2, *, k): pass\nfor call in (lambda: f(), lambda: f(1, 2, 3, k=1), lambda: f(1, z=1, k=1), lambda: f(1, a=1, k=2), lambda: f(1)):\n    try:\n        call()\n    except TypeError as e:\n        print(e)\n",
                "f() missing 1 required positional argument: 'a'\nf() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given\nf() got an unexpected keyword argument 'z'\nf() got multiple values for argument 'a'\nf() missing 1 required keyword-only argument: 'k'\n"),
        Arguments.of("unpack",
                "\na, *b, c = range(5)\nprint(a, b, c)\nfor v in ([1, 2], [1, 2, 3, 4]):\n    try:\n        x, y, z = v\n    except ValueError as e:\n        print(e)\n",
                "0 [1, 2, 3] 4\nnot enough values to unpack (expected 3, got 2)\ntoo many values to unpack (expected 3)\n"),
        Arguments.of("generators",
                "\ndef g():\n    x = yield 1\n    try:\n        yield (x or 1) * 2\n    finally:\n        print(\"cleanup\")\n    return \"r\"\nit = g()\nprint(next(it), it.send(21))\ntry:\n    it.send(None)\nexcept StopIteration as e:\n    print(\"ret\", e.value)\ndef d():\n    r = yield from g()\n    yield r\nprint(list(d()))\nprint(sum(i * i for i in range(10)))\n",
                "1 42\ncleanup\nret r\ncleanup\n[1, 2, 'r']\n285\n"),
        Arguments.of("try_finally",
                "\ndef f():\n    try:\n        return \"body\"\n    finally:\n        print(\"fin\")\nprint(f())\ndef h():\n    for i in range(3):\n        try:\n            if i == 1:\n                break\n        finally:\n            print(\"f\", i)\n    return i\nprint(h())\ntry:\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        raise ValueError(\"v\")\nexcept ValueError as e:\n    print(type(e.__context__).__name__, e.__suppress_context__)\n",
                "fin\nbody\nf 0\nf 1\n1\nZeroDivisionError False\n"),
        Arguments.of("with",
                "\nclass M:\n    def __enter__(self): print(\"enter\"); return self\n    def __exit__(self, t, v, tb): print(\"exit\", t.__name__ if t else None); return True\nwith M() as m:\n    raise KeyError(\"k\")\nprint(\"after\")\n",
                "enter\nexit KeyError\nafter\n"),
        Arguments.of("comprehension_scope",
                "\nx = 10\nprint([x for x in range(3)], x)\nprint({k: v for k, v in zip(\"ab\", (1, 2))})\nprint([y for y in range(6) if y % 2 if y > 1])\nprint((lambda a, *r, **k: (a, r, k))(1, 2, z=3))\n",
                "[0, 1, 2] 10\n{'a': 1, 'b': 2}\n[3, 5]\n(1, (2,), {'z': 3})\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void printsWhatCPythonPrints(String name, String source, String expected) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Sinks sinks = new Sinks(out::append, err::append, () -> null);
        Interpreter py = new Interpreter();
        RunResult r = py.runCell(source, "<snippet>", sinks);
        if (r.failed()) {
            err.append(String.join("", py.formatException(r.exception())));
        }
        assertEquals(expected, out.toString(), () -> name + " stderr: " + err);
        assertNull(r.exception(), () -> name + " raised: " + err);
    }
}
