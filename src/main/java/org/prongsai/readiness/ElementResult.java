package org.prongsai.readiness;

import org.prongsai.disclosure.Criteria.ElementCriteria;

/**
 * One element's result.
 * @param fixPath the admin screen where the missing content is added
 */
public record ElementResult(ElementCriteria element, Outcome outcome, Reason reason, String fixPath) {
}
