package org.prongsai.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * The procurement form as posted: every field as text, the bidder lines as repeated fields. It
 * only carries what was typed; {@link ProcurementEntry#validated} judges it.
 */
class ProcurementForm {

	private String subject = "";
	private String budget = "";
	private String referencePrice = "";
	private String method = "";
	private List<String> bidder = new ArrayList<>();
	private List<String> price = new ArrayList<>();
	private String selectedBidder = "";
	private String agreedPrice = "";
	private String reason = "";
	private String contractNumber = "";
	private String contractDate = "";
	private String month = "";
	private int version;

	ProcurementEntry entry() {
		return new ProcurementEntry(subject, budget, referencePrice, method, bidder, price, selectedBidder, agreedPrice,
				reason, contractNumber, contractDate);
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public void setBudget(String budget) {
		this.budget = budget;
	}

	public void setReferencePrice(String referencePrice) {
		this.referencePrice = referencePrice;
	}

	public void setMethod(String method) {
		this.method = method;
	}

	public void setBidder(List<String> bidder) {
		this.bidder = bidder;
	}

	public void setPrice(List<String> price) {
		this.price = price;
	}

	public void setSelectedBidder(String selectedBidder) {
		this.selectedBidder = selectedBidder;
	}

	public void setAgreedPrice(String agreedPrice) {
		this.agreedPrice = agreedPrice;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public void setContractNumber(String contractNumber) {
		this.contractNumber = contractNumber;
	}

	public void setContractDate(String contractDate) {
		this.contractDate = contractDate;
	}

	public String getMonth() {
		return month;
	}

	public void setMonth(String month) {
		this.month = month;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
