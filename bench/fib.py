"""Recursive Fibonacci: function calls, integer arithmetic, comparisons."""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(n):
    result = fib(n)
    print("fib(%d) = %d" % (n, result))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 36)
