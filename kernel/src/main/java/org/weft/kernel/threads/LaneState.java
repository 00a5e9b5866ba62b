package org.weft.kernel.threads;

/** What a thread was seen doing at one sample of a {@code %%timeline}: one colour of its lane. */
public enum LaneState {
    /** Running Python code (on a core, or ready to be). */
    RUNNING("running Python", "#2ca02c"),
    /** Waiting on a lock, queue, event, join, I/O or the GIL. */
    WAITING("waiting (lock, queue, join, GIL)", "#ff7f0e"),
    /** In {@code time.sleep}. */
    SLEEPING("sleeping", "#6baed6"),
    /** Finished. */
    DONE("done", "#e0e0e0");

    private final String label;
    private final String colour;

    LaneState(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    /** The legend's words. */
    public String label() {
        return label;
    }

    /** The SVG fill colour. */
    public String colour() {
        return colour;
    }
}
