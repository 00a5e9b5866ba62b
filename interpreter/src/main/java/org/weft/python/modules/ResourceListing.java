package org.weft.python.modules;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The modules shipped as classpath resources in one folder of the interpreter's library (a
 * directory of classes while developing, a jar once installed), for {@code pkgutil.iter_modules}.
 * Each call reads the listing afresh and closes what it opened: nothing is cached or shared.
 */
final class ResourceListing {

    /** A module in the folder: {@code name} without {@code .py}; a package when it is a folder with {@code __init__.py}. */
    record Entry(String name, boolean isPackage) {
    }

    private ResourceListing() {
    }

    /** The modules directly inside {@code folder} (e.g. {@code /org/weft/python/lib/json}), sorted by name. */
    static List<Entry> modules(String folder) {
        String prefix = folder.replaceAll("^/+", "").replaceAll("/*$", "/");
        TreeMap<String, Boolean> found = new TreeMap<>();
        Path location = codeLocation();
        if (location == null) {
            return List.of();
        }
        try {
            if (Files.isDirectory(location)) {
                listDirectory(location.resolve(prefix), found);
            } else {
                listJar(location, prefix, found);
            }
        } catch (IOException e) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        found.forEach((name, pkg) -> out.add(new Entry(name, pkg)));
        return out;
    }

    private static Path codeLocation() {
        CodeSource source = ResourceListing.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void listDirectory(Path dir, TreeMap<String, Boolean> found) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> children = Files.list(dir)) {
            children.forEach(child -> {
                String name = child.getFileName().toString();
                if (Files.isDirectory(child) && Files.isRegularFile(child.resolve("__init__.py"))) {
                    found.put(name, true);
                } else if (name.endsWith(".py") && !name.equals("__init__.py")) {
                    found.putIfAbsent(name.substring(0, name.length() - 3), false);
                }
            });
        }
    }

    private static void listJar(Path jarPath, String prefix, TreeMap<String, Boolean> found) throws IOException {
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (!name.startsWith(prefix)) {
                    continue;
                }
                String rest = name.substring(prefix.length());
                int slash = rest.indexOf('/');
                if (slash < 0 && rest.endsWith(".py") && !rest.equals("__init__.py")) {
                    found.putIfAbsent(rest.substring(0, rest.length() - 3), false);
                } else if (slash > 0 && rest.substring(slash + 1).equals("__init__.py")) {
                    found.put(rest.substring(0, slash), true);
                }
            }
        }
    }
}
