package org.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RefusedWritesTests {

	private final RefusedWrites refused = new RefusedWrites();

	private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/organisation/officers");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	private String reason() {
		return ((Refusal) request.getAttribute(ErrorPages.PROBLEM)).messageKey();
	}

	@Test
	void aValueTheDatabaseCannotHoldIsABadRequest() throws Exception {
		refused.notKept(new DataIntegrityViolationException("too long", new SQLException("value too long", "22001")), request,
				response);

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(reason()).isEqualTo("platform.write.value");
	}

	@Test
	void aRowOthersStillNeedIsAConflict() throws Exception {
		refused.notKept(new DataIntegrityViolationException("in use", new SQLException("referenced", "23503")), request,
				response);

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(reason()).isEqualTo("platform.write.in-use");
	}

	@Test
	void aRecordChangedSinceTheFormWasReadIsAConflict() throws Exception {
		refused.changedMeanwhile(request, response);

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(reason()).isEqualTo("platform.write.changed");
	}

	@Test
	void aFormAboutARecordThatIsGoneSaysSo() throws Exception {
		refused.notFound(request, response);

		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(reason()).isEqualTo("platform.write.gone");
	}

	@Test
	void aRefusalNobodyCaughtIsABadRequestWithItsReason() throws Exception {
		refused.refused(new Refusal("files.rejected.empty"), request, response);

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(reason()).isEqualTo("files.rejected.empty");
	}
}
