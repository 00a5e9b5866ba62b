# An uncaught exception from a ProcessPoolExecutor worker ends the program.
from concurrent.futures import ProcessPoolExecutor

def divide(pair):
    a, b = pair
    return a // b

if __name__ == "__main__":
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(divide, [(9, 3), (8, 2)])))
        print(list(ex.map(divide, [(1, 1), (5, 0)])))
