# An interactive menu reading from input(); with no more input, input() raises EOFError.
import sys

def ask(prompt, convert=str, default=None):
    try:
        raw = input(prompt)
    except EOFError as e:
        print(f"\n[no input: {type(e).__name__}: {e}]")
        if default is None:
            raise
        return default
    return convert(raw)

print("stdin is a tty:", sys.stdin.isatty())
name = ask("Name? ", default="guest")
print("hello", name)
count = ask("How many? ", int, default=3)
print("count", count, type(count).__name__)

try:
    sys.stdin.readline()
    print("readline at EOF returns", repr(sys.stdin.readline()))
    print("read at EOF returns", repr(sys.stdin.read()))
except Exception as e:
    print(type(e).__name__, e)

for bad in [("prompt", "extra"), ()]:
    try:
        input(*bad)
    except TypeError as e:
        print("TypeError:", e)
    except EOFError as e:
        print("EOFError:", e)

choice = ask("Choice (q to quit)? ")
print("never printed", choice)
