package org.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockPart;

class RequestInputFilterTests {

	private final RequestInputFilter filter = new RequestInputFilter();

	private MockHttpServletResponse response;

	private MockFilterChain chain;

	private void filter(MockHttpServletRequest request) throws Exception {
		response = new MockHttpServletResponse();
		chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
	}

	private static MockHttpServletRequest form(String name, String value) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/organisation/units");
		request.setContentType("application/x-www-form-urlencoded");
		request.setContent("x".getBytes(StandardCharsets.UTF_8));
		request.addParameter(name, value);
		return request;
	}

	private String refusal(MockHttpServletRequest request) {
		return request.getAttribute(ErrorPages.PROBLEM) instanceof Refusal problem ? problem.messageKey() : null;
	}

	@Test
	void aValueWithNulIsRefusedBeforeAnythingReadsIt() throws Exception {
		MockHttpServletRequest request = form("nameTh", "งานสืบสวน\u0000");
		filter(request);

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(refusal(request)).isEqualTo("platform.input.control");
		assertThat(chain.getRequest()).as("nothing behind the filter saw it").isNull();
	}

	@Test
	void everyOtherControlCharacterIsRefusedToo() throws Exception {
		for (String value : new String[] { "\u0001", "a\u001bb", "\u007f", "\u0085", "\u009f" }) {
			MockHttpServletRequest request = form("nameTh", value);
			filter(request);
			assertThat(response.getStatus()).as("%s", value.codePointAt(value.length() - 1)).isEqualTo(400);
		}
	}

	@Test
	void anAddressParameterWithNulIsRefused() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/kamala/questions");
		request.setQueryString("q=a%00b");
		request.addParameter("q", "a\u0000b");
		filter(request);

		assertThat(response.getStatus()).isEqualTo(400);
	}

	@Test
	void textWithLinesTabsThaiAndEmojiPasses() throws Exception {
		MockHttpServletRequest request = form("detailsTh", "บรรทัดแรก\r\nบรรทัดที่สอง\tแท็บ 😀 \u200b ๑๒๓");
		filter(request);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(chain.getRequest()).isSameAs(request);
	}

	private static MockHttpServletRequest upload(MockPart file) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/station/photo");
		request.setContentType("multipart/form-data; boundary=x");
		request.setContent("x".getBytes(StandardCharsets.UTF_8));
		request.addPart(file);
		return request;
	}

	@Test
	void aFileNameWithAControlCharacterIsRefusedWithItsOwnReason() throws Exception {
		MockHttpServletRequest request = upload(new MockPart("photo", "station\u0007.png", new byte[] { 1 }));
		filter(request);

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(refusal(request)).isEqualTo("platform.input.file-name");
	}

	@Test
	void aFileNameInTheEncodedFormIsReadAsSpringReadsIt() throws Exception {
		MockPart photo = new MockPart("photo", null, new byte[] { 1 });
		photo.getHeaders().set("Content-Disposition", "form-data; name=\"photo\"; filename*=UTF-8''station%00.png");
		MockHttpServletRequest request = upload(photo);
		filter(request);

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(refusal(request)).isEqualTo("platform.input.file-name");
	}

	@Test
	void aThaiFileNamePasses() throws Exception {
		MockHttpServletRequest request = upload(new MockPart("photo", "สถานีตำรวจ ด้านหน้า.png", new byte[] { 1 }));
		filter(request);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(chain.getRequest()).isSameAs(request);
	}
}
