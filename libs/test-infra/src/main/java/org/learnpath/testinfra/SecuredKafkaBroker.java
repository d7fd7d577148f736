package org.learnpath.testinfra;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;

/**
 * A KRaft broker in the test JVM that treats clients the way the Strimzi cluster of deploy/kubernetes does: its
 * listener {@code TLS} takes SASL over TLS with SCRAM-SHA-512 only, and the {@code StandardAuthorizer} lets a user do
 * exactly what its ACLs allow (no ACL, no access). The certificate is made for 127.0.0.1 at start; clients trust it
 * through a PEM file, as the services trust the cluster CA.
 *
 * <p>A second, plaintext listener is for the tests themselves: its anonymous clients are super users, so that a test
 * can create topics, users and ACLs and read what a service wrote without an ACL of its own. Services never use it.
 */
public final class SecuredKafkaBroker implements AutoCloseable {

    public static final String MECHANISM = "SCRAM-SHA-512";
    private static final String LISTENER = "TLS";
    /**
     * The broker and its clients log thousands of INFO lines; tests outside Quarkus have no log configuration to
     * quiet them. Held here: java.util.logging keeps only weak references to loggers, and with them their levels.
     */
    private static final List<java.util.logging.Logger> QUIETED = Stream.of("org.apache.kafka", "kafka",
            "state.change.logger").map(java.util.logging.Logger::getLogger).toList();

    static {
        QUIETED.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
    }

    private final Path dir;
    private final EmbeddedKafkaBroker broker;
    private final String superUserBootstrap;
    private final String bootstrap;
    private final Path caCertificate;
    private final Map<String, String> passwords = new HashMap<>();
    private final Admin admin;

    private SecuredKafkaBroker(Path dir, EmbeddedKafkaBroker broker, String superUserBootstrap, String bootstrap,
            Path caCertificate) {
        this.dir = dir;
        this.broker = broker;
        this.superUserBootstrap = superUserBootstrap;
        this.bootstrap = bootstrap;
        this.caCertificate = caCertificate;
        this.admin = Admin.create(superUserSettings());
    }

    public static SecuredKafkaBroker start() {
        Path dir = createDir();
        String storePassword = UUID.randomUUID().toString();
        Path keyStore = dir.resolve("broker.p12");
        Path ca = dir.resolve("ca.crt");
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-keystore", keyStore.toString(),
                "-storetype", "PKCS12", "-storepass", storePassword);
        keytool("-exportcert", "-rfc", "-alias", "broker", "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", storePassword, "-file", ca.toString());

