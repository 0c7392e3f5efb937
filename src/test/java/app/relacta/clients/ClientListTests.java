package app.relacta.clients;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages of a consultant's list: fifty at most, those who may need attention first (the
 * order given), narrowed to flags or to a name, a page number out of range kept in range.
 */
class ClientListTests {

	private static final List<ClientStatus> CLIENTS = clients();

	@Test
	void aPageHoldsAtMostItsSizeInTheOrderGiven() {
		ClientList first = ClientList.of(CLIENTS, 1, 50, false, null);
		assertThat(first.shown()).hasSize(50);
		assertThat(first.shown().get(0).name()).isEqualTo("Client 0");
		assertThat(first.total()).isEqualTo(120);
		assertThat(first.pages()).isEqualTo(3);
		assertThat(first.first()).isEqualTo(1);
		assertThat(first.last()).isEqualTo(50);
		ClientList third = ClientList.of(CLIENTS, 3, 50, false, null);
		assertThat(third.shown()).hasSize(20);
		assertThat(third.first()).isEqualTo(101);
		assertThat(third.last()).isEqualTo(120);
	}

	@Test
	void aPageOutOfRangeIsTheNearestOne() {
		assertThat(ClientList.of(CLIENTS, 99, 50, false, null).page()).isEqualTo(3);
		assertThat(ClientList.of(CLIENTS, -4, 50, false, null).page()).isEqualTo(1);
		assertThat(ClientList.of(List.of(), 2, 50, false, null)).satisfies((empty) -> {
			assertThat(empty.shown()).isEmpty();
			assertThat(empty.pages()).isEqualTo(1);
		});
	}

	@Test
	void theListNarrowsToFlagsOrToANameInAnyCase() {
		ClientList flagged = ClientList.of(CLIENTS, 1, 50, true, null);
		assertThat(flagged.matching()).isEqualTo(40).isEqualTo(flagged.needingAttention());
		assertThat(flagged.shown()).allSatisfy((client) -> assertThat(client.score()).isPositive());
		ClientList named = ClientList.of(CLIENTS, 1, 50, false, "  client 11");
		assertThat(named.shown()).extracting(ClientStatus::name)
			.containsExactly("Client 11", "Client 110", "Client 111", "Client 112", "Client 113", "Client 114",
					"Client 115", "Client 116", "Client 117", "Client 118", "Client 119");
		assertThat(named.name()).isEqualTo("client 11");
		assertThat(ClientList.of(CLIENTS, 1, 50, true, "nobody").matching()).isZero();
		assertThat(ClientList.of(CLIENTS, 1, 50, false, "x".repeat(500)).name()).hasSize(ClientList.MAX_NAME);
	}

	private static List<ClientStatus> clients() {
		List<ClientStatus> clients = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			List<ClientStatus.Flag> flags = (i < 40) ? List.of(new ClientStatus.Flag(Attention.LONG_GAP, "6 h"))
					: List.of();
			clients.add(new ClientStatus(i, "Client " + i, null, 8, 10, "120", "ML", java.math.BigDecimal.valueOf(120),
					Trend.FLAT, 12, flags, 0));
		}
		return List.copyOf(clients);
	}

}
