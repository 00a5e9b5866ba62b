# a handled error printed with print_exception to stdout, then an uncaught one
import traceback, sys

def risky(n):
    return 10 // n

for n in [2, 0]:
    try:
        print(risky(n))
    except ZeroDivisionError as e:
        lines = traceback.format_exception(e)
        print(lines[0], end='')
        print(lines[-1], end='')
        traceback.print_exception(e, file=sys.stdout, limit=0) if False else None
print(traceback.format_exception_only(SyntaxError('invalid syntax')))
print(traceback.format_exception_only(SystemError('final')))
