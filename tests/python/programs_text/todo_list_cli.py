import re
import shlex
tasks = []
def add(args):
    prio = 2
    text = " ".join(args)
    m = re.search(r"\s*!(\d)\s*$", text)
    if m:
        prio, text = int(m.group(1)), text[:m.start()]
    if not text.strip():
        raise ValueError("empty task")
    tags = sorted(set(re.findall(r"#(\w+)", text)))
    tasks.append({"id": len(tasks) + 1, "text": re.sub(r"\s*#\w+", "", text).strip(), "prio": prio, "done": False, "tags": tags})
    return f"added #{len(tasks)}"
def done(args):
    for a in args:
        t = next((t for t in tasks if str(t["id"]) == a), None)
        if t is None:
            raise KeyError(a)
        t["done"] = True
    return f"completed {', '.join(args)}"
def show(args):
    rows = [t for t in tasks if not args or set(args) & set(t["tags"])]
    rows.sort(key=lambda t: (t["done"], t["prio"], t["id"]))
    lines = [f"{'ID':>3} {'P':1} {'Task':<28} Tags"]
    for t in rows:
        mark = "x" if t["done"] else " "
        text = t["text"] if len(t["text"]) <= 28 else t["text"][:27] + "…"
        lines.append(f"{t['id']:>3} {t['prio']} [{mark}] {text:<24} {' '.join('#' + g for g in t['tags'])}")
    return "\n".join(lines)
COMMANDS = {"add": add, "done": done, "ls": show}
script = """add Buy milk #home !1
add "Write report" for the quarterly review meeting #work
add Call mom #home #family
add Fix bug 123 #work !0
add   !3
done 2
ls
ls work
done 9
frobnicate now
add 'unbalanced
ls home family"""
for line in script.splitlines():
    print(f"$ {line}")
    try:
        cmd, *args = shlex.split(line)
        print(COMMANDS[cmd](args))
    except KeyError as e:
        print(f"error: unknown {'command' if line.split()[0] not in COMMANDS else 'task'} {e}")
    except ValueError as e:
        print(f"error: {e}")
