#!/usr/bin/python3
"""`jupyter console --simple-prompt --kernel NAME` driven through a pseudo-terminal with pexpect:
the console starts the kernel, a cell prints, an expression shows as Out[n], exit ends both.

The oracle, ipykernel, is started first and the console attached with --existing: when the console
starts ipykernel itself, Debian's console never sees any IOPub message from it in about one run of
eight (4 of 30 here, 0 of 45 attached; the console's IOPub socket connects while the kernel is still
starting, and ipykernel's messages never reach it), so the oracle would fail for a reason no Weft
change can touch. Weft is always started by the console, as a user's `jupyter console --kernel weft`.

Usage: /usr/bin/python3 tests/clients/check_console.py [--kernel weft|python3]
"""
import sys

import pexpect
from jupyter_client.manager import KernelManager

from kernel_session import Checks, arguments, expect

TIMEOUT = 60


def start(kernel, manager):
    """The console, starting the kernel itself or, with a manager, attached to the kernel it runs."""
    which = ["--existing", manager.connection_file] if manager else ["--kernel", kernel]
    console = pexpect.spawn(sys.executable, ["-m", "jupyter_console", "--simple-prompt"] + which,
                            encoding="utf-8", timeout=TIMEOUT, dimensions=(24, 200))
    console.logfile_read = Transcript()
    return console


def running_oracle(kernel):
    """ipykernel started and answering before a console attaches (see the module docstring)."""
    if kernel != "python3":
        return None
    manager = KernelManager(kernel_name=kernel)
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=120)
    finally:
        client.stop_channels()
    return manager


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
    manager = running_oracle(args.kernel)
    console = start(args.kernel, manager)
    try:
        for check in (first_prompt, print_cell, expression_cell, error_cell, exit_ends_console):
            if not checks.run(check.__name__, check, console):
                print("--- console transcript ---\n%s\n--- end ---" % console.logfile_read.text[-3000:])
                break
    finally:
        stop(console)
        if manager is not None:
            manager.shutdown_kernel(now=True)
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
