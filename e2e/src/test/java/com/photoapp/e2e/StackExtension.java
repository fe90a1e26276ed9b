package com.photoapp.e2e;

import java.nio.file.Path;

import com.photoapp.devstack.RepositoryRoot;
import com.photoapp.devstack.Stack;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one private stack for all end-to-end test classes and stops it when the run ends; JUnit
 * closes the stored stack because it is {@link AutoCloseable}.
 */
class StackExtension implements ParameterResolver {

	private static final Path LOGS = RepositoryRoot.get().resolve("e2e/target/stack-logs");

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Stack.class;
	}

	@Override
	public Stack resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.computeIfAbsent(Stack.class, (key) -> Stack.startForTests(LOGS), Stack.class);
	}

}
