"""What the client scripts share: the command line, one kernel started through its kernelspec,
requests that collect their reply and IOPub messages (validated against the message spec), and
named checks that report and go on, so one run lists every failure.

Every script takes --kernel NAME (default weft); with --kernel python3 it runs against ipykernel,
the oracle: a check that ipykernel fails is a wrong check.
"""
import argparse
import sys
import time
import traceback
from queue import Empty

from jupyter_client.manager import KernelManager

import message_spec

TIMEOUT = 30


def arguments(description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--kernel", default="weft", help="kernelspec name (default: weft; python3 is ipykernel)")
    return parser.parse_args()


class Checks:
    """Runs named checks, printing "ok: NAME" or "FAILED: NAME: why", and tallies them."""

    def __init__(self, script):
        self.script = script
        self.failed = []
        self.passed = 0

    def run(self, name, check, *args):
        started = time.monotonic()
        try:
            check(*args)
        except Exception as error:  # a check that breaks reports, and the next one runs
            self.failed.append(name)
            detail = "".join(traceback.format_exception_only(type(error), error)).strip()
            print("FAILED: %s: %s" % (name, detail), flush=True)
            if not isinstance(error, AssertionError):
                traceback.print_exc(limit=4, file=sys.stdout)
            return False
        self.passed += 1
        print("ok: %s (%.2f s)" % (name, time.monotonic() - started), flush=True)
        return True

    def exit(self):
        print("%s: %d passed, %d failed%s" % (self.script, self.passed, len(self.failed),
                                              (": " + ", ".join(self.failed)) if self.failed else ""))
        sys.exit(1 if self.failed else 0)


def expect(condition, what, *values):
    if not condition:
        raise AssertionError(what % values if values else what)


def valid(msg, msg_type=None, parent_id=None):
    problems = message_spec.validate(msg, msg_type, parent_id)
    expect(not problems, "%s does not follow the spec: %s\n  content: %r",
           msg.get("msg_type"), "; ".join(problems), msg.get("content"))
    return msg


class KernelSession:
    """A kernel started with KernelManager from its kernelspec, and a blocking client of it."""

    def __init__(self, kernel_name):
        self.kernel_name = kernel_name
        self.manager = KernelManager(kernel_name=kernel_name)
        self.manager.start_kernel()
        self.client = self.manager.client()
        self.client.start_channels()
        self.client.wait_for_ready(timeout=120)
        self.others = []  # IOPub messages read while waiting for another request's

    def close(self):
        self.client.stop_channels()
        if self.manager.is_alive():
            self.manager.shutdown_kernel(now=False)

    def execute(self, code, **options):
        """Runs a cell; returns its validated execute_reply and IOPub messages up to idle."""
        msg_id = self.client.execute(code, **options)
        return self.reply(msg_id, "execute_reply"), self.iopub(msg_id)

    def request(self, send, msg_type, **options):
        """Sends a shell request with the client's method `send`; returns its validated reply."""
        msg_id = getattr(self.client, send)(**options)
        reply = self.reply(msg_id, msg_type)
        self.iopub(msg_id)
        return reply

    def reply(self, msg_id, msg_type, channel="shell"):
        """The reply to msg_id on shell or control (replies to earlier requests are skipped)."""
        get = self.client.get_shell_msg if channel == "shell" else self.client.get_control_msg
        deadline = time.monotonic() + TIMEOUT
        while True:
            remaining = deadline - time.monotonic()
            expect(remaining > 0, "no %s on %s within %d s", msg_type, channel, TIMEOUT)
            try:
                msg = get(timeout=remaining)
            except Empty:
                continue
            if msg["parent_header"].get("msg_id") == msg_id:
                return valid(msg, msg_type, msg_id)

    def iopub(self, msg_id, timeout=TIMEOUT):
        """The IOPub messages about msg_id, from the first up to its idle, each validated."""
        found = []
        deadline = time.monotonic() + timeout
        while not (found and found[-1]["msg_type"] == "status"
                   and found[-1]["content"]["execution_state"] == "idle"):
            remaining = deadline - time.monotonic()
            expect(remaining > 0, "no idle on IOPub within %d s; got %s", timeout, [m["msg_type"] for m in found])
            try:
                msg = self.client.get_iopub_msg(timeout=remaining)
            except Empty:
                continue
            if msg["parent_header"].get("msg_id") == msg_id:
                found.append(valid(msg, parent_id=msg_id))
            else:
                self.others = self.others[-999:] + [msg]
        return found

    def later_output(self, msg_id, timeout=10):
        """Stream text published about msg_id after its idle (kept while waiting for others, then read)."""
        text = "".join(m["content"]["text"] for m in self.others
                       if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "stream")
        deadline = time.monotonic() + timeout
        while not text and time.monotonic() < deadline:
            try:
                msg = self.client.get_iopub_msg(timeout=0.2)
            except Empty:
                continue
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
                text += msg["content"]["text"]
        return text

    def control(self, msg_type, content):
        """Sends a request on the control channel; returns its msg_id."""
        msg = self.client.session.msg(msg_type, content)
        self.client.control_channel.send(msg)
        return msg["header"]["msg_id"]

    def flush_iopub(self):
        while True:
            try:
                self.client.get_iopub_msg(timeout=0.2)
            except Empty:
                return


def outputs(messages, msg_type):
    return [m["content"] for m in messages if m["msg_type"] == msg_type]


def stdout(messages):
    return "".join(c["text"] for c in outputs(messages, "stream") if c["name"] == "stdout")


def result_text(messages):
    results = outputs(messages, "execute_result")
    expect(len(results) == 1, "one execute_result expected, got %d: %r", len(results), messages)
    return results[0]["data"].get("text/plain")
