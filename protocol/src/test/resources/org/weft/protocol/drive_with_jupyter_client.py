"""Drives the echo kernel with the real jupyter_client, as JupyterLab and nbclient would.

Usage: python3 drive_with_jupyter_client.py CONNECTION_FILE
Prints one line per check and "ALL OK" at the end; exits non-zero at the first failure.
"""
import sys
import time

from jupyter_client import BlockingKernelClient

TIMEOUT = 20


def check(condition, what):
    if not condition:
        print("FAILED:", what, flush=True)
        sys.exit(1)
    print("ok:", what, flush=True)


def statuses(client, msg_id):
    """The execution states on IOPub for one request, up to idle, and its other messages."""
    states, others = [], []
    while "idle" not in states:
        msg = client.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status":
            states.append(msg["content"]["execution_state"])
        else:
            others.append(msg)
    return states, others


def main(connection_file):
    client = BlockingKernelClient(connection_file=connection_file)
    client.load_connection_file()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)
    check(True, "wait_for_ready")

    reply = client.kernel_info(reply=True, timeout=TIMEOUT)
    check(reply["msg_type"] == "kernel_info_reply", "kernel_info reply type")
    check(reply["content"]["status"] == "ok", "kernel_info status")
    check(reply["content"]["protocol_version"] == "5.3", "protocol_version 5.3")
    check(reply["header"]["version"] == "5.3", "header version 5.3")
    check(reply["header"]["date"] is not None, "header date parsed by jupyter_client")
    states, _ = statuses(client, reply["parent_header"]["msg_id"])
    check(states == ["busy", "idle"], "kernel_info bracketed by busy/idle: %r" % states)

    reply = client.execute("hello from jupyter_client", reply=True, timeout=TIMEOUT)
    check(reply["content"]["status"] == "ok", "execute status")
    states, others = statuses(client, reply["parent_header"]["msg_id"])
    check(states == ["busy", "idle"], "execute bracketed by busy/idle")
    check([m["content"].get("text") for m in others] == ["hello from jupyter_client"], "stream output")

    msg_id = client.execute("input:Your name? ", allow_stdin=True)
    request = client.get_stdin_msg(timeout=TIMEOUT)
    check(request["msg_type"] == "input_request", "input_request on stdin")
    check(request["content"]["prompt"] == "Your name? ", "input prompt")
    check(request["parent_header"]["msg_id"] == msg_id, "input_request parent is the execute")
    client.input("Grace")
    reply = client.get_shell_msg(timeout=TIMEOUT)
    check(reply["parent_header"]["msg_id"] == msg_id, "execute reply after input")
    _, others = statuses(client, msg_id)
    check([m["content"].get("text") for m in others] == ["Grace"], "input value came back")

    deadline = time.monotonic() + TIMEOUT
    while not client.hb_channel.is_beating() and time.monotonic() < deadline:
        time.sleep(0.1)
    check(client.hb_channel.is_beating(), "heartbeat beating")

    msg_id = client.shutdown()
    reply = client.get_control_msg(timeout=TIMEOUT)
    check(reply["msg_type"] == "shutdown_reply", "shutdown_reply on control")
    check(reply["parent_header"]["msg_id"] == msg_id, "shutdown_reply parent")

    client.stop_channels()
    print("ALL OK", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
