import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds Quire's self-contained application image and installers with the JDK's own jlink and
 * jpackage (docs/decisions/0008-native-packages.md). {@code mvn -Pinstaller package} runs it, after
 * the jar, on the JDK the toolchain chose (21 or newer):
 *
 * <pre>java src/packaging/Packager.java --target target --version 0.1.0 [--types deb,rpm]</pre>
 *
 * <ol>
 * <li>stages quire.jar and its libraries, JavaFX apart (on JDK 25, classes of Java 5 or older
 *     rewritten as Java 8 class files by {@code OldClasses.java}, so that the AOT cache can hold them);</li>
 * <li>jlinks a runtime of the JDK modules jdeps finds in them plus those loaded as services, and
 *     JavaFX's modules, with JavaFX's native libraries placed beside the JDK's own so they are not
 *     unpacked into the user's home folder at each new version;</li>
 * <li>jpackages the application image (launcher, icon, runtime);</li>
 * <li>records an ahead-of-time cache by building the sample project with the image's own runtime
 *     and class path (JDK 25: {@code -XX:AOTCacheOutput}; JDK 21-24: a static class-data archive),
 *     and has the launchers use it;</li>
 * <li>checks that the image starts and uses that cache, then jpackages each installer from it, with the
 *     image's file dates kept (the .deb repacked, the .rpm through its spec) so that the installed
 *     Quire can use the cache too.</li>
 * </ol>
 * On Linux the default is a .deb and an .rpm; the .rpm is left out, with one line saying so, when
 * rpmbuild is not installed.
 * Everything lands in {@code target/installer/}. Only the JDK is needed: no other tool or plugin.
 */
