package app.relacta.baby;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BabyDayRepository extends JpaRepository<BabyDay, Long> {

	Optional<BabyDay> findByParentIdAndLocalDate(long parentId, LocalDate localDate);

	List<BabyDay> findByParentIdAndLocalDateBetweenOrderByLocalDateDesc(long parentId, LocalDate from, LocalDate to);

}
