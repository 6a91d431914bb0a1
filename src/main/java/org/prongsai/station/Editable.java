package org.prongsai.station;

/**
 * A record as an edit form opens it: what it is, where it stands in its list and the version an
 * edit must still find to be saved.
 * @param place 1 for the first in the list
 */
record Editable<T>(T view, int place, int version) {
}