        int plainPort = freePort();
        int tlsPort = freePort();
        int controllerPort = freePort();
        String host = "127.0.0.1";
        String superUserBootstrap = host + ":" + plainPort;
        String bootstrap = host + ":" + tlsPort;
        String listener = "listener.name." + LISTENER.toLowerCase() + ".";
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withKafkaHost(host)
                .withKafkaPort(plainPort)
                .withControllerPort(controllerPort)
                .withDeleteLogDirsOnClose(true)
                .withAdditionalProperties(props -> {
                    props.put("log.dir", dir.resolve("log").toString());
                    props.put("listeners", "PLAINTEXT://" + superUserBootstrap + "," + LISTENER + "://" + bootstrap
                            + ",CONTROLLER://" + host + ":" + controllerPort);
                    props.put("advertised.listeners", "PLAINTEXT://" + superUserBootstrap + "," + LISTENER + "://"
                            + bootstrap);
                    props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + LISTENER
                            + ":SASL_SSL,CONTROLLER:PLAINTEXT");
                    props.put("inter.broker.listener.name", "PLAINTEXT");
                    props.put(listener + "sasl.enabled.mechanisms", MECHANISM);
                    props.put(listener + MECHANISM.toLowerCase() + ".sasl.jaas.config",
                            "org.apache.kafka.common.security.scram.ScramLoginModule required;");
                    props.put(listener + "ssl.keystore.type", "PKCS12");
                    props.put(listener + "ssl.keystore.location", keyStore.toString());
                    props.put(listener + "ssl.keystore.password", storePassword);
                    props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
                    // The plaintext listeners (the tests' own and the controller's) are anonymous.
                    props.put("super.users", "User:ANONYMOUS");
                    props.put("allow.everyone.if.no.acl.found", "false");
                    // Lets a test shorten a consumer's session below Kafka's 6 s floor: a consumer refused by
                    // the ACLs cannot leave its group, which then waits that long before it takes a new member.
                    props.put("group.min.session.timeout.ms", "1000");
                })
                .start();
        return new SecuredKafkaBroker(dir, broker, superUserBootstrap, bootstrap, ca);
    }

    /** Where the services connect: SASL_SSL, SCRAM-SHA-512. */
    public String bootstrapServers() {
        return bootstrap;
    }

    /** The broker's certificate (PEM), the one certificate a client must trust. */
    public Path caCertificate() {
        return caCertificate;
    }

    /** Settings of a client on the tests' plaintext listener, allowed everything. */
    public Map<String, Object> superUserSettings() {
        return Map.of("bootstrap.servers", superUserBootstrap);
    }

    /** Settings of a client that connects as {@code user} (see {@link #createUser}), as a service would. */
    public Map<String, Object> clientSettings(String user) {
        return Map.of("bootstrap.servers", bootstrap, "security.protocol", "SASL_SSL", "sasl.mechanism", MECHANISM,
                "sasl.jaas.config", jaasConfig(user), "ssl.truststore.type", "PEM",
                "ssl.truststore.location", caCertificate.toString());
    }

    /** The JAAS configuration of {@code user}, in the form of the {@code sasl.jaas.config} of a Strimzi KafkaUser secret. */
    public String jaasConfig(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("No user " + user);
        }
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /** An admin client allowed everything; closed with the broker. */
    public Admin admin() {
        return admin;
    }

    /** Creates a SCRAM-SHA-512 user with a password of its own, once the broker accepts it. */
    public synchronized void createUser(String user) {
        if (passwords.containsKey(user)) {
            return;
        }
        String password = UUID.randomUUID().toString();
        get(admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password))).all());
        passwords.put(user, password);
        await("the credentials of " + user, () -> get(admin.describeUserScramCredentials(List.of(user)).all())
                .containsKey(user));
    }

    /** Creates the topics that do not exist yet, as the cluster's KafkaTopic resources would. */
    public void createTopics(Collection<NewTopic> topics) {
        admin.createTopics(topics).values().forEach((name, created) -> {
            try {
                created.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Cannot create " + name, e.getCause());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Adds the ACLs and waits until the broker's authorizer applies them. */
    public void grant(Collection<AclBinding> acls) {
        get(admin.createAcls(acls).all());
        await("ACLs " + acls, () -> get(admin.describeAcls(AclBindingFilter.ANY).values()).containsAll(acls));
    }

    /** Removes the ACLs and waits until the broker's authorizer no longer applies them. */
    public void revoke(Collection<AclBinding> acls) {
        get(admin.deleteAcls(acls.stream().map(AclBinding::toFilter).toList()).all());
        await("ACLs removed " + acls, () -> get(admin.describeAcls(AclBindingFilter.ANY).values()).stream()
                .noneMatch(acls::contains));
    }

    /** Removes every ACL of {@code user}. */
    public void revokeAll(String user) {
        AclBindingFilter filter = new AclBindingFilter(ResourcePatternFilter.ANY, new AccessControlEntryFilter(
                principal(user), null, AclOperation.ANY, AclPermissionType.ANY));
        get(admin.deleteAcls(List.of(filter)).all());
        await("no ACLs of " + user, () -> get(admin.describeAcls(filter).values()).isEmpty());
    }

    /** One ACL allowing {@code user} the operation on the literal topic or group. */
    public static AclBinding allow(String user, ResourceType type, String name, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry(principal(user), "*", operation, AclPermissionType.ALLOW));
    }

    private static String principal(String user) {
        return "User:" + user;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
        broker.close();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Temporary files; the OS cleans up what is left.
        }
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Check {
        boolean done();
    }

    /** The controller commits an admin change before the broker's caches (credentials, authorizer) apply it. */
    private static void await(String what, Check check) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!check.done()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The broker did not apply " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void keytool(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path createDir() {
        try {
            return Files.createTempDirectory("learnpath-secured-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
