#!/usr/bin/python3
"""Every request and message type of the Jupyter messaging protocol 5.3, through jupyter_client's
KernelManager and BlockingKernelClient, each reply and IOPub message validated against the spec
(message_spec.py). Prints one line per check; exits non-zero if any failed.

Usage: /usr/bin/python3 tests/clients/check_messages.py [--kernel weft|python3]
"""
import time

from kernel_session import (Checks, KernelSession, arguments, expect, outputs, result_text, stdout,
                            valid)


def kernel_info_on_shell(s):
    msg_id = s.client.kernel_info()
    reply = s.reply(msg_id, "kernel_info_reply")["content"]
    statuses = [m["content"]["execution_state"] for m in s.iopub(msg_id)]
    expect(statuses == ["busy", "idle"], "kernel_info bracketed by busy/idle, got %r", statuses)
    language = reply["language_info"]
    expect(language["name"] == "python", "language_info.name %r", language["name"])
    expect(language["file_extension"] == ".py", "file_extension %r", language["file_extension"])
    expect(language["version"].startswith("3."), "language version %r", language["version"])
    if s.kernel_name == "weft":
        expect("weft" in reply["implementation"].lower(), "implementation %r does not name Weft",
               reply["implementation"])
    print("   implementation %s %s, protocol %s" % (reply["implementation"], reply["implementation_version"],
                                                   reply["protocol_version"]))


def kernel_info_on_control(s):
    msg_id = s.control("kernel_info_request", {})
    reply = s.reply(msg_id, "kernel_info_reply", channel="control")
    expect(reply["content"]["status"] == "ok", "status %r", reply["content"]["status"])


def execute_iopub_order(s):
    reply, messages = s.execute("print('hello, world')\n6 * 7")
    types = [m["msg_type"] for m in messages]
    expect(types == ["status", "execute_input", "stream", "execute_result", "status"],
           "IOPub order busy, execute_input, stream, execute_result, idle; got %r", types)
    expect(messages[0]["content"]["execution_state"] == "busy", "first status not busy")
    count = reply["content"]["execution_count"]
    expect(messages[1]["content"]["execution_count"] == count, "execute_input count differs from the reply's")
    expect(messages[1]["content"]["code"] == "print('hello, world')\n6 * 7", "execute_input code")
    expect(stdout(messages) == "hello, world\n", "stdout %r", stdout(messages))
    expect(result_text(messages) == "42", "result %r", result_text(messages))
    expect(outputs(messages, "execute_result")[0]["execution_count"] == count, "execute_result count")


def execution_count_out_and_underscore(s):
    first, messages = s.execute("6 * 7")
    n = first["content"]["execution_count"]
    second, messages = s.execute("(_, Out[%d], In[%d])" % (n, n))
    expect(second["content"]["execution_count"] == n + 1, "count %r after %r", second["content"]["execution_count"], n)
    expect(result_text(messages) == "(42, 42, '6 * 7')", "(_, Out[n], In[n]) gave %r", result_text(messages))
    _, messages = s.execute("None")
    expect(outputs(messages, "execute_result") == [], "None displayed an execute_result")


def silent_execute(s):
    before, _ = s.execute("pass")
    reply, messages = s.execute("print('quiet'); 1 + 1", silent=True)
    types = [m["msg_type"] for m in messages]
    expect("execute_input" not in types and "execute_result" not in types,
           "silent cell published %r", types)
    expect(stdout(messages) == "quiet\n", "silent cell's print %r", stdout(messages))
    after, _ = s.execute("pass")
    expect(after["content"]["execution_count"] == before["content"]["execution_count"] + 1,
           "silent cell counted: %r then %r", before["content"]["execution_count"], after["content"]["execution_count"])


def store_history_false(s):
    before, _ = s.execute("pass")
    s.execute("weft_unstored = 1", store_history=False)
    after, _ = s.execute("pass")
    expect(after["content"]["execution_count"] == before["content"]["execution_count"] + 1,
           "store_history=False counted: %r then %r",
           before["content"]["execution_count"], after["content"]["execution_count"])


def user_expressions(s):
    reply, _ = s.execute("weft_a = 20", user_expressions={"double": "weft_a * 2", "bad": "1 / 0"})
    found = reply["content"]["user_expressions"]
    expect(found["double"]["status"] == "ok", "double: %r", found["double"])
    expect(found["double"]["data"]["text/plain"] == "40", "double: %r", found["double"])
    expect(found["bad"]["status"] == "error", "bad: %r", found["bad"])
    expect(found["bad"]["ename"] == "ZeroDivisionError", "bad: %r", found["bad"])


