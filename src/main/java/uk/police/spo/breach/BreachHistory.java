package uk.police.spo.breach;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The offences recorded against a case's orders, oldest first, as the breach records hold them (for court papers). */
@Service
public class BreachHistory {

	/** One recorded offence and the decisions taken on it; empty where none was recorded yet. */
	public record RecordedBreach(UUID orderId, BreachKind kind, Optional<BreachSource> reportedBy, Instant occurredAt,
			Instant reportedAt, Optional<String> crimeReference, Optional<String> actionTaken,
			Optional<String> arrestDecision, Optional<String> chargeDecision, Optional<String> riskLevel) {
	}

	private final Breaches breaches;

	BreachHistory(Breaches breaches) {
		this.breaches = breaches;
	}

	@Transactional(readOnly = true)
	public List<RecordedBreach> ofCase(UUID caseId) {
		return breaches.findByCaseIdOrderByOccurredAt(caseId)
			.stream()
			.map(b -> new RecordedBreach(b.orderId(), b.kind(), b.reportedBy(), b.occurredAt(), b.reportedAt(),
					b.crimeReference(), b.actionTaken(), b.arrestDecision(), b.chargeDecision(), b.riskLevel()))
			.toList();
	}

}
