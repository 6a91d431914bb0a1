package org.prongsai.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One purchase or hire with every column of the monthly summary สขร.๑.
 * @param referencePrice the reference (median) price, ราคากลาง; null where none was set
 * @param bids everyone who offered a price, in order
 * @param reason why the selected bidder was chosen, in brief
 */
record Procurement(UUID id, String subject, BigDecimal budget, @Nullable BigDecimal referencePrice,
		ProcurementMethod method, List<Bid> bids, String selectedBidder, BigDecimal agreedPrice, String reason,
		String contractNumber, LocalDate contractDate, int version) {

	Procurement {
		bids = List.copyOf(bids);
	}

	/** The month the record is reported in: its contract's. */
	YearMonth month() {
		return YearMonth.from(contractDate);
	}

	/** A bidder and the price they offered. */
	record Bid(String bidder, BigDecimal price) {
	}
}
