package org.prongsai.platform.security;

import java.util.Arrays;
import java.util.Set;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/** Reads the {@link AllowedRoles} a handler is under. */
public final class ScreenRoles {

	private ScreenRoles() {
	}

	/**
	 * The roles that may use the handler: its own {@link AllowedRoles}, else its controller's.
	 * @return never null; empty when neither declares any
	 * @throws IllegalStateException for an {@link AllowedRoles} that names no role
	 */
	public static Set<Role> of(HandlerMethod handler) {
		AllowedRoles declared = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), AllowedRoles.class);
		if (declared == null) {
			declared = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), AllowedRoles.class);
		}
		if (declared == null) {
			return Set.of();
		}
		if (declared.value().length == 0) {
			throw new IllegalStateException("AllowedRoles names no role on " + handler);
		}
		return Set.copyOf(Arrays.asList(declared.value()));
	}
}
