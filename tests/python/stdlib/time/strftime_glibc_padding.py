# time.strftime pads as glibc: numbers to their digits, then to the width (spaces after the
# - or _ flag); %z is a padded sign and a four-digit number, empty when tm_isdst is -1;
# %n, %t and %% take a width; a directive glibc refuses (unknown, %Ea, %Oc) is copied padded
# to its width; %P stays lower case; # does not change %c, %r or %x.
import time
from datetime import datetime, timedelta, timezone

st = (2024, 5, 6, 7, 8, 9, 0, 127, 0)
naive = (2024, 5, 6, 7, 8, 9, 0, 127, -1)
for fmt in ["%-4d|%_4d|%04d|%-d|%_3z|%-4z|%010z|%-z", "%5%|%-5%|%05n|%5t", "%4f|%05Q|%^4q|%5|%05|%Ea|%Oc|%Ey|%Od",
            "%^P|%#P|%010p|%#p|%#c|%^c|%#r|%#x", "%-10C|%_5j|%-3y|%_10G"]:
    print(repr(time.strftime(fmt, st)))
print(repr(time.strftime("%z|%Ez|%5z", naive)))
aware = datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone(timedelta(hours=-2)))
print(repr(aware.strftime("%z|%Ez|%5z|%-z")), repr(aware.replace(tzinfo=None).strftime("%z|%Z|%5z")))
