package org.prongsai.station;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface Officers extends Repository<Officer, UUID> {

	Officer save(Officer officer);

	List<Officer> findByStationIdOrderByPosition(UUID stationId);
}
