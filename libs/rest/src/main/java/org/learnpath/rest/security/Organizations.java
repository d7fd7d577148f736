package org.learnpath.rest.security;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;

/**
 * The organization (tenant) a token's caller belongs to, from its {@value #CLAIM} claim.
 *
 * <p>Two shapes are read, so that a realm may carry the organization either way: a string (a user attribute or a
 * client's hard-coded claim mapped into the token, as the LearnPath realms do) or an array holding exactly one
 * alias (what Keycloak Organizations' membership mapper puts there). A token naming several organizations, or one
 * whose value is not an alias, names none: a caller must never be able to choose among tenants by what the token
 * happens to carry.
 */
public final class Organizations {

    /** The claim, as Keycloak Organizations names it. */
    public static final String CLAIM = "organization";

    /** An organization's alias: what Keycloak Organizations accepts as an alias, and safe in a URL and a column. */
    public static final Pattern ALIAS = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private Organizations() {
    }

    /** The caller's organization, or empty when the token names none (or several, or a malformed one). */
    public static Optional<String> of(JsonWebToken token) {
        if (token == null) {
            return Optional.empty();
        }
        Object value = token.getClaim(CLAIM);
        if (value instanceof Collection<?> values) {
            value = values.size() == 1 ? values.iterator().next() : null;
        }
        if (value instanceof JsonString json) {
            // quarkus-oidc answers a JSON array claim as a JsonArray of JsonString
            value = json.getString();
        }
        if (value instanceof String alias && ALIAS.matcher(alias).matches()) {
            return Optional.of(alias);
        }
        return Optional.empty();
    }

    /**
     * The caller's organization; a 403 problem of type {@code organization-required} when the token names none,
     * for requests about data that belongs to one organization (learners, teams, assignments, reports).
     */
    public static String required(JsonWebToken token) {
        return of(token).orElseThrow(() -> new ProblemException(ProblemType.ORGANIZATION_REQUIRED, 403,
                "This request is about an organization's data, and the token names no organization: its '" + CLAIM
                        + "' claim must hold exactly one organization alias. Ask your identity provider's"
                        + " administrator to give this account an organization."));
    }
}
