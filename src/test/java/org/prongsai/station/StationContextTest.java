package org.prongsai.station;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The portal without a web server and without the demo, on an H2 database in memory, with a
 * clock the test moves. Classes with this annotation share one context and one database, so
 * each uses its own station codes and usernames.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
		"prongsai.demo.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:station-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa",
		"spring.datasource.password=",
		"prongsai.files.root=target/station-tests/files" })
@Import(MutableClock.InPlaceOfTheSystemClock.class)
@interface StationContextTest {
}
