package org.prongsai.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * A procurement as an officer types it into the form: text fields, amounts as written
 * ({@code 12,500.50}), up to {@link #MAX_BIDS} bidder lines of which blank ones are ignored.
 * {@link #validated} checks everything and gives the record, or refuses with the first problem.
 */
record ProcurementEntry(String subject, String budget, String referencePrice, String method, List<String> bidders,
		List<String> prices, String selectedBidder, String agreedPrice, String reason, String contractNumber,
		String contractDate) {

	static final int MAX_BIDS = 10;

	/** The record this entry describes, checked. */
	Procurement validated(java.util.UUID id, int version, Clock clock) {
		String subjectText = required(subject, 500, "subject");
		BigDecimal budgetAmount = amount(budget, "budget");
		BigDecimal reference = referencePrice.isBlank() ? null : amount(referencePrice, "reference-price");
		ProcurementMethod how = ProcurementMethod.named(method)
			.orElseThrow(() -> new ReportingRejected("reporting.procurement.reject.method"));
		List<Procurement.Bid> bids = new ArrayList<>();
		for (int i = 0; i < Math.max(bidders.size(), prices.size()); i++) {
			String name = i < bidders.size() ? bidders.get(i).strip() : "";
			String price = i < prices.size() ? prices.get(i).strip() : "";
			if (name.isEmpty() && price.isEmpty()) {
				continue;
			}
			if (name.isEmpty() || price.isEmpty()) {
				throw new ReportingRejected("reporting.procurement.reject.bid-incomplete", i + 1);
			}
			bids.add(new Procurement.Bid(EntryFields.limited(name, 300), amount(price, "bid-price")));
		}
		if (bids.isEmpty()) {
			throw new ReportingRejected("reporting.procurement.reject.no-bids");
		}
		if (bids.size() > MAX_BIDS) {
			throw new ReportingRejected("reporting.procurement.reject.too-many-bids", MAX_BIDS);
		}
		String selected = required(selectedBidder, 300, "selected-bidder");
		Procurement.Bid winning = bids.stream().filter(b -> b.bidder().equals(selected)).findFirst()
			.orElseThrow(() -> new ReportingRejected("reporting.procurement.reject.selected-not-a-bidder"));
		BigDecimal agreed = amount(agreedPrice, "agreed-price");
		if (agreed.compareTo(winning.price()) > 0) {
			throw new ReportingRejected("reporting.procurement.reject.agreed-above-offer");
		}
		LocalDate signed = date(contractDate);
		if (signed.isAfter(LocalDate.now(clock.withZone(FiscalYear.BANGKOK)))) {
			throw new ReportingRejected("reporting.procurement.reject.future-date");
		}
		return new Procurement(id, subjectText, budgetAmount, reference, how, bids, selected, agreed,
				required(reason, 1000, "reason"), required(contractNumber, 100, "contract-number"), signed, version);
	}

	/** The form filled with a record, for changing it. */
	static ProcurementEntry of(Procurement p) {
		List<String> names = new ArrayList<>(p.bids().stream().map(Procurement.Bid::bidder).toList());
		List<String> offered = new ArrayList<>(p.bids().stream().map(b -> b.price().toPlainString()).toList());
		return new ProcurementEntry(p.subject(), p.budget().toPlainString(),
				p.referencePrice() == null ? "" : p.referencePrice().toPlainString(), p.method().key(), names, offered,
				p.selectedBidder(), p.agreedPrice().toPlainString(), p.reason(), p.contractNumber(),
				p.contractDate().toString());
	}

	/** An empty form with room for the usual three bidders. */
	static ProcurementEntry blank() {
		return new ProcurementEntry("", "", "", ProcurementMethod.SPECIFIC.key(), List.of("", "", ""), List.of("", "", ""),
				"", "", "", "", "");
	}

	/** The bidder lines the form shows: those filled, and blank ones up to at least three. */
	public List<Integer> bidLines() {
		int lines = Math.min(MAX_BIDS, Math.max(3, Math.max(bidders.size(), prices.size())));
		return java.util.stream.IntStream.range(0, lines).boxed().toList();
	}

	public String bidder(int line) {
		return line < bidders.size() ? bidders.get(line) : "";
	}

	public String price(int line) {
		return line < prices.size() ? prices.get(line) : "";
	}

	private static String required(@Nullable String text, int max, String field) {
		return EntryFields.required(text, max, "reporting.procurement.reject.required." + field);
	}

	/** An amount in baht as written, with or without thousands separators; never negative, at most two decimals. */
	static BigDecimal amount(String text, String field) {
		return EntryFields.amount(text, "reporting.procurement.reject.required." + field);
	}

	private static LocalDate date(String text) {
		return EntryFields.date(text, "reporting.procurement.reject.required.contract-date");
	}
}
