# run() with capture_output, text mode, encoding and the CompletedProcess repr
import subprocess

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r)
print(type(r.stdout).__name__, r.returncode)
r = subprocess.run(['printf', 'a\\nb\\n'], capture_output=True, text=True)
print(r)
print(r.stdout.splitlines())
r = subprocess.run(['printf', 'caf\\303\\251'], stdout=subprocess.PIPE, encoding='utf-8')
print(r, len(r.stdout))
r = subprocess.run(['printf', '\\377x'], capture_output=True, errors='replace')
print(repr(r.stdout))
r = subprocess.run(['true'])
print(r)
r.check_returncode()
print(subprocess.CompletedProcess(['x'], 0, 'out'))
print(subprocess.CompletedProcess(args='x', returncode=1, stderr=b'e'))
print(subprocess.CompletedProcess[str])
