package org.weft.tests.clients;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a program to its end or its time limit: exit status and output (stdout and stderr
 * merged, as a person at a terminal would read them).
 *
 * <p>A program that runs past its limit is killed with all its descendants, so a client script
 * that hangs takes the kernels it started with it instead of leaving them on the machine.
 */
record ScriptRun(List<String> command, int exitStatus, boolean timedOut, String output) {

    static final int TIMED_OUT = -1;

    /** Runs {@code command} in {@code directory} with {@code environment} added to this process's. */
    static ScriptRun of(List<String> command, Path directory, Map<String, String> environment, Duration limit) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectInput(new File("/dev/null"));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread reader = drain(process.getInputStream(), output);
            boolean finished = process.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
            process.descendants().forEach(ProcessHandle::destroyForcibly); // kernels a script left behind
            if (!finished) {
                process.destroyForcibly();
            }
            process.waitFor();
            reader.join(TimeUnit.SECONDS.toMillis(10));
            String text;
            synchronized (output) {
                text = output.toString(StandardCharsets.UTF_8);
            }
            return new ScriptRun(command, finished ? process.exitValue() : TIMED_OUT, !finished, text);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    /** Reads a pipe on its own thread, so a talkative program never blocks on a full pipe. */
    private static Thread drain(InputStream in, ByteArrayOutputStream into) {
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    synchronized (into) {
                        into.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                // The process was killed: what was read so far is the output.
            }
        }, "output of " + in);
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    boolean succeeded() {
        return !timedOut && exitStatus == 0;
    }

    /** The last non-blank line: the scripts end with their summary. */
    String lastLine() {
        String[] lines = output.strip().split("\\R");
        return lines[lines.length - 1];
    }
}
