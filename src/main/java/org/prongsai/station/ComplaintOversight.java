package org.prongsai.station;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.prongsai.platform.security.CurrentUser;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;

/**
 * Keeps what decides where a complaint about a station goes out of that station's own hands. The
 * integrity module routes a complaint around the unit or person it names and the commander, to
 * the complaint officers whose officer is outside that chain, or to the administrators of the
 * station's police region. So the station's region, the complaint officers' accounts (the role,
 * their password, which officer they are) and the standing of the officers routing reads (the
 * commander's, a complaint officer's, and anyone's in a complaint officer's unit) are changed only
 * by an administrator of the station's region, or by the operator on the command line.
 */
@Component
class ComplaintOversight {

	private final Accounts accounts;

	ComplaintOversight(Accounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * Goes on only for an administrator of the region, or where no one signs in at all: the
	 * operator's command line and the application's own start-up. A visitor of the web site is
	 * never "no one": Spring Security gives them an anonymous authentication.
	 * @param messageKey what the refused person is told, in their language
	 * @throws Refused otherwise; the caller's transaction then rolls back and nothing changes
	 */
	void require(int region, String messageKey) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return;
		}
		ProngsaiUser user = CurrentUser.get().orElse(null);
		if (user == null || !user.has(Role.REGION_ADMIN) || !Objects.equals(user.region(), region)) {
			throw new Refused(messageKey);
		}
	}

	/** The officers whose accounts hold the complaint officer role at the station. */
	Set<UUID> complaintOfficersOfficers(UUID stationId) {
		return accounts.findByStationIdOrderByUsername(stationId).stream()
			.filter(a -> a.roleSet().contains(Role.COMPLAINT_OFFICER))
			.map(Account::getOfficerId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
	}

	/** Whether the officer heads the station: routing sends every complaint naming them to the region. */
	static boolean commands(OfficerDetails officer) {
		return officer.executive() && officer.unitId() == null;
	}

	/** Whether a change of the officer's details changes how routing reads them: their unit or their standing. */
	static boolean routingChanges(OfficerDetails before, @Nullable OfficerDetails after) {
		return after == null || !Objects.equals(before.unitId(), after.unitId()) || before.executive() != after.executive();
	}

	/** A change refused because only the station's region may make it; shown as 403 with its message. */
	static class Refused extends AccessDeniedException {

		private final String messageKey;

		Refused(String messageKey) {
			super("only an administrator of the station's police region may make this change");
			this.messageKey = messageKey;
		}

		String messageKey() {
			return messageKey;
		}
	}
}
