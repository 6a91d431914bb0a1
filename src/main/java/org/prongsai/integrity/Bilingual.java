package org.prongsai.integrity;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.prongsai.disclosure.LocalizedText;
import org.prongsai.platform.calendar.ThaiDateFormat;

/**
 * A message in Thai and in English at once, for what is published in both (the statistics' files
 * and figures): a day among the arguments is written in each language's form, Buddhist Era in Thai.
 */
@Component
class Bilingual {

	static final Locale THAI = Locale.forLanguageTag("th");

	private static final ThaiDateFormat THAI_DATES = ThaiDateFormat.of(THAI);

	private static final ThaiDateFormat ENGLISH_DATES = ThaiDateFormat.of(Locale.ENGLISH);

	private final MessageSource messages;

	Bilingual(MessageSource messages) {
		this.messages = messages;
	}

	LocalizedText text(String key, Object... args) {
		return new LocalizedText(messages.getMessage(key, in(args, THAI_DATES), THAI),
				messages.getMessage(key, in(args, ENGLISH_DATES), Locale.ENGLISH));
	}

	/** The message, or the fallback in both languages when there is none (a code the messages don't know yet). */
	LocalizedText textOr(String key, String fallback) {
		return new LocalizedText(messages.getMessage(key, null, fallback, THAI),
				messages.getMessage(key, null, fallback, Locale.ENGLISH));
	}

	private static Object[] in(Object[] args, ThaiDateFormat dates) {
		Object[] written = args.clone();
		for (int i = 0; i < written.length; i++) {
			if (written[i] instanceof LocalDate day) {
				written[i] = dates.longDate(day);
			}
		}
		return written;
	}
}
