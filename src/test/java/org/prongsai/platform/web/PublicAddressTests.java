package org.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PublicAddressTests {

	@Test
	void withoutABaseUrlOnlyTheLoopbackNamesAndTheListedOnesAreAnswered() {
		PublicAddress address = new PublicAddress("", List.of());
		assertThat(List.of("localhost", "LOCALHOST", "127.0.0.1", "[::1]", "::1", "localhost.")).allMatch(address::answers);
		assertThat(List.of("evil.example", "localhost.evil.example", "127.0.0.2", "10.0.0.7", "")).noneMatch(address::answers);

		PublicAddress listed = new PublicAddress(" ", List.of(" Kamala.Example.go.th ", ""));
		assertThat(listed.answers("kamala.example.go.th")).isTrue();
		assertThat(listed.answers("thungthong.example.go.th")).isFalse();
	}

	@Test
	void withABaseUrlItsHostIsAnsweredAndEveryLinkCarriesItWhateverTheRequestSays() {
		PublicAddress address = new PublicAddress("https://Kamala.example.go.th/", null);
		assertThat(address.answers("kamala.example.go.th")).isTrue();
		assertThat(address.answers("localhost")).as("the host reaching itself").isTrue();
		assertThat(address.answers("evil.example")).isFalse();
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/kamala/data/catalog.jsonld");
		request.setServerName("127.0.0.1");
		assertThat(address.base(request)).isEqualTo("https://Kamala.example.go.th");
	}

	@Test
	void aBaseUrlWithoutAHostStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> new PublicAddress("kamala.example.go.th", null));
		assertThatIllegalStateException().isThrownBy(() -> new PublicAddress("ftp://kamala.example.go.th", null));
	}
}