def error_content(s):
    reply, messages = s.execute("def weft_fails():\n    return 1 / 0\nweft_fails()")
    content = reply["content"]
    expect(content["status"] == "error", "status %r", content["status"])
    expect(content["ename"] == "ZeroDivisionError", "ename %r", content["ename"])
    expect(content["evalue"] == "division by zero", "evalue %r", content["evalue"])
    errors = outputs(messages, "error")
    expect(len(errors) == 1, "one error message, got %r", errors)
    expect(errors[0]["ename"] == "ZeroDivisionError" and errors[0]["evalue"] == "division by zero",
           "error message %r", errors[0])
    text = "\n".join(errors[0]["traceback"])
    expect("weft_fails" in text and "ZeroDivisionError" in text, "traceback lacks the frame or name: %r", text)
    types = [m["msg_type"] for m in messages]
    expect(types[-1] == "status" and types[0] == "status", "error not bracketed: %r", types)


def stop_on_error_aborts_queued(s):
    failing = s.client.execute("import time\ntime.sleep(0.5)\nraise ValueError('stop here')")
    queued = [s.client.execute("print('must not run %d')" % i) for i in range(2)]
    reply = s.reply(failing, "execute_reply")["content"]
    expect(reply["status"] == "error" and reply["ename"] == "ValueError", "first reply %r", reply)
    s.iopub(failing)
    for msg_id in queued:
        content = s.reply(msg_id, "execute_reply")["content"]
        expect(content["status"] == "aborted", "queued execute answered %r", content["status"])
        expect("must not run" not in stdout(s.iopub(msg_id)), "an aborted cell ran")
    reply, messages = execute_after_error(s, "print('running again')")
    expect(reply["content"]["status"] == "ok", "after the aborts: %r", reply["content"])


def stop_on_error_false_runs_queued(s):
    failing = s.client.execute("import time\ntime.sleep(0.5)\nraise ValueError('go on')", stop_on_error=False)
    queued = s.client.execute("print('ran')")
    expect(s.reply(failing, "execute_reply")["content"]["status"] == "error", "first did not fail")
    s.iopub(failing)
    expect(s.reply(queued, "execute_reply")["content"]["status"] == "ok", "queued cell not ok")
    expect(stdout(s.iopub(queued)) == "ran\n", "queued cell did not print")


def stderr_stream(s):
    _, messages = s.execute("import sys\nprint('to stderr', file=sys.stderr)")
    streams = outputs(messages, "stream")
    expect(any(c["name"] == "stderr" and "to stderr" in c["text"] for c in streams), "streams %r", streams)


def display_update_and_clear(s):
    _, messages = s.execute(
        "from IPython.display import display, HTML, clear_output\n"
        "handle = display(HTML('<b>first</b>'), display_id=True)\n"
        "handle.update(HTML('<i>second</i>'))\n"
        "clear_output(wait=True)")
    shown = outputs(messages, "display_data")
    updated = outputs(messages, "update_display_data")
    cleared = outputs(messages, "clear_output")
    expect(len(shown) == 1 and shown[0]["data"]["text/html"] == "<b>first</b>", "display_data %r", shown)
    display_id = shown[0].get("transient", {}).get("display_id")
    expect(isinstance(display_id, str), "display_data lacks transient.display_id: %r", shown[0])
    expect(len(updated) == 1 and updated[0]["transient"]["display_id"] == display_id, "update %r", updated)
    expect(updated[0]["data"]["text/html"] == "<i>second</i>", "update data %r", updated[0]["data"])
    expect(cleared == [{"wait": True}], "clear_output %r", cleared)


def thread_output_follows_its_cell(s):
    """Weft only (DESIGN.md, Kernel): a thread prints into the cell that started it, also after that
    cell has finished. ipykernel sends such output to whichever cell runs at the time."""
    if s.kernel_name != "weft":
        print("   skipped: Weft-specific")
        return
    first, _ = s.execute("import threading\nweft_go = threading.Event()\n"
                         "weft_late = threading.Thread(target=lambda: (weft_go.wait(), print('late line')))\n"
                         "weft_late.start()")
    first_id = first["parent_header"]["msg_id"]
    second, messages = s.execute("weft_go.set(); weft_late.join()")
    expect("late line" not in stdout(messages), "the thread's output went to the cell that was running")
    later = s.later_output(first_id)
    expect(later == "late line\n", "the first cell's late output: %r", later)


