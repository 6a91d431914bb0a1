package org.prongsai.station;

/** A unit cannot be deleted while officers belong to it: they would lose their unit on the public pages. */
class UnitHasOfficersException extends RuntimeException {

	private final long officers;

	UnitHasOfficersException(long officers) {
		super("the unit still has " + officers + " officer(s)");
		this.officers = officers;
	}

	/** How many officers still belong to the unit. */
	long officers() {
		return officers;
	}
}
