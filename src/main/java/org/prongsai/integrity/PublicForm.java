package org.prongsai.integrity;

import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.web.FormToken;

/**
 * What the public forms (a question, feedback after a service) share: they keep the
 * {@link FormToken} of the filling they came from with what they store, unique per station, so the
 * same form sent twice is taken once even from another session (the session itself answers a
 * repeat with the first answer), and what sending one does.
 */
final class PublicForm {

	private PublicForm() {
	}

	/** Whether a token sent back has the shape of ours, fit to store; a form without one is refused. */
	static boolean validToken(String token) {
		return FormToken.wellFormed(token);
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

	/** Puts a form's values as typed ({@code entry}) in the model. */
	static void show(Object entry, Model model) {
		model.addAttribute("entry", entry);
	}

	/**
	 * Sends a filled form: on success, back to the form's address with the thanks (a flash
	 * {@code received}); refused, the form again with the reason as {@code problem} and the values
	 * as typed (and a fresh token, as every form rendered has).
	 * @param submission what stores the form; throws {@link Rejected} when it refuses it
	 * @param again the form's page
	 * @param address the form's address, to go back to
	 */
	static String send(Runnable submission, Supplier<String> again, String address, Model model,
			RedirectAttributes redirect) {
		try {
			submission.run();
		}
		catch (Rejected ex) {
			model.addAttribute("problem", ex);
			return again.get();
		}
		redirect.addFlashAttribute("received", true);
		return "redirect:" + address;
	}
}
