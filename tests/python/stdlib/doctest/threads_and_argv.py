import doctest
import sys
import threading


def parallel_sum(n):
    """Sum 0..n-1 in four threads; the threads print from inside the example.

    >>> parallel_sum(100)
    worker done
    worker done
    worker done
    worker done
    4950
    >>> t = threading.Thread(target=print, args=('hello from a thread',))
    >>> t.start(); t.join()
    hello from a thread
    """
    totals = [0] * 4
    lock = threading.Lock()

    def work(k):
        totals[k] = sum(range(k, n, 4))
        with lock:
            print('worker done')

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(totals)


print(doctest.testmod())
# Without verbose=..., a runner is verbose when '-v' is on the command line.
sys.argv.append('-v')
runner = doctest.DocTestRunner()
test = doctest.DocTestParser().get_doctest('>>> 6 * 7\n42\n', {}, 'argv', None, 0)
print(runner.run(test))
runner.summarize()
sys.argv.remove('-v')
print(doctest.DocTestRunner().run(doctest.DocTestParser().get_doctest('>>> 6 * 7\n42\n', {}, 'q', None, 0)))
