package org.weft.kernel.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("HistoryWriter")
class HistoryWriterTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("history.jsonl");
    }

    /** The cell sources another kernel (a new store on the same file) reads for session 1. */
    private List<String> sourcesInFile() {
        HistoryStore reader = new HistoryStore(file());
        return reader.range(1, 1, 100, false).stream().map(HistoryStore.Entry::source).collect(Collectors.toList());
    }

    private static String text(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p) : "";
    }

    @Test
    @DisplayName("writes what was deferred on its own thread, soon after a request")
    void writesAfterRequest() throws Exception {
        HistoryStore store = new HistoryStore(file());
        try (HistoryWriter writer = new HistoryWriter(store)) {
            store.storeDeferred(1, "x = 1");
            store.storeDeferred(2, "print(x)");
            writer.request();
            long deadline = System.nanoTime() + 30_000_000_000L; // liveness only, not a timing check
            while (!text(file()).contains("print(x)") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(text(file()).contains("print(x)"), "the deferred records reach the file");
        }
        assertEquals(List.of("x = 1", "print(x)"), sourcesInFile());
    }

    @Test
    @DisplayName("close writes what is still deferred, without a request")
    void closeFlushes() {
        HistoryStore store = new HistoryStore(file());
        HistoryWriter writer = new HistoryWriter(store);
        store.storeDeferred(1, "a = 2");
        writer.request();
        store.storeDeferred(2, "b = 3"); // after the request: the close must still write it
        writer.close();
        assertEquals(List.of("a = 2", "b = 3"), sourcesInFile());
    }

    @Test
    @DisplayName("requests after close are ignored, and the store keeps answering from memory")
    void requestAfterClose() {
        HistoryStore store = new HistoryStore(file());
        HistoryWriter writer = new HistoryWriter(store);
        writer.close();
        store.storeDeferred(1, "late = 1");
        writer.request();
        assertEquals(List.of("late = 1"),
                store.range(0, 1, 2, false).stream().map(HistoryStore.Entry::source).collect(Collectors.toList()));
    }
}
