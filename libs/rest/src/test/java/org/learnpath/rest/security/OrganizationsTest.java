package org.learnpath.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonString;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;

class OrganizationsTest {

    private static JsonWebToken token(Object organization) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "s");
        if (organization != null) {
            claims.put(Organizations.CLAIM, organization);
        }
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "s";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }

    /** What quarkus-oidc puts in a JsonArray claim's elements. */
    private static JsonString json(String text) {
        return new JsonString() {
            @Override
            public String getString() {
                return text;
            }

            @Override
            public CharSequence getChars() {
                return text;
            }

            @Override
            public ValueType getValueType() {
                return ValueType.STRING;
            }

            @Override
            public String toString() {
                return '"' + text + '"';
            }
        };
    }

    @Test
    void readsAStringAndAOneAliasArrayInBothShapesQuarkusAnswers() {
        assertThat(Organizations.of(token("acme"))).contains("acme");
        assertThat(Organizations.of(token(List.of("globex")))).contains("globex");
        assertThat(Organizations.of(token(List.of(json("globex"))))).contains("globex");
    }

    @Test
    void namesNoneForAbsentSeveralOrMalformedValues() {
        for (Object value : new Object[] {null, "", "Acme", "acme corp", "acme\u0000", 42, List.of(),
                List.of("acme", "globex"), Map.of("acme", Map.of("id", "1")), "a".repeat(64)}) {
            assertThat(Organizations.of(token(value))).as(String.valueOf(value)).isEmpty();
        }
        assertThat(Organizations.of(null)).isEmpty();
    }

    @Test
    void requiredRefusesATokenWithoutOrganizationWithAProblemThatSaysSo() {
        assertThat(Organizations.required(token("acme"))).isEqualTo("acme");
        assertThatThrownBy(() -> Organizations.required(token(null)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(403);
                    assertThat(problem.toProblem().getType()).isEqualTo(ProblemType.ORGANIZATION_REQUIRED.uri());
                    assertThat(problem.getMessage()).contains("organization");
                });
    }

    @Test
    void aCachedCallerKeepsTheOrganizationInEitherShape() {
        assertThat(Organizations.of(VerifiedCaller.copyOf(token("acme"), "raw"))).contains("acme");
        assertThat(Organizations.of(VerifiedCaller.copyOf(token(List.of(json("acme"))),
                "raw"))).contains("acme");
    }
}
