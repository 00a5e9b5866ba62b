package org.weft.kernel;

import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.weft.protocol.Channels;
import org.weft.protocol.ConnectionFileException;
import org.weft.protocol.ConnectionInfo;
import org.weft.protocol.Session;

/**
 * The kernel process: {@code org.weft.kernel.KernelMain -f CONNECTION_FILE [--debug]}, as the
 * kernelspec's argv starts it. Logs go to stderr (SLF4J simple), at info with {@code --debug}
 * and warnings otherwise. Exits 0 after a shutdown request, 2 on bad arguments or an unreadable
 * connection file, 1 when the sockets cannot be bound.
 */
public final class KernelMain {

    private KernelMain() {
    }

    public static void main(String[] args) {
        // Before anything makes a logger: the simple backend reads its settings once.
        configureLogging(java.util.Arrays.asList(args).contains("--debug"));
        KernelOptions options;
        try {
            options = KernelOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("weft-kernel: " + e.getMessage());
            System.err.println("usage: weft-kernel -f CONNECTION_FILE [--debug]");
            System.exit(2);
            return;
        }
        System.exit(run(options));
    }

    private static void configureLogging(boolean debug) {
        // Must happen before the first logger is made: the simple backend reads these once.
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        // Time stamps only when debugging: the simple backend builds a date format whenever one is
        // named, and its locale data cost a plain start-up some 30 ms.
        if (debug) {
            setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
            setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        }
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Asked for only when there is something to log: SLF4J starts after the sockets are bound. */
    private static Logger log() {
        return LoggerFactory.getLogger(KernelMain.class);
    }

    static int run(KernelOptions options) {
        ConnectionInfo info;
        try {
            info = ConnectionInfo.read(options.connectionFile());
        } catch (ConnectionFileException e) {
            log().error("cannot read the connection file: {}", e.getMessage());
            return 2;
        }
        Channels channels;
        try {
            channels = Channels.bind(info, Session.random("kernel"));
        } catch (java.net.BindException e) {
            log().error("{}", e.getMessage());
            return 1;
        }
        JitWarmUp.startFirstReply();
        Kernel kernel = new Kernel(channels, options);
        Signals.onInterrupt(kernel::interruptCell);
        ParentWatch.watch(System.getenv("JPY_PARENT_PID"), () -> kernel.exitStatus().complete(0));
        kernel.start();
        int status;
        try {
            status = kernel.exitStatus().get();
        } catch (InterruptedException | ExecutionException e) {
            status = 1;
        }
        kernel.close();
        try {
            channels.awaitClosed(java.time.Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return status;
    }
}
