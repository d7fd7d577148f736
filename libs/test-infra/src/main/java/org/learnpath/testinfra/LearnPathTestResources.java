package org.learnpath.testinfra;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What every LearnPath {@code @QuarkusTest} runs against: a real PostgreSQL, a Kafka broker and an OIDC issuer, each
 * started once per test JVM and shared by every test class (GLOBAL scope), so that classes carrying this annotation
 * never restart the application for their resources.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcIssuerResource.class, scope = TestResourceScope.GLOBAL)
public @interface LearnPathTestResources {
}