def stdin_round_trip(s):
    msg_id = s.client.execute("name = input('Your name? ')\nprint('hello', name)", allow_stdin=True)
    request = valid(s.client.get_stdin_msg(timeout=30), "input_request", msg_id)
    expect(request["content"] == {"prompt": "Your name? ", "password": False}, "input_request %r", request["content"])
    s.client.input("Ada")
    expect(s.reply(msg_id, "execute_reply")["content"]["status"] == "ok", "execute after input not ok")
    expect("hello Ada\n" in stdout(s.iopub(msg_id)), "the answer did not reach the cell")


def stdin_password(s):
    msg_id = s.client.execute("import getpass\nsecret = getpass.getpass('Secret: ')\nprint(len(secret))",
                              allow_stdin=True)
    request = valid(s.client.get_stdin_msg(timeout=30), "input_request", msg_id)
    expect(request["content"]["password"] is True, "getpass asked with password %r", request["content"]["password"])
    s.client.input("hunter2")
    s.reply(msg_id, "execute_reply")
    expect(stdout(s.iopub(msg_id)).endswith("7\n"), "getpass answer length not printed")


def stdin_not_allowed(s):
    reply, messages = s.execute("input('no one will answer: ')", allow_stdin=False)
    content = reply["content"]
    expect(content["status"] == "error", "input() without stdin: status %r", content["status"])
    expect(content["ename"] == "StdinNotImplementedError", "ename %r, expected StdinNotImplementedError",
           content["ename"])
    expect("stdin" in content["evalue"].lower() or "input" in content["evalue"].lower(),
           "unclear evalue %r", content["evalue"])


def complete(s):
    s.execute("weft_variable = 1\nweft_value = 2")
    code = "x = weft_va"
    reply = s.request("complete", "complete_reply", code=code, cursor_pos=len(code))["content"]
    expect(reply["status"] == "ok", "status %r", reply["status"])
    expect({"weft_variable", "weft_value"} <= set(reply["matches"]), "matches %r", reply["matches"])
    expect(reply["cursor_start"] == 4 and reply["cursor_end"] == len(code),
           "cursor %r..%r", reply["cursor_start"], reply["cursor_end"])
    s.execute("import os")
    code = "os.pa"
    reply = s.request("complete", "complete_reply", code=code, cursor_pos=len(code))["content"]
    expect("path" in reply["matches"] or "os.path" in reply["matches"], "os.pa matches %r", reply["matches"])


def inspect(s):
    reply = s.request("inspect", "inspect_reply", code="len", cursor_pos=3, detail_level=0)["content"]
    expect(reply["status"] == "ok" and reply["found"] is True, "len: %r", reply)
    expect("len" in reply["data"].get("text/plain", "") or "Return the number" in reply["data"].get("text/plain", ""),
           "len's text %r", reply["data"])
    reply = s.request("inspect", "inspect_reply", code="weft_no_such_name", cursor_pos=5)["content"]
    expect(reply["status"] == "ok" and reply["found"] is False, "unknown name: %r", reply)


def is_complete(s):
    samples = {"x = 1": "complete", "for i in range(3):": "incomplete", "print('''unfinished": "incomplete",
               "x = )": "invalid"}
    for code, status in samples.items():
        reply = s.request("is_complete", "is_complete_reply", code=code)["content"]
        expect(reply["status"] == status, "%r: %r, expected %r", code, reply["status"], status)
        if code.startswith("for"):
            expect(reply["indent"] == "    ", "indent %r", reply["indent"])


def history(s):
    codes = ["weft_h = 1", "weft_h + 1", "weft_h + 2"]
    for code in codes:
        s.execute(code)
    tail = s.request("history", "history_reply", hist_access_type="tail", n=3, output=False, raw=True)["content"]
    expect([entry[2] for entry in tail["history"]] == codes, "tail %r", tail["history"])
    session, line = tail["history"][0][0], tail["history"][0][1]
    with_output = s.request("history", "history_reply", hist_access_type="tail", n=1, output=True,
                            raw=True)["content"]["history"]
    # IPython records outputs only when asked to (HistoryManager.db_log_output), else None.
    expect(with_output[0][2] in (["weft_h + 2", "3"], ["weft_h + 2", None]), "tail with output %r", with_output)
    ranged = s.request("history", "history_reply", hist_access_type="range", session=session, start=line,
                       stop=line + 2, output=False, raw=True)["content"]["history"]
    expect([entry[1:] for entry in ranged] == [[line, codes[0]], [line + 1, codes[1]]], "range %r", ranged)
    found = s.request("history", "history_reply", hist_access_type="search", pattern="weft_h +*", n=10,
                      output=False, raw=True, unique=True)["content"]["history"]
    expect({"weft_h + 1", "weft_h + 2"} <= {entry[2] for entry in found}, "search %r", found)


