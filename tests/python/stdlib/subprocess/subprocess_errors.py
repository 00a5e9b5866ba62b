# what goes wrong: a missing program, a missing cwd, bad arguments
import subprocess

try:
    subprocess.run(['definitely-not-a-command-xyz'])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    subprocess.run(['ls'], cwd='/nonexistent/dir/xyz')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    subprocess.run(['echo', 1])
except TypeError as e:
    print(e)
try:
    subprocess.run(['echo'], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.check_output(['echo'], stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.Popen(['echo'], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print(e)
try:
    p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    p.communicate(b'x')
    p.communicate(b'again')
except ValueError as e:
    print(e)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
