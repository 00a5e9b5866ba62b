# one child's stdout as another's stdin
import subprocess

p1 = subprocess.Popen(['printf', 'cherry\\napple\\nbanana\\n'], stdout=subprocess.PIPE)
p2 = subprocess.Popen(['sort'], stdin=p1.stdout, stdout=subprocess.PIPE)
p3 = subprocess.Popen(['head', '-n', '2'], stdin=p2.stdout, stdout=subprocess.PIPE, text=True)
print(p3.communicate()[0], end='')
print(p1.wait(), p2.wait(), p3.returncode)
p1 = subprocess.Popen(['seq', '1', '1000'], stdout=subprocess.PIPE)
p2 = subprocess.Popen(['wc', '-l'], stdin=p1.stdout, stdout=subprocess.PIPE, text=True)
print(p2.communicate()[0].strip())
