package org.learnpath.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for a Quarkus test run. Each application start gets a database of its own, so test
 * profiles never see each other's data or migrations.
 * <p>
 * When {@value #JDBC_URL_ENV} is set (a CI database or a developer's own server), that server is used
 * (with {@value #USER_ENV} and {@value #PASSWORD_ENV}); otherwise an embedded server is started once per JVM.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String JDBC_URL_ENV = "LEARNPATH_TEST_JDBC_URL";
    public static final String USER_ENV = "LEARNPATH_TEST_JDBC_USER";
    public static final String PASSWORD_ENV = "LEARNPATH_TEST_JDBC_PASSWORD";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static volatile String lastJdbcUrl;
    private static volatile String lastUser;
    private static volatile String lastPassword;

    @Override
    public Map<String, String> start() {
        String adminUrl;
        String user;
        String password;
        String external = System.getenv(JDBC_URL_ENV);
        if (external != null && !external.isBlank()) {
            adminUrl = external;
            user = envOr(USER_ENV, "postgres");
            password = envOr(PASSWORD_ENV, "");
        } else {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
            adminUrl = server.jdbcUrl("postgres");
            user = EmbeddedPostgresServer.USER;
            password = "";
        }
        String database = "lp_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        execute(adminUrl, user, password, "create database " + database);
        String url = replaceDatabase(adminUrl, database);
        lastJdbcUrl = url;
        lastUser = user;
        lastPassword = password;
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        // The embedded server stops with the JVM; an external server keeps the database for post-mortems.
    }

    /** A new connection to the database of the latest application start, for assertions below the API. */
    public static Connection connect() throws SQLException {
        if (lastJdbcUrl == null) {
            throw new IllegalStateException("PostgresResource has not started");
        }
        return DriverManager.getConnection(lastJdbcUrl, lastUser, lastPassword);
    }

    /**
     * A new connection to the server's maintenance database ({@code postgres}), for what cannot be done from inside
     * the test's own database, such as {@code ALTER DATABASE ... ALLOW_CONNECTIONS false}.
     */
    public static Connection connectToServer() throws SQLException {
        if (lastJdbcUrl == null) {
            throw new IllegalStateException("PostgresResource has not started");
        }
        return DriverManager.getConnection(replaceDatabase(lastJdbcUrl, "postgres"), lastUser, lastPassword);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database at " + url + ": " + e.getMessage(), e);
        }
    }

    static String replaceDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = base.lastIndexOf('/');
        if (slash < "jdbc:postgresql://".length()) {
            return base + "/" + database + params;
        }
        return base.substring(0, slash + 1) + database + params;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
