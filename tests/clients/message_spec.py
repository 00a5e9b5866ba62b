"""A small validator of Jupyter messages against the messaging protocol 5.3.

Each content type lists its required fields and their types, as ipykernel's
tests/test_message_spec.py does with its Reference classes; replies add the fields their status
requires. validate() returns the problems found (an empty list when the message is valid).
"""

STR, INT, BOOL, DICT, LIST = str, int, bool, dict, list

# Fields every content of this type has, and their types.
CONTENT = {
    "kernel_info_reply": {"protocol_version": STR, "implementation": STR, "implementation_version": STR,
                          "language_info": DICT, "banner": STR, "help_links": LIST},
    "execute_reply": {},
    "complete_reply": {"matches": LIST, "cursor_start": INT, "cursor_end": INT, "metadata": DICT},
    "inspect_reply": {"found": BOOL, "data": DICT, "metadata": DICT},
    "is_complete_reply": {},
    "history_reply": {"history": LIST},
    "comm_info_reply": {"comms": DICT},
    "shutdown_reply": {"restart": BOOL},
    "interrupt_reply": {},
    "status": {"execution_state": STR},
    "execute_input": {"code": STR, "execution_count": INT},
    "execute_result": {"execution_count": INT, "data": DICT, "metadata": DICT},
    "display_data": {"data": DICT, "metadata": DICT},
    "update_display_data": {"data": DICT, "metadata": DICT, "transient": DICT},
    "stream": {"name": STR, "text": STR},
    "error": {"ename": STR, "evalue": STR, "traceback": LIST},
    "clear_output": {"wait": BOOL},
    "input_request": {"prompt": STR, "password": BOOL},
    "comm_open": {"comm_id": STR, "target_name": STR, "data": DICT},
    "comm_msg": {"comm_id": STR, "data": DICT},
    "comm_close": {"comm_id": STR, "data": DICT},
}

# Fields a reply has besides status, by status.
BY_STATUS = {
    "ok": {},
    "error": {"ename": STR, "evalue": STR, "traceback": LIST},
    "aborted": {},
}
# ...and what an execute_reply adds (an aborted one has no count: ipykernel sends only the status).
EXECUTE_OK = {"execution_count": INT, "payload": LIST, "user_expressions": DICT}
EXECUTE_ERROR = {"execution_count": INT}
# The spec gives interrupt_reply an empty content; a status, where present, must be valid.
STATUS_OPTIONAL = ("interrupt_reply",)
LANGUAGE_INFO = {"name": STR, "version": STR, "mimetype": STR, "file_extension": STR}
HEADER = {"msg_id": STR, "msg_type": STR, "username": STR, "session": STR, "version": STR}


def validate(msg, msg_type=None, parent_id=None):
    """The problems with msg: its header, its parent and its content (a list of strings)."""
    problems = []
    header = msg.get("header", {})
    problems += fields(header, HEADER, "header")
    if header.get("date") is None:
        problems.append("header.date missing")
    if msg.get("msg_type") != header.get("msg_type"):
        problems.append("msg_type %r differs from header's %r" % (msg.get("msg_type"), header.get("msg_type")))
    if version_tuple(header.get("version", "0")) < (5, 3):
        problems.append("header.version %r below 5.3" % header.get("version"))
    actual = header.get("msg_type")
    if msg_type is not None and actual != msg_type:
        problems.append("msg_type %r, expected %r" % (actual, msg_type))
    if parent_id is not None and msg.get("parent_header", {}).get("msg_id") != parent_id:
        problems.append("parent msg_id %r, expected %r" % (msg.get("parent_header", {}).get("msg_id"), parent_id))
    if actual not in CONTENT:
        return problems + ["unknown msg_type %r" % actual]
    return problems + content_problems(actual, msg.get("content", {}))


