package org.weft.python.io;

import java.io.IOException;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files an interpreter has open for writing, weakly held, so that what they buffer reaches the
 * disk when CPython's reference counting would have put it there: {@code open(p, 'w').write(s)}
 * never closes its file, yet in CPython the next {@code open(p)}, {@code os.stat(p)} or the end of
 * the program sees the text. Here {@link #flushAll()} runs before every open() and os / os.path
 * call, and at JVM exit; a file that becomes garbage is flushed and closed by {@link FileStream}'s
 * cleaner.
 *
 * <p>Threads: a concurrent set; flushing takes each file's own monitor, never runs Python code.
 */
public final class OpenWriters {

    private final Set<WeakReference<FileStream>> files = ConcurrentHashMap.newKeySet();
    private final ReferenceQueue<FileStream> gone = new ReferenceQueue<>();
    private volatile boolean hooked;

    /** Remembers {@code f}, a file open for writing. */
    public void register(FileStream f) {
        purge();
        files.add(new WeakReference<>(f, gone));
        if (!hooked) {
            hookExit();
        }
    }

    /** Writes out what every remembered, still open file buffers. */
    public void flushAll() {
        if (files.isEmpty()) {
            return;
        }
        purge();
        for (WeakReference<FileStream> ref : files) {
            FileStream f = ref.get();
            if (f == null || f.isClosed()) {
                files.remove(ref);
                continue;
            }
            try {
                f.flush();
            } catch (IOException | IllegalStateException e) {
                // the file's own next operation reports its error
            }
        }
    }

    private void purge() {
        Object ref;
        while ((ref = gone.poll()) != null) {
            files.remove(ref);
        }
    }

    /** One JVM shutdown hook per registry, holding it weakly: an interpreter may be dropped first. */
    private synchronized void hookExit() {
        if (hooked) {
            return;
        }
        hooked = true;
        WeakReference<OpenWriters> self = new WeakReference<>(this);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            OpenWriters w = self.get();
            if (w != null) {
                w.flushAll();
            }
        }, "weft-flush-files"));
    }
}
