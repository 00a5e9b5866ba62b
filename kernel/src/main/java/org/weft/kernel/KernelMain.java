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
        nameSelectorProvider();
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
        if (debug) {
            // Overrides the launcher's -D...defaultLogLevel=warn: --debug is the user's explicit ask.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        } else {
            setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        // Time stamps only when debugging: the simple backend builds a date format whenever one is
        // named, and its locale data cost a plain start-up some 30 ms.
        if (debug) {
            setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
            setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        }
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
    }

    /**
     * Names the platform's selector provider, so that the first {@code Selector.open} (JeroMQ's
     * context, before the first bind) does not look for providers with a {@link java.util.ServiceLoader}
     * scan of every jar on the class path: 25 ms on the way to the first bind. Only a provider
     * class this JDK has is named (the default one on Linux); otherwise the JDK chooses as before.
     */
    private static void nameSelectorProvider() {
        String property = "java.nio.channels.spi.SelectorProvider";
        String linux = "sun.nio.ch.EPollSelectorProvider";
        if (System.getProperty(property) != null || !"Linux".equals(System.getProperty("os.name"))) {
            return;
        }
        try {
            Class.forName(linux, false, ClassLoader.getSystemClassLoader());
            System.setProperty(property, linux);
        } catch (ClassNotFoundException e) {
            // another JDK layout: the service lookup finds its default
        }
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
        FirstReplyWarmUp warmUp = FirstReplyWarmUp.start(); // beside the bind: see its class comment
        ConnectionInfo info;
        try {
            info = ConnectionInfo.read(options.connectionFile());
        } catch (ConnectionFileException e) {
            warmUp.awaitLogging();
            log().error("cannot read the connection file: {}", e.getMessage());
            return 2;
        }
        Channels channels;
        try {
            channels = Channels.bind(info, Session.random("kernel"));
        } catch (java.net.BindException e) {
            warmUp.awaitLogging();
            log().error("{}", e.getMessage());
            return 1;
        }
        warmUp.awaitLogging(); // before the first logger (Kernel's): see awaitLogging
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
