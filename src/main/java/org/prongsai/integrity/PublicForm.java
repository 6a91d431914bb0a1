package org.prongsai.integrity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Function;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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
	 * typed and the same token (a fresh one if it was not fit to use).
	 * @param submission what stores the form; throws {@link Rejected} when it refuses it
	 * @param again the form's page, shown with the token given
	 * @param address the form's address, to go back to
	 */
	static String send(Runnable submission, String formToken, Function<String, String> again, String address, Model model,
			RedirectAttributes redirect) {
		try {
			submission.run();
		}
		catch (Rejected ex) {
			model.addAttribute("problem", ex);
			return again.apply(validToken(formToken) ? formToken : newToken());
		}
		redirect.addFlashAttribute("received", true);
		return "redirect:" + address;
	}
}
