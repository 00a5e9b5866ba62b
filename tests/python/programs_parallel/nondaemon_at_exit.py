import threading
import atexit

atexit.register(lambda: print("atexit runs after non-daemon threads"))
gate = threading.Event()

def late_printer():
    gate.wait()
    print("non-daemon thread finishing after main body")

def forever():
    threading.Event().wait()

threading.Thread(target=forever, daemon=True).start()
t = threading.Thread(target=late_printer)
t.start()
print("main body done; daemon:", t.daemon)
timer = threading.Timer(0.02, gate.set)
timer.start()
print("end of script")
