package app.relacta.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	List<ApiToken> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId);

	long countByAccountId(long accountId);

	Optional<ApiToken> findByIdAndAccountId(long id, long accountId);

	/**
	 * The token with this hash and the account it belongs to, in one query.
	 */
	@Query("""
			select new app.relacta.api.TokenHolder(t.id, t.access, t.lastUsedAt, a.id, a.email, a.role)
			from ApiToken t, Account a
			where t.tokenHash = :hash and a.id = t.accountId""")
	Optional<TokenHolder> findHolder(@Param("hash") String hash);

	/**
	 * Notes a use of the token, unless one was noted since {@code before}: a script that
	 * calls every second writes once a minute, not once a call.
	 */
	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id "
			+ "and (t.lastUsedAt is null or t.lastUsedAt < :before)")
	int used(@Param("id") long id, @Param("now") Instant now, @Param("before") Instant before);

}
