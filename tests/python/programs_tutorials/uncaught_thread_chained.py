# A chained exception in a thread: the report shows both tracebacks.
import threading

def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as e:
        raise RuntimeError("port is not configured") from e

def serve():
    read_port({"host": "localhost"})

t = threading.Thread(target=serve, name="server")
t.start()
t.join()
print("server thread ended")