def comm_info(s):
    reply = s.request("comm_info", "comm_info_reply")["content"]
    expect(reply["status"] == "ok", "status %r", reply["status"])
    expect(all(isinstance(v, dict) and "target_name" in v for v in reply["comms"].values()), "comms %r", reply)


def comm_open_unknown_target(s):
    msg = s.client.session.msg("comm_open", {"comm_id": "weft-test-comm", "target_name": "weft.no_such_target",
                                             "data": {}})
    s.client.shell_channel.send(msg)
    closes = [m for m in s.iopub(msg["header"]["msg_id"]) if m["msg_type"] == "comm_close"]
    expect([m["content"]["comm_id"] for m in closes] == ["weft-test-comm"], "comm_close %r", closes)


def interrupt(s):
    msg_id = s.client.execute("while True:\n    pass")
    wait_for_execute_input(s, msg_id)
    sent = time.monotonic()
    interrupt_id = s.control("interrupt_request", {})
    interrupt_reply = s.reply(interrupt_id, "interrupt_reply", channel="control")["content"]
    expect(interrupt_reply.get("status", "ok") == "ok", "interrupt_reply %r", interrupt_reply)
    reply = s.reply(msg_id, "execute_reply")["content"]
    took = time.monotonic() - sent
    expect(reply["status"] == "error" and reply["ename"] == "KeyboardInterrupt", "interrupted cell: %r", reply)
    errors = outputs(s.iopub(msg_id), "error")
    expect([e["ename"] for e in errors] == ["KeyboardInterrupt"], "error messages %r", errors)
    print("   KeyboardInterrupt %.3f s after interrupt_request" % took)
    reply, messages = execute_after_error(s, "print('alive')")
    expect(stdout(messages) == "alive\n", "kernel after the interrupt: %r", reply["content"])


def execute_after_error(s, code):
    """Runs a cell right after one that failed with stop_on_error: ipykernel answers `aborted` to
    requests that reach it while it still clears its queue after the error, so try again."""
    for _ in range(20):
        reply, messages = s.execute(code)
        if reply["content"]["status"] != "aborted":
            return reply, messages
        time.sleep(0.1)
    return reply, messages


def wait_for_execute_input(s, msg_id):
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        msg = s.client.get_iopub_msg(timeout=30)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
            time.sleep(0.2)  # let the loop start; an interrupt before the cell runs would be another test
            return
    raise AssertionError("the cell never started")


def heartbeat(s):
    expect(s.client.is_alive(), "client says the kernel is dead")
    deadline = time.monotonic() + 15  # the channel counts as beating after its first answered ping
    while not s.client.hb_channel.is_beating() and time.monotonic() < deadline:
        time.sleep(0.1)
    expect(s.client.hb_channel.is_beating(), "heartbeat not beating after 15 s")


def restart(s):
    s.execute("weft_before_restart = 1")
    s.manager.restart_kernel(now=False)
    s.client.wait_for_ready(timeout=120)
    reply, messages = s.execute("weft_before_restart")
    expect(reply["content"]["status"] == "error" and reply["content"]["ename"] == "NameError",
           "state survived the restart: %r", reply["content"])
    expect(reply["content"]["execution_count"] == 1, "count after restart %r", reply["content"]["execution_count"])


def shutdown(s):
    msg_id = s.control("shutdown_request", {"restart": False})
    reply = s.reply(msg_id, "shutdown_reply", channel="control")["content"]
    expect(reply["status"] == "ok" and reply["restart"] is False, "shutdown_reply %r", reply)
    deadline = time.monotonic() + 30
    while s.manager.is_alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    expect(not s.manager.is_alive(), "the kernel process still runs 30 s after shutdown_request")


CHECKS = [kernel_info_on_shell, kernel_info_on_control, heartbeat, execute_iopub_order,
          execution_count_out_and_underscore, silent_execute, store_history_false, user_expressions,
          error_content, stop_on_error_aborts_queued, stop_on_error_false_runs_queued, stderr_stream,
          display_update_and_clear, thread_output_follows_its_cell, stdin_round_trip, stdin_password,
          stdin_not_allowed, complete, inspect, is_complete, history, comm_info, comm_open_unknown_target,
          interrupt, restart, shutdown]


def main():
    args = arguments(__doc__)
    checks = Checks("check_messages --kernel %s" % args.kernel)
    session = KernelSession(args.kernel)
    try:
        for check in CHECKS:
            checks.run(check.__name__, check, session)
            session.flush_iopub()
    finally:
        session.close()
    checks.exit()


if __name__ == "__main__":
    main()
