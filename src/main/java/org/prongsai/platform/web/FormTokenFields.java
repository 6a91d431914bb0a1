package org.prongsai.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds a fresh {@link FormToken} to the hidden fields of every form that is not a GET, composed
 * with Spring Security's processor, which adds the CSRF token the same way: Thymeleaf asks the
 * processor for both whenever it renders a {@code th:action}, so no template names the field.
 */
final class FormTokenFields implements RequestDataValueProcessor {

	/** The method of the form being rendered, between {@link #processAction} and {@link #getExtraHiddenFields}. */
	private static final String METHOD = FormTokenFields.class.getName() + ".method";

	private final RequestDataValueProcessor csrf;

	FormTokenFields(RequestDataValueProcessor csrf) {
		this.csrf = csrf;
	}

	@Override
	public String processAction(HttpServletRequest request, String action, String httpMethod) {
		request.setAttribute(METHOD, httpMethod);
		return csrf.processAction(request, action, httpMethod);
	}

	@Override
	public String processFormFieldValue(HttpServletRequest request, @Nullable String name, String value, String type) {
		return csrf.processFormFieldValue(request, name, value, type);
	}

	@Override
	public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
		Map<String, String> fields = new LinkedHashMap<>();
		Map<String, String> csrfFields = csrf.getExtraHiddenFields(request);
		if (csrfFields != null) {
			fields.putAll(csrfFields);
		}
		Object method = request.getAttribute(METHOD);
		request.removeAttribute(METHOD);
		if (method instanceof String httpMethod && !"GET".equalsIgnoreCase(httpMethod)) {
			fields.put(FormToken.FIELD, FormToken.fresh());
		}
		return fields;
	}

	@Override
	public String processUrl(HttpServletRequest request, String url) {
		return csrf.processUrl(request, url);
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Wraps the processor Spring Security registers (the one named {@code requestDataValueProcessor}). */
		@Bean
		static BeanPostProcessor formTokenFields() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof RequestDataValueProcessor processor && !(bean instanceof FormTokenFields)
							? new FormTokenFields(processor) : bean;
				}
			};
		}
	}
}
