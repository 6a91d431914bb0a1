package org.prongsai;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application without a web server, on an in-memory database seeded with the demo
 * stations and their FY2567 content (the generated reports among it). Every test class carrying
 * it shares one application, so the demo is seeded once; such tests only read what it made.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
		"spring.datasource.url=jdbc:h2:mem:demo-disclosure;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"prongsai.demo.enabled=true", "prongsai.demo.password=demo-disclosure-1",
		"prongsai.files.root=target/demo-disclosure/files" })
public @interface DemoApplicationTest {
}
