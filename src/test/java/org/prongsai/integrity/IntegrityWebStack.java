package org.prongsai.integrity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import org.prongsai.station.MutableClock;

/**
 * The whole application through the web stack (MockMvc) on an in-memory database of its own, with
 * a clock tests move on: the test classes carrying it share one instance, each test working in a
 * station of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
		"spring.datasource.url=jdbc:h2:mem:integrity-web;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "prongsai.demo.enabled=false",
		"prongsai.files.root=target/integrity-web/files", "prongsai.keys.root=target/integrity-web/keys" })
@AutoConfigureMockMvc
@Import(MutableClock.InPlaceOfTheSystemClock.class)
@interface IntegrityWebStack {
}
