# try/except/else/finally, except* and raise forms.
import ast

source = """
try:
    risky()
except ValueError as e:
    handle(e)
except (TypeError, KeyError):
    pass
except:
    raise
else:
    fine()
finally:
    cleanup()
try:
    pass
finally:
    pass
try:
    work()
except* OSError as group:
    raise RuntimeError('x') from group
"""
print(ast.dump(ast.parse(source), indent='  '))
