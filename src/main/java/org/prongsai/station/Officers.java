package org.prongsai.station;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface Officers extends Repository<Officer, UUID> {

	Officer save(Officer officer);

	Optional<Officer> findById(UUID id);

	List<Officer> findByStationIdOrderByPosition(UUID stationId);

	long countByUnitId(UUID unitId);

	void delete(Officer officer);

	/** Gives an officer their place in the list without counting as an edit (see {@link OrgUnits#reposition}). */
	@Modifying
	@Query("update officer set position = :position where id = :id")
	int reposition(UUID id, int position);
}
