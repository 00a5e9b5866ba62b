package org.weft.kernel;

import java.util.Optional;

import org.slf4j.LoggerFactory;

/**
 * Ends the kernel when the process that started it ends, as ipykernel's parent poller does:
 * jupyter_client names itself in {@code JPY_PARENT_PID}, and a kernel whose client was killed
 * must not live on, holding ports and cores.
 */
final class ParentWatch {
    private ParentWatch() {
    }

    static void watch(String parentPid, Runnable onExit) {
        if (parentPid == null || parentPid.isBlank()) {
            return;
        }
        Optional<ProcessHandle> parent;
        try {
            parent = ProcessHandle.of(Long.parseLong(parentPid.trim()));
        } catch (NumberFormatException e) {
            LoggerFactory.getLogger(ParentWatch.class).warn("JPY_PARENT_PID is not a process id: {}", parentPid);
            return;
        }
        if (parent.isEmpty()) {
            LoggerFactory.getLogger(ParentWatch.class).warn("parent process {} is already gone", parentPid);
            onExit.run();
            return;
        }
        parent.get().onExit().thenRun(() -> {
            LoggerFactory.getLogger(ParentWatch.class).warn("parent process {} ended: shutting down", parentPid);
            onExit.run();
        });
    }
}
