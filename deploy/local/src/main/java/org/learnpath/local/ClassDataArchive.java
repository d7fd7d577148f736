package org.learnpath.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service's application class-data archive (AppCDS): the classes it loaded up to readiness, already parsed and
 * verified, which the JVM maps at the next start instead of loading them again. Measured on 2 cores with the rest of
 * the local system running, a lone catalog-service became ready in 2.8-4.7 s with it instead of 5.0-6.8 s.
 *
 * <p>The first run of a build records what a dump needs ({@code -XX:+RecordDynamicDumpInfo}) and, once the service is
 * ready, asks its JVM for the archive ({@code jcmd VM.cds dynamic_dump}, a few seconds, once). Dumping at exit
 * instead ({@code -XX:ArchiveClassesAtExit}) took 6 s per service, which would make every first Ctrl-C risk the
 * launcher's grace period. The file name carries the JVM and the build, so a rebuilt service or another JDK gets a
 * new archive; the JVM checks the archive itself too and starts without it if it does not match.
 */
final class ClassDataArchive {

    private static final long DUMP_TIMEOUT_SECONDS = 120;

    private final Path dir;
    private final String service;
    private final Path file;

    private ClassDataArchive(Path dir, String service, Path file) {
        this.dir = dir;
        this.service = service;
        this.file = file;
    }

    /** The archive for this build of the service on this JVM (which may not exist yet). */
    static ClassDataArchive of(Path dir, String service, Path quarkusRunJar) throws IOException {
        Path app = quarkusRunJar.getParent();
        StringBuilder identity = new StringBuilder(System.getProperty("java.vm.version")).append('|')
                .append(System.getProperty("java.home"));
        for (Path part : List.of(quarkusRunJar, app.resolve("quarkus").resolve("quarkus-application.dat"))) {
            if (Files.exists(part)) {
                identity.append('|').append(part).append(':').append(Files.size(part)).append(':')
                        .append(Files.getLastModifiedTime(part).toMillis());
            }
        }
        return new ClassDataArchive(dir, service, dir.resolve(service + "-" + digest(identity.toString()) + ".jsa"));
    }

    /** Whether archives can be made here: the dump goes through jcmd, which a JDK has and a bare runtime lacks. */
    static boolean supported() {
        return Files.isExecutable(jcmd());
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** Options of the service's JVM: use the archive, or prepare to make it. */
    List<String> jvmOptions() {
        return exists() ? List.of("-XX:SharedArchiveFile=" + file) : List.of("-XX:+RecordDynamicDumpInfo");
    }

    /**
     * Asks the running service (started with {@link #jvmOptions()} while no archive existed) for its archive. Written
     * under a temporary name and moved into place when complete; archives of earlier builds are removed.
     */
    void dump(long pid) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path partial = dir.resolve(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Path output = dir.resolve(file.getFileName() + ".jcmd.log");
        // Output to a file, so that waiting for jcmd is bounded even when it never writes or never ends.
        Process jcmd = new ProcessBuilder(jcmd().toString(), Long.toString(pid), "VM.cds", "dynamic_dump",
                partial.toString()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        jcmd.getOutputStream().close();
        try {
            if (!jcmd.waitFor(DUMP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                jcmd.destroyForcibly();
                throw new IOException("jcmd did not finish within " + DUMP_TIMEOUT_SECONDS + " s");
            }
            if (jcmd.exitValue() != 0 || !Files.isRegularFile(partial) || Files.size(partial) == 0) {
                throw new IOException("jcmd VM.cds dynamic_dump failed: " + Files.readString(output).strip());
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(output);
        }
        removeOtherBuilds();
    }

    /** Archives of earlier builds of the service are never used again; one left behind only takes disk space. */
    private void removeOtherBuilds() {
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(dir, service + "-*.jsa")) {
            for (Path archive : archives) {
                if (!archive.equals(file)) {
                    Files.deleteIfExists(archive);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            Console.warn("could not remove an old class-data archive of " + service + ": " + e.getMessage());
        }
    }

    private static Path jcmd() {
        return Path.of(System.getProperty("java.home"), "bin", "jcmd");
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
