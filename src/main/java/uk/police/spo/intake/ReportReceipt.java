package uk.police.spo.intake;

import java.time.Instant;

public record ReportReceipt(String reference, Instant receivedAt, String nextSteps) {
}
