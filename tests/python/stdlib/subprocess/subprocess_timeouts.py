# timeouts: run, wait, communicate and call raise TimeoutExpired; the child is killed by run
import subprocess
import time

try:
    subprocess.run(['sleep', '10'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.timeout > 0, e.output, e.stderr)
t = time.monotonic()
p = subprocess.Popen(['sleep', '10'])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
    print(e.timeout, e.stdout)
print(p.poll())
p.kill()
print(p.wait(), p.returncode)
p = subprocess.Popen(['sh', '-c', 'echo started; sleep 10'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(e, e.output)
p.terminate()
out, err = p.communicate()
print(out, err, p.returncode)
try:
    subprocess.call(['sleep', '10'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
print(time.monotonic() - t < 5)
print(subprocess.run(['sleep', '0.1'], timeout=5).returncode)
print(str(subprocess.TimeoutExpired(['a'], 2.5)))
