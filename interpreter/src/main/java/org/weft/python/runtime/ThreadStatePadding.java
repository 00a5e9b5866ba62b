package org.weft.python.runtime;

/**
 * 128 bytes of nothing in front of {@link ThreadStateHot}'s fields (HotSpot lays a superclass's
 * fields before its subclass's), so that no other object shares a cache line with them.
 *
 * <p>Why: a thread's state is made by the thread that starts it, so the states of N threads
 * started together lie next to each other in memory, and a young collection copies them next to
 * each other again. Without the padding, every Python call on one thread (which writes its depth
 * and frame) would invalidate the cache line that another core's thread is writing too: the
 * false sharing that keeps N threads from running N times as fast on a machine with many cores.
 * Fields in the class itself rather than objects around it, because the collector moves objects
 * but not fields.
 */
@SuppressWarnings("unused")
abstract class ThreadStatePadding {
    /** Fills the 4 bytes after a compressed object header, which HotSpot would give a subclass's int. */
    private int header;
    private long p00, p01, p02, p03, p04, p05, p06, p07;
    private long p08, p09, p10, p11, p12, p13, p14, p15;
}