def content_problems(msg_type, content):
    problems = fields(content, CONTENT[msg_type], msg_type)
    if msg_type.endswith("_reply"):
        problems += reply_problems(msg_type, content)
    checker = EXTRA.get(msg_type)
    if checker is not None:
        problems += checker(content)
    return problems


def reply_problems(msg_type, content):
    status = content.get("status")
    if msg_type == "is_complete_reply":
        return is_complete_problems(content)
    if msg_type in STATUS_OPTIONAL and "status" not in content:
        return []
    if status not in BY_STATUS:
        return ["%s.status %r not ok/error/aborted" % (msg_type, status)]
    problems = fields(content, BY_STATUS[status], msg_type)
    if msg_type == "execute_reply" and status in ("ok", "error"):
        problems += fields(content, EXECUTE_OK if status == "ok" else EXECUTE_ERROR, msg_type)
    return problems


def is_complete_problems(content):
    status = content.get("status")
    if status not in ("complete", "incomplete", "invalid", "unknown"):
        return ["is_complete_reply.status %r not complete/incomplete/invalid/unknown" % status]
    if status == "incomplete":
        return fields(content, {"indent": STR}, "is_complete_reply")
    return []


def kernel_info_problems(content):
    problems = fields(content.get("language_info", {}), LANGUAGE_INFO, "language_info")
    if version_tuple(content.get("protocol_version", "0")) < (5, 3):
        problems.append("protocol_version %r below 5.3" % content.get("protocol_version"))
    return problems


def mime_bundle_problems(content):
    problems = []
    for mime, value in content.get("data", {}).items():
        if "/" not in mime:
            problems.append("data key %r is not a MIME type" % mime)
        if not isinstance(value, (str, dict, list)):
            problems.append("data[%r] is a %s" % (mime, type(value).__name__))
    return problems


def complete_problems(content):
    problems = [] if all(isinstance(m, str) for m in content.get("matches", [])) else ["matches not all str"]
    if content.get("cursor_start", 0) > content.get("cursor_end", 0):
        problems.append("cursor_start after cursor_end")
    return problems


def history_problems(content):
    problems = []
    for entry in content.get("history", []):
        if not (isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], int)
                and isinstance(entry[1], int) and isinstance(entry[2], (str, list))):
            problems.append("history entry %r is not [session, line, input or [input, output]]" % (entry,))
    return problems


def error_problems(content):
    return [] if all(isinstance(line, str) for line in content.get("traceback", [])) else ["traceback not all str"]


def one_of(field, values):
    def check(content):
        value = content.get(field)
        return [] if value in values else ["%s %r not one of %s" % (field, value, values)]
    return check


def display_id_problems(content):
    display_id = content.get("transient", {}).get("display_id")
    return [] if isinstance(display_id, str) else ["update_display_data without transient.display_id"]


EXTRA = {
    "kernel_info_reply": kernel_info_problems,
    "complete_reply": complete_problems,
    "history_reply": history_problems,
    "inspect_reply": mime_bundle_problems,
    "execute_result": mime_bundle_problems,
    "display_data": mime_bundle_problems,
    "update_display_data": lambda c: mime_bundle_problems(c) + display_id_problems(c),
    "error": error_problems,
    "status": one_of("execution_state", ("busy", "idle", "starting")),
    "stream": one_of("name", ("stdout", "stderr")),
}


def fields(obj, spec, where):
    """Missing fields and fields of the wrong type (bool is not an int here, as in JSON)."""
    if not isinstance(obj, dict):
        return ["%s is not an object" % where]
    problems = []
    for name, kind in spec.items():
        if name not in obj:
            problems.append("%s.%s missing" % (where, name))
        elif not isinstance(obj[name], kind) or (kind is INT and isinstance(obj[name], bool)):
            problems.append("%s.%s is %r, not %s" % (where, name, obj[name], kind.__name__))
    return problems


def version_tuple(text):
    try:
        return tuple(int(part) for part in str(text).split(".")[:2])
    except ValueError:
        return (0,)
