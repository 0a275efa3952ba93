package uk.police.spo.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.police.spo.units.CaseAccess;

/**
 * The audit log for supervisors and admins (SecurityConfiguration):
 * <ul>
 * <li>{@code GET /api/audit?case=SH-2026-000123&user=triage&from=2026-10-01&to=2026-10-31&page=0&size=50}: entries
 * newest first, every filter optional; {@code from}/{@code to} are dates (whole UTC days, both included) or ISO-8601
 * instants; {@code page} counts from 0; {@code size} is 50 by default and at most 100 (larger asks get 100). Each
 * search is itself recorded (CONSULT, no case, purpose "audit search").</li>
 * <li>{@code GET /api/audit/verification}: {@code {"intact": true, "entries": N}} or
 * {@code {"intact": false, "firstBrokenSequence": 17}}.</li>
 * </ul>
 * Entries hold field names, never values, so nothing here can show a person's data. A supervisor sees the entries of
 * their own units' cases; administrators see every entry, including those of no case and of purged cases.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

	static final int DEFAULT_PAGE_SIZE = 50;

	private static final int MAX_PAGE = 10_000_000;

	private final AuditTrail audit;

	private final CaseAccess access;

	AuditController(AuditTrail audit, CaseAccess access) {
		this.audit = audit;
		this.access = access;
	}

	record Entry(long sequence, Instant occurredAt, String actor, AuditAction action, String caseReference,
			List<String> fields, String purpose, String previousHash, String entryHash) {

		static Entry of(AuditEntry e) {
			return new Entry(e.sequence(), e.occurredAt(), e.actor(), e.action(), e.caseReference(), e.fields(),
					e.purpose(), e.previousHash(), e.entryHash());
		}

	}

	record Page(int page, int size, long totalEntries, long totalPages, List<Entry> entries) {
	}

	@GetMapping
	Page search(@RequestParam(name = "case", required = false) String caseReference,
			@RequestParam(name = "user", required = false) String user,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "page", required = false) String page,
			@RequestParam(name = "size", required = false) String size) {
		List<Map<String, String>> errors = new ArrayList<>();
		String reference = text("case", caseReference, 20, errors);
		String actor = text("user", user, 100, errors);
		Instant start = instant("from", from, false, errors);
		Instant before = instant("to", to, true, errors);
		int pageNumber = number("page", page, 0, 0, MAX_PAGE, errors);
		int pageSize = Math.min(number("size", size, DEFAULT_PAGE_SIZE, 1, Integer.MAX_VALUE, errors),
				AuditSearch.MAX_PAGE_SIZE);
		if (start != null && before != null && !start.isBefore(before)) {
			errors.add(error("to", "must not be before from"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidQuery(errors);
		}
		AuditSearchResult result = audit
			.search(new AuditSearch(reference, actor, start, before, access.seesEveryUnit() ? null : access.ownUnits(),
					pageNumber, pageSize));
		return new Page(result.page(), result.size(), result.totalEntries(), result.totalPages(),
				result.entries().stream().map(Entry::of).toList());
	}

	@GetMapping("/verification")
	ChainVerification verification() {
		return audit.verify();
	}

	@ExceptionHandler(InvalidQuery.class)
	ProblemDetail invalid(InvalidQuery e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has " + e.errors.size() + " invalid field(s).");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", e.errors);
		return problem;
	}

	static final class InvalidQuery extends RuntimeException {

		private final transient List<Map<String, String>> errors;

		InvalidQuery(List<Map<String, String>> errors) {
			super("invalid audit query", null, false, false);
			this.errors = errors;
		}

	}

	private static String text(String field, String value, int max, List<Map<String, String>> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > max) {
			errors.add(error(field, "must be at most " + max + " characters"));
		}
		return value.strip();
	}

	/** A date (UTC day) or an instant; as an upper bound, the exclusive end of that day or second. */
	private static Instant instant(String field, String value, boolean upper, List<Map<String, String>> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			if (value.length() == 10) {
				LocalDate day = LocalDate.parse(value);
				return (upper ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			Instant at = Instant.parse(value).truncatedTo(ChronoUnit.SECONDS);
			return upper ? at.plusSeconds(1) : at;
		}
		catch (DateTimeParseException | ArithmeticException e) {
			errors.add(error(field, "must be a date (2026-10-01) or an instant (2026-10-01T09:30:00Z)"));
			return null;
		}
	}

	private static int number(String field, String value, int fallback, int min, int max,
			List<Map<String, String>> errors) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		errors.add(error(field, "must be a whole number from " + min + (max == Integer.MAX_VALUE ? "" : " to " + max)));
		return fallback;
	}

	private static Map<String, String> error(String field, String message) {
		return Map.of("field", field, "message", message);
	}

}
