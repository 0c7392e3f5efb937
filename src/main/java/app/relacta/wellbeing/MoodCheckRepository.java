package app.relacta.wellbeing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MoodCheckRepository extends JpaRepository<MoodCheck, Long> {

	List<MoodCheck> findByParentIdAndLocalDateBetweenOrderByLocalDateAscIdAsc(long parentId, LocalDate from,
			LocalDate to);

	Optional<MoodCheck> findFirstByParentIdOrderByLocalDateDesc(long parentId);

}
