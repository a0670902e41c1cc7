package civilaffairs;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j 5.26 Community embedded, with its Bolt connector on loopback, so the project
 * has a real Neo4j without Docker or a server tarball.
 *
 * <p>Usage: {@code EmbeddedNeo4j <home> <boltPort>}. The store lives in {@code <home>/data};
 * the password of user {@code neo4j} lives in {@code <home>/password} (generated on first start,
 * never committed). Prints one line {@code BOLT_READY <port>} on stdout once Bolt accepts
 * connections; the Node side waits for that line. SIGINT/SIGTERM shut the DBMS down cleanly.
 */
public final class EmbeddedNeo4j {
  private static final String USER = "neo4j";

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: EmbeddedNeo4j <home> <boltPort>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    Path passwordFile = home.resolve("password");
    boolean firstStart = !Files.exists(passwordFile);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home.resolve("data"))
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            // The seed graph is small; keep the page cache modest on shared 2-core machines.
            .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
            // Transaction logs serve backups and clusters, which a local database has none of. Neo4j's default
            // keeps two days of them: ingests and bench runs filled 21 GB in a day on a 3 GB store.
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "256M size")
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("NEO4J_STOPPING");
                  dbms.shutdown();
                  System.out.println("NEO4J_STOPPED");
                  stopped.countDown();
                },
                "neo4j-shutdown"));

    if (firstStart) {
      setInitialPassword(dbms, passwordFile);
    }
    awaitBolt(port, Duration.ofSeconds(60));
    System.out.println("BOLT_READY " + port);
    System.out.flush();
    stopped.await();
  }

  /** Sets a generated password on first start and writes it beside the store (owner-only). */
  private static void setInitialPassword(DatabaseManagementService dbms, Path passwordFile)
      throws IOException {
    byte[] random = new byte[18];
    new SecureRandom().nextBytes(random);
    String password = HexFormat.of().formatHex(random);
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    system.executeTransactionally(
        "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
        java.util.Map.of("password", password));
    Path tmp = passwordFile.resolveSibling("password.tmp");
    Files.writeString(tmp, password, StandardCharsets.UTF_8);
    tmp.toFile().setReadable(false, false);
    tmp.toFile().setReadable(true, true);
    // Rename last so a crash never leaves a password file that does not match the store.
    Files.move(tmp, passwordFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private static void awaitBolt(int port, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try (java.net.Socket socket = new java.net.Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("Bolt did not open on 127.0.0.1:" + port + " within " + timeout);
  }

  private EmbeddedNeo4j() {}
}
