package org.prongsai.platform.security;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a handler to anyone outside its {@link AllowedRoles}. It runs once the handler is chosen
 * and before its arguments are resolved, rather than as method security around the call, so that
 * nothing of a refused request is read: no form bound, no file parsed, no acting station looked up
 * (a region administrator who has picked none learns 403 for a screen not theirs, not 404). It runs
 * after the other interceptors, so the refusal page is in the language the request asked for. The
 * access-denied exception goes the way method security's did: Spring Security answers 403, or sends
 * an anonymous visitor to sign in.
 */
@Configuration
class ScreenRolesCheck implements WebMvcConfigurer, HandlerInterceptor {

	private final Map<Handler, Set<Role>> allowed = new ConcurrentHashMap<>();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).order(Ordered.LOWEST_PRECEDENCE);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			Set<Role> roles = allowed.computeIfAbsent(new Handler(method.getBeanType(), method.getMethod()),
					h -> ScreenRoles.of(method));
			if (!roles.isEmpty() && !holdsAny(SecurityContextHolder.getContext().getAuthentication(), roles)) {
				throw new AccessDeniedException("open to " + roles);
			}
		}
		return true;
	}

	private static boolean holdsAny(@Nullable Authentication authentication, Set<Role> roles) {
		return authentication != null && authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(authority -> roles.stream().anyMatch(role -> role.authority().equals(authority)));
	}

	/** A handler as its roles are looked up: a method inherited by two controllers may be under different ones. */
	private record Handler(Class<?> type, Method method) {
	}
}
