package app.relacta.care;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccessRecordRepository extends JpaRepository<AccessRecord, Long> {

	Optional<AccessRecord> findFirstByConsultantIdAndParentIdAndAreaAndViewedAtAfterOrderByViewedAtDesc(
			long consultantId, long parentId, Area area, Instant after);

	/** Who looked at a parent's data, newest first. */
	@Query("""
			select new app.relacta.care.AccessView$Row(a.displayName, a.credential, r.area, r.viewedAt)
			from AccessRecord r join Account a on a.id = r.consultantId
			where r.parentId = :parentId
			order by r.viewedAt desc, r.id desc""")
	List<AccessView.Row> recordsOf(long parentId, Limit limit);

}
