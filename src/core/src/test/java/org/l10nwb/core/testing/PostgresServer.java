package org.l10nwb.core.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, from Debian's {@code postgresql} package: a new cluster
 * in a temporary folder ({@code initdb}), started on a free port and stopped at the end. PostgreSQL
 * refuses to run as root, so as root the cluster belongs to the {@code postgres} user the package
 * creates, and its commands run through {@code runuser}.
 */
public final class PostgresServer implements AutoCloseable {
    private final Path dir;
    private final int port;
    private final String bin;

    private PostgresServer(Path dir, int port, String bin) {
        this.dir = dir;
        this.port = port;
        this.bin = bin;
    }

    /** The installed server's programs, or {@code null} when the package is not installed. */
    public static String binaries() {
        Path lib = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(lib)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(lib)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString)).map(Path::toString).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static PostgresServer shared;
    private static int databases;

    /**
     * One server for every test of the run (a cluster takes seconds to create), stopped when the
     * test JVM ends; each caller gets a database of its own.
     */
    public static synchronized String newDatabase() throws IOException, InterruptedException {
        if (shared == null) {
            shared = start();
            PostgresServer s = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    s.close();
                } catch (IOException | InterruptedException e) {
                    // the JVM is ending; the temporary cluster is left for the system to clean
                }
            }));
        }
        return shared.url("wb" + (++databases));
    }

    static PostgresServer start() throws IOException, InterruptedException {
        String bin = binaries();
        if (bin == null) {
            throw new IllegalStateException("PostgreSQL is not installed (apt-get install postgresql)");
        }
        Path dir = Files.createTempDirectory("workbench-pg");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PostgresServer server = new PostgresServer(dir, port, bin);
        if (root()) {
            run(List.of("chmod", "755", dir.toString()));
            run(List.of("chown", "postgres", dir.toString()));
        }
        server.pg("initdb", "-D", dir.resolve("data").toString(), "-A", "trust", "-U", "postgres", "--no-sync",
                "-E", "UTF8", "--locale=C.UTF-8");
        server.pg("pg_ctl", "-D", dir.resolve("data").toString(), "-w", "-l", dir.resolve("log").toString(), "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off",
                "start");
        return server;
    }

    /** A URL as a project's {@code memory.url} names the server, for a database created now. */
    String url(String database) throws IOException, InterruptedException {
        run(List.of("psql", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres", "-q", "-c",
                "CREATE DATABASE " + database));
        return "postgresql://postgres@127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        pg("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        run(List.of("rm", "-rf", dir.toString()));
    }

    private void pg(String program, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (root()) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.add(bin + "/" + program);
        cmd.addAll(List.of(args));
        run(cmd);
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
    }
}
