package app.relacta.account;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.jspecify.annotations.Nullable;

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

	/** The parents who asked for the weekly summary email. */
	@Query("select a from Account a where a.weeklySummary = true and a.role = app.relacta.account.Role.PARENT")
	List<Account> findWeeklySummaryRecipients();

	/**
	 * Claims the summary of the week starting {@code week} for one parent: 1 when this
	 * call moved the parent's summary week forward, 0 when another did first.
	 */
	@Modifying
	@Query("""
			update Account a set a.summaryWeek = :week
			where a.id = :id and (a.summaryWeek is null or a.summaryWeek < :week)""")
	int claimSummaryWeek(@Param("id") long id, @Param("week") LocalDate week);

	/** Gives a claimed week back, so that a later try sends it. */
	@Modifying
	@Query("update Account a set a.summaryWeek = :previous where a.id = :id and a.summaryWeek = :week")
	int releaseSummaryWeek(@Param("id") long id, @Param("week") LocalDate week,
			@Param("previous") @Nullable LocalDate previous);

}
