package app.relacta.baby;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BabyDayRepository extends JpaRepository<BabyDay, Long> {

	Optional<BabyDay> findByParentIdAndLocalDate(long parentId, LocalDate localDate);

	List<BabyDay> findByParentIdAndLocalDateBetweenOrderByLocalDateDesc(long parentId, LocalDate from, LocalDate to);

	/**
	 * The days a supplement was noted, up to {@code to}, oldest first: the taper's record
	 * (R12). One row a day at most.
	 */
	List<BabyDay> findByParentIdAndSupplementMlIsNotNullAndLocalDateLessThanEqualOrderByLocalDate(long parentId,
			LocalDate to);

	/**
	 * In one query, oldest first: every check from {@code from} to {@code to}, and every
	 * earlier day a supplement was noted.
	 */
	@Query("""
			select d from BabyDay d
			where d.parentId = :parentId and d.localDate <= :to
			  and (d.localDate >= :from or d.supplementMl is not null)
			order by d.localDate""")
	List<BabyDay> recentAndSupplemented(@Param("parentId") long parentId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

}
