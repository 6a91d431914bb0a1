package org.prongsai.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.security.ScreenRoles;

/**
 * The console's navigation, made once the handlers are mapped from those marked {@link ConsoleLink}:
 * each link's path is its handler's and its roles the handler's.
 */
@Component
class AdminLinks implements SmartInitializingSingleton {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	private volatile List<AdminLink> links = List.of();

	AdminLinks(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@Override
	public void afterSingletonsInstantiated() {
		links = of(mappings.orderedStream().flatMap(m -> m.getHandlerMethods().entrySet().stream())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a)));
	}

	/** Every link, in menu order. */
	List<AdminLink> all() {
		return links;
	}

	/** The links of the screens this person may open, in menu order. */
	List<AdminLink> of(ProngsaiUser user) {
		return links.stream().filter(l -> l.roles().stream().anyMatch(user::has)).toList();
	}

	/**
	 * The links the handlers declare, in menu order.
	 * @throws IllegalStateException for a link without one fixed GET path, without roles, or in another's place
	 */
	static List<AdminLink> of(Map<RequestMappingInfo, HandlerMethod> handlers) {
		List<AdminLink> links = handlers.entrySet().stream()
			.filter(h -> h.getValue().hasMethodAnnotation(ConsoleLink.class))
			.map(h -> link(h.getKey(), h.getValue()))
			.sorted(Comparator.comparingInt(AdminLink::order))
			.toList();
		for (int i = 1; i < links.size(); i++) {
			if (links.get(i).order() == links.get(i - 1).order()) {
				throw new IllegalStateException("console links " + links.get(i - 1).path() + " and " + links.get(i).path()
						+ " share place " + links.get(i).order());
			}
		}
		return links;
	}

	private static AdminLink link(RequestMappingInfo mapping, HandlerMethod handler) {
		ConsoleLink link = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ConsoleLink.class);
		Set<String> paths = mapping.getDirectPaths();
		Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
		if (link == null || paths.size() != 1 || mapping.getPatternValues().size() != 1
				|| !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
			throw new IllegalStateException("a console link needs one fixed path answering GET: " + handler);
		}
		Set<Role> roles = ScreenRoles.of(handler);
		if (roles.isEmpty()) {
			throw new IllegalStateException("a console link's screen needs its AllowedRoles: " + handler);
		}
		return new AdminLink(link.messageKey(), paths.iterator().next(), roles, link.order());
	}
}
