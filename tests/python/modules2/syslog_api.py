# syslog: constants, masks, openlog/syslog/closelog (messages go to /dev/log, or nowhere)
import syslog
print({n: getattr(syslog, n) for n in sorted(dir(syslog)) if n.startswith('LOG_') and isinstance(getattr(syslog, n), int)})
print(syslog.LOG_MASK(3), syslog.LOG_UPTO(3), syslog.LOG_UPTO(syslog.LOG_DEBUG))
print(syslog.setlogmask(0), syslog.setlogmask(syslog.LOG_UPTO(syslog.LOG_ERR)), syslog.setlogmask(0))
syslog.setlogmask(0xFF)
syslog.openlog('weft-golden', syslog.LOG_CONS, syslog.LOG_LOCAL3)
print(syslog.syslog('hello from a golden test'), syslog.syslog(syslog.LOG_ERR, 'an error line'))
syslog.closelog()
for args in [(), (1, 2), (1, 'a', 'b')]:
    try:
        syslog.syslog(*args)
    except TypeError as e:
        print('TypeError:', e)
print(sorted(n for n in dir(syslog) if not n.startswith('_') and not n.startswith('LOG_')))
