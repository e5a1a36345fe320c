package org.selaras;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the folders named by relative settings (selaras.seeds.dir, selaras.glossary.dir) wherever the server
 * is started from: in the working directory first, then in the application's home, so that
 * {@code java -jar /somewhere/target/quarkus-app/quarkus-run.jar} started from another folder still finds
 * the project's seeds/ and glossary/ instead of silently starting empty.
 */
public final class AppFolders {

    private AppFolders() {}

    /** Where a setting was looked for ({@code tried}, in order) and the first folder that exists, if any. */
    public record Lookup(String setting, List<Path> tried, Optional<Path> found) {

        /** For the log: the folders tried, comma-separated. */
        public String triedText() {
            return tried.stream().map(Path::toString).collect(Collectors.joining(", "));
        }
    }

    /** The setting against the working directory, then against the application's home. */
    public static Lookup find(String setting) {
        List<Path> bases = new ArrayList<>();
        bases.add(Path.of("").toAbsolutePath());
        home(codeSource()).ifPresent(bases::add);
        return resolve(setting, bases);
    }

    /** An absolute setting is used as it is; a relative one against each base in turn; the first folder wins. */
    public static Lookup resolve(String setting, List<Path> bases) {
        Path path = Path.of(setting);
        List<Path> tried = path.isAbsolute() ? List.of(path.normalize())
                : bases.stream().map(b -> b.resolve(path).toAbsolutePath().normalize()).distinct().toList();
        return new Lookup(setting, tried, tried.stream().filter(Files::isDirectory).findFirst());
    }

    /**
     * The application's home from where its classes were loaded: two levels above the folder holding
     * quarkus-run.jar (target/quarkus-app/app/selaras.jar → the project), or two levels above a classes
     * folder (target/classes, in tests and dev mode). Empty for any other layout.
     */
    static Optional<Path> home(Optional<Path> codeSource) {
        if (codeSource.isEmpty()) return Optional.empty();
        Path source = codeSource.get().toAbsolutePath().normalize();
        Path dir = source.getParent();
        for (int up = 0; dir != null && up < 2; up++, dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("quarkus-run.jar"))) return grandparent(dir);
        }
        return Files.isDirectory(source) ? grandparent(source) : Optional.empty();
    }

    private static Optional<Path> grandparent(Path p) {
        return Optional.ofNullable(p.getParent()).map(Path::getParent);
    }

    private static Optional<Path> codeSource() {
        CodeSource source = AppFolders.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) return Optional.empty();
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty(); // not a plain file (e.g. nested jar): only the working directory counts
        }
    }
}
