package uk.police.spo.partners;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a partner posts: its own message id (for de-duplication), the case, the message type and its fields. */
public record PartnerInboundMessage(
		@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String messageId,
		@NotBlank @Pattern(regexp = "SH-\\d{4}-\\d{6}") String caseReference,
		@NotBlank @Size(max = 40) String type,
		@NotNull Map<String, Object> body) {
}
