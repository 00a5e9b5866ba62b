"""A module for trace_runfunc to trace."""

def fib(n):
    """Docstring
    on two lines."""
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

class Shape:
    def area(self):
        return 0

    def describe(self):
        def inner():
            return 'shape'
        return inner() + str(self.area())

def never():
    x = 1  #pragma NO COVER
    return x

def main():
    total = 0
    for i in range(3):
        total += fib(i)
    print(Shape().describe())
    return total
