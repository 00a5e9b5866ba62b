# Tutorial 11.4-11.5: multi-threading with a worker thread, logging with a stream configured to stdout.
import logging
import sys
import threading
import zipfile
import io

class AsyncZip(threading.Thread):
    def __init__(self, data, buf):
        threading.Thread.__init__(self)
        self.data = data
        self.buf = buf
    def run(self):
        f = zipfile.ZipFile(self.buf, 'w', zipfile.ZIP_DEFLATED)
        f.writestr('mydata.txt', self.data)
        f.close()
        print('Finished background zip of:', 'mydata.txt')

buf = io.BytesIO()
background = AsyncZip('some text ' * 100, buf)
background.start()
background.join()
print('Main program waited until background was done.')
with zipfile.ZipFile(buf) as z:
    print(z.namelist(), len(z.read('mydata.txt')))

logging.basicConfig(stream=sys.stdout, level=logging.WARNING, format='%(levelname)s:%(name)s:%(message)s')
logging.debug('Debugging information')
logging.info('Informational message')
logging.warning('Warning:config file %s not found', 'server.conf')
logging.error('Error occurred')
logging.critical('Critical error -- shutting down')
log = logging.getLogger('app.db')
log.setLevel(logging.DEBUG)
log.debug('connected to %s:%d', 'localhost', 5432)
print(log.getEffectiveLevel(), logging.getLogger('app').getEffectiveLevel(), log.parent.name, logging.getLevelName(logging.ERROR))
try:
    1 / 0
except ZeroDivisionError:
    logging.getLogger('calc').error('failed', exc_info=False)
results = []
lock = threading.Lock()
def worker(n):
    with lock:
        results.append(n * n)
threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
