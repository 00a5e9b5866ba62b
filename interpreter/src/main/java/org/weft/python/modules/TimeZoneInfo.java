package org.weft.python.modules;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * {@code time.timezone}, {@code altzone}, {@code daylight} and {@code tzname} of a zone: its UTC
 * offsets and names on 1 January and 1 July of the current year, the later-behind one being the
 * standard time (so the southern hemisphere comes out right).
 */
// CPython: init_timezone in timemodule.c (the HAVE_DECL_TZNAME-less branch)
record TimeZoneInfo(long timezone, long altzone, boolean daylight, String[] tzname) {

    /** The zone the process runs in (the {@code TZ} variable or the system's). */
    static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    static TimeZoneInfo current() {
        return of(zone());
    }

    static TimeZoneInfo of(ZoneId zone) {
        int year = LocalDate.now(zone).getYear();
        Tm jan = Tm.of(ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, zone).toEpochSecond(), zone);
        Tm jul = Tm.of(ZonedDateTime.of(year, 7, 1, 0, 0, 0, 0, zone).toEpochSecond(), zone);
        long janzone = -jan.gmtoff();
        long julzone = -jul.gmtoff();
        if (janzone < julzone) {
            // DST is reversed in the southern hemisphere
            return new TimeZoneInfo(julzone, janzone, true, new String[] {jul.zone(), jan.zone()});
        }
        return new TimeZoneInfo(janzone, julzone, janzone != julzone, new String[] {jan.zone(), jul.zone()});
    }
}
