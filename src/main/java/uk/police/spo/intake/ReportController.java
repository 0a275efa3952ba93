package uk.police.spo.intake;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
class ReportController {

	private final ReportIntake intake;

	ReportController(ReportIntake intake) {
		this.intake = intake;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ReportReceipt> report(@Valid @RequestBody ReportRequest report) {
		ReportReceipt receipt = intake.receive(report);
		return ResponseEntity.created(URI.create("/api/cases/" + receipt.reference())).body(receipt);
	}

}
