# os.W* wait-status functions take apart what os.system returns
import os
import posix
statuses = [0, 3 << 8, 255 << 8, 9, 15 | 0x80, 0x137f, 0xffff, 0x7f]
for s in statuses:
    print(hex(s), os.WIFEXITED(s), os.WEXITSTATUS(s), os.WIFSIGNALED(s), os.WTERMSIG(s), os.WIFSTOPPED(s),
          os.WSTOPSIG(s), os.WIFCONTINUED(s), os.WCOREDUMP(s))
    try:
        print('   exit code', os.waitstatus_to_exitcode(s))
    except ValueError as e:
        print('   ValueError:', e)
status = os.system('exit 7')
print(status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
print(os.WEXITSTATUS(status=256), posix.WIFEXITED is os.WIFEXITED)
for bad in ['x', 1.5, 2 ** 40, -2 ** 70, 2 ** 70]:
    try:
        os.WEXITSTATUS(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
