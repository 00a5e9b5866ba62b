# smtpd.DebuggingServer (deprecated) printing what smtplib sends, with bytes data (the default)
# and with decode_data=True; PureProxy relaying to a second server; each loop in a thread.
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
import asyncore
import smtpd
import smtplib
import threading
from email.mime.text import MIMEText


class Recorder(smtpd.SMTPServer):
    seen = []

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        self.seen.append((mailfrom, rcpttos, data, kwargs))


debugging = smtpd.DebuggingServer(("127.0.0.1", 0), None)
decoded = smtpd.DebuggingServer(("127.0.0.1", 0), None, decode_data=True)
recorder_map = {}   # its own loop: PureProxy's relaying blocks the loop it runs in
recorder = Recorder(("127.0.0.1", 0), None, decode_data=True, map=recorder_map)
proxy = smtpd.PureProxy(("127.0.0.1", 0), recorder.socket.getsockname(), decode_data=True)
stop = threading.Event()


def serve(map=None):
    while not stop.is_set():
        asyncore.loop(timeout=0.05, map=map, count=1)


thread = threading.Thread(target=serve)
thread.start()
recorder_thread = threading.Thread(target=serve, args=(recorder_map,))
recorder_thread.start()
try:
    msg = MIMEText("Line one.\nLine two.\n")
    msg["Subject"] = "Debugging"
    msg["From"] = "me@example.com"
    msg["To"] = "you@example.com"
    for server in (debugging, decoded, proxy):
        port = server.socket.getsockname()[1]
        with smtplib.SMTP("127.0.0.1", port, local_hostname="client.test", timeout=10) as s:
            print(s.send_message(msg))
finally:
    stop.set()
    thread.join()
    recorder_thread.join()
    asyncore.close_all()
    asyncore.close_all(recorder_map)
for mailfrom, rcpttos, data, kwargs in Recorder.seen:
    print(mailfrom, rcpttos, kwargs)
    print(data)
try:
    smtpd.SMTPServer(("127.0.0.1", 0), None, enable_SMTPUTF8=True, decode_data=True)
except ValueError as e:
    print("ValueError:", e)
try:
    smtpd.PureProxy(("127.0.0.1", 0), None, enable_SMTPUTF8=True)
except ValueError as e:
    print("ValueError:", e)
