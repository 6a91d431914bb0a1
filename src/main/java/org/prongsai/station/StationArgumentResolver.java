package org.prongsai.station;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.prongsai.platform.web.NotFoundException;

/**
 * Gives handlers the station they serve, put in the model for the layout too. A public controller's
 * {@link StationView} parameter is the station whose code is the {@code {station}} path variable
 * (model {@code station}), and an unknown code is a 404. An admin controller's {@link Acting}
 * parameter is the station the signed-in person acts for (model {@code actingStation}).
 */
@Configuration
class StationArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private final StationDirectory directory;

	private final ActingStation acting;

	StationArgumentResolver(StationDirectory directory, ActingStation acting) {
		this.directory = directory;
		this.acting = acting;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(Acting.class)
				? parameter.nestedIfOptional().getNestedParameterType() == StationView.class
				: parameter.getParameterType() == StationView.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		if (parameter.hasParameterAnnotation(Acting.class)) {
			return acting(parameter, container, request);
		}
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		String code = variables == null ? null : variables.get("station");
		if (code == null) {
			throw new IllegalStateException("a StationView parameter needs a {station} path variable");
		}
		StationView station = directory.findByCode(code).orElseThrow(() -> new NotFoundException("station " + code));
		if (container != null) {
			container.addAttribute("station", station);
		}
		return station;
	}

	private Object acting(MethodParameter parameter, @Nullable ModelAndViewContainer container, NativeWebRequest request) {
		HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
		Optional<StationView> station = acting.find(servlet == null ? null : servlet.getSession(false));
		if (container != null) {
			station.ifPresent(s -> container.addAttribute("actingStation", s));
		}
		if (parameter.getParameterType() == Optional.class) {
			return station;
		}
		return station.orElseThrow(() -> new NotFoundException("no acting station"));
	}
}
