package org.prongsai.station;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface OrgUnits extends Repository<OrgUnit, UUID> {

	OrgUnit save(OrgUnit unit);

	Optional<OrgUnit> findById(UUID id);

	List<OrgUnit> findByStationIdOrderByPosition(UUID stationId);

	void delete(OrgUnit unit);

	/**
	 * Gives a unit its place in the list without counting as an edit of the unit: the version stays,
	 * so reordering does not turn someone's open edit form into a conflict.
	 */
	@Modifying
	@Query("update org_unit set position = :position where id = :id")
	int reposition(UUID id, int position);
}
