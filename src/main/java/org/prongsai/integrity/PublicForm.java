package org.prongsai.integrity;

import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.web.FormToken;
import org.prongsai.platform.web.SubmissionQuotas;
import org.prongsai.platform.web.SubmissionRefused;

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

	/** Puts a form's values as typed ({@code entry}) in the model. */
	static void show(Object entry, Model model) {
		model.addAttribute("entry", entry);
	}

	/**
	 * Sends a filled form: on success, back to the form's address with the thanks (a flash
	 * {@code received}); refused, the form again with the reason as {@code problem} and the values
	 * as typed (and a fresh token, as every form rendered has), answered 429 when a quota refused it.
	 * @param submission what stores the form; throws {@link Rejected} or {@link SubmissionRefused} when it refuses it
	 * @param again the form's page
	 * @param address the form's address, to go back to
	 */
	static String send(Runnable submission, Supplier<String> again, String address, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			submission.run();
		}
		catch (Rejected | SubmissionRefused ex) {
			if (ex instanceof SubmissionRefused) {
				response.setStatus(SubmissionRefused.STATUS);
			}
			model.addAttribute("problem", ex);
			return again.get();
		}
		redirect.addFlashAttribute("received", true);
		return "redirect:" + address;
	}
}
