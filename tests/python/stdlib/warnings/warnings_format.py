# formatwarning and WarningMessage
import warnings

print(repr(warnings.formatwarning('message text', UserWarning, 'file.py', 10, 'x = f()')))
print(repr(warnings.formatwarning('m', DeprecationWarning, 'nofile_here.py', 3)))
print(warnings.formatwarning('m', RuntimeWarning, 'f.py', 1, '   indented line   '), end='')
wm = warnings.WarningMessage('msg', UserWarning, 'f.py', 5)
print(wm)
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception))
