package org.prongsai.eservice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import org.prongsai.platform.calendar.ThaiDateFormat;
import org.prongsai.platform.web.PublicAddress;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * Tells the citizen who left an e-mail address that their case has a new milestone, in the
 * language they used, once the milestone is committed: a milestone rolled back sends nothing.
 * The mail names the case, the station and the step, and where to look; never the access code.
 * Without a mail server ({@code spring.mail.host} unset) nothing is sent and that is recorded.
 * When the milestone closes the case, the address is deleted after this last mail.
 */
@Component
class MilestoneMail {

	private static final Logger log = LoggerFactory.getLogger(MilestoneMail.class);

	private final JdbcClient jdbc;
	private final ObjectProvider<JavaMailSender> mail;
	private final MessageSource messages;
	private final StationDirectory stations;
	private final PublicAddress address;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final String from;

	MilestoneMail(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, MessageSource messages, StationDirectory stations,
			PublicAddress address, ApplicationEventPublisher events, Clock clock,
			@Value("${prongsai.mail.from:no-reply@prongsai.invalid}") String from) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.messages = messages;
		this.stations = stations;
		this.address = address;
		this.events = events;
		this.clock = clock;
		this.from = from;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(EServiceEvents.MilestoneAdded event) {
		Recipient to = jdbc.sql("select c.station_id, c.case_number, c.email, c.email_language, c.closed_at, m.name_th, m.name_en,"
				+ " m.reached_on from station_case c join case_milestone m on m.case_id = c.id"
				+ " where c.id = :case and m.id = :milestone and c.email is not null")
			.param("case", event.caseId()).param("milestone", event.milestoneId())
			.query((rs, n) -> new Recipient(rs.getObject("station_id", UUID.class), rs.getString("case_number"),
					rs.getString("email"), rs.getString("email_language"), rs.getTimestamp("closed_at") != null,
					rs.getString("name_th"), rs.getString("name_en"), rs.getObject("reached_on", LocalDate.class)))
			.optional().orElse(null);
		if (to == null) {
			return;
		}
		StationView station = stations.find(to.stationId()).orElseThrow();
		Locale locale = Locale.forLanguageTag("en".equals(to.language()) ? "en" : "th");
		String language = locale.getLanguage();
		CaseNumber number = CaseNumber.parse(to.caseNumber()).orElseThrow();
		String milestone = "en".equals(language) ? to.nameEn() : to.nameTh();
		String date = ThaiDateFormat.of(locale).longDate(to.reachedOn());
		String outcome;
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			outcome = "no-mail-host";
		}
		else {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(to.email());
			message.setSubject(messages.getMessage("eservice.case.mail.subject", new Object[] { number.display(language), milestone },
					locale));
			message.setText(messages.getMessage(to.closed() ? "eservice.case.mail.closed" : "eservice.case.mail.body",
					new Object[] { number.display(language), station.name(language), milestone, date, statusPage(station) },
					locale));
			try {
				sender.send(message);
				outcome = "sent";
			}
			catch (MailException ex) {
				// Not the server's message: it usually quotes the citizen's address, which must not reach the logs.
				log.warn("A milestone e-mail of case {} could not be sent ({})", event.caseId(), ex.getClass().getSimpleName());
				outcome = "failed";
			}
		}
		jdbc.sql("insert into case_mail (id, case_id, milestone_id, outcome, at) values (:id, :case, :milestone, :outcome, :now)")
			.param("id", UUID.randomUUID()).param("case", event.caseId()).param("milestone", event.milestoneId())
			.param("outcome", outcome).param("now", Timestamp.from(clock.instant())).update();
		if (to.closed()) {
			jdbc.sql("update station_case set email = null, email_language = null where id = :case").param("case", event.caseId())
				.update();
			events.publishEvent(new EServiceEvents.RecordChanged(to.stationId(), "eservice.case.email", event.caseId().toString(),
					CaseProgress.masked(to.email()), "deleted: the case is closed"));
		}
	}

	/** The status page's address without the code; outside a request (the demo), its path. */
	private String statusPage(StationView station) {
		String path = "/" + station.code() + "/e-services/case";
		try {
			return address.base() + path;
		}
		catch (IllegalStateException ex) {
			return path;
		}
	}

	private record Recipient(UUID stationId, String caseNumber, String email, String language, boolean closed, String nameTh,
			String nameEn, LocalDate reachedOn) {
	}
}
