package org.prongsai.readiness;

/** How an element or item stands. A warning does not fail the item: it says what is coming due. */
public enum Outcome {
	PASS, WARNING, FAIL
}
