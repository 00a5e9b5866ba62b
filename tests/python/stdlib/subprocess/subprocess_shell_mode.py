# shell=True: pipelines, variables, quoting, extra arguments; cwd and env
import os
import subprocess
import tempfile

print(subprocess.run('echo one two | wc -w', shell=True, capture_output=True, text=True).stdout.strip())
print(subprocess.run('echo "$0 $1"', shell=True, capture_output=True, text=True).stdout, end='')
print(subprocess.run(['echo "$0-$1"', 'zero', 'one'], shell=True, capture_output=True, text=True).stdout, end='')
print(subprocess.run('printf "%s|" a "b c"', shell=True, capture_output=True, text=True).stdout)
env = {'PATH': os.environ.get('PATH', '/usr/bin:/bin'), 'GREETING': 'hi there'}
print(subprocess.run('echo $GREETING', shell=True, env=env, capture_output=True, text=True).stdout, end='')
print(subprocess.run(['sh', '-c', 'echo ${UNSET_THING:-unset}'], env=env, capture_output=True, text=True).stdout, end='')
os.environ['WEFT_SUBPROCESS_TEST'] = 'inherited'
print(subprocess.run('echo $WEFT_SUBPROCESS_TEST', shell=True, capture_output=True, text=True).stdout, end='')
with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, 'sub'))
    out = subprocess.run(['pwd'], cwd=os.path.join(d, 'sub'), capture_output=True, text=True).stdout
    print(out.strip() == os.path.realpath(os.path.join(d, 'sub')))
    open(os.path.join(d, 'sub', 'f.txt'), 'w').close()
    print(subprocess.run('ls', shell=True, cwd=os.path.join(d, 'sub'), capture_output=True, text=True).stdout, end='')
