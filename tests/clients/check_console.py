#!/usr/bin/python3
"""`jupyter console --simple-prompt --kernel NAME` driven through a pseudo-terminal with pexpect:
the console starts the kernel, a cell prints, an expression shows as Out[n], exit ends both.

Usage: /usr/bin/python3 tests/clients/check_console.py [--kernel weft|python3]
"""
import sys

import pexpect

from kernel_session import Checks, arguments, expect

TIMEOUT = 60


def start(kernel):
    console = pexpect.spawn(sys.executable, ["-m", "jupyter_console", "--simple-prompt", "--kernel", kernel],
                            encoding="utf-8", timeout=TIMEOUT, dimensions=(24, 200))
    console.logfile_read = Transcript()
    return console


class Transcript:
    """What the console printed, shown when a check fails."""

    def __init__(self):
        self.text = ""

    def write(self, data):
        self.text += data

    def flush(self):
        pass


def prompt(console, number):
    console.expect_exact("In [%d]: " % number)


def cell(console, code, shown, next_prompt):
    """Runs a cell and waits for the texts it should show and the next prompt, in either order."""
    console.sendline(code)
    pending = list(shown) + ["In [%d]: " % next_prompt]
    nudged = False
    while pending:
        try:
            pending.pop(console.expect_exact(pending, timeout=TIMEOUT))
        except pexpect.TIMEOUT:
            if nudged:
                raise AssertionError("the console never showed %r" % pending)
            # The console stops reading IOPub at the first idle of its session, which can be a late
            # one from its start-up kernel_info; what comes after shows at the next Enter, as its
            # run_cell documents ("pressing enter flushes any pending display").
            console.sendline("")
            nudged = True


def first_prompt(console):
    prompt(console, 1)


def print_cell(console):
    cell(console, "print('weft says', 6 * 7)", ["weft says 42"], 2)


def expression_cell(console):
    cell(console, "sum(range(10))", ["Out[2]: 45"], 3)


def error_cell(console):
    cell(console, "1 / 0", ["ZeroDivisionError"], 4)


def exit_ends_console(console):
    console.sendline("exit")  # IPython answers with the ask_exit payload, on which the console quits
    console.expect(pexpect.EOF, timeout=20)
    console.close()
    expect(console.exitstatus == 0, "console exit status %r", console.exitstatus)


def main():
    args = arguments(__doc__)
    checks = Checks("check_console --kernel %s" % args.kernel)
    console = start(args.kernel)
    try:
        for check in (first_prompt, print_cell, expression_cell, error_cell, exit_ends_console):
            if not checks.run(check.__name__, check, console):
                print("--- console transcript ---\n%s\n--- end ---" % console.logfile_read.text[-3000:])
                break
    finally:
        stop(console)
    checks.exit()


def stop(console):
    """Ends a console that is still running with Ctrl-D, which shuts its kernel down too; a console
    killed outright would leave the kernel running."""
    if not console.isalive():
        return
    try:
        console.sendeof()
        if console.expect([pexpect.EOF, "exit \\(\\[y\\]/n\\)\\?"], timeout=10) == 1:
            console.sendline("y")
            console.expect(pexpect.EOF, timeout=20)
    except pexpect.ExceptionPexpect:
        pass
    if console.isalive():
        console.terminate(force=True)


if __name__ == "__main__":
    main()
