"""The cases of BuiltinsModuleTest with CPython 3.11 as the oracle: prints, for each case, the
expected output (stdout + stderr of `python3 -c SOURCE`) as a Java table row. Paste the rows into
BuiltinsModuleTest.cases() after changing CASES.  Run: python3 gen_builtins_cases.py
"""
import subprocess
import sys

CASES = [
 "print(1, 'a', None, sep='-', end='!\\n')",
 "print(list(enumerate('ab', 5)))",
 "print(list(zip([1,2,3], 'ab')))",
 "try:\n    list(zip([1,2], [1], strict=True))\nexcept ValueError as e:\n    print(e)",
 "try:\n    list(zip([1], [1,2], [3], strict=True))\nexcept ValueError as e:\n    print(e)",
 "print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))",
 "print(list(filter(None, [0, 1, '', 'x'])), list(filter(lambda x: x > 1, [1, 2, 3])))",
 "print(list(reversed([1, 2, 3])), list(reversed(range(3))))",
 "it = iter([1, 2].pop, 1)\nprint(list(it))",
 "print(next(iter([]), 'd'))",
 "print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(10), 5))",
 "print(sum([2**62, 2**62, 2**62]), sum([1, 2.5, True]))",
 "print(min(3, 1, 2), max([1, 5, 3]), max('abc', key=ord), min([], default=7))",
 "try:\n    max([])\nexcept ValueError as e:\n    print(e)",
 "print(sorted([3, 1, 2], reverse=True), sorted('bca'), sorted([(1, 'b'), (1, 'a')], key=lambda t: t[0]))",
 "print(abs(-3), divmod(7, -2), pow(2, 10, 1000), pow(2, -1), round(2.5), round(2.675, 2))",
 "print(bin(-5), oct(8), hex(255), bin(2**70))",
 "print(chr(65), chr(0x1F600) == '\\U0001F600', ord('é'), ord(b'a'))",
 "try:\n    ord('ab')\nexcept TypeError as e:\n    print(e)",
 "try:\n    chr(0x110000)\nexcept ValueError as e:\n    print(e)",
 "try:\n    round('x')\nexcept TypeError as e:\n    print(e)",
 "print(all([1, 2]), all([1, 0]), any([]), any([0, 3]))",
 "class C:\n    pass\nc = C()\nsetattr(c, 'x', 5)\nprint(getattr(c, 'x'), getattr(c, 'y', 'dflt'), hasattr(c, 'x'))\ndelattr(c, 'x')\nprint(hasattr(c, 'x'))",
 "print(isinstance(1, (str, (int, float))), issubclass(bool, int), callable(len), callable(1))",
 "print(ascii('héllo\\U0001F600'), repr('x'), format(3.14159, '.2f'), format(5))",
 "print(len([1, 2]), len('héllo'), hash(1), hash(-1))",
 "def f():\n    a = 1\n    b = 2\n    return sorted(locals())\nprint(f())",
 "x = 5\nprint(eval('x + 1'), eval('y * 2', {'y': 4}))",
 "exec('z = 3')\nprint(z)",
 "print(repr(exit))",
 "try:\n    exit(3)\nexcept SystemExit as e:\n    print('exit', e.code)",
 "print(vars(type('T', (), {'a': 1})())) ",
 "import sys\nprint(sys.maxsize, sys.platform, sys.version_info[:2] >= (3, 8))",
 "import sys\nsys.stdout.write('direct\\n')\nprint('to stderr', file=sys.stderr)",
 "print(type(enumerate([])).__name__, type(zip()).__name__, type(map(len, [])).__name__)",
 "help(len)",
 "import posixpath\nprint(posixpath.join('a', 'b'), posixpath.splitext('x.tar.gz'))",
 "print(divmod(7.5, 2), pow(2.0, 3))",
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
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


def main():
    rows = []
    for src in CASES:
        r = subprocess.run([sys.executable, '-c', src], capture_output=True, text=True, stdin=subprocess.DEVNULL,
                           env={'PAGER': 'cat', 'TERM': 'dumb', 'PATH': '/usr/bin:/bin'})
        rows.append(f"                {{{jstr(src)},\n                 {jstr(r.stdout + r.stderr)}}}")
    print(",\n".join(rows))


main()
