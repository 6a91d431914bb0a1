package org.prongsai.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.prongsai.platform.security.AllowedRoles;

/**
 * Lists the screen a handler opens in the admin console's navigation, as an {@link AdminLink}. The
 * link goes to the handler's own address, which must be one fixed path under {@code /admin}
 * answering GET, and is shown to the roles of the handler's {@link AllowedRoles}, which it must
 * have: the console offers a screen to exactly those who may open it. The application does not
 * start with a link that breaks these rules.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsoleLink {

	/** The label's message key. */
	String messageKey();

	/** The link's place in the menu, lower first; no two links share one. */
	int order();
}
