package app.relacta.care;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CareShareRepository extends JpaRepository<CareShare, Long> {

	Optional<CareShare> findFirstByParentIdAndConsultantIdAndEndedAtIsNull(long parentId, long consultantId);

	boolean existsByParentIdAndConsultantIdAndEndedAtIsNull(long parentId, long consultantId);

	Optional<CareShare> findByIdAndParentId(long id, long parentId);

	/** A parent's shares, active and ended, newest first, with the consultant's name. */
	@Query("""
			select new app.relacta.care.ShareView$Row(s.id, a.displayName, a.credential, a.practice, s.grantedAt,
			  s.endedAt, s.endedBy)
			from CareShare s join Account a on a.id = s.consultantId
			where s.parentId = :parentId
			order by s.grantedAt desc, s.id desc""")
	List<ShareView.Row> sharesOf(long parentId);

	/** A consultant's clients: the parents sharing with them now. */
	@Query("select s.parentId from CareShare s where s.consultantId = :consultantId and s.endedAt is null")
	List<Long> clientIdsOf(long consultantId);

}
