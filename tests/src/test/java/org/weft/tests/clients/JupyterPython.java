package org.weft.tests.clients;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Python that runs the client scripts: one that can import Jupyter's client packages.
 * Debian installs them for {@code /usr/bin/python3}, which is not always the {@code python3}
 * first on PATH (pyenv, virtualenvs), so that one is the default; {@code $WEFT_PYTHON} overrides.
 */
record JupyterPython(String executable, String missing) {

    /** The modules the scripts import, each with the Debian package that provides it. */
    private static final Map<String, String> MODULES = Map.of(
            "jupyter_client", "python3-jupyter-client",
            "nbclient", "python3-nbclient",
            "jupyter_kernel_test", "python3-jupyter-kernel-test",
            "jupyter_console", "jupyter-console",
            "pexpect", "python3-pexpect",
            "ipykernel", "python3-ipykernel");

    static JupyterPython find() {
        String configured = System.getenv("WEFT_PYTHON");
        String executable = configured != null && !configured.isBlank() ? configured : "/usr/bin/python3";
        String probe = "import importlib.util as u\n"
                + "for name, package in " + pythonDict() + ".items():\n"
                + "    if u.find_spec(name) is None: print(package)\n";
        ScriptRun run;
        try {
            run = ScriptRun.of(List.of(executable, "-c", probe), Path.of("."), Map.of(), Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            return new JupyterPython(executable, "no " + executable + " (" + e.getMessage() + ")");
        }
        if (!run.succeeded()) {
            return new JupyterPython(executable, executable + " failed: " + run.output().strip());
        }
        String packages = run.output().strip().replace('\n', ' ');
        return new JupyterPython(executable, packages.isEmpty() ? null
                : executable + " lacks the Debian packages " + packages);
    }

    boolean usable() {
        return missing == null;
    }

    private static String pythonDict() {
        StringBuilder dict = new StringBuilder("{");
        new java.util.TreeMap<>(MODULES).forEach((module, debian) -> dict.append('"').append(module).append("\": \"")
                .append(debian).append("\", "));
        return dict.append('}').toString();
    }
}
