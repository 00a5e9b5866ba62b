#!/usr/bin/env python3
"""Write the expected output (<case>.out) of every golden program, using real CPython.

A golden program is a .py file directly inside tests/python/<area>/, or, for the standard
library, inside tests/python/stdlib/<module>/ (area "stdlib/<module>"); files in deeper
folders (such as imports/support/) are helpers, not programs.

The expected output is what GoldenProgramsTest compares Weft against:
the program's stdout, followed, only when its exit status is non-zero, by the last
non-empty line of its stderr (for example "ZeroDivisionError: division by zero") and "\n".

Usage:
    python3 tests/python/generate_expected.py            # every program
    python3 tests/python/generate_expected.py strings    # one area
    python3 tests/python/generate_expected.py strings/str_split   # area/prefix
    python3 tests/python/generate_expected.py --check    # compare, write nothing; exit 1 on a difference

Never edit an .out file by hand: change the program and run this script.
"""
import concurrent.futures
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT_S = 30


def areas():
    """Folders whose .py files are programs: tests/python/<area>/ and tests/python/stdlib/<module>/."""
    for area in sorted(os.listdir(HERE)):
        area_dir = os.path.join(HERE, area)
        if not os.path.isdir(area_dir) or area.startswith(('.', '_')):
            continue
        if area == 'stdlib':
            for module in sorted(os.listdir(area_dir)):
                if os.path.isdir(os.path.join(area_dir, module)) and not module.startswith(('.', '_')):
                    yield 'stdlib/' + module, os.path.join(area_dir, module)
        else:
            yield area, area_dir


def programs(filters):
    for area, area_dir in areas():
        for name in sorted(os.listdir(area_dir)):
            path = os.path.join(area_dir, name)
            if not name.endswith('.py') or not os.path.isfile(path):
                continue
            key = area + '/' + name[:-3]
            if filters and not any(key == f or key.startswith(f + '/') or ('/' in f and key.startswith(f)) for f in filters):
                continue
            yield key, path


def expected_output(path):
    # Unbuffered stdout whatever this machine's environment says; GoldenProgramsTest runs Weft with -u.
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8', PYTHONDONTWRITEBYTECODE='1',
               PYTHONUNBUFFERED='1')
    env.pop('PYTHONPATH', None)
    env.pop('PYTHONSTARTUP', None)
    proc = subprocess.run([sys.executable, path], cwd=os.path.dirname(path), env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT_S)
    out = proc.stdout.decode('utf-8')
    if proc.returncode != 0:
        lines = [line for line in proc.stderr.decode('utf-8').splitlines() if line.strip()]
        if lines:
            out += lines[-1] + '\n'
    return out, proc.returncode


def main(argv):
    check = '--check' in argv
    filters = [a.rstrip('/') for a in argv if not a.startswith('--')]
    cases = list(programs(filters))
    changed, failed = [], []

    def one(case):
        key, path = case
        try:
            out, rc = expected_output(path)
        except subprocess.TimeoutExpired:
            return key, path, None, None
        return key, path, out, rc

    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for key, path, out, rc in pool.map(one, cases):
            if out is None:
                failed.append(key + ' (timed out after %d s)' % TIMEOUT_S)
                continue
            # An uncaught exception is a program's point only in errors/ and in the whole-program
            # areas (programs*/, which imitate the external corpus, where some programs end so).
            if rc != 0 and not key.startswith(('errors/', 'programs')):
                failed.append(key + ' (exit status %d outside errors/ and programs*/: %s)'
                              % (rc, out.splitlines()[-1:]))
            out_path = path[:-3] + '.out'
            old = None
            if os.path.exists(out_path):
                with open(out_path, encoding='utf-8', newline='') as f:
                    old = f.read()
            if old != out:
                changed.append(key)
                if not check:
                    with open(out_path, 'w', encoding='utf-8', newline='') as f:
                        f.write(out)
    verb = 'differ' if check else 'written'
    print('%d programs, %d expected outputs %s' % (len(cases), len(changed), verb))
    for key in changed if check else []:
        print('  differs:', key)
    for problem in failed:
        print('  problem:', problem)
    return 1 if failed or (check and changed) else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
