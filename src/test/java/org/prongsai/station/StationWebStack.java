package org.prongsai.station;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application through the web stack (security filters, CSRF, binding, validation,
 * templates) on an in-memory H2 database without the demo, with a clock tests move on: the test
 * classes carrying it share one instance, each test making its own stations and accounts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
		"prongsai.demo.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:organisation-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa",
		"spring.datasource.password=",
		"prongsai.files.root=target/organisation-tests/files" })
@AutoConfigureMockMvc
@Import(MutableClock.InPlaceOfTheSystemClock.class)
@interface StationWebStack {
}
