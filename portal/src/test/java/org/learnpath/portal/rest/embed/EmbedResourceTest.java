package org.learnpath.portal.rest.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.NotFoundException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.config.PortalConfig;

class EmbedResourceTest {

    @Test
    void theExamplesPolicyAddsExactlyTheTwoServiceOrigins() {
        String policy = EmbedResource.contentSecurityPolicy(embed(true, "http://localhost:8082/",
                "https://recommender.example.com/api-base"));

        assertThat(policy).contains("connect-src 'self' http://localhost:8082 https://recommender.example.com;")
                .contains("script-src 'self';").contains("style-src 'self';").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe");
    }

    @Test
    void oneOriginIsNamedOnce() {
        assertThat(EmbedResource.contentSecurityPolicy(embed(true, "http://api.example.com/assessment",
                "http://api.example.com/recommender"))).contains("connect-src 'self' http://api.example.com;");
    }

    @Test
    void everythingOfTheExampleIsAbsentUnlessEnabled() {
        EmbedResource resource = new EmbedResource(config(embed(false, "http://a", "http://r")), null);

        assertThatThrownBy(resource::example).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(resource::script).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(resource::styles).isInstanceOf(NotFoundException.class);
        assertThat(resource.token("1").getStatus()).isEqualTo(404);
    }

    /** Proxies rather than classes, so that a setting added to PortalConfig later does not break this test. */
    private static PortalConfig.Embed embed(boolean enabled, String assessment, String recommender) {
        return proxy(PortalConfig.Embed.class, Map.of("exampleEnabled", enabled, "assessmentUrl", assessment,
                "recommenderUrl", recommender));
    }

    private static PortalConfig config(PortalConfig.Embed embed) {
        return proxy(PortalConfig.class, Map.of("embed", embed));
    }

    private static <T> T proxy(Class<T> type, Map<String, Object> values) {
        InvocationHandler answer = (self, method, args) -> {
            if (!values.containsKey(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
            }
            return values.get(method.getName());
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, answer));
    }
}
