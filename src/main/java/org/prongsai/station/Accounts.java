package org.prongsai.station;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
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

	/**
	 * Counts a failed sign-in in one statement, so concurrent attempts are all counted. A lock that
	 * has run out starts a fresh count: the first failure after it is failure one, not a new lock.
	 */
	@Modifying
	@Query("""
			update account set
			  failed_attempts = case when locked_until is not null and locked_until <= :now then 1 else failed_attempts + 1 end,
			  locked_until = case
			    when locked_until is not null and locked_until <= :now then null
			    when failed_attempts + 1 >= :limit then :lockUntil
			    else locked_until end
			where username = :username""")
	int recordFailure(String username, int limit, Instant now, Instant lockUntil);

	@Modifying
	@Query("update account set failed_attempts = 0, locked_until = null where username = :username and (failed_attempts <> 0 or locked_until is not null)")
	int recordSuccess(String username);
}
