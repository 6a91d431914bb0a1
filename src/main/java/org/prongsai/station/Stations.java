package org.prongsai.station;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Stations are never deleted: history and published pages refer to them. */
interface Stations extends Repository<Station, UUID> {

	Station save(Station station);

	Optional<Station> findById(UUID id);

	Optional<Station> findByCode(String code);

	List<Station> findAllByOrderByCode();

	List<Station> findByPoliceRegionOrderByCode(int policeRegion);

	long count();
}
