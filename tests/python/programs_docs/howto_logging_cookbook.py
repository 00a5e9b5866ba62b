# Logging HOWTO and cookbook: handlers and formatters on stdout, levels, propagation, LoggerAdapter, filters, dictConfig, exc_info text.
import logging, logging.config, sys, io
root = logging.getLogger()
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(name)s - %(levelname)s - %(message)s'))
root.addHandler(handler)
root.setLevel(logging.DEBUG)
logger = logging.getLogger('simple_example')
logger.debug('debug message')
logger.info('info message')
logger.warning('warn message')
logger.error('error message')
logger.critical('critical message')
logging.getLogger('a.b.c').info('child of %s', 'a.b')
print(logging.getLogger('a.b.c').parent.name, logging.getLogger('a.b').parent.name, logging.getLogger('a') is logging.getLogger('a'))
quiet = logging.getLogger('quiet')
quiet.setLevel(logging.ERROR)
quiet.warning('not shown')
quiet.error('shown: %d%%', 50)
print(quiet.isEnabledFor(logging.WARNING), quiet.getEffectiveLevel(), logging.getLevelName(35), logging.getLevelName('INFO'))
noprop = logging.getLogger('noprop')
noprop.propagate = False
noprop.error('swallowed (no handlers, no propagation)')
class ContextFilter(logging.Filter):
    def filter(self, record):
        record.user = 'alice'
        return 'secret' not in record.getMessage()
f = logging.getLogger('filtered')
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('[%(user)s] %(levelname)-8s|%(message)s|%(funcName)s'))
h2.addFilter(ContextFilter())
f.addHandler(h2)
f.propagate = False
def work():
    f.warning('public info')
    f.warning('the secret plan')
work()
class CustomAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['connid'], msg), kwargs
adapter = CustomAdapter(logging.getLogger('adapted'), {'connid': 'c-42'})
adapter.info('connected')
logging.getLogger('extra').info('with extra field', extra={'ip': '127.0.0.1'})
stream = io.StringIO()
sh = logging.StreamHandler(stream)
sh.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
exc_logger = logging.getLogger('exc')
exc_logger.addHandler(sh)
exc_logger.propagate = False
try:
    {}['missing']
except KeyError:
    exc_logger.exception('lookup failed')
text = stream.getvalue()
print(text.splitlines()[0], text.splitlines()[1], text.strip().splitlines()[-1])
root.removeHandler(handler)
logging.config.dictConfig({
    'version': 1,
    'formatters': {'brief': {'format': '%(levelname)s:%(name)s:%(message)s'}},
    'handlers': {'console': {'class': 'logging.StreamHandler', 'formatter': 'brief', 'level': 'INFO', 'stream': 'ext://sys.stdout'}},
    'loggers': {'app': {'handlers': ['console'], 'level': 'DEBUG', 'propagate': False}},
})
app = logging.getLogger('app')
app.debug('filtered by handler level')
app.info('configured by dictConfig')
app.log(logging.WARNING, 'via log()')
rec = logging.LogRecord('n', logging.INFO, 'path.py', 10, 'msg %s', ('arg',), None)
print(rec.getMessage(), rec.levelname, rec.lineno, rec.name, logging.Formatter('%(message)s').format(rec))
print(logging.Formatter('%(levelno)s %(module)s %(filename)s').format(rec), logging.DEBUG, logging.CRITICAL, logging.NOTSET)
logging.addLevelName(25, 'NOTICE')
app.log(25, 'custom level')
print(logging.getLevelName(25), logging.getLevelName(26))
