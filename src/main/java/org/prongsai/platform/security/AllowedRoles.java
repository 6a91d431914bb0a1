package org.prongsai.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may use an admin screen: the roles of which the signed-in person needs at least one. On a
 * controller it covers every handler; on a handler (directly, or through an annotation of the
 * controller's that carries it) it replaces the controller's.
 * <p>
 * Checked when a request reaches its handler, before anything of the request is read (a form, a
 * file, the acting station): anyone else is refused with 403. The console's link to the screen
 * ({@code platform.web.ConsoleLink}) is offered to the same roles, read from here, so who may open
 * a screen and who is shown its link are declared once.
 */
@Documented
@Target({ ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedRoles {

	/** The roles allowed; never empty. */
	Role[] value();
}
