package org.selaras;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where seeds/ and glossary/ are found: working directory first, then the application's home. */
class AppFoldersTest {

    @TempDir
    Path tmp;

    Path folder(String path) throws IOException {
        return Files.createDirectories(tmp.resolve(path));
    }

    @Test
    void theWorkingDirectoryWinsOverTheHome() throws IOException {
        Path work = folder("work");
        Path home = folder("project");
        Path inWork = folder("work/seeds");
        folder("project/seeds");
        AppFolders.Lookup lookup = AppFolders.resolve("seeds", List.of(work, home));
        assertEquals(Optional.of(inWork), lookup.found());
        assertEquals(List.of(inWork, home.resolve("seeds")), lookup.tried());
    }

    @Test
    void theHomeServesAStartFromAnotherFolder() throws IOException {
        Path work = folder("tmp");
        Path home = folder("project");
        Path inHome = folder("project/glossary");
        assertEquals(Optional.of(inHome), AppFolders.resolve("glossary", List.of(work, home)).found());
    }

    @Test
    void noneFoundSaysWhereItLooked() throws IOException {
        Path work = folder("tmp");
        Path home = folder("project");
        Files.createFile(home.resolve("seeds")); // a file of that name is not a folder
        AppFolders.Lookup lookup = AppFolders.resolve("seeds", List.of(work, home, work));
        assertEquals(Optional.empty(), lookup.found());
        assertEquals(List.of(work.resolve("seeds"), home.resolve("seeds")), lookup.tried());
        assertEquals(work.resolve("seeds") + ", " + home.resolve("seeds"), lookup.triedText());
    }

    @Test
    void anAbsoluteSettingIsUsedAsItIs() throws IOException {
        Path mine = folder("elsewhere/my-seeds");
        folder("project/my-seeds");
        AppFolders.Lookup lookup = AppFolders.resolve(mine.toString(), List.of(folder("project")));
        assertEquals(Optional.of(mine), lookup.found());
        assertEquals(List.of(mine), lookup.tried());
    }

    @Test
    void relativeSettingsMayClimb() throws IOException {
        Path shared = folder("shared/seeds");
        assertEquals(Optional.of(shared), AppFolders.resolve("../shared/seeds", List.of(folder("project"))).found());
    }

    @Test
    void homeOfAPackagedApp() throws IOException {
        Path app = folder("project/target/quarkus-app/app");
        Files.createFile(app.getParent().resolve("quarkus-run.jar"));
        Path jar = Files.createFile(app.resolve("selaras-0.1.0-SNAPSHOT.jar"));
        assertEquals(Optional.of(tmp.resolve("project")), AppFolders.home(Optional.of(jar)));
        assertEquals(Optional.of(tmp.resolve("project")),
                AppFolders.home(Optional.of(app.getParent().resolve("quarkus-run.jar"))));
    }

    @Test
    void homeOfAClassesFolder() throws IOException {
        Path classes = folder("project/target/classes");
        assertEquals(Optional.of(tmp.resolve("project")), AppFolders.home(Optional.of(classes)));
    }

    @Test
    void noHomeForOtherLayouts() throws IOException {
        Path jar = Files.createFile(folder("lib").resolve("selaras.jar"));
        assertEquals(Optional.empty(), AppFolders.home(Optional.of(jar)));
        assertEquals(Optional.empty(), AppFolders.home(Optional.empty()));
    }
}
