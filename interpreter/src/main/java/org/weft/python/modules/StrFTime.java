package org.weft.python.modules;

import java.time.ZoneId;
import java.util.Locale;

/**
 * {@code time.strftime}: glibc's {@code strftime} in the C locale, field by field from a {@link Tm}
 * (as C, it trusts the fields and does not recompute the weekday from the date). Supports glibc's
 * flags {@code - _ 0 ^ #} and width; unknown directives are copied as they are.
 */
// CPython: time_strftime in timemodule.c, over glibc's __strftime_internal (time/strftime_l.c)
final class StrFTime {

    private StrFTime() {
    }

    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    static String format(String fmt, Tm tm, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= n) {
                out.append(c);
                continue;
            }
            int start = i;
            char flag = 0;
            while (i + 1 < n && "-_0^#".indexOf(fmt.charAt(i + 1)) >= 0) {
                flag = flag == 0 || fmt.charAt(i + 1) != '^' ? fmt.charAt(i + 1) : flag;
                i++;
            }
            int width = -1;
            while (i + 1 < n && Character.isDigit(fmt.charAt(i + 1))) {
                width = Math.max(width, 0) * 10 + (fmt.charAt(++i) - '0');
            }
            char modifier = 0;
            if (i + 1 < n && (fmt.charAt(i + 1) == 'E' || fmt.charAt(i + 1) == 'O')) {
                modifier = fmt.charAt(++i); // the C locale has no alternatives, but not all take one
            }
            if (i + 1 >= n) {
                out.append(badFormat(fmt.substring(start, n), flag, width));
                break;
            }
            char conv = fmt.charAt(++i);
            boolean refused = modifier == 'E' ? E_REFUSED.indexOf(conv) >= 0 : modifier == 'O' && O_REFUSED.indexOf(conv) >= 0;
            String s = refused ? null : directive(conv, tm, zone, flag, width);
            out.append(s == null ? badFormat(fmt.substring(start, i + 1), flag, width) : s);
        }
        return out.toString();
    }

    /** Conversions glibc refuses after the E or O modifier (it copies them as they are). */
    private static final String E_REFUSED = "aAbBdDeFgGhHIjklmMSUVwW";
    private static final String O_REFUSED = "aAcDFxXY";

    /**
     * glibc's bad_format: the directive copied as written, padded to its width (with zeros for
     * the 0 flag) and upper-cased for ^.
     */
    private static String badFormat(String directive, char flag, int width) {
        return text(directive, flag == '#' ? 0 : flag, width);
    }

    /** C's tm_wday: Sunday = 0. */
    private static int cwday(Tm tm) {
        return (tm.wday() + 1) % 7;
    }

    private static String directive(char c, Tm tm, ZoneId zone, char flag, int width) {
        int cw = cwday(tm);
        int yday0 = tm.yday() - 1;
        return switch (c) {
            case 'a' -> text(DAYS[cw].substring(0, 3), flag, width);
            case 'A' -> text(DAYS[cw], flag, width);
            case 'b', 'h' -> text(MONTHS[tm.mon() - 1].substring(0, 3), flag, width);
            case 'B' -> text(MONTHS[tm.mon() - 1], flag, width);
            case 'c' -> text(format("%a %b %e %H:%M:%S %Y", tm, zone), subFlag(flag), width);
            // glibc's DO_NUMBER (1, ...): the century of a year before 1000 is one digit
            case 'C' -> num(Math.floorDiv(tm.year(), 100), 1, '0', flag, width);
            case 'd' -> num(tm.mday(), 2, '0', flag, width);
            case 'D', 'x' -> text(format("%m/%d/%y", tm, zone), subFlag(flag), width);
            case 'e' -> num(tm.mday(), 2, ' ', flag, width);
            case 'F' -> text(format("%Y-%m-%d", tm, zone), subFlag(flag), width);
            case 'g' -> num(Math.floorMod(isoYear(tm), 100), 2, '0', flag, width);
            case 'G' -> num(isoYear(tm), 1, '0', flag, width);
            case 'H' -> num(tm.hour(), 2, '0', flag, width);
            case 'I' -> num(hour12(tm), 2, '0', flag, width);
            case 'j' -> num(tm.yday(), 3, '0', flag, width);
            case 'k' -> num(tm.hour(), 2, ' ', flag, width);
            case 'l' -> num(hour12(tm), 2, ' ', flag, width);
            case 'm' -> num(tm.mon(), 2, '0', flag, width);
            case 'M' -> num(tm.min(), 2, '0', flag, width);
            case 'n' -> text("\n", flag, width);
            case 'p' -> text(tm.hour() < 12 ? "AM" : "PM", flag, width);
            // glibc's %P is lower case whatever the ^ and # flags say
            case 'P' -> text(tm.hour() < 12 ? "am" : "pm", flag == '^' || flag == '#' ? 0 : flag, width);
            case 'r' -> text(format("%I:%M:%S %p", tm, zone), subFlag(flag), width);
            case 'R' -> text(format("%H:%M", tm, zone), subFlag(flag), width);
            case 's' -> num(tm.toEpoch(zone), 1, '0', flag, width);
            case 'S' -> num(tm.sec(), 2, '0', flag, width);
            case 't' -> text("\t", flag, width);
            case 'T', 'X' -> text(format("%H:%M:%S", tm, zone), subFlag(flag), width);
            case 'u' -> num(cw == 0 ? 7 : cw, 1, '0', flag, width);
            case 'U' -> num((yday0 + 7 - cw) / 7, 2, '0', flag, width);
            case 'V' -> num(isoDays(tm) / 7 + 1, 2, '0', flag, width);
            case 'w' -> num(cw, 1, '0', flag, width);
            case 'W' -> num((yday0 + 7 - (cw + 6) % 7) / 7, 2, '0', flag, width);
            case 'y' -> num(Math.floorMod(tm.year(), 100), 2, '0', flag, width);
            case 'Y' -> num(tm.year(), 1, '0', flag, width);
            case 'z' -> tm.isdst() < 0 ? "" : offset(tm.gmtoff(), flag, width);
            case 'Z' -> text(zoneName(tm), flag, width);
            case '%' -> text("%", flag, width);
            default -> null;
        };
    }

    private static int hour12(Tm tm) {
        int h = tm.hour() % 12;
        return h == 0 ? 12 : h;
    }

    /** glibc: a struct tm from a plain tuple has no zone; %Z then names the zone of its isdst. */
    private static String zoneName(Tm tm) {
        if (tm.zone() != null && !tm.zone().isEmpty()) {
            return tm.zone();
        }
        if (tm.isdst() < 0) {
            return "";
        }
        String[] names = TimeZoneInfo.current().tzname();
        return names[tm.isdst() != 0 ? 1 : 0];
    }

    // glibc: the sign is one padded field and hhmm a four-digit number, each to the width
    private static String offset(long gmtoff, char flag, int width) {
        long a = Math.abs(gmtoff) / 60;
        return text(gmtoff < 0 ? "-" : "+", flag, width) + num(a / 60 * 100 + a % 60, 4, '0', flag, width);
    }

    // glibc: iso_week_days in strftime_l.c (yday 0-based, wday Sunday = 0)
    private static int isoWeekDays(int yday, int wday) {
        int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
    }

    private static boolean isLeap(long y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    /** Days since the start of the ISO week-based year's first week. */
    private static int isoDays(Tm tm) {
        return isoWeek(tm)[1];
    }

    private static long isoYear(Tm tm) {
        return isoWeek(tm)[0];
    }

    private static int[] isoWeek(Tm tm) {
        long year = tm.year();
        int yday0 = tm.yday() - 1;
        int cw = cwday(tm);
        int days = isoWeekDays(yday0, cw);
        if (days < 0) {
            year--;
            days = isoWeekDays(yday0 + (365 + (isLeap(year) ? 1 : 0)), cw);
        } else {
            int d = isoWeekDays(yday0 - (365 + (isLeap(year) ? 1 : 0)), cw);
            if (d >= 0) {
                year++;
                days = d;
            }
        }
        return new int[] {(int) year, days};
    }

    /**
     * A number as glibc's DO_NUMBER writes it: padded to {@code digits} with {@code pad} (spaces
     * for the _ flag, zeros for 0, not at all for -), then to the width with zeros, or spaces
     * where the padding is spaces or none.
     */
    private static String num(long v, int digits, char pad, char flag, int width) {
        String s = Long.toString(Math.abs(v));
        String sign = v < 0 ? "-" : "";
        char p = flag == '-' ? 0 : flag == '_' ? ' ' : flag == '0' ? '0' : pad;
        int fill = p == 0 ? 0 : Math.max(0, digits - sign.length() - s.length());
        String body = p == ' ' ? " ".repeat(fill) + sign + s : sign + "0".repeat(fill) + s;
        if (width > body.length()) {
            if (p == '0') {
                return sign + "0".repeat(width - body.length()) + body.substring(sign.length());
            }
            return " ".repeat(width - body.length()) + body;
        }
        return body;
    }

    /** glibc applies ^ but not # to what a subformat (%c, %D, %r, ...) produces. */
    private static char subFlag(char flag) {
        return flag == '#' ? 0 : flag;
    }

    private static String text(String s, char flag, int width) {
        String t = flag == '^' ? s.toUpperCase(Locale.ROOT) : flag == '#' ? swapCase(s) : s;
        if (width > t.length()) {
            return (flag == '0' ? "0" : " ").repeat(width - t.length()) + t;
        }
        return t;
    }

    /** glibc's '#' flag: names in upper case become lower case, others upper case. */
    private static String swapCase(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT)) ? s.toLowerCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT);
    }
}
