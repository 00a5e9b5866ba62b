# An uncaught exception from multiprocessing.pool.ThreadPool.map ends the program.
from multiprocessing.pool import ThreadPool

def check_age(age):
    if age < 0:
        raise ValueError(f"negative age: {age}")
    return age

with ThreadPool(2) as pool:
    print(pool.map(check_age, [1, 2]))
    print(pool.map(check_age, [3, -4, 5]))
