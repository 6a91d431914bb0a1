package org.prongsai.integrity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.web.SubmissionQuotas;
import org.prongsai.platform.web.SubmissionRefused;

/**
 * What the public forms (a question, feedback after a service) share: the random token of one
 * filling of a form, so that the same form sent twice (a double click, a reload) is taken once, and
 * what sending one does.
 */
final class PublicForm {

	private static final SecureRandom RANDOM = new SecureRandom();

	private PublicForm() {
	}

	/** A fresh token: 18 random bytes, URL-safe base 64. */
	static String newToken() {
		byte[] token = new byte[18];
		RANDOM.nextBytes(token);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
	}

	/** Whether a token sent back has the shape of ours, fit to store. */
	static boolean validToken(String token) {
		return token.matches("[A-Za-z0-9_-]{16,40}");
	}

	/**
	 * The last checks of a public form before it is stored: the token of the form it came from, and
	 * the form's quotas, which count the submission when they allow it.
	 * @param form the form as the quotas name it ({@code question}, {@code feedback})
	 * @param messages the prefix of the form's messages ({@code integrity.questions})
	 * @throws Rejected {@code <messages>.reject.form} for a token not ours
	 * @throws SubmissionRefused when a quota is used up
	 */
	static void admit(SubmissionQuotas quotas, String form, String messages, UUID stationId, String formToken,
			String client) {
		if (!validToken(formToken)) {
			throw new Rejected(messages + ".reject.form");
		}
		quotas.admit(form, stationId, client, 0);
	}

	/**
	 * Stores a form's submission unless the same filling of the form (its token, unique in the
	 * table) was stored before: a double click or a reload counts once, and the first stands.
	 * @return whether it was stored now
	 */
	static boolean storedOnce(Runnable insert) {
		try {
			insert.run();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** Puts a form's values as typed ({@code entry}) and its token ({@code formToken}) in the model. */
	static void show(Object entry, String token, Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("formToken", token);
	}

	/**
	 * Sends a filled form: on success, back to the form's address with the thanks (a flash
	 * {@code received}); refused, the form again with the reason as {@code problem}, the values as
	 * typed and the same token (a fresh one if it was not fit to use), answered 429 when a quota
	 * refused it.
	 * @param submission what stores the form; throws {@link Rejected} or {@link SubmissionRefused} when it refuses it
	 * @param again the form's page, shown with the token given
	 * @param address the form's address, to go back to
	 */
	static String send(Runnable submission, String formToken, Function<String, String> again, String address, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			submission.run();
		}
		catch (Rejected | SubmissionRefused ex) {
			if (ex instanceof SubmissionRefused) {
				response.setStatus(SubmissionRefused.STATUS);
			}
			model.addAttribute("problem", ex);
			return again.apply(validToken(formToken) ? formToken : newToken());
		}
		redirect.addFlashAttribute("received", true);
		return "redirect:" + address;
	}
}
