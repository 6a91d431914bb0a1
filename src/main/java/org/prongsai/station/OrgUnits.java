package org.prongsai.station;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface OrgUnits extends Repository<OrgUnit, UUID> {

	OrgUnit save(OrgUnit unit);

	List<OrgUnit> findByStationIdOrderByPosition(UUID stationId);
}
