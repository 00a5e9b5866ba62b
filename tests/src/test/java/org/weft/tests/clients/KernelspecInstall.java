package org.weft.tests.clients;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Installs the {@code weft} kernelspec into a temporary prefix with the real installer,
 * {@code install/install.sh --prefix DIR --classpath CP}, so the kernel the clients start is the
 * one Maven just built (the jars on this test's class path), with no nested Maven build.
 * Clients find it with {@code JUPYTER_PATH=DIR/share/jupyter}.
 */
final class KernelspecInstall {

    /** Class path entries the kernel does not need: the test framework's. */
    private static final List<String> TEST_ONLY = List.of("junit", "opentest4j", "apiguardian", "surefire",
            "test-classes");

    private KernelspecInstall() {
    }

    /** Runs the installer; returns its run (check {@link ScriptRun#succeeded()}). */
    static ScriptRun into(Path prefix, Path installScript) {
        return ScriptRun.of(List.of("bash", installScript.toString(), "--prefix", prefix.toString(),
                "--classpath", kernelClassPath()), installScript.getParent(), Map.of(), Duration.ofSeconds(60));
    }

    static String jupyterPath(Path prefix) {
        return prefix.resolve("share").resolve("jupyter").toString();
    }

    /**
     * This test's class path less the test framework: the interpreter, protocol and kernel jars
     * and their dependencies. Surefire passes the real class path in {@code surefire.test.class.path}
     * (its own {@code java.class.path} is a manifest-only booter jar).
     */
    static String kernelClassPath() {
        String all = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> kept = new ArrayList<>();
        for (String entry : all.split(File.pathSeparator)) {
            if (!entry.isBlank() && TEST_ONLY.stream().noneMatch(entry::contains)) {
                kept.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, kept);
    }
}
