package org.learnpath.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes the suite's {@link E2e} (as a parameter of constructors, {@code @BeforeAll} or test methods).
 * The first class starts it; it is stopped when the whole run ends, through JUnit's root store (and a JVM shutdown
 * hook as a fallback).
 */
public final class E2eExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(E2eExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        system(context);
    }

    private static E2e system(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(E2e.class, k -> E2e.get(), E2e.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == E2e.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return system(context);
    }
}
