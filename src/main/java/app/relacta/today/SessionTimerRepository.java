package app.relacta.today;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionTimerRepository extends JpaRepository<SessionTimer, Long> {

}
