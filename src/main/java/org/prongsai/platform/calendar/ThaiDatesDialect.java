package org.prongsai.platform.calendar;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Registers {@code #thaidates} in every template; Boot's Thymeleaf auto-configuration picks up dialect beans. */
@Component
class ThaiDatesDialect extends AbstractDialect implements IExpressionObjectDialect {

	static final String NAME = "thaidates";

	private final ThaiDates thaiDates;

	ThaiDatesDialect(@Value("${prongsai.calendar.thai-digits:false}") boolean thaiDigits) {
		super("Prongsai Thai dates");
		this.thaiDates = new ThaiDates(thaiDigits);
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public @Nullable Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? thaiDates : null;
			}

			// Stateless: the locale is read at each call, so one instance serves every template.
			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}
		};
	}
}
