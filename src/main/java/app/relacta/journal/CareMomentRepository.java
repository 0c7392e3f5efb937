package app.relacta.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CareMomentRepository extends JpaRepository<CareMoment, Long> {

	/**
	 * A moment of this parent; someone else's is as absent as a missing one.
	 */
	Optional<CareMoment> findByIdAndParentId(long id, long parentId);

	List<CareMoment> findByParentIdAndLocalDateBetweenOrderByOccurredAtDesc(long parentId, LocalDate from,
			LocalDate to);

}
