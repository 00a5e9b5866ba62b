# Exception notes (3.11 add_note) appear in a thread's report too.
import threading

def step(n):
    try:
        assert n < 2, f"step {n} too big"
    except AssertionError as e:
        e.add_note(f"while running step {n}")
        e.add_note("in the batch job")
        raise

def job():
    for n in range(5):
        step(n)

t = threading.Thread(target=job, name="batch")
t.start()
t.join()
print("batch over")
