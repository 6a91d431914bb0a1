package org.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.servlet.support.csrf.CsrfRequestDataValueProcessor;

class FormTokenFieldsTests {

	private final FormTokenFields fields = new FormTokenFields(new CsrfRequestDataValueProcessor());

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/organisation");

	FormTokenFieldsTests() {
		request.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "csrf-value"));
	}

	@Test
	void aFormThatChangesSomethingCarriesAFreshFormTokenBesideTheCsrfToken() {
		fields.processAction(request, "/admin/organisation/units", "post");
		Map<String, String> first = fields.getExtraHiddenFields(request);
		fields.processAction(request, "/admin/organisation/units", "post");
		Map<String, String> second = fields.getExtraHiddenFields(request);

		assertThat(first).containsEntry("_csrf", "csrf-value").containsKey(FormToken.FIELD);
		assertThat(FormToken.wellFormed(first.get(FormToken.FIELD))).isTrue();
		assertThat(second.get(FormToken.FIELD)).as("each form its own").isNotEqualTo(first.get(FormToken.FIELD));
	}

	@Test
	void aSearchFormCarriesNoToken() {
		fields.processAction(request, "/kamala/questions", "get");

		assertThat(fields.getExtraHiddenFields(request)).isEmpty();
	}
}
