package app.relacta.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanSettingsRepository extends JpaRepository<PlanSettingsEntry, Long> {

	/** The settings in force: the newest entry. */
	Optional<PlanSettingsEntry> findFirstByParentIdOrderByChangedAtDescIdDesc(long parentId);

	List<PlanSettingsEntry> findByParentIdOrderByChangedAtDescIdDesc(long parentId, Limit limit);

}
