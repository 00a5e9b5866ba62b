package org.weft.python.builtins;

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
 * Small programs that exercise the builtins, run through an Interpreter with captured sinks; the
 * expected output is CPython 3.11's (stdout and stderr together), produced with
 * {@code python3 -c SOURCE} when this table was written.
 */
@DisplayName("builtins behave as in CPython 3.11")
class BuiltinsModuleTest {

    static Stream<Arguments> cases() {
        String[][] table = {
                {"print(1, 'a', None, sep='-', end='!\\n')",
                 "1-a-None!\n"},
                {"print(list(enumerate('ab', 5)))",
                 "[(5, 'a'), (6, 'b')]\n"},
                {"print(list(zip([1,2,3], 'ab')))",
                 "[(1, 'a'), (2, 'b')]\n"},
                {"try:\n    list(zip([1,2], [1], strict=True))\nexcept ValueError as e:\n    print(e)",
                 "zip() argument 2 is shorter than argument 1\n"},
                {"try:\n    list(zip([1], [1,2], [3], strict=True))\nexcept ValueError as e:\n    print(e)",
                 "zip() argument 2 is longer than argument 1\n"},
                {"print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))",
                 "[4, 10]\n"},
                {"print(list(filter(None, [0, 1, '', 'x'])), list(filter(lambda x: x > 1, [1, 2, 3])))",
                 "[1, 'x'] [2, 3]\n"},
                {"print(list(reversed([1, 2, 3])), list(reversed(range(3))))",
                 "[3, 2, 1] [2, 1, 0]\n"},
                {"it = iter([1, 2].pop, 1)\nprint(list(it))",
                 "[2]\n"},
                {"print(next(iter([]), 'd'))",
                 "d\n"},
                {"print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(10), 5))",
                 "6 0.9999999999999999 [1, 2] 50\n"},
                {"print(sum([2**62, 2**62, 2**62]), sum([1, 2.5, True]))",
                 "13835058055282163712 4.5\n"},
                {"print(min(3, 1, 2), max([1, 5, 3]), max('abc', key=ord), min([], default=7))",
                 "1 5 c 7\n"},
                {"try:\n    max([])\nexcept ValueError as e:\n    print(e)",
                 "max() arg is an empty sequence\n"},
                {"print(sorted([3, 1, 2], reverse=True), sorted('bca'), sorted([(1, 'b'), (1, 'a')], key=lambda t: t[0]))",
                 "[3, 2, 1] ['a', 'b', 'c'] [(1, 'b'), (1, 'a')]\n"},
                {"print(abs(-3), divmod(7, -2), pow(2, 10, 1000), pow(2, -1), round(2.5), round(2.675, 2))",
                 "3 (-4, -1) 24 0.5 2 2.67\n"},
                {"print(bin(-5), oct(8), hex(255), bin(2**70))",
                 "-0b101 0o10 0xff 0b10000000000000000000000000000000000000000000000000000000000000000000000\n"},
                {"print(chr(65), chr(0x1F600) == '\\U0001F600', ord('\u00e9'), ord(b'a'))",
                 "A True 233 97\n"},
                {"try:\n    ord('ab')\nexcept TypeError as e:\n    print(e)",
                 "ord() expected a character, but string of length 2 found\n"},
                {"try:\n    chr(0x110000)\nexcept ValueError as e:\n    print(e)",
                 "chr() arg not in range(0x110000)\n"},
                {"try:\n    round('x')\nexcept TypeError as e:\n    print(e)",
                 "type str doesn't define __round__ method\n"},
                {"print(all([1, 2]), all([1, 0]), any([]), any([0, 3]))",
                 "True False False True\n"},
                {"class C:\n    pass\nc = C()\nsetattr(c, 'x', 5)\nprint(getattr(c, 'x'), getattr(c, 'y', 'dflt'), hasattr(c, 'x'))\ndelattr(c, 'x')\nprint(hasattr(c, 'x'))",
                 "5 dflt True\nFalse\n"},
                {"print(isinstance(1, (str, (int, float))), issubclass(bool, int), callable(len), callable(1))",
                 "True True True False\n"},
                {"print(ascii('h\u00e9llo\\U0001F600'), repr('x'), format(3.14159, '.2f'), format(5))",
                 "'h\\xe9llo\\U0001f600' 'x' 3.14 5\n"},
                {"print(len([1, 2]), len('h\u00e9llo'), hash(1), hash(-1))",
                 "2 5 1 -2\n"},
                {"def f():\n    a = 1\n    b = 2\n    return sorted(locals())\nprint(f())",
                 "['a', 'b']\n"},
                {"x = 5\nprint(eval('x + 1'), eval('y * 2', {'y': 4}))",
                 "6 8\n"},
                {"exec('z = 3')\nprint(z)",
                 "3\n"},
                {"print(repr(exit))",
                 "Use exit() or Ctrl-D (i.e. EOF) to exit\n"},
                {"try:\n    exit(3)\nexcept SystemExit as e:\n    print('exit', e.code)",
                 "exit 3\n"},
                {"print(vars(type('T', (), {'a': 1})())) ",
                 "{}\n"},
                {"import sys\nprint(sys.maxsize, sys.platform, sys.version_info[:2] >= (3, 8))",
                 "9223372036854775807 linux True\n"},
                {"import sys\nsys.stdout.write('direct\\n')\nprint('to stderr', file=sys.stderr)",
                 "direct\nto stderr\n"},
                {"print(type(enumerate([])).__name__, type(zip()).__name__, type(map(len, [])).__name__)",
                 "enumerate zip map\n"},
                {"help(len)",
                 "Help on built-in function len in module builtins:\n\nlen(obj, /)\n    Return the number of items in a container.\n\n"},
                {"import posixpath\nprint(posixpath.join('a', 'b'), posixpath.splitext('x.tar.gz'))",
                 "a/b ('x.tar', '.gz')\n"},
                {"print(divmod(7.5, 2), pow(2.0, 3))",
                 "(3.0, 1.5) 8.0\n"}
        };
        return Stream.of(table).map(r -> Arguments.of(r[0], r[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatCPythonPrints(String source, String expected) {
        StringBuilder out = new StringBuilder();
        Sinks sinks = new Sinks(out::append, out::append, () -> null);
        Interpreter py = new Interpreter();
        RunResult r = py.runCell(source, "<cell>", sinks);
        if (r.exception() != null) {
            out.append(String.join("", py.formatException(r.exception())));
        }
        assertEquals(expected, out.toString(), source);
        assertNull(r.exception());
    }
}
