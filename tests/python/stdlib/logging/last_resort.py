import contextlib
import io
import logging
import sys

err = io.StringIO()
with contextlib.redirect_stderr(err):
    log = logging.getLogger('lib.part')
    log.info('too low for the last resort')
    log.warning('watch %s', 'out')
    log.error('broken')
print(repr(err.getvalue()))
print(logging.lastResort.level, logging.getLogger().handlers)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    logging.getLogger('quiet').addHandler(logging.NullHandler())
    logging.getLogger('quiet').warning('swallowed')
print(repr(err.getvalue()))

adapter = logging.LoggerAdapter(logging.getLogger('adapt'), {'user': 'ann'})
logging.basicConfig(stream=sys.stdout, format='%(name)s %(user)s %(message)s')
adapter.warning('via adapter')
print(repr(adapter))
logging.getLogger('adapt').warning('extra %s', 1, extra={'user': 'bob'})
logging.shutdown()
