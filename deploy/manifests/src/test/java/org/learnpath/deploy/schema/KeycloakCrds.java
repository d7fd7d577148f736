package org.learnpath.deploy.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;

/**
 * A strict schema of the Keycloak operator's {@code k8s.keycloak.org/v2beta1} resources, limited to the fields
 * LearnPath uses or may reasonably use.
 *
 * <p><b>Limitation.</b> The operator publishes neither its model nor its CRDs on Maven Central, so these classes
 * are written here. Each field, its JSON name and its type were checked against the operator's own v2beta1 classes
 * in keycloak/keycloak, operator/src/main/java/org/keycloak/operator/crds/v2beta1/ (deployment/KeycloakSpec.java,
 * deployment/ValueOrSecret.java and deployment/spec/{DatabaseSpec, HttpSpec, HostnameSpec, IngressSpec, ProxySpec,
 * HttpManagementSpec, SchedulingSpec, NetworkPolicySpec, BootstrapAdminSpec, UnsupportedSpec, FeatureSpec,
 * TracingSpec, ProbeSpec}.java; realmimport/KeycloakRealmImportSpec.java and Placeholder.java), as of the 26.x
 * line the manifests pin (26.7.3). A field the operator has but this schema lacks fails as unknown: check it
 * against those classes for the pinned version, then add it here. The realm of a KeycloakRealmImport is
 * Keycloak's RealmRepresentation, which keycloak-core (published) carries: it is checked with that class.
 *
 * <p>Every class keeps what it does not know in {@link Strict#getAdditionalProperties()}, as the fabric8 and
 * Strimzi models do, so the same walk finds unknown fields everywhere.
 */
final class KeycloakCrds {

    static final String GROUP = "k8s.keycloak.org";
    static final String VERSION = "v2beta1";

    private KeycloakCrds() {
    }

    /** Keeps unknown fields instead of dropping them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public abstract static class Strict {
        private final Map<String, Object> unknown = new LinkedHashMap<>();

        @JsonAnySetter
        public void setAdditionalProperty(String name, Object value) {
            unknown.put(name, value);
        }

        public Map<String, Object> getAdditionalProperties() {
            return unknown;
        }
    }

    public static class Keycloak extends Strict {
        public String apiVersion;
        public String kind;
        public ObjectMeta metadata;
        public KeycloakSpec spec;
    }

    public static class KeycloakSpec extends Strict {
        public Integer instances;
        public String image;
        public Boolean startOptimized;
        public List<LocalObjectReference> imagePullSecrets;
        public List<ValueOrSecret> additionalOptions;
        public HttpSpec http;
        public UnsupportedSpec unsupported;
        public IngressSpec ingress;
        public FeatureSpec features;
        public DatabaseSpec db;
        public HostnameSpec hostname;
        public ResourceRequirements resources;
        public ProxySpec proxy;
        public HttpManagementSpec httpManagement;
        public SchedulingSpec scheduling;
        public BootstrapAdminSpec bootstrapAdmin;
        public NetworkPolicySpec networkPolicy;
        public TracingSpec tracing;
        public ProbeSpec readinessProbe;
        public ProbeSpec livenessProbe;
        public ProbeSpec startupProbe;
    }

    public static class ValueOrSecret extends Strict {
        public String name;
        public String value;
        public SecretKeySelector secret;
    }

    public static class HttpSpec extends Strict {
        public String tlsSecret;
        public Boolean httpEnabled;
        public Integer httpPort;
        public Integer httpsPort;
        public Map<String, String> annotations;
        public Map<String, String> labels;
    }

    public static class UnsupportedSpec extends Strict {
        public PodTemplateSpec podTemplate;
    }

    public static class IngressSpec extends Strict {
        public Boolean enabled;
        public String className;
        public Map<String, String> annotations;
        public String tlsSecret;
        public Map<String, String> labels;
    }

    public static class FeatureSpec extends Strict {
        public List<String> enabled;
        public List<String> disabled;
    }

    public static class DatabaseSpec extends Strict {
        public String vendor;
        public SecretKeySelector usernameSecret;
        public SecretKeySelector passwordSecret;
        public String database;
        public String host;
        public Integer port;
        public String schema;
        public String url;
        public Integer poolInitialSize;
        public Integer poolMinSize;
        public Integer poolMaxSize;
    }

    public static class HostnameSpec extends Strict {
        public String hostname;
        public String admin;
        public Boolean strict;
        public Boolean backchannelDynamic;
    }

    public static class ProxySpec extends Strict {
        public String headers;
    }

    public static class HttpManagementSpec extends Strict {
        public Integer port;
    }

    public static class SchedulingSpec extends Strict {
        public Affinity affinity;
        public List<Toleration> tolerations;
        public List<TopologySpreadConstraint> topologySpreadConstraints;
        public String priorityClassName;
    }

    public static class BootstrapAdminSpec extends Strict {
        public SecretRef user;
        public SecretRef service;
    }

    /** BootstrapAdminSpec.User and .Service: the name of a Secret. */
    public static class SecretRef extends Strict {
        public String secret;
    }

    public static class NetworkPolicySpec extends Strict {
        public Boolean enabled;
        public List<NetworkPolicyPeer> http;
        public List<NetworkPolicyPeer> https;
        public List<NetworkPolicyPeer> management;
    }

    public static class TracingSpec extends Strict {
        public Boolean enabled;
        public String endpoint;
        public String protocol;
        public String samplerType;
        public Double samplerRatio;
        public String compression;
    }

    public static class ProbeSpec extends Strict {
        public Integer periodSeconds;
        public Integer failureThreshold;
    }

    public static class KeycloakRealmImport extends Strict {
        public String apiVersion;
        public String kind;
        public ObjectMeta metadata;
        public KeycloakRealmImportSpec spec;
    }

    public static class KeycloakRealmImportSpec extends Strict {
        public String keycloakCRName;
        /** Keycloak's RealmRepresentation: checked on its own with keycloak-core's class. */
        @JsonProperty("realm")
        public Map<String, Object> realm;
        public ResourceRequirements resources;
        public Map<String, Placeholder> placeholders;
    }

    public static class Placeholder extends Strict {
        public SecretKeySelector secret;
    }
}
