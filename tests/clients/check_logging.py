#!/usr/bin/python3
"""The kernel's own log on stderr: quiet by default, detailed with --debug.

A kernel started from its kernelspec, as Jupyter starts it, runs a cell and shuts down, once plain
and once with --debug (the flag both ipykernel and Weft take); its stderr and stdout are captured.
With --debug the log has more to say. Without it Weft writes nothing at all (a start-up warning in
a notebook server's terminal is noise a user cannot act on); ipykernel, the oracle, is not held to
that: it prints its debugger's notes.

Usage: /usr/bin/python3 tests/clients/check_logging.py [--kernel weft|python3]
"""
import tempfile

from jupyter_client.manager import KernelManager

from kernel_session import Checks, arguments, expect

TIMEOUT = 120


def run_kernel(kernel, extra):
    """Starts the kernel with extra arguments, runs one cell, shuts it down; returns its stderr."""
    with tempfile.TemporaryFile() as err:
        manager = KernelManager(kernel_name=kernel)
        manager.start_kernel(extra_arguments=extra, stderr=err, stdout=err)
        client = manager.client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=TIMEOUT)
            reply = client.execute_interactive("x = 6 * 7", timeout=TIMEOUT)
            expect(reply["content"]["status"] == "ok", "the cell failed: %r", reply["content"])
        finally:
            client.stop_channels()
            manager.shutdown_kernel(now=False)
        err.seek(0)
        return err.read().decode("utf-8", "replace")


def debug_says_more(kernel, quiet):
    loud = run_kernel(kernel, ["--debug"])
    expect(len(loud.splitlines()) > len(quiet.splitlines()) + 2,
           "--debug logged no more than a plain start (%d lines against %d):\n%s",
           len(loud.splitlines()), len(quiet.splitlines()), loud[-2000:])


def quiet_by_default(quiet):
    expect(quiet.strip() == "", "the kernel wrote without --debug:\n%s", quiet[-2000:])


def main():
    args = arguments(__doc__)
    checks = Checks("check_logging")
    quiet = run_kernel(args.kernel, [])
    checks.run("--debug logs more", debug_says_more, args.kernel, quiet)
    if args.kernel == "weft":
        checks.run("nothing on stderr or stdout without --debug", quiet_by_default, quiet)
    checks.exit()


if __name__ == "__main__":
    main()
