# kill, terminate and send_signal give a negative returncode, as CPython
import subprocess

p = subprocess.Popen(['sleep', '30'])
print(p.poll(), p.returncode)
p.kill()
print(p.wait())
p = subprocess.Popen(['sleep', '30'])
p.terminate()
print(p.wait())
p = subprocess.Popen(['sleep', '30'])
p.send_signal(2)
print(p.wait())
p.kill()
p.send_signal(9)
print(p.returncode)
print(p.pid > 0, isinstance(p.pid, int))
try:
    subprocess.run(['sleep', '30'], timeout=0.1, check=True)
except subprocess.TimeoutExpired as e:
    print('timed out')
