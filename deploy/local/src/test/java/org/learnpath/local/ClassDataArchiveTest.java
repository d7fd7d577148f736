package org.learnpath.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real JVM records what a dump needs, the archive is taken from it while it runs, and a new JVM started with
 * {@code -Xshare:on} (which refuses to start on an archive it cannot map) runs from it.
 */
class ClassDataArchiveTest {

    /** The stand-in service: says it is ready, then waits to be dumped and stopped. */
    public static final class Sleeper {
        public static void main(String[] args) throws Exception {
            System.out.println("ready " + java.time.Instant.now());
            System.out.flush();
            if (args.length == 0) {
                Thread.sleep(120_000);
            }
        }
    }

    @TempDir
    Path dir;

    @Test
    void theArchiveTakenFromARunningJvmIsUsedByTheNextStart() throws Exception {
        Assumptions.assumeTrue(ClassDataArchive.supported(), "jcmd is part of a JDK, not of a bare runtime");
        Path jar = sleeperJar();
        ClassDataArchive archive = ClassDataArchive.of(dir.resolve("class-data"), "sleeper", jar);
        assertThat(archive.exists()).isFalse();
        assertThat(archive.jvmOptions()).containsExactly("-XX:+RecordDynamicDumpInfo");

        dumpWhileRunning(archive, jar);
        assertThat(archive.exists()).isTrue();
        assertThat(archive.jvmOptions()).singleElement().asString().startsWith("-XX:SharedArchiveFile=");

        List<String> mapped = new ArrayList<>(List.of("-Xshare:on"));
        mapped.addAll(archive.jvmOptions());
        Path output = dir.resolve("second.out");
        Process second = start(mapped, jar, "--exit").redirectOutput(output.toFile()).start();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(output)).isZero();
        assertThat(Files.readString(output)).startsWith("ready");

        // Another build of the service is another archive, made anew; making it removes the one of the old build.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        ClassDataArchive rebuilt = ClassDataArchive.of(dir.resolve("class-data"), "sleeper", jar);
        assertThat(rebuilt.exists()).isFalse();
        assertThat(rebuilt.jvmOptions()).containsExactly("-XX:+RecordDynamicDumpInfo");
        dumpWhileRunning(rebuilt, jar);
        assertThat(rebuilt.exists()).isTrue();
        assertThat(archive.exists()).isFalse();
        try (var files = Files.list(dir.resolve("class-data"))) {
            assertThat(files).hasSize(1);
        }
    }

    private void dumpWhileRunning(ClassDataArchive archive, Path jar) throws Exception {
        Process running = start(archive.jvmOptions(), jar).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(running.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("ready");
            archive.dump(running.pid());
        } finally {
            running.destroyForcibly().waitFor();
        }
    }

    private ProcessBuilder start(List<String> options, Path jar, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** The Sleeper in a jar of its own: class-data archives take classes from jars, not from class folders. */
    private Path sleeperJar() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Sleeper.class.getName());
        Path jar = dir.resolve("quarkus-run.jar");
        String entry = Sleeper.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry(entry));
            try (var in = Sleeper.class.getClassLoader().getResourceAsStream(entry)) {
                in.transferTo(out);
            }
            out.closeEntry();
        }
        return jar;
    }
}
