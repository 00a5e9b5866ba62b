package org.weft.python.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.weft.python.io.OsErrors;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;

/**
 * A broken-down time, C's {@code struct tm} with Python's conventions: month 1-12, {@code wday}
 * Monday = 0, {@code yday} 1-366; {@code zone} null and {@code gmtoff} 0 when the time came from a
 * plain tuple. Converts to and from {@code time.struct_time} and epoch seconds.
 */
record Tm(long year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst, String zone,
        long gmtoff) {

    static final PyType STRUCT_TIME = StructSeq.newType("time.struct_time",
            "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
                    + " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
                    + " sequence of 9 integers.\n\n Note that several fields' values are not the same "
                    + "as those defined by\n the C language standard for struct tm.  For example, the "
                    + "value of the\n field tm_year is the actual year, not year - 1900.  See individual\n"
                    + " fields' descriptions for details.", 9, true,
            "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
            "tm_zone", "tm_gmtoff");

    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

    private static final int EOVERFLOW = 75;

    /** The broken-down time of {@code epochSeconds} in {@code zone}; null zone = UTC ("GMT"). */
    static Tm of(long epochSeconds, ZoneId zone) {
        ZonedDateTime t;
        try {
            t = Instant.ofEpochSecond(epochSeconds).atZone(zone == null ? ZoneOffset.UTC : zone);
        } catch (java.time.DateTimeException e) {
            // the seconds fit time_t but the year does not fit glibc's int tm_year (nor Java's
            // Instant): gmtime_r/localtime_r fail with EOVERFLOW, which CPython raises as OSError
            throw OsErrors.withErrno(EOVERFLOW, null);
        }
        boolean dst = zone != null && zone.getRules().isDaylightSavings(t.toInstant());
        String name = zone == null ? "GMT" : ZONE_NAME.format(t);
        return new Tm(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(),
                t.getDayOfWeek().getValue() - 1, t.getDayOfYear(), dst ? 1 : 0, name,
                t.getOffset().getTotalSeconds());
    }

    /** {@code time.struct_time} of this time. */
    PyObject toStructTime() {
        return StructSeq.make(STRUCT_TIME, PyInt.of(year), PyInt.of(mon), PyInt.of(mday), PyInt.of(hour),
                PyInt.of(min), PyInt.of(sec), PyInt.of(wday), PyInt.of(yday), PyInt.of(isdst),
                zone == null ? PyNone.NONE : PyStr.of(zone), PyInt.of(gmtoff));
    }

    /** A 9-tuple or struct_time argument; {@code fn} names the function in the messages. */
    // CPython: gettmarg in timemodule.c
    static Tm fromArg(PyObject arg, String fn) {
        if (!(arg instanceof PyTuple t)) {
            throw PyErr.typeError("Tuple or struct_time argument required");
        }
        PyObject[] v = t.items();
        if (v.length != 9) {
            throw PyErr.typeError("%s(): illegal time tuple argument", fn);
        }
        long[] n = new long[9];
        for (int i = 0; i < 9; i++) {
            n[i] = asInt(v[i]);
        }
        String zone = null;
        long gmtoff = 0;
        if (arg instanceof StructSeq s && arg.type() == STRUCT_TIME) {
            zone = s.field(9) instanceof PyStr z ? z.value() : null;
            gmtoff = s.field(10) instanceof PyInt g ? g.longValue() : 0;
        }
        return new Tm(n[0], (int) n[1], (int) n[2], (int) n[3], (int) n[4], (int) n[5], (int) n[6], (int) n[7],
                (int) n[8], zone, gmtoff);
    }

    private static long asInt(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", Ops.typeName(o));
        }
        // CPython: gettmarg parses the fields with PyArg_ParseTuple's "i" (a C long first, then its range)
        if (!i.isSmall()) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        if (i.longValue() > Integer.MAX_VALUE) {
            throw PyErr.overflowError("signed integer is greater than maximum");
        }
        if (i.longValue() < Integer.MIN_VALUE) {
            throw PyErr.overflowError("signed integer is less than minimum");
        }
        return i.longValue();
    }

    /**
     * Checks the fields as asctime() and strftime() need them, after mapping CPython's "zero means
     * the first" values (month 0, day 0, yday 0) to 1.
     */
    // CPython: checktm in timemodule.c (and the normalisation in time_strftime)
    Tm checked() {
        int m = mon == 0 ? 1 : mon;
        int d = mday == 0 ? 1 : mday;
        int y = yday == 0 ? 1 : yday;
        if (m < 1 || m > 12) {
            throw PyErr.valueError("month out of range");
        } else if (d < 0 || d > 31) {
            throw PyErr.valueError("day of month out of range");
        } else if (hour < 0 || hour > 23) {
            throw PyErr.valueError("hour out of range");
        } else if (min < 0 || min > 59) {
            throw PyErr.valueError("minute out of range");
        } else if (sec < 0 || sec > 61) {
            throw PyErr.valueError("seconds out of range");
        } else if (y < 1 || y > 366) {
            throw PyErr.valueError("day of year out of range");
        }
        // C's tm_wday is (wday + 1) % 7, so any Python wday is accepted; keep it in 0..6
        int w = Math.floorMod(wday, 7);
        int dst = Math.max(-1, Math.min(1, isdst));
        return new Tm(year, m, d, hour, min, sec, w, y, dst, zone, gmtoff);
    }

    /** Seconds since the epoch of this local time; out-of-range fields roll over as C's mktime does. */
    // CPython: time_mktime in timemodule.c
    long toEpoch(ZoneId zoneId) {
        try {
            LocalDateTime t = LocalDateTime.of((int) year, 1, 1, 0, 0).plusMonths(mon - 1L).plusDays(mday - 1L)
                    .plusHours(hour).plusMinutes(min).plusSeconds(sec);
            return ZonedDateTime.ofLocal(t, zoneId, null).toEpochSecond();
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw PyErr.overflowError("mktime argument out of range");
        }
    }

    /** A seconds argument: None = now; floats round toward minus infinity. */
    // CPython: _PyTime_ObjectToTime_t with _PyTime_ROUND_FLOOR
    static long seconds(PyObject secs) {
        if (secs == null || secs == PyNone.NONE) {
            return Math.floorDiv(System.currentTimeMillis(), 1000L);
        }
        if (secs instanceof PyFloat f) {
            double d = f.value();
            if (Double.isNaN(d)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            double floor = Math.floor(d);
            // CPython: _Py_InIntegralTypeRange(time_t, ...), [-2^63, 2^63)
            if (!(floor >= -0x1p63 && floor < 0x1p63)) {
                throw PyErr.overflowError("timestamp out of range for platform time_t");
            }
            return (long) floor;
        }
        PyInt i = Ops.index(secs);
        if (!i.isSmall()) {
            throw PyErr.overflowError("timestamp out of range for platform time_t");
        }
        return i.longValue();
    }
}
