# exit statuses, check=True and CalledProcessError's message and attributes
import subprocess

for code in (0, 1, 2, 42, 255):
    print(code, subprocess.run(['sh', '-c', 'exit %d' % code]).returncode)
print(subprocess.call(['false']), subprocess.call('exit 7', shell=True))
print(subprocess.check_call(['true']))
try:
    subprocess.run(['sh', '-c', 'echo partial; echo oops >&2; exit 3'], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)
    print(isinstance(e, subprocess.SubprocessError), e.args)
try:
    subprocess.check_call('exit 5', shell=True)
except subprocess.CalledProcessError as e:
    print(repr(str(e)), e.output)
r = subprocess.run(['sh', '-c', 'exit 9'])
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
print(str(subprocess.CalledProcessError(-9, ['sleep', '1'])))
print(str(subprocess.CalledProcessError(-15, 'x')))
print(str(subprocess.CalledProcessError(1, 'cmd', 'o', 'e')))
