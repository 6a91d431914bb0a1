package org.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.prongsai.platform.audit.Attribution;
import org.prongsai.platform.audit.AuditedEvent;

class PageCacheTests {

	final PageCache cache = new PageCache(Duration.ofMinutes(1), 10, () -> 0L);

	void keepAPage() {
		cache.put("/kamala", cache.generation(), "text/html", "th", new byte[] { 1 }, "\"1\"", List.of());
	}

	@Test
	void aChangeOfContentForgetsEveryPageAndASignInNone() {
		keepAPage();
		cache.on(new Audited(false));
		assertThat(cache.size()).as("after a sign-in, which anyone may cause at will").isEqualTo(1);
		cache.on(new Audited(true));
		assertThat(cache.size()).isZero();
	}

	private record Audited(boolean changesContent) implements AuditedEvent {

		public String action() {
			return "test.audited";
		}

		public @Nullable UUID stationId() {
			return null;
		}

		public String target() {
			return "";
		}

		public String afterSummary() {
			return "";
		}

		public Attribution attribution() {
			return Attribution.system();
		}
	}
}
