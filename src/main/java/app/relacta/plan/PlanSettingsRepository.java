package app.relacta.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanSettingsRepository extends JpaRepository<PlanSettingsEntry, Long> {

	/** The settings in force: the newest entry. */
	Optional<PlanSettingsEntry> findFirstByParentIdOrderByChangedAtDescIdDesc(long parentId);

	List<PlanSettingsEntry> findByParentIdOrderByChangedAtDescIdDesc(long parentId, Limit limit);

	/**
	 * The newest entries of many parents in one query (ties on the instant are resolved
	 * by the caller, by id).
	 */
	@Query("""
			select e from PlanSettingsEntry e
			where e.parentId in :parentIds
			  and e.changedAt = (select max(l.changedAt) from PlanSettingsEntry l where l.parentId = e.parentId)""")
	List<PlanSettingsEntry> latestOf(@Param("parentIds") Collection<Long> parentIds);

}
