# urlopen of a server that is not there: URLError wrapping ConnectionRefusedError.
import socket
import urllib.error
import urllib.request

probe = socket.socket()
probe.bind(('127.0.0.1', 0))
port = probe.getsockname()[1]
probe.close()
try:
    urllib.request.urlopen('http://127.0.0.1:%d/' % port, timeout=5)
except urllib.error.URLError as e:
    print(e)
    print(type(e.reason).__name__, e.reason.errno)
