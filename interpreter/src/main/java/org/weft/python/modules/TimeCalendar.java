package org.weft.python.modules;

import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * The calendar half of the {@code time} module: {@code struct_time}, {@code gmtime},
 * {@code localtime}, {@code mktime}, {@code strftime}, {@code asctime}, {@code ctime}, the zone
 * constants and {@code get_clock_info}. Local time is the JVM's default zone ({@code TZ}).
 */
final class TimeCalendar {

    private TimeCalendar() {
    }

    private static final String[] DAY = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MON = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    static void define(PyModule m) {
        m.put("struct_time", Tm.STRUCT_TIME);
        TimeZoneInfo tz = TimeZoneInfo.current();
        m.put("timezone", PyInt.of(tz.timezone()));
        m.put("altzone", PyInt.of(tz.altzone()));
        m.put("daylight", PyInt.of(tz.daylight() ? 1 : 0));
        m.put("tzname", PyTuple.of(PyStr.of(tz.tzname()[0]), PyStr.of(tz.tzname()[1])));
        optional(m, "gmtime", "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n"
                + "                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\nConvert seconds since the "
                + "Epoch to a time tuple expressing UTC (a.k.a.\nGMT).  When 'seconds' is not passed in, convert "
                + "the current time instead.", a -> Tm.of(Tm.seconds(a), null).toStructTime());
        optional(m, "localtime", "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n"
                + "                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\nConvert seconds since the "
                + "Epoch to a time tuple expressing local time.\nWhen 'seconds' is not passed in, convert the "
                + "current time instead.", a -> Tm.of(Tm.seconds(a), TimeZoneInfo.zone()).toStructTime());
        optional(m, "ctime", "ctime(seconds) -> string\n\nConvert a time in seconds since the Epoch to a string "
                + "in local time.\nThis is equivalent to asctime(localtime(seconds)). When the time tuple is\n"
                + "not present, current time as returned by localtime() is used.",
                a -> PyStr.of(asctime(Tm.of(Tm.seconds(a), TimeZoneInfo.zone()))));
        optional(m, "asctime", "asctime([tuple]) -> string\n\nConvert a time tuple to a string, e.g. 'Sat Jun 06 "
                + "16:26:11 1998'.\nWhen the time tuple is not present, current time as returned by localtime()\n"
                + "is used.", a -> PyStr.of(asctime(argOrNow(a, "asctime").checked())));
        GcModule.put(m, PyBuiltinFunction.of1("mktime", "mktime(tuple) -> floating point number\n\nConvert a time "
                + "tuple in local time to seconds since the Epoch.\nNote that mktime(gmtime(0)) will not generally "
                + "return zero for most\ntime zones; instead the returned value will either be equal to that\nof "
                + "the timezone or altzone attributes on the time module.",
                (self, t) -> PyFloat.of(Tm.fromArg(t, "mktime").toEpoch(TimeZoneInfo.zone()))));
        GcModule.put(m, PyBuiltinFunction.of("strftime", "strftime(format[, tuple]) -> string\n\nConvert a time "
                + "tuple to a string according to a format specification.\nSee the library reference manual for "
                + "formatting codes. When the time tuple\nis not present, current time as returned by localtime() "
                + "is used.", (self, a, k) -> {
                    ArgParser.noKeywords("strftime", k);
                    ArgParser.checkPositional("strftime", a.length, 1, 2);
                    if (!(a[0] instanceof PyStr fmt)) {
                        throw PyErr.typeError("strftime() argument 1 must be str, not %s", Ops.argTypeName(a[0]));
                    }
                    if (fmt.value().indexOf('\0') >= 0) {
                        throw PyErr.valueError("embedded null character");
                    }
                    Tm tm = argOrNow(a.length > 1 ? a[1] : null, "strftime").checked();
                    return PyStr.of(StrFTime.format(fmt.value(), tm, TimeZoneInfo.zone()));
                }));
        GcModule.put(m, PyBuiltinFunction.of1("get_clock_info", "get_clock_info(name: str) -> dict\n\nGet "
                + "information of the specified clock.", (self, name) -> clockInfo(name)));
    }

    interface Optional {
        PyObject apply(PyObject argOrNull);
    }

    /** A function of one optional positional argument (None counts as absent). */
    private static void optional(PyModule m, String name, String doc, Optional f) {
        GcModule.put(m, PyBuiltinFunction.of(name, doc, (self, a, k) -> {
            ArgParser.noKeywords(name, k);
            ArgParser.checkPositional(name, a.length, 0, 1);
            return f.apply(a.length == 0 ? null : a[0]);
        }));
    }

    private static Tm argOrNow(PyObject t, String fn) {
        if (t == null) {
            return Tm.of(Tm.seconds(null), TimeZoneInfo.zone());
        }
        return Tm.fromArg(t, fn);
    }

    // CPython: _asctime in timemodule.c
    private static String asctime(Tm t) {
        return String.format("%s %s%3d %02d:%02d:%02d %d", DAY[t.wday()], MON[t.mon() - 1], t.mday(), t.hour(),
                t.min(), t.sec(), t.year());
    }

    // CPython: time_get_clock_info in timemodule.c (the values Linux reports)
    private static PyObject clockInfo(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("get_clock_info() argument 1 must be str, not %s", Ops.argTypeName(name));
        }
        String impl;
        boolean monotonic = true;
        boolean adjustable = false;
        switch (s.value()) {
            case "time" -> {
                impl = "clock_gettime(CLOCK_REALTIME)";
                monotonic = false;
                adjustable = true;
            }
            case "monotonic", "perf_counter" -> impl = "clock_gettime(CLOCK_MONOTONIC)";
            case "process_time" -> impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
            case "thread_time" -> impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
            default -> throw PyErr.valueError("unknown clock");
        }
        return SimpleNamespace.of("implementation", PyStr.of(impl), "monotonic", PyBool.of(monotonic),
                "adjustable", PyBool.of(adjustable), "resolution", PyFloat.of(1e-09));
    }
}
