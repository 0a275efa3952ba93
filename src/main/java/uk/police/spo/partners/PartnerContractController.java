package uk.police.spo.partners;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published partner contract: {@code GET /api/partners/openapi/inbound.yaml} (what partners send us) and
 * {@code outbound.yaml} (what we send them), the files kept in the repository under {@code openapi/}. Public: they
 * hold no case data, and a partner's developers read them before they have an account.
 */
@RestController
class PartnerContractController {

	static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	@GetMapping("/api/partners/openapi/{direction:inbound|outbound}.yaml")
	ResponseEntity<Resource> contract(@PathVariable String direction) {
		return ResponseEntity.ok()
			.contentType(YAML)
			.body(new ClassPathResource("openapi/partners-" + direction + ".yaml"));
	}

}
