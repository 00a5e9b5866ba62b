# termios and tty on descriptors that are not terminals fail as the C library does
import os
import tempfile
import termios
import tty
print(termios.TCSANOW, termios.TCSAFLUSH, termios.ECHO, termios.ICANON, termios.VMIN, termios.VTIME, termios.NCCS,
      termios.B9600, termios.TIOCGWINSZ)
print(len([n for n in dir(termios) if n.isupper()]), issubclass(termios.error, Exception), termios.error.__mro__[1])
print(tty.__all__, tty.IFLAG, tty.OFLAG, tty.CFLAG, tty.LFLAG, tty.ISPEED, tty.OSPEED, tty.CC, tty.ECHO == termios.ECHO)
with tempfile.TemporaryFile() as f:
    for call in [lambda: termios.tcgetattr(f), lambda: termios.tcgetattr(f.fileno()), lambda: tty.setraw(f.fileno()),
                 lambda: tty.setcbreak(f), lambda: termios.tcdrain(f), lambda: termios.tcflush(f, termios.TCIFLUSH),
                 lambda: termios.tcsetattr(f, termios.TCSANOW, [0] * 7), lambda: termios.tcgetwinsize(f)]:
        try:
            call()
        except termios.error as e:
            print('termios.error', e.args)
for bad in [987, 'x', -1]:
    try:
        termios.tcgetattr(bad)
    except (termios.error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
