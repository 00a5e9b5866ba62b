package org.weft.python.modules;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * {@code _weft_zoneinfo}: the IANA time zone database as the JDK ships it ({@link ZoneRules}), for
 * the Python-written {@code zoneinfo}. Offsets are in seconds. Abbreviations come from the JDK's
 * locale data; where it has none it writes "GMT+04:00", which is turned into the numeric form the
 * tz database uses ("+04"); {@code zoneinfo} prefers the system's TZif files' abbreviations where
 * they exist. Pure functions: nothing to share.
 */
public final class ZoneInfoModule implements BuiltinModule {

    /**
     * The formatter and pattern of zone abbreviations, made on first use: java.time's formatting
     * classes took some 5 ms to initialize, in every process, when this registry entry was made.
     */
    private static final class Names {
        static final DateTimeFormatter SHORT_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);
        static final Pattern GMT_NAME = Pattern.compile("GMT([+-])(\\d\\d):(\\d\\d)");
    }

    @Override
    public String name() {
        return "_weft_zoneinfo";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        put(m, PyBuiltinFunction.of1("exists", null, (self, key) -> PyBool.of(zone(key) != null)));
        put(m, PyBuiltinFunction.of0("available", null, self -> {
            List<PyObject> keys = ZoneId.getAvailableZoneIds().stream().sorted().map(k -> (PyObject) PyStr.of(k)).toList();
            return PyTuple.of(keys.toArray(new PyObject[0]));
        }));
        put(m, PyBuiltinFunction.of("wall", "wall(key, year, month, day, hour, minute, second, fold)",
                (self, a, k) -> wall(zone(a[0]), LocalDateTime.of(i(a[1]), i(a[2]), i(a[3]), i(a[4]), i(a[5]), i(a[6])),
                        i(a[7]))));
        put(m, PyBuiltinFunction.of1("fixed", "fixed(key): the offset of a zone that never changes, or None",
                (self, key) -> {
                    ZoneId z = zone(key);
                    ZoneRules r = z == null ? null : z.getRules();
                    return r != null && r.isFixedOffset()
                            ? describe(z, Instant.EPOCH) : org.weft.python.runtime.PyNone.NONE;
                }));
        put(m, PyBuiltinFunction.of2("utc", "utc(key, epoch_seconds)", (self, key, secs) ->
                utc(zone(key), Ops.index(secs).longValue())));
    }

    private static int i(PyObject o) {
        return (int) Ops.index(o).longValue();
    }

    /** The zone of a region key, or null when the database has no such zone. */
    private static ZoneId zone(PyObject key) {
        String k = Ops.str(key).toString();
        try {
            ZoneId id = ZoneId.of(k);
            id.getRules();
            return id instanceof ZoneOffset ? null : id;
        } catch (ZoneRulesException e) {
            return null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * (utcoffset, dst, tzname, instant) of a wall time, the instant being where it was looked up. In a gap or an overlap, fold 0 takes the offset
     * before the transition and fold 1 the one after (PEP 495).
     */
    // CPython: zoneinfo's _find_trans and the fold rules of PEP 495
    private static PyObject wall(ZoneId zone, LocalDateTime t, int fold) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> valid = rules.getValidOffsets(t);
        if (valid.size() == 1) {
            return describe(zone, t.toInstant(valid.get(0)));
        }
        ZoneOffsetTransition tr = rules.getTransition(t);
        // described at an instant on the chosen side of the transition
        Instant at = fold == 0 ? tr.getInstant().minusSeconds(1) : tr.getInstant();
        return describe(zone, at);
    }

    /** (utcoffset, dst, tzname, instant, fold) at an instant: fold 1 when its wall time is the repeated one. */
    private static PyObject utc(ZoneId zone, long epochSeconds) {
        ZoneRules rules = zone.getRules();
        Instant at = Instant.ofEpochSecond(epochSeconds);
        ZoneOffset off = rules.getOffset(at);
        List<ZoneOffset> valid = rules.getValidOffsets(LocalDateTime.ofInstant(at, off));
        int fold = valid.size() == 2 && valid.get(1).equals(off) && !valid.get(0).equals(off) ? 1 : 0;
        PyTuple d = (PyTuple) describe(zone, at);
        return PyTuple.of(d.get(0), d.get(1), d.get(2), d.get(3), PyInt.of(fold));
    }

    private static PyObject describe(ZoneId zone, Instant at) {
        ZoneRules rules = zone.getRules();
        ZoneOffset off = rules.getOffset(at);
        long dst = rules.getDaylightSavings(at).getSeconds();
        return PyTuple.of(PyInt.of(off.getTotalSeconds()), PyInt.of(dst), PyStr.of(abbreviation(zone, at, off)),
                PyInt.of(at.getEpochSecond()));
    }

    private static String abbreviation(ZoneId zone, Instant at, ZoneOffset off) {
        String name;
        try {
            name = Names.SHORT_NAME.format(ZonedDateTime.ofInstant(at, zone));
        } catch (DateTimeException e) {
            name = "GMT" + off.getId();
        }
        Matcher m = Names.GMT_NAME.matcher(name);
        if (m.matches()) {
            // the tz database's numeric abbreviation: +04, -0330
            return m.group(1) + m.group(2) + (m.group(3).equals("00") ? "" : m.group(3));
        }
        return name;
    }

    private static void put(PyModule m, PyBuiltinFunction f) {
        m.put(f.getName(), f.bindTo(m));
    }
}
