package org.prongsai.station;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface Accounts extends Repository<Account, UUID> {

	Account save(Account account);

	Optional<Account> findById(UUID id);

	Optional<Account> findByUsername(String username);

	List<Account> findByStationIdOrderByUsername(UUID stationId);

	long count();

	List<Account> findByPoliceRegionAndStationIdIsNullOrderByUsername(int region);

	/** The usernames of the accounts that belong to the officer. */
	@Query("select username from account where officer_id = :officerId order by username")
	List<String> usernamesOfOfficer(UUID officerId);
}
