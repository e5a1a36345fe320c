import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.util.List;

/**
 * Reads a TBX file with OmegaT's own glossary reader (GlossaryReaderTBX, from the omegat package)
 * and prints the entry count, then "source<TAB>target" per entry. OmegaT's reader takes the
 * languages from the open project, so a minimal id→en project stands in for one.
 */
public class OmegaTGlossary {
    public static void main(String[] args) throws Exception {
        Class<?> propsClass = Class.forName("org.omegat.core.data.ProjectProperties");
        Object props = propsClass.getConstructor(File.class).newInstance(Files.createTempDirectory("omegat-project").toFile());
        propsClass.getMethod("setSourceLanguage", String.class).invoke(props, "id");
        propsClass.getMethod("setTargetLanguage", String.class).invoke(props, "en");
        Class<?> projectType = Class.forName("org.omegat.core.data.IProject");
        Object project = Proxy.newProxyInstance(projectType.getClassLoader(), new Class<?>[]{projectType},
                (proxy, method, a) -> switch (method.getName()) {
                    case "getProjectProperties" -> props;
                    case "isProjectLoaded" -> true;
                    default -> null;
                });
        Class.forName("org.omegat.core.Core").getMethod("setProject", projectType).invoke(null, project);
        List<?> entries = (List<?>) Class.forName("org.omegat.gui.glossary.GlossaryReaderTBX")
                .getMethod("read", File.class, boolean.class).invoke(null, new File(args[0]), false);
        System.out.println(entries.size());
        for (Object e : entries) {
            Class<?> c = e.getClass();
            System.out.println(c.getMethod("getSrcText").invoke(e) + "\t" + c.getMethod("getLocText").invoke(e));
        }
    }
}
