# atexit handlers run last-in first-out, after non-daemon threads finish, with their arguments.
import atexit
import threading

def goodbye(name, adjective="nice"):
    print(f"Goodbye, {name}, it was {adjective} to meet you.")

def cleanup():
    print("cleanup handler")

atexit.register(goodbye, "Donny", "nice")
atexit.register(goodbye, adjective="great", name="Walter")
atexit.register(cleanup)
atexit.register(print, "unregistered later")
atexit.unregister(print)

@atexit.register
def decorated():
    print("decorated handler runs first")

finished = threading.Event()
def worker():
    finished.wait(5)
    print("worker finished before atexit")

threading.Thread(target=worker).start()
print("main body ends")
finished.set()
