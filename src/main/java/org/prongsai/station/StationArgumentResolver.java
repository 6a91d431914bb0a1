package org.prongsai.station;

import java.util.List;
import java.util.Map;

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
 * Lets a public controller take the station its address names: a handler parameter of type
 * {@link StationView} is the station whose code is the {@code {station}} path variable, and an
 * unknown code is a 404. The station is also put in the model for the layout.
 */
@Configuration
class StationArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private final StationDirectory directory;

	StationArgumentResolver(StationDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == StationView.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
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
}
