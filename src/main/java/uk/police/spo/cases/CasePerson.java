package uk.police.spo.cases;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import uk.police.spo.security.crypto.EncryptedStringConverter;

/** A person in a case: the victim, the reporter, the suspect (the defendant of an order) or a witness. */
@Entity
@Table(name = "case_person")
public class CasePerson {

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PersonRole role;

	private String name;

	/** The name as earlier cases are matched on it (see {@link #matchKey}), so that the match can use an index. */
	@Column(name = "name_key", length = 255)
	private String nameKey;

	@Column(name = "date_of_birth")
	private LocalDate dateOfBirth;

	@Convert(converter = EncryptedStringConverter.class)
	@Column(length = 2100)
	private String address;

	@Convert(converter = EncryptedStringConverter.class)
	@Column(length = 300)
	private String phone;

	@Convert(converter = EncryptedStringConverter.class)
	@Column(length = 1100)
	private String email;

	private String description;

	@Column(name = "relationship_to_victim")
	private String relationshipToVictim;

	@Column(name = "online_accounts")
	private String onlineAccounts;

	@Enumerated(EnumType.STRING)
	@Column(name = "safe_contact_method")
	private SafeContactMethod safeContactMethod;

	@Convert(converter = EncryptedStringConverter.class)
	@Column(name = "safe_times", length = 900)
	private String safeTimes;

	@Column(name = "voicemail_safe")
	private Boolean voicemailSafe;

	protected CasePerson() {
	}

	private CasePerson(PersonRole role, PersonDetails details) {
		this.id = UUID.randomUUID();
		this.role = role;
		this.name = details.name();
		this.nameKey = matchKey(details.name());
		this.dateOfBirth = details.dateOfBirth();
		this.address = details.address();
		this.phone = details.phone();
		this.email = details.email();
		this.description = details.description();
		this.relationshipToVictim = details.relationshipToVictim();
		this.onlineAccounts = details.onlineAccounts();
	}

	/**
	 * How a name is compared with earlier cases' names: without surrounding space and case-insensitively, in every
	 * script (lower case by the root locale). Null for no name.
	 */
	static String matchKey(String name) {
		return name == null || name.isBlank() ? null : name.strip().toLowerCase(java.util.Locale.ROOT);
	}

	public static CasePerson of(PersonRole role, PersonDetails details) {
		return new CasePerson(role, details);
	}

	public CasePerson withSafeContact(SafeContactMethod method, String safeTimes, Boolean voicemailSafe) {
		this.safeContactMethod = method;
		this.safeTimes = safeTimes;
		this.voicemailSafe = voicemailSafe;
		return this;
	}

	/** The investigation records or corrects the date of birth (of a suspect: the court and the age rules use it). */
	public void correctDateOfBirth(LocalDate dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public UUID id() {
		return id;
	}

	public PersonRole role() {
		return role;
	}

	public String name() {
		return name;
	}

	public LocalDate dateOfBirth() {
		return dateOfBirth;
	}

	public String address() {
		return address;
	}

	public String phone() {
		return phone;
	}

	public String email() {
		return email;
	}

	public String description() {
		return description;
	}

	public String relationshipToVictim() {
		return relationshipToVictim;
	}

	public String onlineAccounts() {
		return onlineAccounts;
	}

	public SafeContactMethod safeContactMethod() {
		return safeContactMethod;
	}

	public String safeTimes() {
		return safeTimes;
	}

	public Boolean voicemailSafe() {
		return voicemailSafe;
	}

}
