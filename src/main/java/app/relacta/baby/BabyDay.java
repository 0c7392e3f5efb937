package app.relacta.baby;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * What a parent noted about the baby on one of their local days.
 */
@Entity
@Table(name = "baby_check")
class BabyDay {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long parentId;

	private LocalDate localDate;

	private @Nullable Integer wetDiapers;

	private @Nullable Integer weightGrams;

	private @Nullable BigDecimal supplementMl;

	private Instant updatedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected BabyDay() {
	}

	BabyDay(long parentId, LocalDate localDate, Instant now) {
		this.parentId = parentId;
		this.localDate = localDate;
		this.updatedAt = now;
	}

	void record(@Nullable Integer wetDiapers, @Nullable Integer weightGrams, @Nullable BigDecimal supplementMl,
			Instant now) {
		this.wetDiapers = wetDiapers;
		this.weightGrams = weightGrams;
		this.supplementMl = supplementMl;
		this.updatedAt = now;
	}

	LocalDate getLocalDate() {
		return this.localDate;
	}

	@Nullable Integer getWetDiapers() {
		return this.wetDiapers;
	}

	@Nullable Integer getWeightGrams() {
		return this.weightGrams;
	}

	@Nullable BigDecimal getSupplementMl() {
		return this.supplementMl;
	}

}
