package org.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaticLinksEncodingFilterTests {

	@Test
	void onlyAddressesEndingInAFileNameWithAnExtensionMayBeStaticFiles() {
		assertThat(StaticLinksEncodingFilter.mayBeStaticFile("/favicon.svg")).isTrue();
		assertThat(StaticLinksEncodingFilter.mayBeStaticFile("/webjars/govuk-frontend/dist/govuk/assets/images/favicon.ico?v=1"))
			.isTrue();
		assertThat(StaticLinksEncodingFilter.mayBeStaticFile("/kamala/oit/2567/urls.csv")).isTrue();
		assertThat(StaticLinksEncodingFilter.mayBeStaticFile("/kamala")).isFalse();
		assertThat(StaticLinksEncodingFilter.mayBeStaticFile("/kamala/oit/2567/O7")).isFalse();
		assertThat(StaticLinksEncodingFilter.mayBeStaticFile("/kamala/search?q=a.b")).isFalse();
		assertThat(StaticLinksEncodingFilter.mayBeStaticFile("/kamala/contact#map.top")).isFalse();
		assertThat(StaticLinksEncodingFilter.mayBeStaticFile("/v1.2/stations")).isFalse();
	}
}
