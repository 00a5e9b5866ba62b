package org.weft.kernel.history;

import java.nio.file.Path;

/**
 * A second kernel for {@link HistoryStoreTest}: a separate JVM that opens a session in the given
 * history file and stores {@code count} cells named {@code tag-i}.
 */
final class HistoryWriterProcess {

    private HistoryWriterProcess() {
    }

    public static void main(String[] args) {
        HistoryStore store = new HistoryStore(Path.of(args[0]));
        int count = Integer.parseInt(args[2]);
        for (int i = 1; i <= count; i++) {
            store.store(i, args[1] + "-" + i);
        }
        System.out.println(store.session());
    }
}
