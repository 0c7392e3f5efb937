package app.relacta.care;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.TestAccounts;
import app.relacta.account.VolumeUnit;
import app.relacta.system.NotFoundException;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One code, two consultants at the same moment: exactly one of them gets the client; the
 * other finds the code used (or loses the optimistic lock), never a second share.
 */
@SpringBootTest
class InvitationRaceTests {

	@Autowired
	private AccountService accounts;

	@Autowired
	private CareService care;

	@Autowired
	private InvitationService invitations;

	@RepeatedTest(3)
	void aCodeIsAcceptedOnceWhenTwoConsultantsTryAtOnce() throws Exception {
		Account parent = TestAccounts.parent(this.accounts, "UTC", VolumeUnit.ML);
		String code = TestCare.code(this.invitations, parent);
		List<Account> consultants = List.of(TestAccounts.consultant(this.accounts, "First"),
				TestAccounts.consultant(this.accounts, "Second"));
		CyclicBarrier start = new CyclicBarrier(consultants.size());
		ExecutorService pool = Executors.newFixedThreadPool(consultants.size());
		try {
			List<Future<Boolean>> tries = new ArrayList<>();
			for (Account consultant : consultants) {
				Callable<Boolean> attempt = () -> {
					start.await(5, TimeUnit.SECONDS);
					try {
						this.invitations.acceptCode(consultant.getId(), code);
						return true;
					}
					catch (NotFoundException | OptimisticLockingFailureException ex) {
						return false;
					}
				};
				tries.add(pool.submit(attempt));
			}
			long accepted = 0;
			for (Future<Boolean> attempt : tries) {
				accepted += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(accepted).isEqualTo(1);
			assertThat(this.care.sharing(parent.getId()).active()).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
