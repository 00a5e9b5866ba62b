package org.weft.kernel.threads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The timeline")
class TimelineSvgTest {

    private static Lane lane(Object... timesAndStates) {
        Lane l = new Lane();
        for (int i = 0; i < timesAndStates.length; i += 2) {
            l.add(((Number) timesAndStates[i]).longValue(), (LaneState) timesAndStates[i + 1]);
        }
        return l;
    }

    @Nested
    @DisplayName("lane")
    class Lanes {
        @Test
        @DisplayName("keeps runs of equal samples as one, and sums time per state")
        void runs() {
            Lane l = lane(0, LaneState.RUNNING, 10, LaneState.RUNNING, 20, LaneState.WAITING, 50, LaneState.DONE,
                    60, LaneState.DONE);
            assertEquals(3, l.runs());
            assertEquals(20, l.end(0));
            assertEquals(60, l.end(2));
            long[] t = l.totals();
            assertEquals(20, t[LaneState.RUNNING.ordinal()]);
            assertEquals(30, t[LaneState.WAITING.ordinal()]);
            assertEquals(10, t[LaneState.DONE.ordinal()]);
        }
    }

    @Nested
    @DisplayName("sampler")
    class Sampler {
        @Test
        @DisplayName("samples at the interval asked for, then less often as a cell runs long")
        void period() {
            TimelineSampler s = new TimelineSampler(null, 1_000_000L);
            assertEquals(1_000_000L, s.period(0));
            assertEquals(1_000_000L, s.period(999_000_000L));
            assertEquals(2_000_000L, s.period(5_000_000_000L));
            assertEquals(5_000_000L, s.period(60_000_000_000L));
        }
    }

    @Nested
    @DisplayName("picture")
    class Picture {
        @Test
        @DisplayName("gives each column the state its thread spent most of it in")
        void dominant() {
            Lane l = lane(100, LaneState.RUNNING, 130, LaneState.WAITING, 200, LaneState.WAITING);
            LaneState[] c = TimelineSvg.dominant(l, 100, 100, 4);
            assertArrayEquals(new LaneState[] {LaneState.RUNNING, LaneState.WAITING, LaneState.WAITING,
                LaneState.WAITING}, c);
            LaneState[] late = TimelineSvg.dominant(lane(150, LaneState.SLEEPING, 200, LaneState.SLEEPING), 100, 100, 4);
            assertNull(late[0], "nothing before the thread started");
            assertEquals(LaneState.SLEEPING, late[3]);
        }

        @Test
        @DisplayName("cuts the axis into at most ten ticks of 1, 2 or 5 times a power of ten")
        void ticks() {
            assertEquals(100, TimelineSvg.tickStep(812), 1e-9);
            assertEquals(0.5, TimelineSvg.tickStep(3.2), 1e-9);
            assertEquals(2000, TimelineSvg.tickStep(15_000), 1e-9);
            assertEquals(1, TimelineSvg.tickStep(10), 1e-9);
        }

        @Test
        @DisplayName("draws a lane per thread with its name, a legend, an axis and the title")
        void svg() {
            ThreadRecord a = new ThreadRecord(org.weft.python.runtime.ThreadState.current(), 1, 1);
            Lane la = lane(0, LaneState.RUNNING, 5_000_000, LaneState.DONE, 10_000_000, LaneState.DONE);
            Lane lb = lane(0, LaneState.WAITING, 10_000_000, LaneState.WAITING);
            List<ThreadRow> rows = List.of(
                    new ThreadRow(a, 7, "worker <1>", 1, false, 0, 5_000_000, false, 5_000_000, 0, la),
                    new ThreadRow(a, 8, null, 1, false, 0, 10_000_000, true, 0, 10_000_000, lb));
            String svg = TimelineSvg.render(rows, 0, 10_000_000, "Wall 10 ms & more");
            assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
            assertTrue(svg.contains(">worker &lt;1&gt;</text>"), "escaped name");
            assertTrue(svg.contains(">thread 8</text>"), "unnamed thread");
            assertTrue(svg.contains("Wall 10 ms &amp; more"));
            for (LaneState s : LaneState.values()) {
                assertTrue(svg.contains(s.label()), "legend: " + s);
            }
            assertTrue(svg.contains("fill=\"" + LaneState.RUNNING.colour() + "\"><title>running"));
            assertTrue(svg.contains("fill=\"" + LaneState.WAITING.colour() + "\"><title>waiting"));
            assertTrue(svg.contains(">time (ms)</text>"));
            assertTrue(svg.contains(">10</text>"), "last tick at 10 ms");
            assertTrue(svg.trim().endsWith("</svg>"));
        }
    }
}
