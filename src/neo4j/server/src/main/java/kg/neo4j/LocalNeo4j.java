package kg.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A local Neo4j 5 Community server: the embedded engine with its Bolt connector as the only port.
 * Started (and stopped with SIGTERM) by src/neo4j/local-server.ts.
 *
 * <p>Settings come from {@code --name=value} arguments, else {@code -Dkg.neo4j.name=value}, else
 * (password only) the KG_NEO4J_PASSWORD environment variable, which keeps it out of {@code ps}:
 * home (required), port (7687), host (127.0.0.1), password (required, at least 8 characters),
 * pageCache (512m), txTimeout (30s).
 */
public final class LocalNeo4j {
    private LocalNeo4j() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            System.err.println("LocalNeo4j failed to start: " + e);
            e.printStackTrace();
            // Neo4j's own non-daemon threads would otherwise keep a half-started JVM alive.
            System.exit(1);
        }
    }

    private static void run(String[] args) throws InterruptedException {
        Path home = Path.of(setting(args, "home", null)).toAbsolutePath();
        int port = Integer.parseInt(setting(args, "port", "7687"));
        String host = setting(args, "host", "127.0.0.1");
        String password = setting(args, "password", System.getenv("KG_NEO4J_PASSWORD"));
        String pageCache = setting(args, "pageCache", "512m");
        String txTimeout = setting(args, "txTimeout", "30s");
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("password is required and Neo4j wants at least 8 characters");
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                // Bolt is the only port (embedded leaves HTTP off already; say so in case that changes).
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Netty's 5 s quiet period, paid twice after the databases are already closed,
                // would make every stop take 10 s longer for nothing.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.transaction_timeout, duration(txTimeout))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // SIGTERM: flush and close the store so the next start needs no recovery.
            try {
                dbms.shutdown();
            } catch (Throwable e) {
                System.err.println("LocalNeo4j shutdown failed: " + e);
            } finally {
                System.out.println("STOPPED");
                stopped.countDown();
            }
        }, "local-neo4j-shutdown"));

        setPassword(dbms, password);
        System.out.println("READY bolt://" + host + ":" + port);
        System.out.flush();
        stopped.await();
    }

    /**
     * The store keeps whatever password it had before; make it the one we were given, and clear
     * the "change required" flag a fresh store puts on the default neo4j/neo4j user. Embedded
     * transactions run with full rights, so the system database accepts this without logging in.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to its current value; then only the flag matters.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    private static String setting(String[] args, String name, String fallback) {
        String prefix = "--" + name + "=";
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        String value = System.getProperty("kg.neo4j." + name, fallback);
        if (value == null && !name.equals("password")) {
            throw new IllegalArgumentException("missing setting --" + name + "=...");
        }
        return value;
    }

    /** "30s", "2m", "500ms" or a bare number of seconds. */
    private static Duration duration(String text) {
        String t = text.trim().toLowerCase();
        if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        if (t.endsWith("s")) return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
        if (t.endsWith("m")) return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        if (t.endsWith("h")) return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
        return Duration.ofSeconds(Long.parseLong(t));
    }
}
