package org.prongsai.station;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an admin handler's {@link StationView} parameter as the station the signed-in person acts
 * for, as {@link ActingStation} decides: their own station, or the one a region administrator
 * picked. Never a station the request names, so a screen cannot be tricked into another
 * station's data.
 * <p>
 * With no station to act for (a region administrator who has not picked one yet) the request is
 * not found (404) and the handler does not run; an {@code Optional<StationView>} parameter is
 * empty instead. A session is only read, never made. The station is also in the model as
 * {@code actingStation}, which the console's layout shows.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Acting {
}
