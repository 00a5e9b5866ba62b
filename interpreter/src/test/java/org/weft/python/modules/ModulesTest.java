package org.weft.python.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.weft.python.Interpreter;
import org.weft.python.RunResult;
import org.weft.python.runtime.Sinks;

/**
 * Small programs that exercise sys, time, os and errno, each run by a fresh Interpreter whose
 * current directory is an empty temporary directory, in UTC. The expected output is CPython
 * 3.11's (stdout and stderr together), written by gen_modules_cases.py (test resources).
 */
@DisplayName("sys, time, os and errno behave as in CPython 3.11")
class ModulesTest {

    private static TimeZone savedZone;

    @BeforeAll
    static void utc() {
        savedZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterAll
    static void restoreZone() {
        TimeZone.setDefault(savedZone);
    }

    static Stream<Arguments> cases() {
        String[][] table = {
                {"import sys\nv = sys.version_info\nprint(v, v.major, v[1], v >= (3, 8), v[:2], len(v), type(v).__name__, type(v).__module__)",
                 "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0) 3 11 True (3, 11) 5 version_info sys\n"},
                {"import sys\nprint(sys.flags.optimize, sys.flags.dev_mode, sys.int_info, sys.hash_info.modulus, sys.hash_info.inf)",
                 "0 False sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640) 2305843009213693951 314159\n"},
                {"import sys\nprint(sys.float_info)\nprint(sys.float_info.max == 1.7976931348623157e308, sys.float_info.__reduce__()[1][1])",
                 "sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)\nTrue {}\n"},
                {"import sys\ntry:\n    type(sys.version_info)()\nexcept TypeError as e:\n    print(e)",
                 "cannot create 'sys.version_info' instances\n"},
                {"import sys\nprint(sys.version_info.n_sequence_fields, sys.version_info.n_fields, sys.version_info.n_unnamed_fields, type(sys.flags).__match_args__[:3])",
                 "5 5 0 ('debug', 'inspect', 'interactive')\n"},
                {"import sys\nsys.displayhook(5)\nsys.displayhook(None)\nprint(_)",
                 "5\n5\n"},
                {"import sys\nprint(sys._getframe().f_code.co_name)\ndef f():\n    return sys._getframe(0).f_code.co_name, sys._getframe(1).f_code.co_name\nprint(f())",
                 "<module>\n('f', '<module>')\n"},
                {"import sys\ntry:\n    sys._getframe(50)\nexcept ValueError as e:\n    print(e)",
                 "call stack is not deep enough\n"},
                {"import sys\na = sys.intern('x' * 3)\nprint(a is sys.intern(''.join(['xx', 'x'])))\ntry:\n    sys.intern(1)\nexcept TypeError as e:\n    print(e)",
                 "True\nintern() argument must be str, not int\n"},
                {"import sys\nprint(sys.getsizeof(None, 7) > 0, sys.getsizeof([]) < sys.getsizeof([1, 2, 3, 4, 5]))",
                 "True True\n"},
                {"import time\nprint(time.gmtime(0))\nprint(time.gmtime(1e9), time.gmtime(-1.5)[:6])",
                 "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)\ntime.struct_time(tm_year=2001, tm_mon=9, tm_mday=9, tm_hour=1, tm_min=46, tm_sec=40, tm_wday=6, tm_yday=252, tm_isdst=0) (1969, 12, 31, 23, 59, 58)\n"},
                {"import time\nt = time.gmtime(1_700_000_000)\nprint(t.tm_zone, t.tm_gmtoff, len(t), t.n_fields, t[:3], t.tm_yday)",
                 "GMT 0 9 11 (2023, 11, 14) 318\n"},
                {"import time\nt = (2024, 3, 5, 7, 8, 9, 1, 65, 0)\nprint([time.strftime('%' + c, t) for c in 'aAbBcCdDeFgGhHIjklmMpPrRStTuUVwWxXyYz%'])",
                 "['Tue', 'Tuesday', 'Mar', 'March', 'Tue Mar  5 07:08:09 2024', '20', '05', '03/05/24', ' 5', '2024-03-05', '24', '2024', 'Mar', '07', '07', '065', ' 7', ' 7', '03', '08', 'AM', 'am', '07:08:09 AM', '07:08', '09', '\\t', '07:08:09', '2', '09', '10', '2', '10', '03/05/24', '07:08:09', '24', '2024', '+0000', '%']\n"},
                {"import time\nt = (2024, 3, 5, 17, 8, 9, 1, 65, 0)\nprint(repr(time.strftime('%-d|%_d|%^a|%#b|%5Y|%Q|%Ey|%n%t|%', t)))",
                 "'5| 5|TUE|MAR|02024|%Q|24|\\n\\t|%'\n"},
                {"import time\nfor t in [(2021, 1, 1, 0, 0, 0, 4, 1, 0), (2020, 12, 31, 0, 0, 0, 3, 366, 0), (2027, 1, 3, 0, 0, 0, 6, 3, 0)]:\n    print(time.strftime('%G %g %V %U %W %j', t))",
                 "2020 20 53 00 00 001\n2020 20 53 52 52 366\n2026 26 53 01 00 003\n"},
                {"import time\nprint(time.strftime('%Y-%m-%d', (2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime('%Y %C %y', (-5, 1, 1, 0, 0, 0, 0, 1, 0)))",
                 "2024-01-01 -5 -1 95\n"},
                {"import time\nfor bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (1, 2), [2024, 1, 1, 0, 0, 0, 0, 1, 0], (2024.0, 1, 1, 0, 0, 0, 0, 1, 0)]:\n    try:\n        time.strftime('%Y', bad)\n    except (TypeError, ValueError) as e:\n        print(type(e).__name__, e)",
                 "ValueError month out of range\nValueError day of month out of range\nValueError hour out of range\nValueError seconds out of range\nTypeError strftime(): illegal time tuple argument\nTypeError Tuple or struct_time argument required\nTypeError 'float' object cannot be interpreted as an integer\n"},
                {"import time\nprint(time.asctime((2024, 3, 5, 7, 8, 9, 1, 65, 0)), '|', time.asctime(time.gmtime(0)))",
                 "Tue Mar  5 07:08:09 2024 | Thu Jan  1 00:00:00 1970\n"},
                {"import time\nprint(time.mktime((2024, 3, 5, 7, 8, 9, 1, 65, 0)), time.mktime((2024, 14, 40, 25, 61, 61, 0, 0, -1)))\nprint(time.mktime(time.localtime(12345)), time.ctime(0), time.timezone, time.tzname)",
                 "1709622489.0 1741831321.0\n12345.0 Thu Jan  1 00:00:00 1970 0 ('UTC', 'UTC')\n"},
                {"import time\nprint(time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9)), time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, 'X', 3)).tm_zone)\ntry:\n    time.struct_time((1, 2, 3))\nexcept TypeError as e:\n    print(e)",
                 "time.struct_time(tm_year=1, tm_mon=2, tm_mday=3, tm_hour=4, tm_min=5, tm_sec=6, tm_wday=7, tm_yday=8, tm_isdst=9) X\ntime.struct_time() takes an at least 9-sequence (3-sequence given)\n"},
                {"import time\nprint(time.get_clock_info('monotonic'))\ntry:\n    time.get_clock_info('nope')\nexcept ValueError as e:\n    print(e)",
                 "namespace(implementation='clock_gettime(CLOCK_MONOTONIC)', monotonic=True, adjustable=False, resolution=1e-09)\nunknown clock\n"},
                {"import time\nfor bad in ['x', float('nan'), 1e300]:\n    try:\n        time.gmtime(bad)\n    except (TypeError, ValueError, OverflowError) as e:\n        print(type(e).__name__, e)",
                 "TypeError 'str' object cannot be interpreted as an integer\nValueError Invalid value NaN (not a number)\nOverflowError timestamp out of range for platform time_t\n"},
                {"import os, posixpath\nprint(os.name, os.sep, repr(os.linesep), os.pathsep, os.curdir, os.pardir, os.devnull, os.altsep, os.path is posixpath)\nimport os.path\nprint(os.path.join('a', 'b'), os.error is OSError)",
                 "posix / '\\n' : . .. /dev/null None True\na/b True\n"},
                {"import os\nos.environ['WEFT_T'] = 'v'\nprint(os.environ['WEFT_T'], os.getenv('WEFT_T'), 'WEFT_T' in os.environ, os.environ.get('WEFT_NO', 'd'))\ndel os.environ['WEFT_T']\nprint(os.getenv('WEFT_T'), os.environ.pop('WEFT_NO', 'p'))",
                 "v v True d\nNone p\n"},
                {"import os\nfor f in [lambda: os.environ.__setitem__('X', 1), lambda: os.environ['WEFT_NOPE'], lambda: os.putenv('a=b', 'x'), lambda: os.fspath(1), lambda: os.urandom(-1)]:\n    try:\n        f()\n    except Exception as e:\n        print(type(e).__name__, e)",
                 "TypeError str expected, not int\nKeyError 'WEFT_NOPE'\nValueError illegal environment variable name\nTypeError expected str, bytes or os.PathLike object, not int\nValueError negative argument not allowed\n"},
                {"import os\nclass P(os.PathLike):\n    def __fspath__(self):\n        return 'p.txt'\nprint(os.fspath(P()), os.fspath('s'), os.fspath(b'b'), isinstance(P(), os.PathLike), os.strerror(2), os.strerror(999))",
                 "p.txt s b'b' True No such file or directory Unknown error 999\n"},
                {"import os\nos.makedirs('a/b/c')\nos.makedirs('a/b', exist_ok=True)\nwith open('a/f.txt', 'w') as f:\n    f.write('hello')\nprint(sorted(os.listdir('a')), os.listdir('a/b'), os.stat('a/f.txt').st_size, os.path.getsize('a/f.txt'))\nos.rename('a/f.txt', 'a/g.txt')\nos.replace('a/g.txt', 'a/b/g.txt')\nprint(sorted(os.listdir('a')), os.path.exists('a/b/g.txt'))",
                 "['b', 'f.txt'] ['c'] 5 5\n['b'] True\n"},
                {"import os\nos.makedirs('t/x/y')\nopen('t/x/1.txt', 'w').close()\nopen('t/2.txt', 'w').close()\nfor root, dirs, files in os.walk('t'):\n    dirs.sort()\n    print(root, dirs, sorted(files))\nprint([r for r, d, f in os.walk('t', topdown=False)])",
                 "t ['x'] ['2.txt']\nt/x ['y'] ['1.txt']\nt/x/y [] []\n['t/x/y', 't/x', 't']\n"},
                {"import os\nos.makedirs('w/skip/deep')\nos.mkdir('w/keep')\nfor root, dirs, files in os.walk('w'):\n    dirs[:] = [d for d in dirs if d != 'skip']\n    print(root, dirs)",
                 "w ['keep']\nw/keep []\n"},
                {"import os\nos.mkdir('s')\nos.mkdir('s/d')\nopen('s/f', 'w').close()\nwith os.scandir('s') as it:\n    es = sorted(it, key=lambda e: e.name)\nprint([(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink()) for e in es], repr(es[0]))",
                 "[('d', 's/d', True, False, False), ('f', 's/f', False, True, False)] <DirEntry 'd'>\n"},
                {"import os\nfor f in [lambda: os.listdir('nope'), lambda: os.remove('nope'), lambda: os.rmdir('nope'), lambda: os.stat('nope'), lambda: os.rename('nope', 'x'), lambda: os.chdir('nope')]:\n    try:\n        f()\n    except OSError as e:\n        print(type(e).__name__, e.errno, e)",
                 "FileNotFoundError 2 [Errno 2] No such file or directory: 'nope'\nFileNotFoundError 2 [Errno 2] No such file or directory: 'nope'\nFileNotFoundError 2 [Errno 2] No such file or directory: 'nope'\nFileNotFoundError 2 [Errno 2] No such file or directory: 'nope'\nFileNotFoundError 2 [Errno 2] No such file or directory: 'nope' -> 'x'\nFileNotFoundError 2 [Errno 2] No such file or directory: 'nope'\n"},
                {"import os\nos.mkdir('d')\nopen('d/f', 'w').close()\nfor f in [lambda: os.mkdir('d'), lambda: os.remove('d'), lambda: os.rmdir('d'), lambda: os.rmdir('d/f'), lambda: os.listdir('d/f')]:\n    try:\n        f()\n    except OSError as e:\n        print(type(e).__name__, e)",
                 "FileExistsError [Errno 17] File exists: 'd'\nIsADirectoryError [Errno 21] Is a directory: 'd'\nOSError [Errno 39] Directory not empty: 'd'\nNotADirectoryError [Errno 20] Not a directory: 'd/f'\nNotADirectoryError [Errno 20] Not a directory: 'd/f'\n"},
                {"import os\nos.makedirs('r/s/t')\nos.removedirs('r/s/t')\nprint(os.path.exists('r'))\nos.mkdir('c')\nos.chdir('c')\nprint(os.path.basename(os.getcwd()), os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))\nopen('in_c', 'w').close()\nos.chdir('..')\nprint(os.listdir('c'))",
                 "False\nc True\n['in_c']\n"},
                {"import os\nst = os.stat('.')\nprint(type(st).__name__, len(st), st.n_fields, st.st_mode == st[0], isinstance(st.st_mtime, float), isinstance(st[8], int), st.st_mtime_ns // 10**9 == st[8])",
                 "stat_result 10 19 True True True True\n"},
                {"import os\nprint(os.access('.', os.R_OK), os.access('nope', os.F_OK), os.cpu_count() > 0, type(os.getpid()).__name__, os.get_terminal_size.__name__, len(os.urandom(4)))",
                 "True False True int get_terminal_size 4\n"},
                {"import os\nopen('u.txt', 'w').write('abc')\nprint(open('u.txt').read(), os.path.getsize('u.txt'), os.stat('u.txt').st_size)",
                 "abc 3 3\n"},
                {"import errno\nprint(errno.ENOENT, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[2], errno.errorcode[11], len(errno.errorcode))",
                 "2 17 11 11 ENOENT EAGAIN 130\n"},
        };
        return Stream.of(table).map(r -> Arguments.of(r[0], r[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatCPythonPrints(String source, String expected) throws IOException {
        Path dir = Files.createTempDirectory("weft-modules-test");
        try {
            StringBuilder out = new StringBuilder();
            Sinks sinks = new Sinks(out::append, out::append, () -> null);
            Interpreter py = new Interpreter();
            py.moduleState().setCwd(dir.toRealPath());
            RunResult r = py.runCell(source, "<cell>", sinks);
            if (r.exception() != null) {
                out.append(String.join("", py.formatException(r.exception())));
            }
            assertEquals(expected, out.toString(), source);
            assertNull(r.exception());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