public final class Packager {
    private static final String NAME = "Quire";
    private static final String MAIN_CLASS = "org.quire.Main";
    /** Where the Linux packages install Quire (the .desktop file and the scripts name it too). */
    private static final String LINUX_INSTALL_DIR = "/opt/quire";
    /** How to get rpmbuild, for the messages that say it is missing. */
    private static final String RPMBUILD_HINT = "Debian, Ubuntu: apt-get install rpm; Fedora: dnf install rpm-build";
    /** Runs the everyday commands in one process: what the commands' start-up cache records. */
    private static final String TRAINING_CLASS = "org.quire.cli.StartupTraining";
    private static final String VENDOR = "The Quire contributors";
    private static final String COPYRIGHT = "Copyright the Quire contributors; Apache License 2.0";
    private static final String DESCRIPTION = "Qualitative data analysis and thematic analysis workbench";
    /** Windows: the same code in every version, so a newer MSI replaces an older one. */
    private static final String WINDOWS_UPGRADE_UUID = "6f3c0a52-8f7e-4a55-9d55-4f1b3b0c2e71";
    /**
     * Found by jdeps only through a service loader or by name, so added by hand: legacy text
     * encodings for imports (HTML and text files declare them), locale data for the languages a
     * project can be searched in, and sun.misc.Unsafe, which libraries probe for reflectively.
     */
    private static final List<String> EXTRA_MODULES = List.of("jdk.charsets", "jdk.localedata", "jdk.unsupported");
    private static final String LOCALES = "en,de,es,fr,it,nl,pt";
    /**
     * Left out although Lucene refers to it: enabling the incubating Vector API prints a JVM
     * warning on every start, and full-text search over passages hardly uses it.
     */
    private static final List<String> LEFT_OUT = List.of("jdk.incubator.vector");
    private static final String NATIVE_ACCESS = "--enable-native-access=javafx.graphics,ALL-UNNAMED";
    /**
     * The JVM's memory settings, the same as the checkout's {@code quire} script uses (see
     * docs/performance.md, "Memory"): G1, with heap given back to the system when less than 70% of
     * it is in use and a collection every 15 s when idle so that it is; at most 1 GB of heap; a
     * young generation of at most 64 MB, old objects collected once they fill a fifth of the heap,
     * and a fifth of the time allowed for collecting rather than growing the heap
     * ({@code GCTimeRatio=4}), so that garbage does not grow it (resident memory with an M project
     * in use as fast as the machine allows: 292 MB at most, against 494-524 MB without the last).
     * Keep windows/quire-cli.properties in step.
     */
    static final List<String> MEMORY = List.of("-XX:+UseG1GC", "-Xmx1g", "-XX:MaxNewSize=64m",
            "-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=20", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30", "-XX:G1PeriodicGCInterval=15000", "-XX:GCTimeRatio=4");

    private final Path target;
    private final Path packaging;
    private final Path license;
    private final String version;
    /** As the jar's manifest has it (0.1.0-SNAPSHOT): what quire --version prints. */
    private final String fullVersion;
    private final List<String> types;
    /** True when the types are this system's default rather than asked for by name. */
    private final boolean defaultTypes;
    private final Os os = Os.current();
    private final Path work;
    private final int feature = Runtime.version().feature();

    private Packager(Map<String, String> options) {
        this.target = Path.of(options.getOrDefault("target", "target")).toAbsolutePath();
        this.packaging = Path.of(options.getOrDefault("packaging", "src/packaging")).toAbsolutePath();
        this.license = Path.of(options.getOrDefault("license", "LICENSE")).toAbsolutePath();
        this.fullVersion = options.getOrDefault("version", "0.0.0");
        this.version = numericVersion(fullVersion);
        String t = options.getOrDefault("types", "default");
        this.defaultTypes = t.isBlank() || t.equals("default");
        this.types = defaultTypes ? os.defaultTypes : List.of(t.split(","));
        this.work = target.resolve("installer");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --option value pairs, got " + Arrays.toString(args));
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        new Packager(options).run();
    }

    private void run() throws Exception {
        if (feature < 21) {
            fail("needs JDK 21 or newer to package (running on " + Runtime.version() + ")");
        }
        List<String> types = new ArrayList<>(this.types);
        if (types.contains("rpm") && onPath("rpmbuild") == null) {
            if (!defaultTypes) {
                fail("an .rpm needs rpmbuild, which is not on the PATH (" + RPMBUILD_HINT + ")");
            }
            types.remove("rpm");
            say("No .rpm: rpmbuild is not on the PATH (" + RPMBUILD_HINT + "); building " + types + " only");
        }
        say("Packaging Quire " + version + " for " + os.name + " with JDK " + Runtime.version() + ": " + types);
        deleteTree(work);
        Files.createDirectories(work);
        Path input = stageInput();
        List<Path> javafx = javafxJars();
        Path runtime = jlink(input, javafx);
        copyNatives(javafx, runtime);
        Path image = appImage(input, runtime);
        train(image);
        if (os == Os.LINUX) {
            commandScript(image);
        }
        verify(image);
        for (String type : types) {
            if (!type.equals("app-image")) {
                installer(type, image);
            }
        }
        report(image);
    }

    /** quire.jar and its libraries; JavaFX goes into the runtime instead, as modules. */
    private Path stageInput() throws IOException, InterruptedException {
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        Path jar = target.resolve("quire.jar");
        if (!Files.isRegularFile(jar)) {
            fail(jar + " is missing: run the package phase first");
        }
        Files.copy(jar, input.resolve("quire.jar"));
        try (Stream<Path> libs = Files.list(target.resolve("lib"))) {
            for (Path lib : libs.sorted().toList()) {
                String name = lib.getFileName().toString();
                if (name.endsWith(".jar") && !name.startsWith("javafx-")) {
                    Files.copy(lib, input.resolve("lib").resolve(name));
                }
            }
        }
        if (feature >= 25) {
            // Classes of Java 5 or older (picocli's) cannot go into the AOT cache as they are.
            exec(List.of(jdkTool("java"), packaging.resolve("OldClasses.java").toString(), input.resolve("lib").toString()),
                    work.resolve("old-classes.log"));
            System.out.print(Files.readString(work.resolve("old-classes.log")));
        }
        return input;
    }

    /** The platform's JavaFX jars (javafx-graphics-21.0.9-linux.jar and so on): modular, natives inside. */
    private List<Path> javafxJars() throws IOException {
        try (Stream<Path> libs = Files.list(target.resolve("lib"))) {
            List<Path> jars = libs.filter(p -> p.getFileName().toString()
                    .matches("javafx-[a-z]+-[0-9.]+-(linux|win|mac)(-[a-z0-9]+)?\\.jar")).sorted().toList();
            if (jars.stream().noneMatch(p -> p.getFileName().toString().startsWith("javafx-graphics-"))) {
                fail("no platform JavaFX jars in " + target.resolve("lib"));
            }
            return jars;
        }
    }

    private Path jlink(Path input, List<Path> javafx) throws IOException {
        String modulePath = join(javafx);
        List<String> classPath = new ArrayList<>();
        try (Stream<Path> libs = Files.list(input.resolve("lib"))) {
            libs.sorted().forEach(p -> classPath.add(p.toString()));
        }
        String deps = tool("jdeps", "--multi-release", String.valueOf(feature), "--ignore-missing-deps",
                "--print-module-deps", "--module-path", modulePath,
                "--class-path", String.join(File.pathSeparator, classPath),
                input.resolve("quire.jar").toString()).strip();
        String last = deps.lines().reduce((a, b) -> b).orElse("");
        TreeSet<String> modules = new TreeSet<>(Arrays.asList(last.split(",")));
        if (!modules.contains("java.base") || !modules.contains("javafx.controls")) {
            fail("jdeps did not list the modules Quire needs:\n" + deps);
        }
        modules.addAll(EXTRA_MODULES);
        modules.removeAll(LEFT_OUT);
        Files.writeString(work.resolve("modules.txt"), String.join("\n", modules) + "\n");
        say("Runtime modules: " + String.join(",", modules));
        Path runtime = work.resolve("runtime");
        tool("jlink", "--module-path", modulePath, "--add-modules", String.join(",", modules),
                "--include-locales=" + LOCALES,
                // JavaFX's native libraries are copied beside the JDK's (copyNatives), not kept as resources.
                "--exclude-resources=glob:/javafx.graphics/*.so,glob:/javafx.graphics/*.dylib,"
                        + "glob:/javafx.graphics/*.dll,glob:/javafx.graphics/javafx-swt.jar",
                "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=zip-6",
                "--output", runtime.toString());
        return runtime;
    }

    /**
     * JavaFX first looks for its native libraries beside the runtime's own (lib/, bin/ on Windows);
     * only when they are not there does it unpack them from its jar into ~/.openjfx/cache.
     */
    private void copyNatives(List<Path> javafx, Path runtime) throws IOException {
        Path dest = runtime.resolve(os == Os.WINDOWS ? "bin" : "lib");
        int n = 0;
        for (Path jar : javafx) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry e : zip.stream().toList()) {
                    String name = e.getName();
                    if (!name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"))) {
                        try (InputStream in = zip.getInputStream(e)) {
                            Files.copy(in, dest.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                        }
                        n++;
                    }
                }
            }
        }
        if (n == 0) {
            fail("found no JavaFX native libraries in " + javafx);
        }
        say("Copied " + n + " JavaFX native libraries into " + work.relativize(dest));
    }

    private Path appImage(Path input, Path runtime) throws IOException {
        Path dest = work.resolve("image");
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--dest", dest.toString(),
                "--name", NAME, "--app-version", os.packageVersion(version),
                "--vendor", VENDOR, "--description", DESCRIPTION,
                "--copyright", COPYRIGHT,
                "--input", input.toString(), "--main-jar", "quire.jar", "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(),
                "--icon", packaging.resolve("icons").resolve(os.icon).toString(),
                "--java-options", NATIVE_ACCESS));
        for (String option : MEMORY) {
            args.addAll(List.of("--java-options", option));
        }
        if (feature >= 23) {
            // JavaFX 21's Marlin renderer allocates through sun.misc.Unsafe, which JDK 24 and later
            // warn about (four lines) at every start of the workbench; it works all the same.
            args.addAll(List.of("--java-options", "--sun-misc-unsafe-memory-access=allow"));
        }
        if (os == Os.WINDOWS) {
            // Quire.exe has no console, as a desktop program should; quire-cli.exe is for the command line.
            args.addAll(List.of("--add-launcher", "quire-cli=" + packaging.resolve("windows/quire-cli.properties")));
        }
        if (os == Os.MAC) {
            args.addAll(List.of("--mac-package-identifier", "org.quire.Quire", "--mac-package-name", NAME,
                    "--file-associations", packaging.resolve("qdpx.properties").toString()));
        }
        tool("jpackage", args.toArray(String[]::new));
        Path image = dest.resolve(os == Os.MAC ? NAME + ".app" : NAME);
        if (!Files.isDirectory(image)) {
            fail("jpackage made no application image at " + image);
        }
        return image;
    }

    /**
     * Runs the image's own Java on its own class path (as the launchers will) and keeps what it
     * learnt: on JDK 25 an AOT cache (classes loaded and linked, method profiles), before that a
     * static class-data archive. The cache is only valid for this runtime and these jars, which is
     * why it is made here, inside the image.
     *
     * <p>Two caches, because a process starts by loading every class its cache holds: one for the
     * workbench ({@code quire.aot}) and a smaller one for the commands ({@code quire-cli.aot}; the
     * workbench's 14,000 classes made each command start about a third slower). Where a display
     * can be had, the workbench is started twice in a scratch home: its first start builds the
     * sample project (importing Word, PDF, HTML and text, indexing them), and its second, which
     * reopens the sample as any later start reopens the last project, opens its longest source once
     * the code book and its counts are on screen, and quits when the source is drawn
     * ({@code QUIRE_STARTUP_REPORT=exit}), is the one recorded. The
     * commands' cache records {@code org.quire.cli.StartupTraining}: the everyday commands on that
     * sample, in one process. Without a display the workbench's cache records {@code quire sample}
     * instead, and the workbench starts slower.
     */
    private void train(Path image) throws IOException, InterruptedException {
        Path appDir = image.resolve(os.appDir);
        Path javaBin = image.resolve(os.runtimeHome).resolve("bin").resolve(os == Os.WINDOWS ? "java.exe" : "java");
        List<String> classPath = classPath(appDir.resolve(NAME + ".cfg"), appDir);
        Path scratch = Files.createTempDirectory("quire-training");
        Display display = Display.open(os, scratch);
        try {
            List<String> launcher = new ArrayList<>(List.of(NATIVE_ACCESS));
            if (feature >= 23) {
                launcher.add("--sun-misc-unsafe-memory-access=allow");
            }
            launcher.addAll(List.of("-cp", String.join(File.pathSeparator, classPath)));
            Path sample = null;
            boolean trained = false;
            if (display.available()) {
                Map<String, String> env = new LinkedHashMap<>(display.env());
                env.put("QUIRE_STARTUP_REPORT", "exit");
                env.put("XDG_DATA_HOME", scratch.resolve("data").toString());
                env.put("APPDATA", scratch.resolve("appdata").toString());
                List<String> gui = new ArrayList<>(launcher);
                // Settings in files under the scratch home, also where the system keeps them elsewhere.
                gui.addAll(0, List.of("-Duser.home=" + scratch.resolve("home"),
                        "-Djava.util.prefs.userRoot=" + scratch.resolve("prefs")));
                if (os == Os.MAC) {
                    gui.add(0, "-Djava.util.prefs.PreferencesFactory=java.util.prefs.FileSystemPreferencesFactory");
                }
                gui.add(MAIN_CLASS);
                List<String> first = new ArrayList<>(List.of(javaBin.toString()));
                first.addAll(gui);
                try {
                    exec(first, work.resolve("training-first-start.log"), env);
                    trained = record(javaBin, cacheFile(appDir, false), classPath, gui, env, "training-workbench.log");
                    sample = sampleIn(scratch);
                } catch (IllegalStateException e) {
                    trained = false;
                }
                if (!trained) {
                    say("WARNING: training on the workbench failed (see training-first-start.log and"
                            + " training-workbench.log); training on the command line instead: the workbench"
                            + " will start slower");
                }
            } else {
                say("WARNING: no display for training on the workbench (" + display.why() + "); training on the"
                        + " command line: the workbench will start slower");
            }
            Files.writeString(work.resolve("training.txt"), (trained ? "workbench" : "command line") + "\n");
            if (!trained) {
                sample = scratch.resolve("Sample.quire");
                List<String> cli = new ArrayList<>(launcher);
                cli.addAll(List.of(MAIN_CLASS, "sample", sample.toString()));
                if (!record(javaBin, cacheFile(appDir, false), classPath, cli, Map.of(), "training.log")) {
                    fail("the training run failed; see " + work.resolve("training.log"));
                }
            }
            List<String> commands = new ArrayList<>(launcher);
            commands.addAll(List.of(TRAINING_CLASS, sample.toString()));
            if (!record(javaBin, cacheFile(appDir, true), classPath, commands, Map.of(), "training-commands.log")) {
                fail("the commands' training run failed; see " + work.resolve("training-commands.log"));
            }
            try (Stream<Path> cfgs = Files.list(appDir)) {
                for (Path cfg : cfgs.filter(p -> p.toString().endsWith(".cfg")).toList()) {
                    // quire-cli.exe (Windows) runs commands only; the other launchers open the workbench too.
                    addJavaOptions(cfg, cacheOptions(cfg.getFileName().toString().equals("quire-cli.cfg")));
                }
            }
        } finally {
            display.close();
            deleteTree(scratch);
        }
        if (os == Os.MAC) {
            // The cache was added after jpackage signed the bundle ad hoc; sign it again so it stays whole.
            exec(List.of("codesign", "--force", "--deep", "--sign", "-", image.toString()), work.resolve("codesign.log"));
        }
    }

    /** The workbench's cache, or the commands' ({@code commands}). */
    private Path cacheFile(Path appDir, boolean commands) {
        return appDir.resolve(cacheName(commands));
    }

    private String cacheName(boolean commands) {
        return (commands ? "quire-cli" : "quire") + (feature >= 25 ? ".aot" : ".jsa");
    }

    /** The java options that make a launcher use one of the caches, with $APPDIR as jpackage writes it. */
    private List<String> cacheOptions(boolean commands) {
        String file = "$APPDIR/" + cacheName(commands);
        return feature >= 25
                // A cache that cannot be used (see restoreDates) only costs start-up time: no messages.
                ? List.of("-XX:AOTCache=" + file, "-Xlog:aot=off")
                : List.of("-XX:SharedArchiveFile=" + file, "-Xlog:cds=off");
    }

    /** The sample project the workbench's first start built in the scratch home's data folder. */
    private static Path sampleIn(Path scratch) throws IOException {
        try (Stream<Path> found = Files.walk(scratch)) {
            return found.filter(p -> p.getFileName().toString().endsWith(".quire") && Files.isDirectory(p))
                    .findFirst().orElseThrow(() -> new IllegalStateException("the workbench's first start made no"
                            + " sample project under " + scratch));
        }
    }

    /** One training run, {@code args} after the java command; true when {@code cache} was written. */
    private boolean record(Path javaBin, Path cache, List<String> classPath, List<String> args, Map<String, String> env,
                           String log) throws IOException, InterruptedException {
        Files.deleteIfExists(cache);
        try {
            if (feature >= 25) {
                List<String> cmd = new ArrayList<>(List.of(javaBin.toString(), "-XX:AOTCacheOutput=" + cache));
                cmd.addAll(args);
                exec(cmd, work.resolve(log), env);
            } else {
                Path list = work.resolve(cache.getFileName() + ".classes.lst");
                List<String> cmd = new ArrayList<>(List.of(javaBin.toString(), "-XX:DumpLoadedClassList=" + list));
                cmd.addAll(args);
                exec(cmd, work.resolve(log), env);
                exec(List.of(javaBin.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                        "-XX:SharedArchiveFile=" + cache, NATIVE_ACCESS, "-cp",
                        String.join(File.pathSeparator, classPath)), work.resolve(log + ".archive"));
            }
        } catch (IllegalStateException e) {
            return false;
        }
        return Files.isRegularFile(cache);
    }

    /**
     * Where the training run shows the workbench: the desktop on macOS (and on Windows in CI),
     * $DISPLAY on Linux, else an Xvfb of its own when one is installed.
     */
    private record Display(Map<String, String> env, Process xvfb, String why) implements AutoCloseable {
        static Display open(Os os, Path scratch) throws IOException, InterruptedException {
            if (os == Os.WINDOWS && System.getenv("CI") == null) {
                // Java keeps settings in the registry there, out of reach of the scratch home.
                return new Display(Map.of(), null, "on Windows only in CI (CI=true), to leave your Quire settings"
                        + " in the registry alone");
            }
            if (os != Os.LINUX) {
                return new Display(Map.of(), null, null);
            }
            String current = System.getenv("DISPLAY");
            if (current != null && !current.isBlank()) {
                return new Display(Map.of(), null, null);
            }
            Path xvfb = onPath("Xvfb");
            if (xvfb == null) {
                return new Display(Map.of(), null, "no $DISPLAY and no Xvfb; apt-get install xvfb libgtk-3-0");
            }
            int n = 71;
            while (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                n++;
            }
            Process p = new ProcessBuilder(xvfb.toString(), ":" + n, "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(scratch.resolve("xvfb.log").toFile()).start();
            for (int i = 0; i < 100 && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); i++) {
                Thread.sleep(100);
            }
            say("Started Xvfb :" + n + " for the training run");
            return new Display(Map.of("DISPLAY", ":" + n), p, null);
        }

        boolean available() {
            return why == null;
        }

        @Override
        public void close() {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    /** The class path a launcher's .cfg gives, in its order, with $APPDIR resolved. */
    private static List<String> classPath(Path cfg, Path appDir) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(cfg)) {
            if (line.startsWith("app.classpath=")) {
                entries.add(line.substring("app.classpath=".length()).replace("$APPDIR", appDir.toString()));
            }
        }
        if (entries.isEmpty()) {
            fail("no app.classpath in " + cfg);
        }
        return entries;
    }

    private static void addJavaOptions(Path cfg, List<String> options) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg));
        int section = lines.indexOf("[JavaOptions]");
        if (section < 0) {
            fail("no [JavaOptions] in " + cfg);
        }
        lines.addAll(section + 1, options.stream().map(o -> "java-options=" + o).toList());
        Files.write(cfg, lines);
    }

    /**
     * The image's launcher must start and use the cache: {@code -XX:AOTMode=on} (or
     * {@code -Xshare:on}) makes the JVM refuse to start otherwise.
     */
    private void verify(Path image) throws IOException, InterruptedException {
        Path launcher = image.resolve(os.launcher);
        String strict = feature >= 25 ? "-XX:AOTMode=on" : "-Xshare:on";
        Path log = work.resolve("verify.log");
        try {
            exec(List.of(launcher.toString(), "--help"), log, Map.of("JAVA_TOOL_OPTIONS", strict));
        } catch (IllegalStateException e) {
            fail("the image does not start with its class-data cache (" + strict + "); to see why, run its"
                    + " runtime's java with the cache, -Xlog:aot and the class path of " + os.appDir + "/" + NAME
                    + ".cfg\n" + e.getMessage());
        }
        if (!Files.readString(log).contains("Usage: quire")) {
            fail("the image's launcher did not print Quire's help:\n" + Files.readString(log));
        }
        if (os == Os.LINUX) {
            // bin/quire ran the commands' cache; jpackage's launcher, as the workbench, uses the other.
            try {
                exec(List.of(image.resolve("bin").resolve(NAME).toString(), "--help"), log, Map.of("JAVA_TOOL_OPTIONS", strict));
            } catch (IllegalStateException e) {
                fail("the image's bin/" + NAME + " does not start with the workbench's cache (" + strict + ")\n"
                        + e.getMessage());
            }
        }
        exec(List.of(launcher.toString(), "--version"), log);
        String said = Files.readString(log).strip();
        if (!said.equals("Quire " + fullVersion)) {
            fail("the image's launcher says '" + said + "' to --version, not 'Quire " + fullVersion + "'");
        }
        say("The image starts with its cache (" + strict + ") and says: " + said);
    }

    /**
     * Linux: {@code bin/quire}, the command on the PATH and in the menu entry. jpackage's launcher
     * ({@code bin/Quire}) asks rpm and dpkg at every start which package it came from, about 0.1 s;
     * this script starts the same Java with the options and class path of that launcher's .cfg, and
     * answers {@code --version} without starting Java at all.
     */
    private void commandScript(Path image) throws IOException {
        Path appDir = image.resolve(os.appDir);
        List<String> options = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        for (String line : Files.readAllLines(appDir.resolve(NAME + ".cfg"))) {
            if (line.startsWith("java-options=")) {
                options.add(line.substring("java-options=".length()));
            } else if (line.startsWith("app.classpath=")) {
                classPath.add(line.substring("app.classpath=".length()));
            }
        }
        for (String o : options) {
            if (o.matches(".*[\"`\\\\ ].*") || o.replace("$APPDIR", "").contains("$")) {
                fail("a java option the script cannot quote: " + o);
            }
        }
        StringBuilder sh = new StringBuilder();
        sh.append("#!/bin/sh\n")
                .append("# Quire: the workbench, or with a command the command line (quire --help).\n")
                .append("# Written by src/packaging/Packager.java from lib/app/Quire.cfg: it starts the Java that\n")
                .append("# bin/Quire (jpackage's launcher) would, without asking rpm and dpkg which package it is.\n")
                .append("if [ \"$#\" -eq 1 ] && { [ \"$1\" = --version ] || [ \"$1\" = -V ]; }; then\n")
                .append("    echo 'Quire ").append(fullVersion.replace("'", "")).append("'\n")
                .append("    exit 0\n")
                .append("fi\n")
                .append("bin=\"$(dirname \"$(readlink -f \"$0\")\")\"\n")
                .append("root=\"${bin%/bin}\"\n")
                .append("app=\"$root/lib/app\"\n")
                .append("# The workbench's start-up cache when it opens (no arguments, or only projects and .qdpx\n")
                .append("# files, as org.quire.Main decides), else the smaller one of the commands: a JVM starts by\n")
                .append("# loading every class its cache holds. Either works for both; only the start is slower.\n")
                .append("cache=\"$app/").append(cacheName(false)).append("\"\n")
                .append("for a in \"$@\"; do\n")
                .append("    case \"$a\" in\n")
                .append("        *.[Qq][Uu][Ii][Rr][Ee] | *.[Qq][Uu][Ii][Rr][Ee]/ | *.[Qq][Dd][Pp][Xx]) ;;\n")
                .append("        *) cache=\"$app/").append(cacheName(true)).append("\"; break ;;\n")
                .append("    esac\n")
                .append("done\n")
                .append("exec \"$root/lib/runtime/bin/java\" \\\n");
        String workbenchCache = cacheOptions(false).get(0);
        if (!options.contains(workbenchCache)) {
            fail("no " + workbenchCache + " in " + NAME + ".cfg for the script to choose a cache with");
        }
        for (String o : options) {
            String value = o.equals(workbenchCache) ? workbenchCache.replace("$APPDIR/" + cacheName(false), "$cache")
                    : o.replace("$APPDIR", "$app");
            sh.append("    \"").append(value).append("\" \\\n");
        }
        sh.append("    \"-Djpackage.app-path=$bin/").append(NAME).append("\" \\\n")
                .append("    -cp \"").append(String.join(":", classPath).replace("$APPDIR", "$app")).append("\" \\\n")
                .append("    ").append(MAIN_CLASS).append(" \"$@\"\n");
        Path script = image.resolve("bin").resolve("quire");
        Files.writeString(script, sh.toString());
        script.toFile().setExecutable(true, false);
    }

    private void installer(String type, Path image) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--type", type, "--app-image", image.toString(),
                "--dest", work.toString(), "--name", NAME, "--app-version", os.packageVersion(version),
                "--vendor", VENDOR, "--description", DESCRIPTION, "--copyright", COPYRIGHT,
                "--license-file", license.toString(),
                "--file-associations", packaging.resolve("qdpx.properties").toString()));
        switch (os) {
            case LINUX -> {
                args.addAll(List.of("--linux-package-name", "quire", "--linux-menu-group", "Office;Education;",
                        "--linux-shortcut", "--linux-app-category", "science",
                        "--linux-rpm-license-type", "Apache-2.0",
                        "--resource-dir", linuxResources().toString()));
            }
            case WINDOWS -> args.addAll(List.of("--win-menu", "--win-menu-group", NAME, "--win-shortcut",
                    "--win-dir-chooser", "--win-per-user-install", "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID));
            case MAC -> {
                if (type.equals("pkg")) {
                    // postinstall: the quire command in /usr/local/bin.
                    args.addAll(List.of("--resource-dir", packaging.resolve("macos").toString()));
                }
            }
        }
        if (type.equals("deb")) {
            // Uncompressed here: restoreDates unpacks this .deb and compresses it once, at the end.
            List<String> cmd = new ArrayList<>(List.of(jdkTool("jpackage")));
            cmd.addAll(args);
            exec(cmd, work.resolve("jpackage-deb.log"), Map.of("DPKG_DEB_COMPRESSOR_TYPE", "none"));
            restoreDates(image);
        } else if (type.equals("rpm")) {
            // The spec gives the packaged files the dates of the image it finds in QUIRE_IMAGE.
            List<String> cmd = new ArrayList<>(List.of(jdkTool("jpackage")));
            cmd.addAll(args);
            exec(cmd, work.resolve("jpackage-rpm.log"), Map.of("QUIRE_IMAGE", image.toString()));
            checkRpm(image);
        } else {
            tool("jpackage", args.toArray(String[]::new));
        }
    }

    /**
     * What jpackage takes from a resource folder instead of its defaults, for both Linux packages:
     * the menu entry (Quire.desktop) and its icon (Quire.png: jpackage ignores --icon with an
     * application image and put its own Java cup in the menu); the .deb's postinst and prerm
     * (jpackage's, plus the quire command in /usr/bin); the .rpm's quire.spec (see checkRpm).
     */
    private Path linuxResources() throws IOException {
        Path dir = work.resolve("linux-resources");
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(packaging.resolve("linux"))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
            Files.copy(packaging.resolve("icons").resolve(os.icon), dir.resolve(NAME + ".png"));
        }
        return dir;
    }

    /** A tool of the JDK this program runs on, as a command (for when it needs an environment of its own). */
    private String jdkTool(String name) {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        return bin.resolve(os == Os.WINDOWS ? name + ".exe" : name).toString();
    }

    /**
     * jpackage copies the image into a .deb with the files dated at the copy, and a class-data
     * cache is only used with jars dated as when it was made (AOTClassLocation checks size and
     * time). So the .deb is unpacked, its files given the image's dates back, and packed again
     * with dpkg-deb, which jpackage needs anyway. Without this the installed Quire works, but
     * starts without its cache.
     */
    private void restoreDates(Path image) throws IOException, InterruptedException {
        Path deb;
        try (Stream<Path> files = Files.list(work)) {
            deb = files.filter(p -> p.toString().endsWith(".deb")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("jpackage made no .deb in " + work));
        }
        Path raw = work.resolve("deb-contents");
        deleteTree(raw);
        exec(List.of("dpkg-deb", "--raw-extract", deb.toString(), raw.toString()), work.resolve("deb-extract.log"));
        Path installed = raw.resolve("opt").resolve("quire");
        int dated = 0;
        try (Stream<Path> files = Files.walk(installed)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path original = image.resolve(installed.relativize(f).toString());
                if (Files.isRegularFile(original)) {
                    Files.setLastModifiedTime(f, Files.getLastModifiedTime(original));
                    dated++;
                }
            }
        }
        exec(List.of("dpkg-deb", "--root-owner-group", "-Zxz", "--build", raw.toString(), deb.toString()),
                work.resolve("deb-build.log"));
        deleteTree(raw);
        say("Gave " + dated + " files in " + deb.getFileName() + " the image's dates back (for the class-data cache)");
    }

    /**
     * The .rpm is made by rpmbuild from Quire's spec (linux/quire.spec), which gives the files the
     * image's dates back, as restoreDates does for the .deb, and adds {@code /usr/bin/quire}. A spec
     * that jpackage did not use, or that lost either, would make a package that installs and works
     * but whose class-data archive (JDK 21-24) is not used, and no quire command: so the package's
     * own list of files is read back ({@code rpm -qp}) and each file's date compared with the image's.
     */
    private void checkRpm(Path image) throws IOException, InterruptedException {
        Path rpm;
        try (Stream<Path> files = Files.list(work)) {
            rpm = files.filter(p -> p.toString().endsWith(".rpm")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("jpackage made no .rpm in " + work));
        }
        Path log = work.resolve("rpm-files.log");
        exec(List.of("rpm", "-qp", "--queryformat", "[%{FILEMTIMES}\\t%{FILENAMES}\\t%{FILELINKTOS}\\n]", rpm.toString()),
                log);
        String prefix = LINUX_INSTALL_DIR + "/";
        List<String> redated = new ArrayList<>();
        TreeSet<String> checked = new TreeSet<>();
        String command = null;
        for (String line : Files.readAllLines(log)) {
            String[] f = line.split("\t", -1);
            if (f.length != 3 || !f[0].matches("[0-9]+")) {
                continue;
            }
            if (f[1].equals("/usr/bin/quire")) {
                command = f[2];
            }
            Path original = f[1].startsWith(prefix) ? image.resolve(f[1].substring(prefix.length())) : null;
            if (original != null && Files.isRegularFile(original, LinkOption.NOFOLLOW_LINKS)) {
                checked.add(f[1].substring(prefix.length()));
                if (Long.parseLong(f[0]) != Files.getLastModifiedTime(original).to(TimeUnit.SECONDS)) {
                    redated.add(f[1]);
                }
            }
        }
        for (String cache : List.of(cacheName(false), cacheName(true), "quire.jar")) {
            if (!checked.contains(os.appDir + "/" + cache)) {
                fail(rpm.getFileName() + " has no " + prefix + os.appDir + "/" + cache + " (see " + log + ")");
            }
        }
        if (!redated.isEmpty()) {
            fail(redated.size() + " of the " + checked.size() + " files in " + rpm.getFileName() + " are not dated as in"
                    + " the image (" + redated.get(0) + "…), and a class-data cache is used only with jars dated as when"
                    + " it was made: was src/packaging/linux/quire.spec used? (see jpackage-rpm.log)");
        }
        if (!(prefix + "bin/quire").equals(command)) {
            fail(rpm.getFileName() + " has no /usr/bin/quire linked to " + prefix + "bin/quire (it has: " + command + ")");
        }
        say(rpm.getFileName() + ": its " + checked.size() + " files keep the image's dates (for the class-data cache);"
                + " /usr/bin/quire links to " + prefix + "bin/quire");
    }

    private void report(Path image) throws IOException {
        StringBuilder sb = new StringBuilder();
        List<String> checksums = new ArrayList<>();
        sb.append("Application image: ").append(image).append(" (").append(mb(size(image))).append(")\n");
        try (Stream<Path> files = Files.list(work)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.matches(".*\\.(deb|rpm|msi|exe|dmg|pkg)$")) {
                    sb.append("Package: ").append(p).append(" (").append(mb(Files.size(p))).append(")\n");
                    checksums.add(sha256(p) + "  " + name);
                }
            }
        }
        Files.writeString(work.resolve("sizes.txt"), sb.toString());
        say(sb.toString().strip());
        Files.write(work.resolve("SHA256SUMS"), checksums);
    }

    /** jpackage takes one to three numbers: 0.1.0-SNAPSHOT becomes 0.1.0. */
    static String numericVersion(String v) {
        String digits = v.replaceFirst("[^0-9.].*$", "").replaceAll("\\.+$", "");
        String[] parts = digits.isEmpty() ? new String[] {"0"} : digits.split("\\.");
        return String.join(".", Arrays.copyOf(parts, Math.min(parts.length, 3)));
    }

    /** Runs a JDK tool in this JVM (the toolchain's JDK, which Maven chose to run this program). */
    private static String tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException("This JDK has no " + name + " (" + Runtime.version() + ")"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        say("$ " + name + " " + shown(List.of(args)));
        int code = tool.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        String text = out + err.toString();
        if (code != 0) {
            fail(name + " failed (exit " + code + "):\n" + text);
        }
        if (!name.equals("jdeps") && !text.isBlank()) {
            System.out.println(text.strip());
        }
        return out.toString();
    }

    private static void exec(List<String> cmd, Path log) throws IOException, InterruptedException {
        exec(cmd, log, Map.of());
    }

    private static void exec(List<String> cmd, Path log, Map<String, String> env) throws IOException, InterruptedException {
        say("$ " + shown(cmd) + "  (output in " + log.getFileName() + ")");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(cmd.get(0) + " did not finish in 10 minutes; see " + log);
        }
        if (p.exitValue() != 0) {
            fail(String.join(" ", cmd) + " exited " + p.exitValue() + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    /** A command for the log: a class or module path is shortened to its first entry and a count. */
    private static String shown(List<String> cmd) {
        return String.join(" ", cmd.stream().map(a -> {
            String[] parts = a.split(File.pathSeparator);
            return parts.length > 3 ? parts[0] + File.pathSeparator + "…(" + parts.length + " entries)" : a;
        }).toList());
    }

    /** As sha256sum prints it, for SHA256SUMS (sha256sum -c, shasum -a 256 -c). */
    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static String join(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The program of that name in a folder of the PATH, or null. */
    private static Path onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(d -> !d.isBlank()).map(d -> Path.of(d, program)).filter(Files::isExecutable)
                .findFirst().orElse(null);
    }

    private static void say(String line) {
        System.out.println("[installer] " + line);
    }

    private static void fail(String why) {
        throw new IllegalStateException("Packaging failed: " + why);
    }

    /** What differs between the three systems' images and installers. */
    private enum Os {
        LINUX("Linux", List.of("deb", "rpm"), "quire.png", "lib/app", "lib/runtime", "bin/quire"),
        WINDOWS("Windows", List.of("msi"), "quire.ico", "app", "runtime", "quire-cli.exe"),
        MAC("macOS", List.of("dmg", "pkg"), "quire.icns", "Contents/app", "Contents/runtime/Contents/Home",
                "Contents/MacOS/" + NAME);

        final String name;
        final List<String> defaultTypes;
        final String icon;
        final String appDir;
        final String runtimeHome;
        /** The launcher that prints to a console (for the check after building the image). */
        final String launcher;

        Os(String name, List<String> defaultTypes, String icon, String appDir, String runtimeHome, String launcher) {
            this.name = name;
            this.defaultTypes = defaultTypes;
            this.icon = icon;
            this.appDir = appDir;
            this.runtimeHome = runtimeHome;
            this.launcher = launcher;
        }

        static Os current() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return os.contains("win") ? WINDOWS : os.contains("mac") ? MAC : LINUX;
        }

        /**
         * jpackage on macOS refuses a version whose first number is 0 (an old CFBundleVersion rule);
         * until Quire 1.0 the bundle says 1.0.0 there. quire --version and Help → About read the
         * real version from the jar.
         */
        String packageVersion(String version) {
            return this == MAC && version.startsWith("0") ? "1.0.0" : version;
        }
    }
}
