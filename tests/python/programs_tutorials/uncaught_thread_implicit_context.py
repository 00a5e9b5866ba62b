# An exception raised while handling another: "During handling of the above exception..."
import threading

def cleanup():
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name  # NameError while handling

t = threading.Thread(target=cleanup, name="cleaner")
t.start()
t.join()
print("after cleaner")
