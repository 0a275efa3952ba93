package uk.police.spo.intake;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.police.spo.cases.Behaviour;
import uk.police.spo.cases.Relationship;
import uk.police.spo.cases.ReporterType;
import uk.police.spo.cases.SafeContactMethod;

/** The public report contract of {@code POST /api/reports} (shared/design.md). Unknown parts may be missing. */
@ConsistentReport
public record ReportRequest(
		@NotNull ReporterType reporterType,
		Boolean immediateDanger,
		@Valid Victim victim,
		@Valid Reporter reporter,
		@Valid Suspect suspect,
		Relationship relationship,
		@NotEmpty(message = "at least one incident is required") @Size(max = 100) List<@Valid @NotNull IncidentReport> incidents,
		Boolean consentToPartnerReferral,
		@Size(max = 4000) String impact,
		Screening screening,
		@Pattern(regexp = "SH-\\d{4}-\\d{6}", message = "must be a case reference like SH-2026-000123") String earlierReference) {

	static final String PHONE = "[0-9+() -]{3,50}";

	static final String PHONE_MESSAGE = "must be a phone number: digits, spaces, +, ( ) and -";

	/** The stalking screening questions; a missing answer means "not answered" or "don't know". */
	public record Screening(Boolean veryFrightened, Boolean turnedUpUnannounced, Boolean damagedProperty,
			Boolean followed, Boolean threatenedViolence, Boolean harassedOthers, Boolean violentToOthers,
			Boolean recruitedOthers) {
	}

	public record Victim(
			@Size(max = 200) String name,
			LocalDate dateOfBirth,
			@Size(max = 500) String address,
			@Size(max = 50) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
			@Email @Size(max = 254) String email,
			@Valid SafeContact safeContact) {
	}

	public record SafeContact(SafeContactMethod method, @Size(max = 200) String safeTimes, Boolean voicemailSafe) {
	}

	public record Reporter(
			@Size(max = 200) String name,
			@Size(max = 50) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
			@Email @Size(max = 254) String email,
			@Size(max = 100) String relationshipToVictim) {
	}

	public record Suspect(
			@Size(max = 200) String name,
			LocalDate dateOfBirth,
			@Size(max = 2000) String description,
			@Size(max = 500) String address,
			@Size(max = 20) List<@Size(max = 200) String> onlineAccounts) {
	}

	public record IncidentReport(
			LocalDate occurredOn,
			@NotNull Behaviour behaviour,
			@Size(max = 500) String location,
			@Size(max = 4000) String description) {
	}

}
