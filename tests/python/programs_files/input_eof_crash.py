# A program that asks for input when there is none: reading stops with EOFError at the end.
import sys

def ask(prompt):
    return input(prompt)

print("stdin is a tty?", sys.stdin.isatty())
data = sys.stdin.read()
print("read from stdin:", repr(data))
print(repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    ask("name? ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
for line in sys.stdin:
    print("never", line)
answer = ask("age? ")
