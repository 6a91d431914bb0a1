package org.prongsai.platform.documents;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Thymeleaf for documents: XHTML templates under {@code documents/}, in XML mode so the output is
 * well-formed for the PDF renderer, with the portal's messages and dialects ({@code #thaidates}).
 */
@Component
class DocumentTemplates {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	DocumentTemplates(MessageSource messages, List<IDialect> dialects) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("documents/");
		resolver.setSuffix(".xhtml");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		dialects.forEach(engine::addDialect);
	}

	String render(String template, Map<String, Object> variables, Locale locale) {
		return engine.process(template, new Context(locale, variables));
	}
}
