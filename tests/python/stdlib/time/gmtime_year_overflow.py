# A timestamp that fits time_t but whose year does not fit struct tm is OSError EOVERFLOW
# (glibc's gmtime_r/localtime_r fail); only one beyond time_t is OverflowError.
import time

for secs in (2**62, -2**62, 2**63 - 1, -2**63, 2**63, 9.2e18, 9.22e18, 9.3e18, -9.3e18, 1e18):
    for f in (time.gmtime, time.localtime, time.ctime):
        try:
            print(secs, f.__name__, f(secs))
        except (OSError, OverflowError) as e:
            print(secs, f.__name__, type(e).__name__, e.args)
print(time.gmtime(10**15)[:3], time.gmtime(-10**15)[:3])
