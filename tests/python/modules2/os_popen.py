# os.popen runs a shell command with a pipe to read its output or write its input
import os
with os.popen('echo hello; echo world') as p:
    print(repr(p.read()))
p = os.popen('printf "a\\nb\\n"')
print([line for line in p], p.close())
p = os.popen('exit 3')
print(p.read(), p.close())
w = os.popen('cat > /dev/null', 'w')
print(w.write('data\n'), w.close())
print(type(p).__name__, type(p).__module__)
for args in [(1,), ('x', 'rb'), ('x', 'r', 0)]:
    try:
        os.popen(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
