package org.prongsai.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

class AuditEventListenerTests {

	private final AuditTestDatabase db = new AuditTestDatabase();

	@Test
	void recordsAPublishedEventWithThePublishersTransaction() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.registerBean(AuditTrail.class, () -> db.trail);
			context.refresh();
			UUID station = UUID.randomUUID();

			context.publishEvent(new AuditTestDatabase.Event("station.profile.updated", station, "profile", "a", "b"));
			db.transaction.executeWithoutResult(status -> {
				context.publishEvent(AuditTestDatabase.event(2));
				status.setRollbackOnly();
			});
			context.publishEvent("not audited");

			assertThat(db.trail.recent(null, 10)).singleElement()
				.satisfies(entry -> assertThat(entry.stationId()).isEqualTo(station));
		}
	}
}
