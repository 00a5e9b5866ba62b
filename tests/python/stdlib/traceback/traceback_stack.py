# extract_stack, format_stack and print_stack in nested calls
import traceback, os, sys

def where():
    st = traceback.extract_stack()
    return [(fs.name, fs.lineno) for fs in st][-3:]

def a():
    return b()

def b():
    return where()

print(a())
def show():
    lines = traceback.format_stack()
    print(len(lines) >= 2, lines[-1].strip().splitlines()[-1])
    traceback.print_stack(file=sys.stdout, limit=1) if False else None
show()
