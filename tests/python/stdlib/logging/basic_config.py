import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format='%(levelname)s|%(name)s|%(module)s|%(funcName)s|%(lineno)d|%(message)s')
logging.debug('not shown')
logging.info('hello %s', 'world')
logging.warning('%d%% done', 50)


def task():
    logging.getLogger('jobs').error('task %(n)s failed', {'n': 7})


task()
logging.log(25, 'custom level')
logging.addLevelName(25, 'NOTICE')
logging.log(25, 'named level')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'), logging.getLevelName(99))
print(logging.getLevelName(logging.CRITICAL), logging.FATAL, logging.WARN)
# a second basicConfig does nothing unless force=True
logging.basicConfig(format='IGNORED %(message)s', stream=sys.stdout)
logging.info('still old format')
logging.basicConfig(format='NEW %(levelname)s: %(message)s', stream=sys.stdout, force=True)
logging.info('new format')
try:
    logging.basicConfig(force=True, stream=sys.stdout, filename='x.log')
except ValueError as e:
    print('ValueError:', e)
try:
    logging.basicConfig(force=True, bogus=1, stream=sys.stdout)
except ValueError as e:
    print('ValueError:', e)
