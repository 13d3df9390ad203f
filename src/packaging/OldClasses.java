import java.io.IOException;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the classes of a library jar compiled for Java 5 or older (class file version 49 and
 * below) as Java 8 class files: the same instructions, plus the stack maps that the type-checking
 * verifier needs, every class checked with the JDK's own verifier before it is written. JDK 25's
 * AOT cache cannot keep classes that old (they are verified by the older, inferring verifier), so
 * they are read, parsed and verified again at every start; picocli, which parses every command
 * line, is such a library (about 170 classes per command). Run by {@code Packager.java} on the
 * staged libraries when the JDK is 25 or newer, before the image and its caches are made:
 *
 * <pre>java src/packaging/OldClasses.java target/installer/input/lib</pre>
 *
 * Needs JDK 24 or newer (the {@code java.lang.classfile} API); jars without such classes are left
 * as they are. Prints one line per jar rewritten.
 */
public final class OldClasses {
    /** Class files up to this version (Java 5) have no stack maps. */
    private static final int OLDEST_WITH_STACK_MAPS = 50;
    /** Java 8: what the rewritten classes say, so that no newer JDK is needed to run them. */
    private static final int TARGET = 52;

    private OldClasses() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java OldClasses.java LIB_DIR");
            System.exit(2);
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            int rewritten = rewrite(jar, jars);
            if (rewritten > 0) {
                System.out.println("[installer] " + jar.getFileName() + ": " + rewritten
                        + " classes of Java 5 or older rewritten as Java 8 class files, for the start-up cache");
            }
        }
    }

    /** Rewrites {@code jar} in place when it holds old classes; returns how many. */
    private static int rewrite(Path jar, List<Path> classPath) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Map<String, FileTime> times = new LinkedHashMap<>();
        boolean old = false;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                entries.put(e.getName(), bytes);
                times.put(e.getName(), e.getLastModifiedTime());
                old |= isClass(e.getName()) && major(bytes) < OLDEST_WITH_STACK_MAPS;
            }
        }
        if (!old) {
            return 0;
        }
        List<URL> urls = new ArrayList<>();
        for (Path p : classPath) {
            urls.add(p.toUri().toURL());
        }
        int n = 0;
        List<String> errors = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            // Stack maps name the common super type of two branches: found among the jar's own
            // classes, the other libraries and the JDK's.
            ClassHierarchyResolver resolver = ClassHierarchyResolver.defaultResolver()
                    .orElse(ClassHierarchyResolver.ofResourceParsing(loader));
            ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(resolver));
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (!isClass(e.getKey()) || major(e.getValue()) >= OLDEST_WITH_STACK_MAPS) {
                    continue;
                }
                ClassModel model = cf.parse(e.getValue());
                // Every method body is written anew, which is when the stack maps are computed.
                byte[] upgraded = cf.transformClass(model, ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                        .andThen(ClassTransform.endHandler(b -> b.withVersion(TARGET, 0))));
                List<VerifyError> problems = cf.verify(upgraded);
                for (VerifyError problem : problems) {
                    errors.add(e.getKey() + ": " + problem.getMessage());
                }
                e.setValue(upgraded);
                n++;
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException(jar.getFileName() + ": rewritten classes do not verify:\n"
                    + String.join("\n", errors.subList(0, Math.min(20, errors.size()))));
        }
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (times.get(e.getKey()) != null) {
                    entry.setLastModifiedTime(times.get(e.getKey()));
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        return n;
    }

    private static boolean isClass(String name) {
        // module-info and the multi-release copies are newer than Java 5 already.
        return name.endsWith(".class") && !name.startsWith("META-INF/");
    }

    /** The class file's major version (bytes 6 and 7). */
    private static int major(byte[] classFile) {
        return classFile.length < 8 ? Integer.MAX_VALUE : ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }
}
