package app.relacta.account;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	/**
	 * The account, its row locked until the transaction ends: a parent's writes that must
	 * see each other (no two overlapping sessions, one baby check a day) take their turn.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.id = :id")
	Optional<Account> lockById(@Param("id") long id);

	/**
	 * One more change to the parent's data; the entity's own version is left alone.
	 */
	@Modifying
	@Query("update Account a set a.dataVersion = a.dataVersion + 1 where a.id = :id")
	int bumpDataVersion(@Param("id") long id);

}
