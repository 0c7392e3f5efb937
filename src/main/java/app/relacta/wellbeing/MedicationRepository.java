package app.relacta.wellbeing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface MedicationRepository extends JpaRepository<Medication, Long> {

	/**
	 * A medication of this parent; someone else's is as absent as a missing one.
	 */
	Optional<Medication> findByIdAndParentId(long id, long parentId);

	List<Medication> findByParentIdOrderByStartedOnDescIdDesc(long parentId, Limit limit);

	long countByParentId(long parentId);

}
