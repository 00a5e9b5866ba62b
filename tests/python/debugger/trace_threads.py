# trace.Trace.runctx traces the threads the traced code starts (threading.settrace), and
# Trace(count=0, trace=0) runs code without tracing it.
import trace

SRC = '''
import threading
def work(n):
    total = 0
    for i in range(n):
        total += i
    results.append(total)
threads = [threading.Thread(target=work, args=(k,)) for k in (2, 3)]
for t in threads:
    t.start()
    t.join()
'''

for count in (1, 0):
    tracer = trace.Trace(count=count, trace=0)
    namespace = {'__file__': 'threadprog.py', '__name__': 'threadprog', 'results': []}
    tracer.runctx(compile(SRC, 'threadprog.py', 'exec'), namespace, namespace)
    print(namespace['results'])
    print(sorted((line, n) for (f, line), n in tracer.results().counts.items()
                 if f == 'threadprog.py'))
