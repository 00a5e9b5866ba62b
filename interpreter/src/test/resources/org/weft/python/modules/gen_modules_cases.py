"""The cases of ModulesTest (sys, time, os, errno) with CPython 3.11 as the oracle: prints, for
each case, the expected output (stdout + stderr of `python3 -c SOURCE`, run in an empty temporary
directory with TZ=UTC) as a Java table row. Paste the rows into ModulesTest.cases() after changing
CASES.  Run: python3 gen_modules_cases.py
"""
import os
import subprocess
import sys
import tempfile

CASES = [
 # sys: struct sequences
 "import sys\nv = sys.version_info\nprint(v, v.major, v[1], v >= (3, 8), v[:2], len(v), type(v).__name__, type(v).__module__)",
 "import sys\nprint(sys.flags.optimize, sys.flags.dev_mode, sys.int_info, sys.hash_info.modulus, sys.hash_info.inf)",
 "import sys\nprint(sys.float_info)\nprint(sys.float_info.max == 1.7976931348623157e308, sys.float_info.__reduce__()[1][1])",
 "import sys\ntry:\n    type(sys.version_info)()\nexcept TypeError as e:\n    print(e)",
 "import sys\nprint(sys.version_info.n_sequence_fields, sys.version_info.n_fields, sys.version_info.n_unnamed_fields, type(sys.flags).__match_args__[:3])",
 "import sys\nsys.displayhook(5)\nsys.displayhook(None)\nprint(_)",
 "import sys\nprint(sys._getframe().f_code.co_name)\ndef f():\n    return sys._getframe(0).f_code.co_name, sys._getframe(1).f_code.co_name\nprint(f())",
 "import sys\ntry:\n    sys._getframe(50)\nexcept ValueError as e:\n    print(e)",
 "import sys\na = sys.intern('x' * 3)\nprint(a is sys.intern(''.join(['xx', 'x'])))\ntry:\n    sys.intern(1)\nexcept TypeError as e:\n    print(e)",
 "import sys\nprint(sys.getsizeof(None, 7) > 0, sys.getsizeof([]) < sys.getsizeof([1, 2, 3, 4, 5]))",
 # time
 "import time\nprint(time.gmtime(0))\nprint(time.gmtime(1e9), time.gmtime(-1.5)[:6])",
 "import time\nt = time.gmtime(1_700_000_000)\nprint(t.tm_zone, t.tm_gmtoff, len(t), t.n_fields, t[:3], t.tm_yday)",
 "import time\nt = (2024, 3, 5, 7, 8, 9, 1, 65, 0)\nprint([time.strftime('%' + c, t) for c in 'aAbBcCdDeFgGhHIjklmMpPrRStTuUVwWxXyYz%'])",
 "import time\nt = (2024, 3, 5, 17, 8, 9, 1, 65, 0)\nprint(repr(time.strftime('%-d|%_d|%^a|%#b|%5Y|%Q|%Ey|%n%t|%', t)))",
 "import time\nfor t in [(2021, 1, 1, 0, 0, 0, 4, 1, 0), (2020, 12, 31, 0, 0, 0, 3, 366, 0), (2027, 1, 3, 0, 0, 0, 6, 3, 0)]:\n    print(time.strftime('%G %g %V %U %W %j', t))",
 "import time\nprint(time.strftime('%Y-%m-%d', (2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime('%Y %C %y', (-5, 1, 1, 0, 0, 0, 0, 1, 0)))",
 "import time\nfor bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (1, 2), [2024, 1, 1, 0, 0, 0, 0, 1, 0], (2024.0, 1, 1, 0, 0, 0, 0, 1, 0)]:\n    try:\n        time.strftime('%Y', bad)\n    except (TypeError, ValueError) as e:\n        print(type(e).__name__, e)",
 "import time\nprint(time.asctime((2024, 3, 5, 7, 8, 9, 1, 65, 0)), '|', time.asctime(time.gmtime(0)))",
 "import time\nprint(time.mktime((2024, 3, 5, 7, 8, 9, 1, 65, 0)), time.mktime((2024, 14, 40, 25, 61, 61, 0, 0, -1)))\nprint(time.mktime(time.localtime(12345)), time.ctime(0), time.timezone, time.tzname)",
 "import time\nprint(time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9)), time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, 'X', 3)).tm_zone)\ntry:\n    time.struct_time((1, 2, 3))\nexcept TypeError as e:\n    print(e)",
 "import time\nprint(time.get_clock_info('monotonic'))\ntry:\n    time.get_clock_info('nope')\nexcept ValueError as e:\n    print(e)",
 "import time\nfor bad in ['x', float('nan'), 1e300]:\n    try:\n        time.gmtime(bad)\n    except (TypeError, ValueError, OverflowError) as e:\n        print(type(e).__name__, e)",
 # os
 "import os, posixpath\nprint(os.name, os.sep, repr(os.linesep), os.pathsep, os.curdir, os.pardir, os.devnull, os.altsep, os.path is posixpath)\nimport os.path\nprint(os.path.join('a', 'b'), os.error is OSError)",
 "import os\nos.environ['WEFT_T'] = 'v'\nprint(os.environ['WEFT_T'], os.getenv('WEFT_T'), 'WEFT_T' in os.environ, os.environ.get('WEFT_NO', 'd'))\ndel os.environ['WEFT_T']\nprint(os.getenv('WEFT_T'), os.environ.pop('WEFT_NO', 'p'))",
 "import os\nfor f in [lambda: os.environ.__setitem__('X', 1), lambda: os.environ['WEFT_NOPE'], lambda: os.putenv('a=b', 'x'), lambda: os.fspath(1), lambda: os.urandom(-1)]:\n    try:\n        f()\n    except Exception as e:\n        print(type(e).__name__, e)",
 "import os\nclass P(os.PathLike):\n    def __fspath__(self):\n        return 'p.txt'\nprint(os.fspath(P()), os.fspath('s'), os.fspath(b'b'), isinstance(P(), os.PathLike), os.strerror(2), os.strerror(999))",
 "import os\nos.makedirs('a/b/c')\nos.makedirs('a/b', exist_ok=True)\nwith open('a/f.txt', 'w') as f:\n    f.write('hello')\nprint(sorted(os.listdir('a')), os.listdir('a/b'), os.stat('a/f.txt').st_size, os.path.getsize('a/f.txt'))\nos.rename('a/f.txt', 'a/g.txt')\nos.replace('a/g.txt', 'a/b/g.txt')\nprint(sorted(os.listdir('a')), os.path.exists('a/b/g.txt'))",
 "import os\nos.makedirs('t/x/y')\nopen('t/x/1.txt', 'w').close()\nopen('t/2.txt', 'w').close()\nfor root, dirs, files in os.walk('t'):\n    dirs.sort()\n    print(root, dirs, sorted(files))\nprint([r for r, d, f in os.walk('t', topdown=False)])",
 "import os\nos.makedirs('w/skip/deep')\nos.mkdir('w/keep')\nfor root, dirs, files in os.walk('w'):\n    dirs[:] = [d for d in dirs if d != 'skip']\n    print(root, dirs)",
 "import os\nos.mkdir('s')\nos.mkdir('s/d')\nopen('s/f', 'w').close()\nwith os.scandir('s') as it:\n    es = sorted(it, key=lambda e: e.name)\nprint([(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink()) for e in es], repr(es[0]))",
 "import os\nfor f in [lambda: os.listdir('nope'), lambda: os.remove('nope'), lambda: os.rmdir('nope'), lambda: os.stat('nope'), lambda: os.rename('nope', 'x'), lambda: os.chdir('nope')]:\n    try:\n        f()\n    except OSError as e:\n        print(type(e).__name__, e.errno, e)",
 "import os\nos.mkdir('d')\nopen('d/f', 'w').close()\nfor f in [lambda: os.mkdir('d'), lambda: os.remove('d'), lambda: os.rmdir('d'), lambda: os.rmdir('d/f'), lambda: os.listdir('d/f')]:\n    try:\n        f()\n    except OSError as e:\n        print(type(e).__name__, e)",
 "import os\nos.makedirs('r/s/t')\nos.removedirs('r/s/t')\nprint(os.path.exists('r'))\nos.mkdir('c')\nos.chdir('c')\nprint(os.path.basename(os.getcwd()), os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))\nopen('in_c', 'w').close()\nos.chdir('..')\nprint(os.listdir('c'))",
 "import os\nst = os.stat('.')\nprint(type(st).__name__, len(st), st.n_fields, st.st_mode == st[0], isinstance(st.st_mtime, float), isinstance(st[8], int), st.st_mtime_ns // 10**9 == st[8])",
 "import os\nprint(os.access('.', os.R_OK), os.access('nope', os.F_OK), os.cpu_count() > 0, type(os.getpid()).__name__, os.get_terminal_size.__name__, len(os.urandom(4)))",
 "import os\nopen('u.txt', 'w').write('abc')\nprint(open('u.txt').read(), os.path.getsize('u.txt'), os.stat('u.txt').st_size)",
 "import errno\nprint(errno.ENOENT, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[2], errno.errorcode[11], len(errno.errorcode))",
]


def jstr(s):
    out = []
    for ch in s:
        if ch == '\\':
            out.append('\\\\')
        elif ch == '"':
            out.append('\\"')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


def main():
    env = dict(os.environ, TZ='UTC', PYTHONHASHSEED='0')
    for src in CASES:
        with tempfile.TemporaryDirectory() as d:
            p = subprocess.run([sys.executable, '-c', src], capture_output=True, text=True, cwd=d, env=env)
        print('                {%s,\n                 %s},' % (jstr(src), jstr(p.stdout + p.stderr)))


if __name__ == '__main__':
    main()
