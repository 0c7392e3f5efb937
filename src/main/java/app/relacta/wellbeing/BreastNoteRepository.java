package app.relacta.wellbeing;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BreastNoteRepository extends JpaRepository<BreastNoteEntry, Long> {

	List<BreastNoteEntry> findByParentIdAndNotedAtAfterOrderByNotedAt(long parentId, Instant after);

}
