package app.relacta.care;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	Optional<Invitation> findByCodeHash(String codeHash);

	Optional<Invitation> findByIdAndParentId(long id, long parentId);

	List<Invitation> findByParentIdAndStatusAndExpiresAtAfterOrderByCreatedAtDesc(long parentId,
			InvitationStatus status, Instant now);

	long countByParentIdAndStatusAndExpiresAtAfter(long parentId, InvitationStatus status, Instant now);

	/** Open invitations addressed to a consultant's email, with the parent's name. */
	@Query("""
			select new app.relacta.care.InvitationService$Offer$Row(i.id, a.displayName, i.expiresAt)
			from Invitation i join Account a on a.id = i.parentId
			where i.consultantEmail = :email and i.status = app.relacta.care.InvitationStatus.PENDING
			  and i.expiresAt > :now
			order by i.createdAt""")
	List<InvitationService.Offer.Row> openFor(String email, Instant now);

}
