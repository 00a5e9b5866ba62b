# python -m timeit's output (timeit.main), with a timer that advances by a fixed step per call so
# that the numbers are the same every run: the loop count autorange picks, units, -v raw times,
# -u, -s, and the errors.
import timeit


def fixed_step(step):
    def wrap(timer):
        now = [0.0]

        def fake():
            now[0] += step
            return now[0]
        return fake
    return wrap


def run(args, step=0.001):
    print("$ python -m timeit", " ".join(args))
    status = timeit.main(args, _wrap_timer=fixed_step(step))
    print("status:", status)


run(["-n", "100", "-r", "3", "x = 1"])
run(["-n", "1", "-r", "1", "pass"], step=2.5)
run(["-s", "import math", "math.sqrt(2)"], step=0.25)
run(["-v", "-n", "10", "-r", "2", "pass"])
run(["-v", "-v", "pass"], step=0.3)
run(["-u", "msec", "-n", "5", "-r", "1", "pass"], step=0.000123)
run(["-u", "usec", "-n", "1000", "pass"], step=1e-6)
run(["-u", "xs", "pass"])  # each timing is one step: autorange stops at 0.2 s
run(["-q"])
run(["-n", "3", "1/0"])
run(["-p", "-n", "2", "-r", "2", "pass"])
