package app.relacta.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A person who signs in: a parent keeping a journal, or a consultant who reviews the
 * journals parents share with them (with a credential and practice shown to clients).
 */
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String passwordHash;

	private String displayName;

	private String timeZone;

	@Enumerated(EnumType.STRING)
	@Column(name = "volume_unit")
	private VolumeUnit unit;

	@Enumerated(EnumType.STRING)
	private WeightUnit weightUnit;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Instant createdAt;

	private @Nullable String credential;

	private @Nullable String practice;

	@Version
	private long version;

	/**
	 * Moves with every change to what the journal and progress show; written only by
	 * {@link AccountService#dataChanged}, never with the rest of the account.
	 */
	@Column(insertable = false, updatable = false)
	private long dataVersion;

	private boolean weeklySummary;

	@Enumerated(EnumType.STRING)
	private @Nullable Language language;

	@Column(insertable = false, updatable = false)
	private @Nullable LocalDate summaryWeek;

	protected Account() {
	}

	/**
	 * A number that changes whenever the parent's sessions or plan change: with the zone
	 * and unit, what an answer built from them depends on.
	 */
	public long getDataVersion() {
		return this.dataVersion;
	}

	Account(String email, String passwordHash, String displayName, ZoneId zone, VolumeUnit unit, Role role,
			Instant createdAt) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.timeZone = zone.getId();
		this.unit = unit;
		this.weightUnit = (unit == VolumeUnit.OZ) ? WeightUnit.IMPERIAL : WeightUnit.METRIC;
		this.role = role;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public ZoneId getZone() {
		return ZoneId.of(this.timeZone);
	}

	public VolumeUnit getUnit() {
		return this.unit;
	}

	/** How the parent reads their baby's weight. */
	/** The language chosen in Settings, or null to follow the browser. */
	public @Nullable Language getLanguage() {
		return this.language;
	}

	/** What emails and reminders are written in: the chosen language, else English. */
	public Locale locale() {
		return (this.language != null) ? this.language.locale() : Locale.ENGLISH;
	}

	void changeLanguage(@Nullable Language language) {
		this.language = language;
	}

	public WeightUnit getWeightUnit() {
		return this.weightUnit;
	}

	public Role getRole() {
		return this.role;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable String getCredential() {
		return this.credential;
	}

	public @Nullable String getPractice() {
		return this.practice;
	}

	public boolean isConsultant() {
		return this.role == Role.CONSULTANT;
	}

	void changeProfile(@Nullable String credential, @Nullable String practice) {
		this.credential = credential;
		this.practice = practice;
	}

	void changeWeightUnit(WeightUnit weightUnit) {
		this.weightUnit = weightUnit;
	}

	void changePreferences(String displayName, ZoneId zone, VolumeUnit unit) {
		this.displayName = displayName;
		this.timeZone = zone.getId();
		this.unit = unit;
	}

	/** Whether the parent asked for a summary of their week by email, on Mondays. */
	public boolean isWeeklySummary() {
		return this.weeklySummary;
	}

	/** The Monday of the last week summarized by email, or null. */
	public @Nullable LocalDate getSummaryWeek() {
		return this.summaryWeek;
	}

	void changeWeeklySummary(boolean weeklySummary) {
		this.weeklySummary = weeklySummary;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

}
