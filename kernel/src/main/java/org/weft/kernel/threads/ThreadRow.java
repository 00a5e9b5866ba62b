package org.weft.kernel.threads;

/**
 * One line of a {@code %%threads} table: a thread that ran Python code during a measured cell.
 * Times are nanoseconds; {@code start} and {@code end} are relative to the cell's start (a thread
 * that existed before the cell, {@code older}, starts at 0; one still running ends at the cell's end
 * and is {@code alive}). {@code lane} is its timeline, or null when the cell was not sampled.
 */
public record ThreadRow(ThreadRecord record, long ident, String name, int cell, boolean older, long start,
        long end, boolean alive, long cpu, long blocked, Lane lane) {

    /** Time alive within the cell. */
    public long wall() {
        return end - start;
    }
}
